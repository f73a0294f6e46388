"""Layout to the letter of Unicode: joining types, grapheme clusters, levels per paragraph, limits.

Property tests (hypothesis) check the issue's promises on generated text:
numbers read the same wherever the line breaks; every line is as wide as
wcwidth says its grapheme clusters are, and right-to-left lines end flush at
the right edge.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wcwidth import iter_graphemes, wcswidth

from reader.layout import (
    iter_layout,
    layout_paragraph,
    layout_text,
    pad,
    render_article,
    truncate,
)
from reader.layout.joining import FORMS, INITIAL, MEDIAL, joining_type
from reader.layout.lines import MAX_PARAGRAPH
from reader.layout.paragraph import MAX_GAP, MAX_MARKS, MAX_WORD

PROPERTIES = settings(deadline=None, max_examples=200,
                      suppress_health_check=[HealthCheck.too_slow])

BEH, TEH, NOON_GHUNNA, HIGH_HAMZA_WAW = "\u0628", "\u062a", "\u06ba", "\u0677"
ZWJ, ZWNJ = "\u200d", "\u200c"


def one(text: str, width: int = 200) -> str:
    (line,) = layout_paragraph(text, width)
    return line.text


def forms(char: str) -> tuple[str, ...]:
    return FORMS[char]


# ---------------------------------------------------------------- shaping


def test_zwj_after_a_letter_gives_it_its_initial_form() -> None:
    assert one(BEH + ZWJ) == forms(BEH)[INITIAL]


def test_zwj_is_not_drawn_between_letters() -> None:
    assert ZWJ not in one(BEH + ZWJ + TEH)


def test_zwnj_breaks_the_join_and_is_not_drawn() -> None:
    joined, broken = one(BEH + TEH), one(BEH + ZWNJ + TEH)
    assert broken == FORMS[TEH][0] + FORMS[BEH][0]  # both isolated, right to left
    assert joined != broken and ZWNJ not in broken


def test_every_transparent_mark_keeps_the_join() -> None:
    # Each mark of the newer Quranic blocks, like shadda, sits on its letter.
    marks = [chr(c) for c in (*range(0x0898, 0x08A0), *range(0x08CA, 0x08E2), 0x0651)]
    for mark in marks:
        assert joining_type(mark) == "T", hex(ord(mark))
        assert one(BEH + mark + TEH) == forms(TEH)[1] + forms(BEH)[INITIAL] + mark, hex(ord(mark))


def test_letters_join_by_their_joining_type_even_without_a_presentation_form() -> None:
    # U+06BA is dual-joining but has no initial or medial form: its neighbours still join it.
    assert joining_type(NOON_GHUNNA) == "D"
    assert one(BEH + NOON_GHUNNA + BEH) == forms(BEH)[1] + NOON_GHUNNA + forms(BEH)[INITIAL]
    # U+0677 is right-joining: the letter before joins it, the one after does not.
    assert joining_type(HIGH_HAMZA_WAW) == "R"
    assert one(BEH + HIGH_HAMZA_WAW + BEH) == forms(BEH)[0] + HIGH_HAMZA_WAW + forms(BEH)[INITIAL]


def test_tatweel_joins_on_both_sides() -> None:
    text = one(BEH + "\u0640" + TEH)
    assert text[-1] == forms(BEH)[INITIAL] and text[0] == forms(TEH)[1]


def test_lam_alef_with_a_mark_between_is_one_ligature() -> None:
    (line,) = layout_paragraph("\u0644\u064e\u0627", 10)
    assert line.text == "\ufefb\u064e" and line.cells == 1
    assert line.logical_end[0] == 3  # the ligature covers the alef


def test_medial_form_between_two_joining_letters() -> None:
    assert one(BEH + BEH + BEH)[1] == forms(BEH)[MEDIAL]


# ---------------------------------------------------------------- clusters


FLAG = "\U0001f1f8\U0001f1e6"
THUMB = "\U0001f44d\U0001f3fd"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"


def test_a_flag_takes_two_cells_and_stays_in_order_in_arabic() -> None:
    (line,) = layout_paragraph(f"علم {FLAG} هنا", 80)
    assert FLAG in line.text
    assert line.cells == wcswidth(line.text) == 2 + 3 + 3 + 2


def test_skin_tone_stays_after_its_emoji_and_a_zwj_family_is_whole() -> None:
    text = one(f"صورة {THUMB} و{FAMILY} هنا")
    assert THUMB in text and FAMILY in text


def test_a_line_is_never_cut_inside_a_cluster() -> None:
    for width in range(1, 6):
        for line in layout_paragraph(FAMILY * 3 + FLAG * 3 + THUMB * 3, width):
            assert all(c.startswith(("\U0001f468", "\U0001f1f8", "\U0001f44d", "\ufffd"))
                       for c in iter_graphemes(line.text)), line.text


# ---------------------------------------------------------------- levels per paragraph


ARTICLE_45E = ("وأشار إلى أن 90% من الشركات حققت أرباحا في 2023-05-19 بنسبة 13.5% "
               "مقابل 84% في العام الماضي خلال الفترة 18-19 من الشهر")


def test_a_number_reads_the_same_at_the_start_of_a_line_and_inside_one() -> None:
    shown = set()
    for width in range(12, 80):
        for line in layout_paragraph(ARTICLE_45E, width):
            shown.update(re.findall(r"%?[0-9][0-9.\-]*%?", line.text))
    assert {"%90", "%84", "%13.5", "19-05-2023", "19-18"} <= shown
    assert not shown & {"90%", "84%", "13.5%", "2023-05-19", "18-19"}


NUMBERS = st.one_of(
    st.builds("{}%".format, st.integers(0, 100)),
    st.builds("{}.{}%".format, st.integers(0, 99), st.integers(1, 9)),
    st.builds("{}-{:02d}-{:02d}".format, st.integers(1990, 2030), st.integers(1, 12),
              st.integers(1, 28)),
    st.builds("{}-{}".format, st.integers(1, 30), st.integers(1, 30)),
    st.builds("{:,}".format, st.integers(1000, 10**7)),
    st.builds("{}/{}".format, st.integers(1, 31), st.integers(1, 12)),
)
WORDS = st.one_of(st.text(alphabet="ابتثجحخدرسشصعفقكلمنهوي", min_size=1, max_size=7),
                  st.text(alphabet="abcdefgxyz", min_size=1, max_size=6), NUMBERS)


def _rendering(lines: tuple, start: int, end: int) -> str:
    """What the characters of ``[start, end)`` look like on screen, left to right."""
    out = []
    for line in lines:
        out.extend(ch for ch, o in zip(line.text, line.logical, strict=True) if start <= o < end)
    return "".join(out)


@PROPERTIES
@given(st.lists(WORDS, min_size=2, max_size=30), st.integers(12, 60))
def test_numbers_render_identically_whatever_the_width(words: list[str], width: int) -> None:
    paragraph = " ".join(words)
    wide = layout_paragraph(paragraph, 10_000)
    narrow = layout_paragraph(paragraph, width)
    for m in re.finditer(r"\S+", paragraph):
        if not re.search(r"[0-9]", m.group()) or len(m.group()) > width:
            continue
        assert _rendering(narrow, *m.span()) == _rendering(wide, *m.span()), m.group()


# ---------------------------------------------------------------- widths and flush lines


EMOJI = [FLAG, THUMB, FAMILY, "\u2764\ufe0f", "\U0001f600", "#\ufe0f\u20e3", "\U0001f1ef\U0001f1f5",
         "\U0001f3fd"]  # a lone skin tone: its own two cells, even reordered after an emoji
MIXED = st.one_of(
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ\u064e\u0651\u0640", min_size=1,
            max_size=8),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    st.builds(str, st.integers(0, 10**6)),
    st.sampled_from(["(", ")", "[", "]", "«", "»", "{", "}", "(ق)", "[x]"]),
    st.text(alphabet="中国東京都上海語", min_size=1, max_size=4),
    st.lists(st.sampled_from(EMOJI), min_size=1, max_size=3).map("".join),
)


def cluster_cells(text: str) -> int:
    return sum(max(wcswidth(c), 0) for c in iter_graphemes(text))


@PROPERTIES
@given(st.lists(st.tuples(MIXED, st.sampled_from([" ", " ", "  ", ""])), min_size=1,
                max_size=25), st.integers(1, 70))
def test_every_line_is_as_wide_as_its_clusters_and_rtl_lines_are_flush(
        items: list[tuple[str, str]], width: int) -> None:
    paragraph = "".join(t + g for t, g in items).strip() or "x"
    lines = layout_paragraph(paragraph, width)
    for line in lines:
        assert line.cells == cluster_cells(line.text) <= width, line.text
        # Flush: no space at the edge a line is aligned on (breaking spaces belong to no line).
        assert not (line.text.endswith(" ") if line.rtl else line.text.startswith(" ")), line
        if line.rtl:
            assert cluster_cells(pad(line, width)) == width
    rows = render_article("", "", paragraph, width)[1:]  # after the blank line of the empty head
    assert len(rows) == len(lines)
    for row, line in zip(rows, lines, strict=True):
        assert cluster_cells(row) <= width
        if line.rtl:  # printed flush right: ends at column ``width`` with the line's last cell
            assert cluster_cells(row) == width and row.endswith(line.text), (row, line.text)


# ---------------------------------------------------------------- limits


def test_a_long_run_of_marks_is_cut_to_the_stream_safe_limit() -> None:
    text = "ب" + "\u0651" * 200_000 + " نص"
    lines = layout_text(text, 40)
    (line,) = lines
    assert line.text.count("\u0651") == MAX_MARKS
    assert line.end == len(text)
    # The marks left out still map to the cell of their letter.
    assert max(line.logical_end) >= 1 + 200_000


def test_offsets_after_a_cut_run_point_into_the_text_given() -> None:
    text = "ب" + "\u0651" * 100 + " كلمة"
    (line,) = layout_paragraph(text, 40)
    word = text.index("كلمة")
    assert sorted(o for o in line.logical if o >= word) == list(range(word, word + 4))
    assert truncate(text, 40).end == len(text)


def test_a_long_gap_is_cut() -> None:
    text = "a" + " " * (MAX_GAP + 500) + "b"
    (line,) = layout_paragraph(text, MAX_GAP + 10)
    assert line.cells == MAX_GAP + 2 and line.end == len(text)


def test_a_very_long_word_is_shaped_in_pieces_and_cut_between_clusters() -> None:
    word = "بت" * (MAX_WORD * 2)
    lines = layout_paragraph(word, 50)
    assert sum(line.cells for line in lines) == len(word)
    assert all(line.cells <= 50 for line in lines)
    assert lines[-1].end == len(word)


def test_a_huge_paragraph_is_laid_out_in_parts_with_its_own_direction() -> None:
    paragraph = " ".join(["كلمة", "word"] * 15_000)
    lines = layout_paragraph(paragraph, 80)
    assert all(line.rtl for line in lines)
    assert lines[-1].end == len(paragraph)
    assert all(a.end <= b.start for a, b in zip(lines, lines[1:], strict=False))


def test_a_number_at_the_start_of_a_part_reads_as_inside_the_paragraph() -> None:
    # Parts are cut at a space: here the cut falls before a "90%", whose Arabic context
    # (rule W2: an Arabic number after Arabic letters) is the word before the cut.
    paragraph = " ".join(["كلمة 90%"] * 2_000)
    assert len(paragraph) > MAX_PARAGRAPH
    cuts = [batch[0].start for batch in iter_layout(paragraph, 60)][1:]  # a batch a part
    assert any(paragraph.startswith("90%", a) for a in cuts)  # the case tested
    lines = layout_paragraph(paragraph, 60)
    for m in re.finditer("90%", paragraph):
        assert _rendering(lines, *m.span()) == "%90", m.start()


def test_no_unassigned_direction_surprises_in_presentation_forms() -> None:
    # Every presentation form we draw keeps its letter's class: reordering commutes with shaping.
    for letter, fs in FORMS.items():
        for f in fs:
            if f:
                assert unicodedata.bidirectional(f) == unicodedata.bidirectional(letter)
