"""Importers on real files: JSON (one article, a list, JSON Lines) and RSS/Atom feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.importing import IMPORT_DATA as DATA
from helpers.importing import drafts, failure, items, one, problems
from reader.importers import EntryProblem, ImportProblem, read_article_file

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


def test_every_broken_line_is_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    good = '{"title": "Good", "content": "A real article body."}\n'
    path.write_text(good + "{broken\n" * 100, encoding="utf-8")
    found = [i for i in items(path) if isinstance(i, EntryProblem)]
    assert [p.where for p in found] == [f"line {n}" for n in range(2, 102)]
    assert {p.kind for p in found} == {"invalid JSON"}


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


@pytest.mark.parametrize("text", ["<", "<\t", "< \n"])
def test_xml_with_no_root_name_is_refused_with_a_reason(tmp_path: Path, text: str) -> None:
    # Found by the random-bytes fuzz: "<" then only white space had no root
    # name to report and ended in an IndexError.
    path = tmp_path / "odd.xml"
    path.write_text(text, encoding="utf-8")
    assert failure(path) == "XML file that is not an RSS or Atom feed"


def test_malformed_feed_without_entries_is_refused() -> None:
    assert failure(DATA / "broken_feed.rss").startswith("malformed feed")


def test_feed_text_that_looks_like_a_url_is_never_fetched(tmp_path: Path) -> None:
    path = tmp_path / "url.rss"
    path.write_text("http://127.0.0.1:9/feed.xml", encoding="utf-8")
    with pytest.raises(ImportProblem):
        list(read_article_file(path))


def test_rss_relative_entry_links_are_made_absolute_against_the_channel_link(
        tmp_path: Path) -> None:
    feed = tmp_path / "relative.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>صحيفة</title><link>https://news.example.sa/ar/</link>"
        "<item><title>خبر أول</title><link>/ar/news/1.html</link>"
        "<description>نص الخبر الأول في سطر كامل.</description></item>"
        "<item><title>خبر ثان</title><link>news/2.html</link>"
        "<description>نص الخبر الثاني في سطر كامل.</description></item>"
        "<item><title>خبر ثالث</title><link>urn:uuid:3</link>"
        "<description>نص الخبر الثالث في سطر كامل.</description></item>"
        "</channel></rss>", encoding="utf-8")
    assert [d.url for d in drafts(feed)] == [
        "https://news.example.sa/ar/news/1.html", "https://news.example.sa/ar/news/2.html", None]
