"""Provides the scale benchmark (issue 6): ``python benchmarks/run.py [--articles N]``.

One run generates a deterministic corpus of N Arabic articles (default
30,000, about nine million words; see :mod:`corpus`), imports it with
``reader import``, and measures, as separate processes the way people run
them:

- import: ``reader import`` / the floor (a Python process that json-loads the
  same files and splits every article into words with one regex);
- open: ``reader list --limit 5`` on the full store / on an empty store;
- search: ``reader search <country> --limit 5`` / ``reader list`` on the empty store;
- in-app search per keystroke and paging through the list (Textual Pilot,
  :mod:`app_probe`);
- app start: first paint of the list, full store / one-article store, in a
  pseudo-terminal and under Pilot;
- layout of a 20,000-word article at a new width (:mod:`bench_layout`);
- extraction speed of ``reader.entities.analyse``;
- peak RSS of ``reader list`` and of the app.

Repeated measurements are interleaved (full, empty, full, empty...) so that a
burst of load on the shared machine hits both sides of a ratio, and the
median is used.  The table is printed and written to ``benchmarks/RESULTS.md``
(``--results`` elsewhere); every raw figure goes to ``results.json`` in the
work directory (kept with ``--workdir`` or ``--keep``).

Other code can be measured without touching the checkout: ``PYTHONPATH=DIR
python benchmarks/run.py --label "..."`` runs the ``reader`` found in DIR (an
export of another commit, say) in every child process.  The in-app figures
alone can be taken again on a kept store with ``python
benchmarks/app_probe.py --db DIR/store-full --mode full --query Kazakhstan``
(``--debounce 0.15`` puts back the search debounce the app used to have).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # run as a script or imported by the smoke test
    sys.path.insert(0, str(HERE))

from corpus import iter_articles, write_corpus  # noqa: E402 - found through sys.path above
from measure import (  # noqa: E402
    Run,
    checked,
    code_version,
    machine,
    reader_cmd,
    run_app_in_pty,
    run_timed,
)
from report import APP_SIZE, render_results, render_table, table  # noqa: E402

#: The floor of an import: read the same JSON files and split every article into words once.
FLOOR_SCRIPT = r"""
import json, re, sys, pathlib
WORD = re.compile(r"\w+")
words = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    for art in json.loads(path.read_bytes()):
        words += len(WORD.findall(art["title"] + "\n" + art["content"]))
print(words)
"""

COUNTRY_QUERIES = ("كازاخستان", "Kazakhstan")
TYPED_QUERIES = ("توكاييف", "كازاخستان", "Kazakhstan")
"""Typed letter by letter in the app: a leader and a country, in Arabic and English."""


class Paths(NamedTuple):
    """Where one run puts its corpus and its stores (all under the work directory)."""

    corpus: Path
    full: Path
    """The store of the whole corpus."""
    empty: Path
    """A store created by importing an empty directory."""
    one: Path
    """A store of one article."""
    one_dir: Path
    """The one article's file."""
    nothing: Path
    """The empty directory."""

    @classmethod
    def under(cls, workdir: Path) -> Paths:
        """The paths of a run in ``workdir``."""
        return cls(workdir / "corpus", workdir / "store-full", workdir / "store-empty",
                   workdir / "store-one", workdir / "one", workdir / "nothing")


def _probe(db: Path, mode: str, *, queries: tuple[str, ...] = (),
           pages: int = 20) -> dict[str, Any]:
    """Run app_probe.py in its own process and return its figures (and its peak RSS)."""
    cmd = [sys.executable, str(HERE / "app_probe.py"), "--db", str(db), "--mode", mode,
           "--size", f"{APP_SIZE[0]}x{APP_SIZE[1]}", "--pages", str(pages)]
    for q in queries:
        cmd += ["--query", q]
    run = checked(run_timed(cmd), f"app probe ({mode}) on {db}")
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    result["probe_maxrss_kib"] = run.maxrss_kib
    return result


def _newest_date(db: Path) -> str:
    run = checked(run_timed(reader_cmd("--db", str(db), "list", "--json", "--limit", "1")),
                  "reader list --json")
    rows = json.loads(run.stdout)
    return str(rows[0]["date"])[:10]


def _reader(db: Path, *args: str, what: str) -> Run:
    """Run ``reader --db DB ARGS...`` timed; an error if it fails."""
    return checked(run_timed(reader_cmd("--db", str(db), *args)), what)


def log(message: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def run_benchmark(n: int, workdir: Path, *, repeats: int = 7, layout_words: int = 20000,
                  pages: int = 20, extraction_articles: int = 5000, seed: int = 6,
                  label: str | None = None, real_articles: int | None = None,
                  real_repeats: int = 1) -> dict[str, Any]:
    """Build the corpus and stores in ``workdir`` and take every measurement.

    Returns:
        Every raw figure (what ``results.json`` holds) plus the table rows
        under ``"rows"``.
    """
    raw: dict[str, Any] = {"articles": n, "repeats": repeats, "machine": machine(),
                           "code": label or code_version(),
                           "started": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    paths = Paths.under(workdir)
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    raw.update(_write_inputs(n, paths, seed))
    raw.update(_measure_import(n, paths, repeats))
    real_n = n if real_articles is None else real_articles
    log(f"real-vocabulary corpus: {real_n} articles resampled from SaudiNewsNet, "
        f"{real_repeats} import(s)")
    import bench_import

    raw["real_import"] = bench_import.measure_real(real_n, workdir, real_repeats)
    raw.update(_measure_open_and_search(paths, repeats))
    raw.update(_measure_app(paths, repeats, pages))

    log(f"layout of a {layout_words}-word article")
    import bench_layout

    raw["layout"] = bench_layout.run(words=layout_words, repeats=max(1, min(repeats, 3)))
    raw["extraction"] = _extraction(paths.corpus, extraction_articles)
    raw["finished"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    raw["machine"]["load_after"] = machine()["load"]
    raw["rows"] = [r.__dict__ | {"verdict": r.verdict} for r in table(raw)]
    return raw


def _write_inputs(n: int, paths: Paths, seed: int) -> dict[str, Any]:
    """Write the corpus, the one-article file and the empty directory; the corpus's figures."""
    log(f"writing a corpus of {n} articles to {paths.corpus}")
    start = time.perf_counter()
    info = write_corpus(n, paths.corpus, seed=seed)
    corpus = {"files": len(info.files), "words": info.words, "templates": info.templates,
              "bytes": sum(p.stat().st_size for p in info.files),
              "seconds": time.perf_counter() - start}
    paths.one_dir.mkdir()
    one_article = next(iter_articles(1, seed=seed + 1))
    (paths.one_dir / "one.json").write_text(json.dumps([one_article], ensure_ascii=False),
                                            encoding="utf-8")
    paths.nothing.mkdir()
    return {"corpus": corpus}


def _measure_import(n: int, paths: Paths, repeats: int) -> dict[str, Any]:
    """Time the floor and ``reader import`` of the corpus; make the empty and one-article stores."""
    log("floor: json-load and split the corpus")
    floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT, str(paths.corpus)]
    floors = [checked(run_timed(floor_cmd), "floor").wall_s
              for _ in range(max(1, min(repeats, 3)))]
    log(f"reader import of {n} articles (one run; this is the long part)")
    imp = _reader(paths.full, "import", "--quiet", str(paths.corpus), what="reader import")
    summary = imp.stdout.strip().splitlines()[-1] if imp.stdout.strip() else ""
    _reader(paths.empty, "import", "--quiet", str(paths.nothing), what="creating the empty store")
    _reader(paths.one, "import", "--quiet", str(paths.one_dir),
            what="creating the one-article store")
    files = [p for p in paths.full.rglob("*") if p.is_file()]
    return {
        "import": {"wall_s": imp.wall_s, "cpu_s": imp.cpu_s, "maxrss_kib": imp.maxrss_kib,
                   "floor_s": floors, "summary": summary},
        "store_bytes": sum(p.stat().st_size for p in files),
        "store_files": len(files),
    }


def _measure_open_and_search(paths: Paths, repeats: int) -> dict[str, Any]:
    """Time ``reader list`` on the full and the empty store, and ``reader search``, interleaved."""
    log(f"open and search: {repeats} interleaved runs each")
    opens: dict[str, list[float]] = {"full": [], "empty": []}
    searches: dict[str, list[float]] = {q: [] for q in COUNTRY_QUERIES}
    rss: dict[str, int] = {"list": 0, "search": 0}
    hits: dict[str, str] = {}
    for _ in range(repeats):
        r = _reader(paths.full, "list", "--limit", "5", what="list (full)")
        opens["full"].append(r.wall_s)
        rss["list"] = max(rss["list"], r.maxrss_kib)
        opens["empty"].append(_reader(paths.empty, "list", "--limit", "5",
                                      what="list (empty)").wall_s)
        for q in COUNTRY_QUERIES:
            r = _reader(paths.full, "search", q, "--limit", "5", what="search")
            searches[q].append(r.wall_s)
            rss["search"] = max(rss["search"], r.maxrss_kib)
            hits[q] = str(len(r.stdout.splitlines()))
        opens["empty"].append(_reader(paths.empty, "list", "--limit", "5",
                                      what="list (empty)").wall_s)
    return {"open": opens, "search": searches, "search_rows": hits, "cli_maxrss_kib": rss}


def _measure_app(paths: Paths, repeats: int, pages: int) -> dict[str, Any]:
    """Time the app's start (pty and Pilot), its memory, typing a search and paging."""
    log(f"app start in a pty and under Pilot: {repeats} interleaved runs each")
    markers = {"full": _newest_date(paths.full), "one": _newest_date(paths.one)}
    pty_start: dict[str, list[float]] = {"full": [], "one": []}
    pilot_start: dict[str, list[float]] = {"full": [], "one": []}
    for _ in range(repeats):
        for which, db in (("full", paths.full), ("one", paths.one)):
            pty_start[which].append(run_app_in_pty(db, markers[which], size=APP_SIZE).first_paint_s)
            pilot_start[which].append(_probe(db, "start")["first_paint_s"])

    log("app memory: the app in a pty on the full store, searching and paging")
    keys = [("/", 0.3), ("Kazakhstan", 2.0), ("\r", 1.0), ("x", 0.5)] + [("\x1b[6~", 0.05)] * pages
    app_run = run_app_in_pty(paths.full, markers["full"], size=APP_SIZE, keys_after=keys)

    log("in-app search per keystroke and paging (Pilot)")
    full_probe = _probe(paths.full, "full", queries=TYPED_QUERIES, pages=pages)
    return {
        "app_start_pty": pty_start,
        "app_start_pilot": pilot_start,
        "app_pty_session": {"first_paint_s": app_run.first_paint_s, "wall_s": app_run.wall_s,
                            "maxrss_kib": app_run.maxrss_kib},
        "app_probe": full_probe,
    }


def _extraction(corpus_dir: Path, limit: int) -> dict[str, Any]:
    from reader.entities import analyse
    from reader.entities.gazetteer import load_gazetteer

    log(f"extraction: reader.entities.analyse on up to {limit} articles of the corpus")
    load_gazetteer.cache_clear()  # the corpus generator loaded it: time a load from the files
    start = time.perf_counter()
    load_gazetteer()
    gazetteer_s = time.perf_counter() - start
    arts: list[dict[str, str]] = []
    for path in sorted(corpus_dir.glob("*.json")):
        arts += json.loads(path.read_text(encoding="utf-8"))
        if len(arts) >= limit:
            break
    arts = arts[:limit]
    words = sum(len(a["title"].split()) + len(a["content"].split()) for a in arts)
    analyse(arts[0]["title"], arts[0]["content"], "ar")  # warm the lazy caches
    start = time.perf_counter()
    for a in arts:
        analyse(a["title"], a["content"], "ar")
    seconds = time.perf_counter() - start
    return {"articles": len(arts), "words": words, "seconds": seconds,
            "articles_per_s": len(arts) / seconds, "words_per_s": words / seconds,
            "gazetteer_load_s": gazetteer_s}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the results; the exit status is 0 unless it could not run."""
    parser = argparse.ArgumentParser(description="Scale benchmark of khabar-reader (issue 6).")
    parser.add_argument("--articles", type=int, default=30000, metavar="N",
                        help="corpus size (30000)")
    parser.add_argument("--workdir", type=Path,
                        help="where corpus and stores go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--repeats", type=int, default=7,
                        help="runs of each repeated measure (7)")
    parser.add_argument("--pages", type=int, default=20,
                        help="pagedowns in the scrolling test (20)")
    parser.add_argument("--layout-words", type=int, default=20000,
                        help="words of the layout article")
    parser.add_argument("--extraction-articles", type=int, default=5000,
                        help="articles timed through analyse (5000)")
    parser.add_argument("--real-articles", type=int, metavar="N",
                        help="size of the real-vocabulary corpus (as --articles; needs the "
                             "SaudiNewsNet sample beside the checkout, else left out)")
    parser.add_argument("--real-repeats", type=int, default=1,
                        help="imports of the real-vocabulary corpus (1)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="results file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--label",
                        help="how RESULTS.md names the code measured (default: git commit)")
    args = parser.parse_args(argv)

    own_tmp = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="khabar-bench-")) if own_tmp else args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    workdir, args.results = workdir.resolve(), args.results.resolve()
    # Children start in the work directory, so that a checkout's reader/ in the
    # current directory never shadows the one PYTHONPATH or the venv points at.
    os.chdir(workdir)
    keep = args.keep or not own_tmp
    try:
        raw = run_benchmark(args.articles, workdir, repeats=args.repeats,
                            layout_words=args.layout_words, pages=args.pages,
                            extraction_articles=args.extraction_articles, label=args.label,
                            real_articles=args.real_articles, real_repeats=args.real_repeats)
        rows = table(raw)
        (workdir / "results.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
        args.results.write_text(render_results(raw, rows), encoding="utf-8")
        print(render_table(rows))
        kept = f"; raw figures: {workdir / 'results.json'}" if keep else ""
        print(f"\nwritten: {args.results}{kept}")
    finally:
        if keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    missed = [r.name for r in rows if r.passed is False]
    if missed:
        log("targets missed: " + "; ".join(missed))
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
