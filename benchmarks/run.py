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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # run as a script or imported by the smoke test
    sys.path.insert(0, str(HERE))

from corpus import iter_articles, write_corpus
from measure import (
    checked,
    code_version,
    machine,
    median,
    reader_cmd,
    run_app_in_pty,
    run_timed,
    spread,
)

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
APP_SIZE = (120, 36)
MIB = 1024


@dataclass
class Row:
    """One line of the results table."""

    name: str
    measured: str
    baseline: str
    ratio: float | None
    target: str
    passed: bool | None
    """None: reported, no target."""

    @property
    def verdict(self) -> str:
        return "—" if self.passed is None else ("pass" if self.passed else "FAIL")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _runs(label: str, values: list[float]) -> str:
    return (f"{label}: median {_ms(median(values))}, min {_ms(min(values))}, "
            f"max {_ms(max(values))} over {len(values)} runs")


def _probe(db: Path, mode: str, *, queries: tuple[str, ...] = (), pages: int = 20) -> dict[str, Any]:
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


def log(message: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def run_benchmark(n: int, workdir: Path, *, repeats: int = 7, layout_words: int = 20000,
                  pages: int = 20, extraction_articles: int = 5000, seed: int = 6,
                  label: str | None = None) -> dict[str, Any]:
    """Build the corpus and stores in ``workdir`` and take every measurement.

    Returns:
        Every raw figure (what ``results.json`` holds) plus the table rows
        under ``"rows"``.
    """
    raw: dict[str, Any] = {"articles": n, "repeats": repeats, "machine": machine(),
                           "code": label or code_version(),
                           "started": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    corpus_dir = workdir / "corpus"
    full, empty, one = workdir / "store-full", workdir / "store-empty", workdir / "store-one"
    for path in (corpus_dir, full, empty, one, workdir / "one", workdir / "nothing"):
        shutil.rmtree(path, ignore_errors=True)

    log(f"writing a corpus of {n} articles to {corpus_dir}")
    start = time.perf_counter()
    info = write_corpus(n, corpus_dir, seed=seed)
    raw["corpus"] = {"files": len(info.files), "words": info.words, "templates": info.templates,
                     "bytes": sum(p.stat().st_size for p in info.files),
                     "seconds": time.perf_counter() - start}
    (workdir / "one").mkdir()
    one_article = next(iter_articles(1, seed=seed + 1))
    (workdir / "one" / "one.json").write_text(json.dumps([one_article], ensure_ascii=False),
                                              encoding="utf-8")
    (workdir / "nothing").mkdir()

    # ---------------------------------------------------------------- import
    log("floor: json-load and split the corpus")
    floors = [checked(run_timed([sys.executable, "-c", FLOOR_SCRIPT, str(corpus_dir)]), "floor").wall_s
              for _ in range(max(1, min(repeats, 3)))]
    log(f"reader import of {n} articles (one run; this is the long part)")
    imp = checked(run_timed(reader_cmd("--db", str(full), "import", "--quiet", str(corpus_dir))),
                  "reader import")
    raw["import"] = {"wall_s": imp.wall_s, "cpu_s": imp.cpu_s, "maxrss_kib": imp.maxrss_kib, "floor_s": floors,
                     "summary": imp.stdout.strip().splitlines()[-1] if imp.stdout.strip() else ""}
    checked(run_timed(reader_cmd("--db", str(empty), "import", "--quiet", str(workdir / "nothing"))),
            "creating the empty store")
    checked(run_timed(reader_cmd("--db", str(one), "import", "--quiet", str(workdir / "one"))),
            "creating the one-article store")
    raw["store_bytes"] = sum(p.stat().st_size for p in full.rglob("*") if p.is_file())
    raw["store_files"] = sum(1 for p in full.rglob("*") if p.is_file())

    # ----------------------------------------------------------- open, search
    log(f"open and search: {repeats} interleaved runs each")
    opens: dict[str, list[float]] = {"full": [], "empty": []}
    searches: dict[str, list[float]] = {q: [] for q in COUNTRY_QUERIES}
    rss: dict[str, int] = {"list": 0, "search": 0}
    hits: dict[str, str] = {}
    for _ in range(repeats):
        r = checked(run_timed(reader_cmd("--db", str(full), "list", "--limit", "5")), "list (full)")
        opens["full"].append(r.wall_s)
        rss["list"] = max(rss["list"], r.maxrss_kib)
        opens["empty"].append(checked(run_timed(reader_cmd("--db", str(empty), "list", "--limit", "5")),
                                      "list (empty)").wall_s)
        for q in COUNTRY_QUERIES:
            r = checked(run_timed(reader_cmd("--db", str(full), "search", q, "--limit", "5")), "search")
            searches[q].append(r.wall_s)
            rss["search"] = max(rss["search"], r.maxrss_kib)
            hits[q] = str(len(r.stdout.splitlines()))
        opens["empty"].append(checked(run_timed(reader_cmd("--db", str(empty), "list", "--limit", "5")),
                                      "list (empty)").wall_s)
    raw["open"] = opens
    raw["search"] = searches
    raw["search_rows"] = hits
    raw["cli_maxrss_kib"] = rss

    # -------------------------------------------------------------- app start
    log(f"app start in a pty and under Pilot: {repeats} interleaved runs each")
    markers = {"full": _newest_date(full), "one": _newest_date(one)}
    pty_start: dict[str, list[float]] = {"full": [], "one": []}
    pilot_start: dict[str, list[float]] = {"full": [], "one": []}
    for _ in range(repeats):
        for which, db in (("full", full), ("one", one)):
            pty_start[which].append(run_app_in_pty(db, markers[which], size=APP_SIZE).first_paint_s)
            pilot_start[which].append(_probe(db, "start")["first_paint_s"])
    raw["app_start_pty"] = pty_start
    raw["app_start_pilot"] = pilot_start

    log("app memory: the app in a pty on the full store, searching and paging")
    keys = [("/", 0.3), ("Kazakhstan", 2.0), ("\r", 1.0), ("x", 0.5)] + [("\x1b[6~", 0.05)] * pages
    app_run = run_app_in_pty(full, markers["full"], size=APP_SIZE, keys_after=keys)
    raw["app_pty_session"] = {"first_paint_s": app_run.first_paint_s, "wall_s": app_run.wall_s,
                              "maxrss_kib": app_run.maxrss_kib}

    log("in-app search per keystroke and paging (Pilot)")
    full_probe = _probe(full, "full", queries=TYPED_QUERIES, pages=pages)
    raw["app_probe"] = full_probe

    # ----------------------------------------------------------------- layout
    log(f"layout of a {layout_words}-word article")
    import bench_layout

    raw["layout"] = bench_layout.run(words=layout_words, repeats=max(1, min(repeats, 3)))

    # ------------------------------------------------------------- extraction
    raw["extraction"] = _extraction(corpus_dir, extraction_articles)
    raw["finished"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    raw["machine"]["load_after"] = machine()["load"]
    raw["rows"] = [r.__dict__ | {"verdict": r.verdict} for r in table(raw)]
    return raw


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


def table(raw: dict[str, Any]) -> list[Row]:
    """The results table from the raw figures."""
    rows: list[Row] = []
    imp = raw["import"]
    floor = median(imp["floor_s"])
    ratio = imp["wall_s"] / floor
    rows.append(Row("import (reader import ÷ json-load + regex split)", _ms(imp["wall_s"]), _ms(floor),
                    ratio, "≤ 8", ratio <= 8))
    if imp.get("cpu_s"):
        # Where an import's time goes: entity analysis is most of its CPU time,
        # spread over the cores; the rest is reading, indexing and writing.
        ex = raw["extraction"]
        analysis_s = raw["articles"] / ex["articles_per_s"]
        rows.append(Row("  import CPU time (importer + analysis workers, user + sys)", _ms(imp["cpu_s"]),
                        _ms(floor), imp["cpu_s"] / floor, "", None))
        rows.append(Row("  of which entity analysis (articles ÷ the extraction rate below)", _ms(analysis_s),
                        _ms(floor), analysis_s / floor, "", None))
    empty = median(raw["open"]["empty"])
    ratio = median(raw["open"]["full"]) / empty
    rows.append(Row("open (reader list --limit 5, full ÷ empty)", _ms(median(raw["open"]["full"])),
                    _ms(empty), ratio, "≤ 2", ratio <= 2))
    for q, values in raw["search"].items():
        ratio = median(values) / empty
        rows.append(Row(f"search `{q}` --limit 5 (÷ empty list)", _ms(median(values)), _ms(empty),
                        ratio, "≤ 2.5", ratio <= 2.5))
    keys = raw["app_probe"]["keystrokes"]
    lat = [k["latency_s"] for k in keys]
    work = [k["search_s"] for k in keys]
    rows.append(Row("in-app search, per keystroke (median)", _ms(median(lat)), "", None,
                    "≤ 50 ms", median(lat) <= 0.050))
    rows.append(Row("in-app search, per keystroke (worst)", _ms(max(lat)), "", None, "", None))
    rows.append(Row("  of which reader.search.search (median / worst)",
                    f"{_ms(median(work))} / {_ms(max(work))}", "", None, "", None))
    for label, key in (("pty", "app_start_pty"), ("Pilot", "app_start_pilot")):
        full_s, one_s = median(raw[key]["full"]), median(raw[key]["one"])
        ratio = full_s / one_s
        rows.append(Row(f"app start, first paint of the list ({label}; full ÷ one article)",
                        _ms(full_s), _ms(one_s), ratio, "≤ 2", ratio <= 2))
    pages = raw["app_probe"]["pages"]
    page_work = [p["work_s"] for p in pages]
    rows.append(Row("scroll the list by a page (work: action + frame; median / worst)",
                    f"{_ms(median(page_work))} / {_ms(max(page_work))}", "", None, "< 16.7 ms",
                    median(page_work) < 1 / 60))
    rows.append(Row("  wall per page incl. Pilot and frame timer (median); Pilot alone",
                    _ms(median([p["wall_s"] for p in pages])),
                    _ms(raw["app_probe"]["pilot_overhead_s"]), None, "", None))
    lay = raw["layout"]
    rows.append(Row(f"layout, {int(lay['words'])}-word article at a new width (median / worst)",
                    f"{lay['new_width_ms']:.1f} ms / {lay['new_width_max_ms']:.1f} ms",
                    f"cold {lay['cold_ms']:.0f} ms", None, "", None))
    ex = raw["extraction"]
    rows.append(Row("extraction, reader.entities.analyse",
                    f"{ex['articles_per_s']:.0f} articles/s", f"{ex['words_per_s'] / 1000:.0f}k words/s",
                    None, "", None))
    list_mib = raw["cli_maxrss_kib"]["list"] / MIB
    app_mib = raw["app_pty_session"]["maxrss_kib"] / MIB
    rows.append(Row("memory, peak RSS of reader list (full store)", f"{list_mib:.0f} MiB", "", None,
                    "≤ 400 MiB", list_mib <= 400))
    rows.append(Row("memory, peak RSS of the app (full store, search + 20 pages)", f"{app_mib:.0f} MiB",
                    "", None, "≤ 400 MiB", app_mib <= 400))
    rows.append(Row("memory, peak RSS of reader import", f"{raw['import']['maxrss_kib'] / MIB:.0f} MiB",
                    "", None, "", None))
    return rows


def render_table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    out = ["| Measure | Measured | Baseline | Ratio | Target | Result |",
           "| :- | -: | -: | -: | :-: | :-: |"]
    for r in rows:
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        out.append(f"| {r.name} | {r.measured} | {r.baseline} | {ratio} | {r.target} | {r.verdict} |")
    return "\n".join(out)


def _debounce_note(probe: dict[str, Any]) -> str:
    debounce = probe.get("search_debounce_s", 0.0)
    if debounce > 0:
        return (f"The screen waits {debounce * 1000:.0f} ms of quiet typing (`SEARCH_DEBOUNCE`) "
                "before it searches; the latency below includes that wait.")
    return ("The screen searches at each keystroke (no debounce): when the text names something "
            "the search runs at once and the letter and its results are painted in one frame; "
            "otherwise (typo tolerance, full text) its search worker answers a frame or more "
            "later. Latency: from sending the key to the end of the frame showing the results.")


def render_results(raw: dict[str, Any], rows: list[Row]) -> str:
    """The whole of RESULTS.md."""
    m = raw["machine"]
    c = raw["corpus"]
    probe = raw["app_probe"]
    lines = [
        "# Benchmark results (issue 6)",
        "",
        (f"Written by `python benchmarks/run.py --articles {raw['articles']}` on {raw['started'][:10]} "
        f"(started {raw['started']}, finished {raw['finished']})."),
        "",
        f"- Code: {raw['code']}.",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; {m['python']}; {m['os']}.",
        (f"- Load average (1, 5, 15 min) before: {m['load']}; after: {m.get('load_after', '')}. "
        "The machine is shared: see the spread of repeated runs below."),
        (f"- Corpus: {raw['articles']} articles, {c['words']:,} words, {c['files']} JSON files, "
        f"{c['bytes'] / 2**20:.1f} MiB, drawn from {c['templates']} source sentences "
        f"(generated in {c['seconds']:.1f} s). Store: {raw['store_files']} files, "
        f"{raw['store_bytes'] / 2**20:.1f} MiB."),
        f"- {raw['import']['summary']}",
        "",
        render_table(rows),
        "",
        "## Repeated runs (noise)",
        "",
        (f"- {_runs('import floor', raw['import']['floor_s'])}; reader import ran once: "
        f"{_ms(raw['import']['wall_s'])}"),
        f"- {_runs('list, full store', raw['open']['full'])} (spread {spread(raw['open']['full']):.0%})",
        f"- {_runs('list, empty store', raw['open']['empty'])} (spread {spread(raw['open']['empty']):.0%})",
    ]
    for q, values in raw["search"].items():
        lines.append(f"- {_runs(f'search {q}', values)} (spread {spread(values):.0%})")
    for label, key in (("pty", "app_start_pty"), ("Pilot", "app_start_pilot")):
        for which in ("full", "one"):
            values = raw[key][which]
            lines.append(f"- {_runs(f'app start ({label}, {which})', values)} "
                         f"(spread {spread(values):.0%})")
    lines += [
        "",
        "## In-app search, per keystroke",
        "",
        _debounce_note(probe),
        "",
        "| Typed | Latency | reader.search.search | Rows listed |",
        "| :- | -: | -: | -: |",
    ]
    for k in probe["keystrokes"]:
        lines.append(f"| {k['query']} | {_ms(k['latency_s'])} | {_ms(k['search_s'])} | {k['results']} |")
    pauses = probe.get("gc_pauses", [])
    if pauses:
        lines += ["", (f"Full (generation 2) garbage collections while typing and paging: {len(pauses)}, "
                       f"longest {_ms(max(pauses))}, median {_ms(median(pauses))}. They stop every "
                       "thread, so they land in keystrokes and frames and make the worst cases.")]
    else:
        lines += ["", ("No full (generation 2) garbage collection while typing and paging (the app "
                       "freezes what it loads at start and collects when the user pauses).")]
    pages = probe["pages"]
    lines += [
        "",
        "## Paging through the list",
        "",
        (f"{len(pages)} × pagedown from the top of the full list ({APP_SIZE[0]}×{APP_SIZE[1]}). "
        "Work = the list's page-down action + the frame that follows (Textual's "
        "`Screen._on_timer_update`, including rendering the update to terminal escapes); "
        "wall = from sending the key to the end of that frame (includes Pilot and the wait for "
        f"the 60 fps frame timer). Pilot's own round trip (a key bound to nothing): "
        f"{_ms(probe['pilot_overhead_s'])}."),
        "",
        (f"- work: median {_ms(median([p['work_s'] for p in pages]))}, "
        f"worst {_ms(max(p['work_s'] for p in pages))}; "
        f"of which frames: median {_ms(median([p['frame_s'] for p in pages]))}"),
        (f"- wall: median {_ms(median([p['wall_s'] for p in pages]))}, "
        f"worst {_ms(max(p['wall_s'] for p in pages))}"),
        (f"- Pilot's `press()` round trip: pagedown median "
        f"{_ms(median([p.get('press_s', 0.0) for p in pages]))}, a key bound to nothing "
        f"{_ms(probe['pilot_overhead_s'])}"),
        "",
        "## Layout (benchmarks/bench_layout.py)",
        "",
        ", ".join(f"{k} {v:g}" for k, v in raw["layout"].items()),
        "",
        "## Extraction",
        "",
        (f"{raw['extraction']['articles']} articles ({raw['extraction']['words']:,} words) in "
        f"{raw['extraction']['seconds']:.1f} s: {raw['extraction']['articles_per_s']:.0f} articles/s, "
        f"{raw['extraction']['words_per_s']:,.0f} words/s (gazetteer load "
        f"{_ms(raw['extraction']['gazetteer_load_s'])}, once per process)."),
        "",
        "## Memory (peak RSS)",
        "",
        (f"- reader list: {raw['cli_maxrss_kib']['list'] / MIB:.0f} MiB; reader search: "
        f"{raw['cli_maxrss_kib']['search'] / MIB:.0f} MiB; reader import: "
        f"{raw['import']['maxrss_kib'] / MIB:.0f} MiB"),
        (f"- the app in a pty, full store, search + Enter + {len(pages)} pages: "
        f"{raw['app_pty_session']['maxrss_kib'] / MIB:.0f} MiB; the Pilot probe process "
        f"(app + harness): {probe['probe_maxrss_kib'] / MIB:.0f} MiB"),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the results; the exit status is 0 unless it could not run."""
    parser = argparse.ArgumentParser(description="Scale benchmark of khabar-reader (issue 6).")
    parser.add_argument("--articles", type=int, default=30000, metavar="N", help="corpus size (30000)")
    parser.add_argument("--workdir", type=Path, help="where corpus and stores go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--repeats", type=int, default=7, help="runs of each repeated measure (7)")
    parser.add_argument("--pages", type=int, default=20, help="pagedowns in the scrolling test (20)")
    parser.add_argument("--layout-words", type=int, default=20000, help="words of the layout article")
    parser.add_argument("--extraction-articles", type=int, default=5000,
                        help="articles timed through analyse (5000)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="results file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--label", help="how RESULTS.md names the code measured (default: git commit)")
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
        raw = run_benchmark(args.articles, workdir, repeats=args.repeats, layout_words=args.layout_words,
                            pages=args.pages, extraction_articles=args.extraction_articles,
                            label=args.label)
        rows = table(raw)
        (workdir / "results.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
        args.results.write_text(render_results(raw, rows), encoding="utf-8")
        print(render_table(rows))
        print(f"\nwritten: {args.results}" + (f"; raw figures: {workdir / 'results.json'}" if keep else ""))
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
