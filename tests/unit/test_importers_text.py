"""Importers on real files: the seed, plain text, front matter, Markdown, encodings, HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.importing import IMPORT_DATA as DATA
from helpers.importing import failure, one
from helpers.paths import ARTICLES, SEED

# --- the seed: untitled text with page furniture ---------------------------------------


def test_seed_title_is_derived_from_first_sentence_and_cut_with_ellipsis() -> None:
    title = one(SEED).title
    assert title.startswith("وفي 18 مايو/أيار، اجتمع زعماء من كازاخستان")
    assert title.endswith("…")
    assert len(title) <= 121


def test_seed_body_keeps_the_whole_first_sentence() -> None:
    first_line = SEED.read_text(encoding="utf-8").split("\n")[0]
    assert one(SEED).body.split("\n")[0] == first_line


def test_seed_keeps_photo_caption_line_with_source_in_parentheses() -> None:
    assert one(SEED).body.split("\n")[1].endswith("(المصدر: THX) |")


def test_seed_drops_trailing_advert_source_and_comment_lines() -> None:
    body = one(SEED).body
    assert body.endswith("والمساهمة في تنمية وحيوية البلدين.")
    for furniture in ("[إعلان رقم 2]", "\nمصدر", "تعليق (0)"):
        assert furniture not in body


def test_seed_is_arabic_without_date() -> None:
    draft = one(SEED)
    assert (draft.language, draft.date) == ("ar", None)


# --- plain text --------------------------------------------------------------------------


def test_text_first_line_before_blank_line_is_the_title() -> None:
    draft = one("text_title_line.txt")
    assert draft.title == "Tokayev and Mirziyoyev sign a strategic partnership treaty"
    assert draft.body.startswith("Kazakh President")


def test_text_body_lines_have_no_trailing_spaces() -> None:
    assert all(line == line.rstrip() for line in one("text_title_line.txt").body.split("\n"))


def test_text_advert_markers_are_removed_anywhere() -> None:
    assert "[إعلان" not in one("text_untitled_furniture.txt").body


def test_text_keeps_asterisk_lines_verbatim_and_caption_with_source() -> None:
    lines = one("text_untitled_furniture.txt").body.split("\n")
    assert lines[1] == "صورة من مراسم التوقيع في طشقند. (المصدر: وكالة) |"
    assert lines[2].startswith("* وقال ميرضيائيف")


def test_text_trailing_source_and_comment_lines_are_removed() -> None:
    body = one("text_untitled_furniture.txt").body
    assert body.split("\n")[-1] == "وشمل اللقاء توقيع اتفاقية لترسيم الحدود بين البلدين."


def test_furniture_words_inside_the_text_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Title\n\nSource\nComments (3)\nThe last real sentence.\nShare | Print\n", encoding="utf-8"
    )
    assert one(path).body == "Source\nComments (3)\nThe last real sentence."


def test_hard_wrapped_text_is_unwrapped_into_paragraphs() -> None:
    lines = one("hard_wrapped.txt").body.split("\n")
    assert lines[0].startswith(
        "Leaders of the Group of Twenty met in Rio de Janeiro on 18 and 19 November"
    )
    assert lines[0].endswith("at the summit.")


def test_hard_wrapped_list_items_keep_their_own_lines() -> None:
    lines = one("hard_wrapped.txt").body.split("\n")
    assert lines[-2:] == [
        "- South Africa took over the presidency for 2025.",
        "- The 2025 summit was planned for Johannesburg.",
    ]


def test_text_with_only_blank_space_is_refused() -> None:
    assert "empty" in failure(DATA / "blank.txt")


# --- front matter ------------------------------------------------------------------------


def test_yaml_front_matter_fields() -> None:
    draft = one("front_matter_yaml.txt")
    assert draft.title == "Arab League readmits Syria after twelve years"
    assert draft.source == "Sample wire"
    assert draft.url == "https://samples.khabar-reader.example/2023/05/07/syria"


def test_yaml_front_matter_date_with_offset_is_utc() -> None:
    assert one("front_matter_yaml.txt").date == "2023-05-07T12:00:00Z"


def test_yaml_front_matter_author_list_is_joined() -> None:
    assert one("front_matter_yaml.txt").author == "First Writer, Second Writer"


def test_front_matter_language_tag_is_reduced_to_primary_code() -> None:
    assert one("front_matter_yaml.txt").language == "en"


def test_plain_key_value_front_matter() -> None:
    draft = one("front_matter_keys.txt")
    assert (draft.title, draft.date, draft.source, draft.author) == (
        "Xi Jinping hosts the first China-Central Asia summit",
        "2023-05-18",
        "Sample wire",
        "Desk",
    )


def test_front_matter_is_not_in_the_body() -> None:
    assert ":" not in one("front_matter_keys.txt").body.split("\n")[0]


def test_arabic_front_matter_keys_and_arabic_month_date() -> None:
    draft = one("front_matter_arabic_keys.txt")
    assert (draft.title, draft.date, draft.source) == (
        "قمة الصين وآسيا الوسطى في شيآن",
        "2023-05-18",
        "وكالة العينات",
    )


def test_a_first_paragraph_with_unknown_keys_is_text_not_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Note: this is the article.\nSource: it has colons\n\nSecond paragraph.\n", encoding="utf-8"
    )
    assert one(path).body.startswith("Note: this is the article.")


def test_unclosed_yaml_fence_is_text(tmp_path: Path) -> None:
    path = tmp_path / "fence.txt"
    path.write_text("---\ntitle: never closed\n\nText of the article.\n", encoding="utf-8")
    assert "title: never closed" in one(path).body


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_heading_is_the_title_without_markup() -> None:
    assert one("markdown_heading.md").title == "Kazakhstan votes in a constitutional referendum"


def test_markdown_links_keep_their_words_and_lose_their_targets() -> None:
    body = one("markdown_heading.md").body
    assert body.startswith("Voters in Kazakhstan went to the polls on 5 June 2022")
    assert "wikipedia" not in body


def test_markdown_images_are_dropped() -> None:
    assert "Polling station" not in one("markdown_heading.md").body


def test_markdown_list_items_are_paragraphs_with_bullets() -> None:
    assert "• A Constitutional Court is restored." in one("markdown_heading.md").body.split("\n")


def test_markdown_trailing_comment_counter_is_dropped() -> None:
    assert "Comments" not in one("markdown_heading.md").body


def test_markdown_heading_repeating_front_matter_title_is_not_in_body() -> None:
    draft = one("markdown_front_matter.md")
    assert draft.title == "قمة جدة: عودة سوريا"
    assert draft.body.split("\n")[0].startswith("انعقدت القمة")


def test_markdown_emphasis_markers_are_removed() -> None:
    assert "*" not in one("markdown_front_matter.md").body


def test_markdown_soft_line_breaks_join_a_paragraph() -> None:
    draft = one("markdown_untitled.md")
    assert draft.body.split("\n")[0].endswith("and Kazakhstan handed the chairmanship to China.")


def test_markdown_without_heading_derives_title_from_first_sentence() -> None:
    assert one("markdown_untitled.md").title == (
        "The Shanghai Cooperation Organisation met in Astana on 3 and 4 July 2024"
    )


def test_txt_file_is_not_rendered_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Title\n\nSome *stars* and [brackets](here) stay as typed.\n", encoding="utf-8")
    assert one(path).body == "Some *stars* and [brackets](here) stay as typed."


# --- encodings ---------------------------------------------------------------------------

REFERENCE_TITLE = "قمة الصين وآسيا الوسطى في شيآن"
REFERENCE_BODY = (
    "اجتمع قادة الصين ودول آسيا الوسطى الخمس في مدينة شيآن يومي 18 و19 مايو/أيار 2023، "
    "واتفقوا على عقد القمة مرة كل عامين."
)


@pytest.mark.parametrize(
    "name", ["utf8_bom.txt", "utf16le_bom.txt", "utf16be_bom.txt", "cp1256.txt"]
)
def test_encodings_decode_to_the_same_article(name: str) -> None:
    draft = one(name)
    assert (draft.title, draft.body) == (REFERENCE_TITLE, REFERENCE_BODY)


def test_utf8_bom_is_not_part_of_the_title() -> None:
    assert not one("utf8_bom.txt").title.startswith("\ufeff")


def test_cp1256_test_file_is_really_cp1256() -> None:
    data = (DATA / "cp1256.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert data.decode("cp1256").startswith(REFERENCE_TITLE)


def test_cp1256_html_page_is_decoded() -> None:
    assert one("cp1256_page.html").body.startswith("اجتمع قادة الصين")


def test_latin1_text_is_refused_not_misread_as_cp1256() -> None:
    assert failure(DATA / "latin1_not_cp1256.txt").startswith(
        "cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1256)"
    )


def test_iso_8859_6_arabic_is_refused_not_misread_as_cp1256() -> None:
    assert failure(DATA / "iso8859_6_arabic.txt").startswith("cannot tell the text encoding")


def test_utf8_cut_in_the_middle_of_a_character_is_reported_truncated() -> None:
    assert "truncated" in failure(DATA / "utf8_truncated.txt")


def test_utf8_with_a_broken_byte_is_reported_damaged() -> None:
    assert "invalid UTF-8 at byte" in failure(DATA / "utf8_damaged.txt")


def test_utf16_bom_with_odd_byte_count_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00\xd8")
    assert "UTF-16" in failure(path)


# --- HTML --------------------------------------------------------------------------------


def test_html_scripts_styles_menus_and_footer_are_not_in_the_body() -> None:
    draft = one("page_scripts_menus.html")
    assert "MUST-NOT-APPEAR" not in draft.title + draft.body


def test_html_headline_and_paragraphs() -> None:
    draft = one("page_scripts_menus.html")
    assert draft.title == "G20 welcomes the African Union as a permanent member"
    assert (
        draft.body.split("\n")[-1]
        == "The leaders adopted their declaration by consensus on the first day."
    )


def test_html_metadata() -> None:
    draft = one("page_scripts_menus.html")
    assert (draft.date, draft.source, draft.url, draft.language) == (
        "2023-09-09T05:30:00Z",
        "Sample News",
        "https://samples.khabar-reader.example/g20-au",
        "en",
    )


def test_html_title_falls_back_to_title_element() -> None:
    assert one("page_title_only_fallback.html").title == "Fallback title from the title element"


def test_html_with_text_only_in_menus_is_refused() -> None:
    assert failure(DATA / "page_empty_body.html") == "no article text found in the HTML page"


def test_html_sample_article_is_clean() -> None:
    draft = one(ARTICLES / "030_ar_arab_league_summit_jeddah_2023.html")
    for unwanted in ("الرئيسية", "تسجيل الدخول", "عاجل", "اقرأ أيضاً", "جميع الحقوق", "gtag"):
        assert unwanted not in draft.body
