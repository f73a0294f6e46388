"""Golden tests: every line of real articles against an independent oracle (bidi_oracle.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import bidi_oracle
import pytest

from reader.layout import cell_width, layout_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "000_9a7c0bc9154ad588.txt"
MIXED = ROOT / "tests" / "data" / "mixed_brackets.txt"

needs_fribidi = pytest.mark.skipif(
    bidi_oracle.FRIBIDI is None, reason="libfribidi (Debian package libfribidi0) is not installed")


def _compare(path: Path, width: int, *, hide_marks: bool = False) -> None:
    text = path.read_text(encoding="utf-8")
    mine = [line.text for line in layout_text(text, width, hide_marks=hide_marks)]
    expected = bidi_oracle.layout_article(text, width, hide_marks=hide_marks)
    assert len(mine) == len(expected)
    for number, (got, want) in enumerate(zip(mine, expected, strict=True)):
        assert got == want, f"line {number}"


@needs_fribidi
@pytest.mark.parametrize("width", [40, 73, 120])
def test_seed_matches_oracle(width: int) -> None:
    _compare(SEED, width)


@needs_fribidi
@pytest.mark.parametrize("width", [40, 73, 120])
def test_mixed_article_matches_oracle(width: int) -> None:
    _compare(MIXED, width)


@needs_fribidi
@pytest.mark.parametrize("width", [40, 73])
def test_mixed_article_without_marks_matches_oracle(width: int) -> None:
    _compare(MIXED, width, hide_marks=True)


@needs_fribidi
@pytest.mark.parametrize("width", [3, 7])
def test_mixed_article_with_words_cut_by_cells_matches_oracle(width: int) -> None:
    _compare(MIXED, width)


@needs_fribidi
def test_oracle_mirrors_brackets_and_keeps_marks_after_their_letter() -> None:
    # The oracle must not be a copy of python-bidi's get_display, which does neither.
    assert bidi_oracle.layout("إلى (الصين) غدًا", 80) == ["ﺍﺪًﻏ (ﻦﻴﺼﻟﺍ) ﻰﻟﺇ"]


@needs_fribidi
def test_oracle_wraps_in_logical_order() -> None:
    assert bidi_oracle.layout("قمة الصين وآسيا", 10) == ["ﻦﻴﺼﻟﺍ ﺔﻤﻗ", "ﺎﻴﺳﺁﻭ"]


@needs_fribidi
def test_seed_lines_have_the_article_offsets() -> None:
    # Golden texts above; here the logical side: each line's span is its words.
    text = SEED.read_text(encoding="utf-8")
    for line in layout_text(text, 73):
        if line.text:
            span = text[line.start:line.end]
            assert span == span.strip() and "\n" not in span
            assert len(line.text) == len(line.logical)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_rendered_seed_reads_right_in_a_real_terminal(tmp_path: Path) -> None:
    # tmux draws cells like any terminal (no bidi, no shaping): the first
    # words of the article must be at the top right, letters joined.
    script = tmp_path / "show.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.layout import render_article\n"
        f"text = Path({str(SEED)!r}).read_text(encoding='utf-8')\n"
        "title, _, body = text.partition('\\n')\n"
        "lines = render_article(title, '', body, 80)\n"
        "sys.stdout.write('\\n'.join(lines[:20]) + '\\n')\n"
        "sys.stdout.flush()\n"
        "input()\n",
        encoding="utf-8",
    )
    session = f"layout-{os.getpid()}"
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    subprocess.run(["tmux", "-u", "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                    f"{sys.executable} {script}"], check=True, env=env)
    try:
        rows: list[str] = []
        for _ in range(100):
            out = subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                                 capture_output=True, text=True, check=True)
            rows = out.stdout.split("\n")
            if rows and rows[0].strip():
                break
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    first = rows[0]
    assert first.endswith("ﻲﻓﻭ")  # "وفي", the article's first word, joined, at the right
    assert cell_width(first) == 80
    screen = "\n".join(rows)
    assert "وفي" not in screen and "اجتمع" not in screen  # no logical (unshaped) text
    assert "ﻊﻤﺘﺟﺍ" in screen  # "اجتمع" shaped and reversed
