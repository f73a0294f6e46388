"""Golden tests: every line of real articles against an independent oracle (helpers/bidi_oracle.py).

The same layout drawn by a real terminal (tmux) is checked in tests/e2e/test_real_terminal.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import bidi_oracle
from helpers.paths import DATA, SEED
from reader.layout import layout_text

MIXED = DATA / "mixed_brackets.txt"

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
