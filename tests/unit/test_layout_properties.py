"""Property tests of reader.layout on Arabic/Latin/number/punctuation/bracket/harakat mixes."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

import arabic_reshaper
import pytest
from bidi import get_display
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import bidi_oracle
from reader.layout import (
    cell_width,
    layout_paragraph,
    layout_text,
    shape_query,
    spans_to_cells,
    truncate,
)
from reader.layout.bidi import MIRROR

settings.register_profile(
    "layout", deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow],
)
LAYOUT = settings.get_profile("layout")

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ"
HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d"
TATWEEL = "\u0640"
BRACKETS = ["()", "[]", "{}", "«»"]

harf = st.tuples(
    st.one_of(st.sampled_from(LETTERS), st.sampled_from(["لا", "لأ", "لإ", "لآ", TATWEEL])),
    st.sampled_from(["", "", "", *HARAKAT]),
).map("".join)
arabic_word = st.lists(harf, min_size=1, max_size=7).map("".join)
plain_arabic_word = st.text(alphabet=LETTERS, min_size=1, max_size=7)
latin_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzGKTXZ", min_size=1, max_size=8)
number = st.one_of(
    st.integers(0, 10**6).map(str),
    st.builds("{}.{}".format, st.integers(0, 999), st.integers(0, 99)),
    st.builds("{}/{}/{}".format, st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100)),
    st.builds("{}%".format, st.integers(0, 100)),
    st.builds("{:,}".format, st.integers(1000, 10**7)),
    st.sampled_from(["٢٠٢٤", "١٫٥", "G20", "COVID-19", "-5", "+3"]),
)
punctuation = st.sampled_from(list(".,:;!?،؛-—\"'…/%"))


def _wrapped(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A word, sometimes with trailing punctuation, sometimes in brackets."""
    return st.tuples(
        word, st.sampled_from(["", "", "", ".", "،", ":", ","]),
        st.sampled_from(["", "", "", *BRACKETS]),
    ).map(lambda t: f"{t[2][0]}{t[0]}{t[1]}{t[2][1]}" if t[2] else t[0] + t[1])


def _paragraphs(arabic: st.SearchStrategy[str], *, cjk: bool = True) -> st.SearchStrategy[str]:
    parts = [arabic, arabic, arabic, latin_word, number, punctuation]
    if cjk:
        parts.append(st.sampled_from(["中国", "上海", "東京都"]))
    token = _wrapped(st.one_of(*parts))
    gap = st.sampled_from([" ", " ", " ", "  "])
    return st.lists(st.tuples(token, gap), min_size=1, max_size=24).map(
        lambda items: "".join(t + g for t, g in items).rstrip(" "))


paragraphs = _paragraphs(arabic_word)
widths = st.integers(min_value=1, max_value=80)


def _is_presentation_form(ch: str) -> bool:
    return 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF


def _stands_for(visual: str, logical: str) -> bool:
    """``visual`` is how ``logical`` (one or, for a ligature, more characters) is drawn."""
    if _is_presentation_form(visual):
        return unicodedata.normalize("NFKC", visual) == logical
    return visual == logical or MIRROR.get(logical) == visual


def _drawn(text: str, hide_marks: bool) -> str:
    return "".join(c for c in text if c != " " and not (hide_marks and bidi_oracle.hidden(c)))


@LAYOUT
@given(paragraphs, widths)
def test_no_line_is_wider_than_the_width(paragraph: str, width: int) -> None:
    for line in layout_paragraph(paragraph, width):
        assert line.cells <= width
        assert cell_width(line.text) == line.cells


@LAYOUT
@given(paragraphs, widths, st.booleans())
def test_logical_has_one_entry_per_character(paragraph: str, width: int, hide: bool) -> None:
    for line in layout_paragraph(paragraph, width, hide_marks=hide):
        assert len(line.logical) == len(line.text) == len(line.logical_end)


def _nothing_drawn(text: str, hide: bool) -> bool:
    return _drawn(text, hide) == ""


@LAYOUT
@given(paragraphs, widths, st.booleans())
@example("G ـ", 1, True)  # a word of tatweel only, hidden: it has no units at all
def test_lines_cover_the_paragraph_in_order(paragraph: str, width: int, hide: bool) -> None:
    lines = layout_paragraph(paragraph, width, hide_marks=hide)
    assert _nothing_drawn(paragraph[:lines[0].start], hide)
    assert _nothing_drawn(paragraph[lines[-1].end:], hide)
    for before, after in pairwise(lines):
        assert before.start < before.end <= after.start
        assert _nothing_drawn(paragraph[before.end:after.start], hide)


@LAYOUT
@given(paragraphs, widths, st.booleans())
def test_undoing_shaping_and_reordering_gives_the_words_back(paragraph: str, width: int,
                                                             hide: bool) -> None:
    for line in layout_paragraph(paragraph, width, hide_marks=hide):
        covered: list[int] = []
        # logical_end may be empty (then logical + 1 each): zip stops at the shortest.
        for ch, start, end in zip(line.text, line.logical, line.logical_end, strict=False):
            whole = paragraph[start:end]
            if len(whole) > 1:  # a lam-alef ligature: the lam, maybe harakat, the alef
                whole = whole[0] + whole[-1]
                covered.append(end - 1)
            placeholder = ch == "\ufffd" and cell_width(whole) > width
            assert _stands_for(ch, whole) or placeholder, (ch, whole)
            covered.append(start)
        rebuilt = "".join(paragraph[o] for o in sorted(covered))
        assert _drawn(rebuilt, hide) == _drawn(paragraph[line.start:line.end], hide)


@LAYOUT
@given(paragraphs, widths)
def test_digit_runs_and_latin_runs_keep_their_order(paragraph: str, width: int) -> None:
    for line in layout_paragraph(paragraph, width):
        logical = paragraph[line.start:line.end]
        for run in re.findall(r"[0-9]+|[A-Za-z]+(?: [A-Za-z]+)*", logical):
            assert run in line.text


@pytest.mark.skipif(bidi_oracle.FRIBIDI is None, reason="libfribidi is not installed")
@LAYOUT
@given(paragraphs, widths, st.booleans())
def test_matches_the_independent_oracle(paragraph: str, width: int, hide: bool) -> None:
    # The oracle wraps, then shapes each line alone, then reorders it with
    # FriBidi; this engine shapes each word once and reorders slices, so this
    # also proves shaping once per paragraph gives the same lines.
    mine = [line.text for line in layout_paragraph(paragraph, width, hide_marks=hide)]
    assert mine == (bidi_oracle.layout(paragraph, width, hide_marks=hide) or [""])


_RESHAPER = arabic_reshaper.ArabicReshaper(configuration=bidi_oracle._CONFIG)


def _canonical(text: str) -> str:
    # python-bidi's get_display stops before L4 (no mirroring): compare up to mirroring.
    return "".join(min(c, MIRROR.get(c, c)) for c in text)


@LAYOUT
@given(_paragraphs(plain_arabic_word))
def test_reordering_agrees_with_python_bidi(paragraph: str) -> None:
    (line,) = layout_paragraph(paragraph, 10_000)
    reference = get_display(_RESHAPER.reshape(paragraph), base_dir="R" if line.rtl else "L")
    assert _canonical(line.text) == _canonical(str(reference))


@LAYOUT
@given(paragraphs, widths, st.integers(0, 200), st.integers(0, 60))
def test_spans_to_cells_are_sorted_merged_and_inside_the_line(paragraph: str, width: int,
                                                              start: int, length: int) -> None:
    for line in layout_paragraph(paragraph, width):
        ranges = spans_to_cells(line, start, start + length)
        for a, b in ranges:
            assert 0 <= a < b <= line.cells
        for (_, b1), (a2, _) in pairwise(ranges):
            assert b1 < a2


@LAYOUT
@given(paragraphs, widths)
def test_truncate_fits_with_the_ellipsis_at_the_logical_end(title: str, width: int) -> None:
    line = truncate(title, width)
    assert line.cells <= width
    if (layout_paragraph(title, 10_000)[0].cells > width) and "…" not in title:
        assert line.text.startswith("…") if line.rtl else line.text.endswith("…")


@LAYOUT
@given(paragraphs.map(lambda p: p + " "), widths)
def test_shape_query_fits(query: str, width: int) -> None:
    assert cell_width(shape_query(query, width)) <= width


@LAYOUT
@given(st.lists(st.tuples(paragraphs, st.sampled_from(["\n", "\n\n", "\r\n", "\n \n\n"])),
                min_size=1, max_size=5), widths)
def test_exactly_one_empty_line_between_paragraphs(items: list[tuple[str, str]],
                                                   width: int) -> None:
    text = "".join(p + sep for p, sep in items)
    lines = layout_text(text, width)
    empty = [i for i, line in enumerate(lines) if not line.text]
    assert len(empty) == len(items) - 1
    assert 0 not in empty and len(lines) - 1 not in empty
    assert all(b - a > 1 for a, b in pairwise(empty))
