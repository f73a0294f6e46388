"""Importers on real files: every format and encoding, and every kind of bad file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT
from reader.importers import (
    ImportProblem,
    detect_format,
    iter_article_files,
    read_article_file,
)
from reader.models import ArticleDraft

DATA = ROOT / "tests" / "data" / "import"
ARTICLES = ROOT / "articles"
SEED = ARTICLES / "000_9a7c0bc9154ad588.txt"


def items(path: Path) -> list[ArticleDraft | ImportProblem]:
    return list(read_article_file(path))


def drafts(name: str | Path) -> list[ArticleDraft]:
    path = name if isinstance(name, Path) else DATA / name
    return [i for i in items(path) if isinstance(i, ArticleDraft)]


def one(name: str | Path) -> ArticleDraft:
    found = drafts(name)
    assert len(found) == 1
    return found[0]


def problems(name: str) -> list[str]:
    return [str(i) for i in items(DATA / name) if isinstance(i, ImportProblem)]


def failure(path: Path) -> str:
    with pytest.raises(ImportProblem) as info:
        list(read_article_file(path))
    return str(info.value)


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


# --- JSON --------------------------------------------------------------------------------


def test_json_single_object_with_alternative_field_names() -> None:
    draft = one("json_single.json")
    assert (draft.title, draft.source, draft.author, draft.url, draft.language) == (
        "Uzbekistan adopts an amended constitution",
        "Sample wire",
        "Desk Writer",
        "https://samples.khabar-reader.example/uz-referendum",
        "en",
    )


def test_json_date_with_offset_becomes_utc() -> None:
    assert one("json_single.json").date == "2023-05-01T04:30:00Z"


def test_json_blank_lines_between_paragraphs_are_dropped() -> None:
    assert one("json_single.json").body.count("\n") == 1


def test_json_array_imports_good_entries() -> None:
    titles = [d.title for d in drafts("json_array_mixed.json")]
    assert titles == ["Kazakhstan votes on amendments", "قمة العلا"]


def test_json_array_reports_bad_entries_by_number() -> None:
    assert problems("json_array_mixed.json") == [
        "entry 2: no title and no text",
        "entry 3: a string, not an article object",
    ]


def test_json_array_entry_origin_names_the_entry() -> None:
    assert drafts("json_array_mixed.json")[1].origin.endswith("json_array_mixed.json#4")


def test_json_author_list_and_source_object() -> None:
    draft = drafts("json_array_mixed.json")[1]
    assert (draft.author, draft.source) == ("أحمد, سارة", "وكالة العينات")


def test_json_rfc2822_date() -> None:
    assert drafts("json_array_mixed.json")[1].date == "2021-01-05T15:00:00Z"


def test_json_list_with_no_good_entry_fails_as_a_whole() -> None:
    assert failure(DATA / "json_entries_no_text.json").startswith(
        "no importable article: entry 1: no title and no text"
    )


def test_json_object_without_text_fields_is_refused() -> None:
    assert "no title or text" in failure(DATA / "json_no_text.json")


def test_truncated_json_is_reported_with_position() -> None:
    reason = failure(DATA / "json_truncated.json")
    assert reason.startswith("invalid JSON at line 2 column")
    assert reason.endswith("(the file looks truncated)")


def test_json_wrapped_list_uses_description_when_content_is_null() -> None:
    assert (
        drafts("json_wrapped_newsapi.json")[0].body == "A first C5+1 summit at presidential level."
    )


def test_json_epoch_date() -> None:
    assert drafts("json_wrapped_newsapi.json")[1].date == "2023-12-01T00:00:00Z"


def test_json_rendered_html_is_reduced_to_text() -> None:
    draft = one("json_wordpress.json")
    assert draft.title == "Riyadh hosts a joint Arab–Islamic summit"
    assert draft.body.split("\n") == [
        "Leaders of Arab League and OIC states met in Riyadh on 11 November 2023.",
        "They called for an immediate end to military operations in Gaza.",
    ]


def test_json_gmt_date_field_is_read_as_utc() -> None:
    assert one("json_wordpress.json").date == "2023-11-11T17:00:00Z"


def test_json_feed_uses_feed_title_as_source() -> None:
    assert {d.source for d in drafts("jsonfeed.json")} == {"Sample JSON Feed"}


def test_json_entry_without_title_gets_one_from_its_text() -> None:
    assert (
        drafts("jsonfeed.json")[1].title
        == "Belarus became the tenth member of the SCO in Astana on 4 July 2024"
    )


def test_jsonl_broken_line_is_reported_and_others_import() -> None:
    assert [d.title for d in drafts("jsonl_one_broken.jsonl")] == [
        "First line article",
        "Third line article",
        "Fifth line article",
    ]
    assert problems("jsonl_one_broken.jsonl") == ["line 2: invalid JSON (unterminated string)"]


def test_jsonl_origin_is_the_line_number() -> None:
    assert drafts("jsonl_one_broken.jsonl")[2].origin.endswith("#5")


def test_jsonl_unambiguous_day_first_date() -> None:
    assert drafts("jsonl_one_broken.jsonl")[2].date == "2023-12-13"


def test_json_lines_saved_as_json_are_detected() -> None:
    assert [d.title for d in drafts("json_lines_in_json.json")] == ["One", "Two"]


def test_many_broken_lines_are_capped_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    good = '{"title": "Good", "content": "A real article body."}\n'
    path.write_text(good + "{broken\n" * 100, encoding="utf-8")
    found = problems_in(path)
    assert len(found) == 21
    assert found[-1] == "and 80 more bad entries not listed"


def problems_in(path: Path) -> list[str]:
    return [str(i) for i in items(path) if isinstance(i, ImportProblem)]


# --- feeds -------------------------------------------------------------------------------


def test_rss_html_content_is_reduced_to_paragraphs() -> None:
    assert drafts("feed_rss_html.rss")[0].body.split("\n") == [
        "Kassym-Jomart Tokayev won Kazakhstan's early presidential election on 20 November 2022.",
        "The new term lasts seven years.",
        "It cannot be renewed.",
        "• Turnout: about 69%",
    ]


def test_rss_entry_metadata() -> None:
    draft = drafts("feed_rss_html.rss")[0]
    assert (draft.url, draft.author, draft.source, draft.language) == (
        "https://samples.khabar-reader.example/rss/1",
        "Desk Writer",
        "Sample Wire: Central Asia",
        "en",
    )


def test_rss_pubdate_with_offset_becomes_utc() -> None:
    assert drafts("feed_rss_html.rss")[0].date == "2022-11-21T03:00:00Z"


def test_rss_date_only_stays_a_date() -> None:
    assert drafts("feed_rss_html.rss")[1].date == "2023-07-10"


def test_rss_unreadable_date_is_none() -> None:
    assert drafts("feed_rss_html.rss")[2].date is None


def test_rss_entities_in_plain_description_are_decoded() -> None:
    assert "&amp;" not in drafts("feed_rss_html.rss")[1].body


def test_rss_headline_only_entry_is_reported() -> None:
    assert problems("feed_rss_html.rss") == ["entry 3: no article text (only a title)"]


def test_atom_xhtml_content_and_html_title() -> None:
    draft = drafts("feed_atom.xml")[0]
    assert draft.title == "قمة جدة العربية"
    assert (
        draft.body
        == "انعقدت القمة العربية في جدة يوم 19 مايو/أيار 2023.\nوحضرها الرئيس السوري بشار الأسد."
    )


def test_atom_entry_language_overrides_feed_language() -> None:
    assert [d.language for d in drafts("feed_atom.xml")] == ["ar", "en", "ar"]


def test_atom_feed_title_is_the_source() -> None:
    assert drafts("feed_atom.xml")[1].source == "وكالة العينات"


def test_atom_id_that_is_not_a_web_address_is_not_the_url() -> None:
    assert drafts("feed_atom.xml")[2].url is None


def test_xml_that_is_not_a_feed_is_refused() -> None:
    assert (
        failure(DATA / "not_a_feed.xml")
        == "XML file that is not an RSS or Atom feed (root element <svg>)"
    )


def test_malformed_feed_without_entries_is_refused() -> None:
    assert failure(DATA / "broken_feed.rss").startswith("malformed feed")


def test_feed_text_that_looks_like_a_url_is_never_fetched(tmp_path: Path) -> None:
    path = tmp_path / "url.rss"
    path.write_text("http://127.0.0.1:9/feed.xml", encoding="utf-8")
    with pytest.raises(ImportProblem):
        list(read_article_file(path))


# --- bad files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("image.png", "binary file (PNG image), not an article"),
        ("image_named.txt", "binary file (PNG image), not an article"),
        ("archive.zip", "binary file (ZIP archive or office document), not an article"),
        ("nul_bytes.txt", "binary file, not an article"),
        (
            "unknown_format.csv",
            "unknown format (.csv file): expected text, Markdown, HTML, JSON or an RSS/Atom feed",
        ),
    ],
)
def test_bad_file_reasons(name: str, reason: str) -> None:
    assert failure(DATA / name) == reason


def test_missing_file(tmp_path: Path) -> None:
    assert failure(tmp_path / "nope.txt") == "no such file"


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert failure(link) == "broken symbolic link"


def test_directory(tmp_path: Path) -> None:
    assert failure(tmp_path) == "is a directory"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.timeout(10)
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert failure(fifo).startswith("not a regular file")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    path.chmod(0)
    assert failure(path) == "permission denied"


def test_file_above_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_MAX_FILE_MB", "0.001")
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    assert failure(path).startswith(
        "file too large (0 MiB; the limit is 0 MiB, set READER_MAX_FILE_MB"
    )


def test_bad_size_limit_setting_falls_back_to_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_MAX_FILE_MB", "lots")
    path = tmp_path / "small.txt"
    path.write_text("Title\n\nBody text.\n", encoding="utf-8")
    assert one(path).body == "Body text."


def test_reasons_are_one_line_without_the_path(tmp_path: Path) -> None:
    odd = tmp_path / "line\nbreak"
    odd.mkdir()
    for name in ("empty.txt", "json_truncated.json", "broken_feed.rss", "latin1_not_cp1256.txt"):
        target = odd / name
        target.write_bytes((DATA / name).read_bytes())
        reason = failure(target)
        assert "\n" not in reason
        assert str(odd) not in reason


# --- detect_format -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"Title\n\nBody", "text"),
        ("a", b"Title\n\nBody", "text"),
        ("a.md", b"# Title", "markdown"),
        ("a.html", b"<p>hi</p>", "html"),
        ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("a.json", b'{"title": "x"}', "json"),
        ("a.txt", b'[Reuters] {"not": "json"}', "text"),
        ("a.dat", b'[{"title": "x"}]', "json"),
        ("a.jsonl", b'{"title": "x"}\n', "jsonl"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.txt", b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n<feed xmlns='x'>", "feed"),
        ("a.html", b"<?xml version='1.0'?><rdf:RDF>", "feed"),
        ("a.TXT", b"Title", "text"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(Path(name), head) == expected


def test_detect_format_utf16_head() -> None:
    head = b"\xff\xfe" + '<?xml version="1.0"?><rss>'.encode("utf-16-le")
    assert detect_format(Path("feed.xml"), head) == "feed"


def test_detect_format_refuses_binary_head() -> None:
    with pytest.raises(ImportProblem, match="binary"):
        detect_format(Path("a.txt"), b"GIF89a\x01\x00")


# --- iter_article_files ------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a.txt").write_text("x", encoding="utf-8")
    (root / "b" / "c.json").write_text("{}", encoding="utf-8")
    (root / "b" / "a.md").write_text("x", encoding="utf-8")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("x", encoding="utf-8")


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert found == ["a.txt", "b/a.md", "b/c.json"]


def test_explicit_paths_are_yielded_as_given_even_hidden_or_missing(tmp_path: Path) -> None:
    make_tree(tmp_path)
    given = [tmp_path / ".hidden.txt", tmp_path / "missing.txt"]
    assert list(iter_article_files(given)) == given


def test_symlink_loops_end(tmp_path: Path) -> None:
    make_tree(tmp_path)
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([str(tmp_path)])]
    assert found.count("a.txt") == 1
    assert "b/loop/a.txt" not in found


def test_symlinked_directory_is_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text("x", encoding="utf-8")
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "link").symlink_to(outside)
    assert [p.name for p in iter_article_files([inside])] == ["x.txt"]


# --- the sample articles -----------------------------------------------------------------


def sample_drafts() -> list[ArticleDraft]:
    found: list[ArticleDraft] = []
    for path in iter_article_files([ARTICLES]):
        for item in read_article_file(path):
            assert isinstance(item, ArticleDraft), f"{path.name}: {item}"
            found.append(item)
    return found


def test_every_sample_article_imports_with_a_date_and_a_source() -> None:
    for draft in sample_drafts():
        if Path(draft.origin) == SEED:
            continue  # the seed came without them and is kept as it came
        assert draft.date and draft.source, draft.origin


def test_samples_cover_every_format_and_both_languages() -> None:
    found = sample_drafts()
    suffixes = {Path(d.origin.split("#")[0]).suffix for d in found}
    assert suffixes == {".txt", ".md", ".html", ".json", ".atom"}
    assert {d.language for d in found} == {"ar", "en"}
    assert len(found) >= 12


def test_sample_json_and_feed_hold_several_articles() -> None:
    counts: dict[str, int] = {}
    for draft in sample_drafts():
        name = Path(draft.origin.split("#")[0]).name
        counts[name] = counts.get(name, 0) + 1
    assert counts["040_mixed_central_asia_briefs.json"] == 4
    assert counts["050_mixed_gulf_arab_g20_summits_feed.atom"] == 4


def test_sample_cp1256_article_is_really_windows_1256() -> None:
    path = ARTICLES / "060_ar_cp1256_uzbekistan_referendum_2023.txt"
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "ميرضيائيف" in data.decode("cp1256")
    assert "ميرضيائيف" in one(path).body


# --- no Textual, lazy heavy imports -----------------------------------------------------


def test_importers_never_import_textual() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.importers import iter_article_files, read_article_file, ImportProblem\n"
        f"for p in iter_article_files([{str(ARTICLES)!r}, {str(DATA)!r}]):\n"
        "    try:\n"
        "        list(read_article_file(p))\n"
        "    except ImportProblem:\n"
        "        pass\n"
        "assert 'trafilatura' in sys.modules and 'feedparser' in sys.modules\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_importing_the_registry_loads_no_parsing_library() -> None:
    code = (
        "import sys, reader.importers\n"
        "print(sorted(m for m in ('trafilatura', 'feedparser', 'markdown_it', 'lxml', "
        "'charset_normalizer')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_reasons_never_carry_terminal_controls(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(b'<?xml version="1.0"?><x\x1b]0;pwned\x07 a="1"/>')
    reason = failure(path)
    assert "\x1b" not in reason and "\x07" not in reason


def test_problem_text_is_neutralised() -> None:
    assert str(ImportProblem("bad \x1b[2J \u202e name")) == "bad \u241b[2J \ufffd name"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[]", "empty JSON list: no articles"),
        ('"just a string"', "JSON holds a string, not an article object"),
        ("42", "JSON holds a number, not an article object"),
        (
            '["a", "b"]',
            "no importable article: entry 1: a string, not an article object "
            "(and 1 more bad entry)",
        ),
        ("", "empty file"),
        ("   \n", "empty file (only blank space)"),
    ],
)
def test_json_files_without_articles(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    assert failure(path) == reason


def test_json_nested_too_deeply_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert failure(path) == "JSON nested too deeply"
