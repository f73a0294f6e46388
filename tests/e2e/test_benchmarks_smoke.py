"""Smoke test of the scale benchmark (issue 6): it runs end to end at a small N, writes its table.

Timings are not checked (the machine is shared and noisy); only that every
measure ran and was reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT

RUN = ROOT / "benchmarks" / "run.py"

#: Every measure the issue asks for, as the table names it.
MEASURES = (
    "import (reader import",
    "open (reader list --limit 5",
    "search `كازاخستان`",
    "search `Kazakhstan`",
    "in-app search, per keystroke (median)",
    "in-app search, per keystroke (worst)",
    "app start, first paint of the list (pty",
    "app start, first paint of the list (Pilot",
    "scroll the list by a page",
    "layout, ",
    "extraction, reader.entities.analyse",
    "memory, peak RSS of reader list",
    "memory, peak RSS of the app",
)


@pytest.fixture(scope="module")
def small_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One small benchmark run (60 articles, one repeat) into a temporary directory."""
    work = tmp_path_factory.mktemp("bench")
    results = work / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(RUN), "--articles", "60", "--workdir", str(work / "run"),
         "--repeats", "1", "--pages", "3", "--layout-words", "1500",
         "--extraction-articles", "60", "--results", str(results)],
        capture_output=True, text=True, timeout=240, cwd=ROOT, check=False,
    )
    return proc, work


@pytest.mark.timeout(300)
def test_the_benchmark_runs_to_the_end(small_run) -> None:
    proc, _ = small_run
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.mark.timeout(300)
def test_the_benchmark_prints_every_measure(small_run) -> None:
    proc, _ = small_run
    missing = [m for m in MEASURES if m not in proc.stdout]
    assert not missing, proc.stdout + proc.stderr[-3000:]


@pytest.mark.timeout(300)
def test_the_results_file_has_the_machine_and_the_table(small_run) -> None:
    _, work = small_run
    text = (work / "RESULTS.md").read_text(encoding="utf-8")
    assert "Machine:" in text and "| Measure |" in text and all(m in text for m in MEASURES)


@pytest.mark.timeout(300)
def test_the_corpus_has_the_articles_asked_for_all_imported(small_run) -> None:
    _, work = small_run
    raw = json.loads((work / "run" / "results.json").read_text(encoding="utf-8"))
    assert raw["import"]["summary"].startswith(
        "1 file: 60 articles imported, 0 duplicates, 0 entries skipped; 0 files failed")


@pytest.mark.timeout(300)
def test_every_typed_prefix_was_timed(small_run) -> None:
    _, work = small_run
    raw = json.loads((work / "run" / "results.json").read_text(encoding="utf-8"))
    typed = [k["query"] for k in raw["app_probe"]["keystrokes"]]
    assert typed[-1] == "Kazakhstan" and "توكاييف" in typed and len(typed) == 7 + 9 + 10
