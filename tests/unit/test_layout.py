"""Explicit examples for reader.layout: one behaviour per test."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from helpers.paths import SEED
from reader.layout import (
    VisualLine,
    base_direction,
    cell_width,
    layout_paragraph,
    layout_text,
    pad,
    render_article,
    shape_query,
    spans_to_cells,
    truncate,
)
from reader.layout.bidi import resolve_levels, visual_order

ESC = "\x1b"
RLO = "\u202e"
FATHA = "\u064e"
TATWEEL = "\u0640"


def one(paragraph: str, width: int = 200, **kw: bool) -> VisualLine:
    lines = layout_paragraph(paragraph, width, **kw)
    assert len(lines) == 1
    return lines[0]


# --------------------------------------------------------------- direction


def test_arabic_paragraph_is_rtl() -> None:
    assert base_direction("قمة الصين وآسيا الوسطى") is True


def test_english_paragraph_is_ltr() -> None:
    assert base_direction("The summit opened in Xi'an.") is False


def test_first_strong_character_decides_after_digits_and_punctuation() -> None:
    assert base_direction("18 مايو: قمة") is True


def test_no_strong_character_defaults_to_ltr() -> None:
    assert base_direction("3/4/2024 - 12.5%") is False


def test_rlm_decides_direction() -> None:
    assert base_direction("\u200f2024 abc") is True


def test_override_control_cannot_decide_direction() -> None:
    # U+202E is dropped first (it has no direction of its own), so the Latin letter decides.
    assert base_direction(RLO + "abc") is False


# --------------------------------------------------------------- reordering


def test_summit_g20_keeps_latin_and_digits_in_order() -> None:
    assert one("قمة G20 في نيودلهي").text == "ﻲﻬﻟﺩﻮﻴﻧ ﻲﻓ G20 ﺔﻤﻗ"


def test_brackets_are_mirrored_at_rtl_level() -> None:
    text = one("وصل الوفد إلى (الصين) أمس").text
    assert "(ﻦﻴﺼﻟﺍ)" in text and ")ﻦﻴﺼﻟﺍ(" not in text


def test_guillemets_are_mirrored_at_rtl_level() -> None:
    assert "«ﺍﻮﺨﻨﻴﺷ»" in one("نقلت وكالة «شينخوا» الخبر").text


def test_date_stays_intact_inside_arabic() -> None:
    assert "3/4/2024 ﻲﻓ" in one("في 3/4/2024 ارتفع السعر").text


def test_decimal_stays_intact_inside_arabic() -> None:
    assert "ﻥﻮﻴﻠﻣ 1.5 ﻰﻟﺇ" in one("إلى 1.5 مليون").text


def test_percent_sign_follows_the_number_in_reading_order() -> None:
    # UAX #9 (as browsers show it): in Arabic text the % is read after the
    # number, so in a right-to-left line it stands on its left.
    assert "%25 ﺔﺒﺴﻨﺑ" in one("بنسبة 25% فقط").text


def test_thousands_separators_stay_intact() -> None:
    assert "1,000,000" in one("استثمار 1,000,000 دولار").text


def test_latin_name_in_brackets_at_paragraph_end_stays_enclosed() -> None:
    # Rule N0 (bracket pairs): without it the closing bracket flies to the far left.
    assert one("قال رئيس Apple (Tim Cook)").text == "Apple (Tim Cook) ﺲﻴﺋﺭ ﻝﺎﻗ"


def test_several_latin_words_keep_their_order() -> None:
    assert "New York Times" in one("نشرت New York Times الخبر").text


def test_english_paragraph_is_unchanged_and_flush_left() -> None:
    line = one("The World Bank (WB) said growth would slow to 4.2% in 2024.")
    assert line.text == "The World Bank (WB) said growth would slow to 4.2% in 2024."
    assert line.rtl is False
    assert pad(line, 70) == line.text + " " * (70 - line.cells)


def test_latin_only_line_in_rtl_paragraph_is_ltr_text_flush_right() -> None:
    lines = layout_paragraph(
        "قال المتحدث باسم الوفد الرسمي: The summit will focus on trade links ثم غادر", 30)
    latin = [line for line in lines if line.text.isascii()]
    assert [line.text for line in latin] == ["The summit will focus on trade"]
    assert latin[0].rtl is True
    assert pad(latin[0], 34) == "    The summit will focus on trade"


def test_lrm_steers_reordering_and_is_dropped() -> None:
    without = one("قال: abc!").text
    with_lrm = one("قال: abc!\u200e").text
    assert without == "!abc :ﻝﺎﻗ"
    assert with_lrm == "abc! :ﻝﺎﻗ"


def test_l2_reverses_from_highest_level() -> None:
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]


def test_resolver_puts_numbers_after_arabic_at_level_2() -> None:
    assert resolve_levels(["AL", "WS", "EN", "CS", "EN"], list("ا 1.5"), True) == [1, 1, 2, 2, 2]


# --------------------------------------------------------------- shaping and widths


def test_lam_alef_ligature_takes_one_cell() -> None:
    line = one("السلام")
    assert line.text == "ﻡﻼﺴﻟﺍ"
    assert line.cells == 5


def test_lam_alef_ligature_maps_to_lam_and_covers_alef() -> None:
    line = one("السلام")
    i = line.text.index("ﻼ")
    assert line.logical[i] == 3  # the lam of "السلام"
    assert line.logical_end[i] == 5  # past the alef


def test_harakat_kept_by_default_and_follow_their_letter() -> None:
    text = one("العَلَاقَاتُ").text
    assert text == "ﺕُﺎﻗَﻼَﻌَﻟﺍ"


def test_hide_marks_removes_harakat_and_keeps_offsets() -> None:
    line = one("العَلَاقَاتُ", hide_marks=True)
    assert line.text == "ﺕﺎﻗﻼﻌﻟﺍ"
    assert line.end == len("العَلَاقَاتُ")
    assert line.logical[0] == len("العَلَاقَا")  # the teh


def test_tatweel_kept_by_default() -> None:
    line = one("جـــمـــهـــوريـــة")
    assert line.text.count(TATWEEL) == 12
    assert line.cells == 19


def test_hide_marks_removes_tatweel() -> None:
    line = one("جـــمـــهـــوريـــة", hide_marks=True)
    assert line.text == "ﺔﻳﺭﻮﻬﻤﺟ"
    assert line.cells == 7


def test_combining_marks_take_no_cell() -> None:
    assert cell_width("مُمْتَازَةٌ") == 6


def test_wide_cjk_takes_two_cells() -> None:
    assert cell_width("中华") == 4


def test_word_wider_than_line_is_cut_by_cells() -> None:
    lines = layout_paragraph("https://www.example.com/news", 10)
    assert [line.text for line in lines] == ["https://ww", "w.example.", "com/news"]
    assert [(line.start, line.end) for line in lines] == [(0, 10), (10, 20), (20, 28)]


def test_long_arabic_word_pieces_are_shaped_alone() -> None:
    # Each piece is shaped as if it were a word: the meem ending the first
    # piece takes its final form, the seen starting the second its initial form.
    lines = layout_paragraph("والمستشفيات", 4)
    assert [line.text for line in lines] == ["ﻢﻟﺍﻭ", "ﻒﺸﺘﺳ", "ﺕﺎﻳ"]
    assert [(line.start, line.end) for line in lines] == [(0, 4), (4, 8), (8, 11)]


def test_wide_character_at_width_one_becomes_placeholder() -> None:
    lines = layout_paragraph("中", 1)
    assert [(line.text, line.cells, tuple(line.logical)) for line in lines] == [("\ufffd", 1, (0,))]


def test_width_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        layout_paragraph("abc", 0)


# --------------------------------------------------------------- terminal safety


def test_escape_is_shown_and_an_override_neither_shown_nor_obeyed() -> None:
    line = one("خبر " + ESC + "[31m عاجل " + RLO + "abc")
    assert ESC not in line.text and RLO not in line.text
    assert "␛" in line.text
    # The override is dropped (copied news often carries a stray one): no placeholder,
    # and "abc" keeps its order, as if it were not there.
    assert "\ufffd" not in line.text and "abc" in line.text


def test_a_stray_pop_directional_formatting_in_a_title_leaves_no_mark() -> None:
    title = "داعشي\u202c يقتل 3 أطفال من أبناء “\u200fسبيّته\u202c” الإيزيدية"
    line = one(title)
    assert "\ufffd" not in line.text and "\u202c" not in line.text and "\u2060" not in line.text
    assert line.text == one(title.replace("\u202c", "").replace("\u200f", "")).text


def test_neutralised_escape_keeps_its_offset() -> None:
    text = "خبر " + ESC + "[31m"
    line = one(text)
    assert line.logical[line.text.index("␛")] == text.index(ESC)


def test_tab_becomes_a_space() -> None:
    assert one("a\tb").text == "a b"


# --------------------------------------------------------------- whole texts


def test_blank_lines_collapse_to_one_empty_line() -> None:
    lines = layout_text("أول\n\n\n   \nثان", 40)
    assert [line.text for line in lines] == ["ﻝﻭﺃ", "", "ﻥﺎﺛ"]


def test_no_empty_line_before_first_or_after_last_paragraph() -> None:
    lines = layout_text("\n\nabc\n\n", 40)
    assert [line.text for line in lines] == ["abc"]


def test_crlf_is_one_break() -> None:
    lines = layout_text("abc\r\ndef", 40)
    assert [(line.text, line.start, line.end) for line in lines] == [
        ("abc", 0, 3), ("", 3, 3), ("def", 5, 8)]


def test_paragraphs_are_numbered_and_offsets_point_into_text() -> None:
    text = "قمة الصين\nThe summit"
    lines = layout_text(text, 40)
    assert [line.paragraph for line in lines] == [0, 0, 1]
    assert text[lines[2].start:lines[2].end] == "The summit"


def test_each_paragraph_gets_its_own_direction() -> None:
    lines = layout_text("قمة الصين\nThe summit", 40)
    assert [line.rtl for line in lines if line.text] == [True, False]


def test_layout_is_cached() -> None:
    text = "قمة الصين وآسيا الوسطى"
    assert layout_paragraph(text, 17) is layout_paragraph(text, 17)


# --------------------------------------------------------------- highlighting


def test_spans_to_cells_covers_a_mention() -> None:
    text = "وصل الوفد إلى (الصين) أمس"
    line = one(text)
    start = text.index("الصين")
    cells = spans_to_cells(line, start, start + len("الصين"))
    a, b = cells[0]
    assert len(cells) == 1 and line.text[a:b] == "ﻦﻴﺼﻟﺍ"


def test_spans_to_cells_covers_ligature_from_its_alef() -> None:
    line = one("السلام")
    assert spans_to_cells(line, 4, 5) == [(1, 2)]


def test_spans_to_cells_puts_a_mark_on_its_letter() -> None:
    text = "كتبَ"
    line = one(text)
    assert spans_to_cells(line, 3, 4) == [(0, 1)]


def test_spans_to_cells_is_empty_outside_the_line() -> None:
    assert spans_to_cells(one("abc"), 10, 20) == []


def test_spans_to_cells_splits_a_phrase_around_a_latin_word() -> None:
    text = "قمة G20 في"
    line = one(text)  # visual: "ﻲﻓ G20 ﺔﻤﻗ"
    assert spans_to_cells(line, 0, 7) == [(3, 10)]
    assert spans_to_cells(line, 0, 3) == [(7, 10)]


# --------------------------------------------------------------- titles and queries


def test_truncate_leaves_short_title_alone() -> None:
    assert truncate("قمة الصين", 20).text == "ﻦﻴﺼﻟﺍ ﺔﻤﻗ"


def test_truncate_puts_ellipsis_on_the_left_of_rtl_title() -> None:
    line = truncate("قمة الصين وآسيا الوسطى عبر الإنترنت", 20)
    assert line.text == "…ﻮﻟﺍ ﺎﻴﺳﺁﻭ ﻦﻴﺼﻟﺍ ﺔﻤﻗ"
    assert line.cells == 20


def test_truncate_puts_ellipsis_on_the_right_of_ltr_title() -> None:
    line = truncate("Summit of China and Central Asia online", 20)
    assert line.text == "Summit of China and…"
    assert line.end == 19 and line.logical[-1] == 19


def test_truncate_title_ending_in_latin_keeps_ellipsis_left() -> None:
    line = truncate("لقاء مع رئيس شركة Apple Computer Inc", 22)
    assert line.text.startswith("…") and line.cells <= 22


def test_shape_query_keeps_what_is_being_typed() -> None:
    assert shape_query("شي جين بينغ ", 8) == " ﻎﻨﻴﺑ ﻥ…"


def test_shape_query_short_query_is_just_reordered() -> None:
    assert shape_query("الصين G20", 20) == "G20 ﻦﻴﺼﻟﺍ"


# --------------------------------------------------------------- reader show


def test_render_article_structure() -> None:
    lines = render_article("قمة الصين", "2024-05-18 · وكالة", "فقرة أولى\nSecond paragraph", 30)
    assert lines == [
        " " * 21 + "ﻦﻴﺼﻟﺍ ﺔﻤﻗ",
        " " * 12 + "ﺔﻟﺎﻛﻭ · 2024-05-18",
        "",
        " " * 21 + "ﻰﻟﻭﺃ ﺓﺮﻘﻓ",
        "",
        "Second paragraph",
    ]


def test_render_article_lines_fit_and_padded_lines_end_at_the_width() -> None:
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    lines = render_article(title, "2023-05-18 · Xinhua", body, 57)
    assert len(lines) > 20
    for line in lines:
        assert cell_width(line) <= 57
        if line.startswith(" "):
            assert cell_width(line) == 57


def test_render_article_ltr_lines_have_no_trailing_spaces() -> None:
    lines = render_article("A title", "", "Some words here and there", 10)
    assert lines == ["A title", "", "Some words", "here and", "there"]


# --------------------------------------------------------------- purity


def test_layout_imports_no_textual() -> None:
    code = "import sys, reader.layout; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_presentation_form_decomposes_to_its_logical_letter() -> None:
    text = "قمة الصين وآسيا الوسطى"
    line = one(text)
    for ch, o in zip(line.text, line.logical, strict=True):
        assert unicodedata.normalize("NFKC", ch)[0] == text[o]
