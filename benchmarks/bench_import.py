"""Import speed on the real-vocabulary corpus (issue 18): ``reader import`` ÷ the floor.

The floor is :data:`run.FLOOR_SCRIPT`'s work (load the JSON files, split the
words with one regex).  Each repeat times the floor, the import into a new
store, and the floor again, so that every ratio is taken within one stretch
of the shared machine's load; the raw times are kept.

Run alone: ``python benchmarks/bench_import.py [--articles N] [--repeats R]
[--corpus DIR]``; ``benchmarks/run.py`` runs it too when the sample is there.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from measure import checked, median, reader_cmd, run_timed
from real_corpus import SAMPLE, write_corpus


def floor_script() -> str:
    """The floor's code (the one :mod:`run` times against the synthetic corpus)."""
    from run import FLOOR_SCRIPT

    return FLOOR_SCRIPT


def measure(corpus: Path, workdir: Path, repeats: int = 1) -> dict[str, Any]:
    """Time ``repeats`` imports of ``corpus``, each between two floors; raw figures."""
    floor_cmd = [sys.executable, "-c", floor_script(), str(corpus)]
    runs: list[dict[str, Any]] = []
    for k in range(repeats):
        before = checked(run_timed(floor_cmd), "floor").wall_s
        db = workdir / f"store-real-{k}"
        shutil.rmtree(db, ignore_errors=True)
        imp = checked(run_timed(reader_cmd("--db", str(db), "import", "--quiet", str(corpus))),
                      "reader import (real vocabulary)")
        after = checked(run_timed(floor_cmd), "floor").wall_s
        runs.append({"wall_s": imp.wall_s, "cpu_s": imp.cpu_s, "maxrss_kib": imp.maxrss_kib,
                     "floor_s": [before, after],
                     "ratio": imp.wall_s / median([before, after]),
                     "summary": imp.stdout.strip().splitlines()[-1] if imp.stdout.strip() else ""})
        shutil.rmtree(db, ignore_errors=True)
    return {"runs": runs, "ratio": median([r["ratio"] for r in runs])}


def measure_real(n: int, workdir: Path, repeats: int = 1) -> dict[str, Any] | None:
    """Write the real-vocabulary corpus of ``n`` articles and time its import; None
    when the SaudiNewsNet sample is not beside the checkout."""
    if not SAMPLE.is_dir():
        return None
    corpus = workdir / "corpus-real"
    shutil.rmtree(corpus, ignore_errors=True)
    start = time.perf_counter()
    files, words, distinct = write_corpus(n, corpus)
    info = {"articles": n, "files": len(files), "words": words, "distinct_words": distinct,
            "bytes": sum(p.stat().st_size for p in files),
            "seconds": time.perf_counter() - start}
    return {"corpus": info, **measure(corpus, workdir, repeats)}


def describe(real: dict[str, Any]) -> list[str]:
    """Markdown lines for RESULTS.md: the corpus and every run's raw times."""
    c = real["corpus"]
    lines = [(f"Corpus: {c['articles']} articles resampled from the SaudiNewsNet sample "
              f"({c['words']:,} words, {c['distinct_words']:,} distinct, {c['files']} JSON "
              f"files, {c['bytes'] / 2**20:.1f} MiB; benchmarks/real_corpus.py)."), ""]
    for k, r in enumerate(real["runs"], 1):
        lines.append(f"- run {k}: reader import {r['wall_s']:.2f} s (CPU {r['cpu_s']:.2f} s, "
                     f"peak RSS {r['maxrss_kib'] / 1024:.0f} MiB); floor before "
                     f"{r['floor_s'][0]:.2f} s, after {r['floor_s'][1]:.2f} s: "
                     f"{r['ratio']:.2f}× the floor")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--corpus", type=Path, help="an existing corpus directory to import")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="khabar-import-") as tmp:
        work = Path(tmp)
        if args.corpus is not None:
            real = measure(args.corpus.resolve(), work, args.repeats)
            print(json.dumps(real, indent=1))
            return 0
        found = measure_real(args.articles, work, args.repeats)
        if found is None:
            print(f"no sample at {SAMPLE}", file=sys.stderr)
            return 1
        print("\n".join(describe(found)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
