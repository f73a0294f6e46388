"""Dates, sources, views and orders, unread counts and exports: the pure modules of browsing."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import main
from reader.export import export_text, format_of, to_csv, to_json, to_markdown
from reader.models import Article
from reader.store import open_store
from reader.views.dates import calendar_date, full_date, relative
from reader.views.ordering import (
    archive_sources,
    has_filter,
    next_order,
    orders_for,
    sort_docnos,
    source_filter,
    toggle_filter,
)
from reader.views.sidebar import entity_detail, entity_summary
from reader.views.sources import short_source

RIYADH = timezone(timedelta(hours=3))
NOW = datetime(2015, 8, 4, 12, 0, tzinfo=RIYADH)


# ------------------------------------------------------------------ dates

def test_a_time_is_shown_in_the_local_zone_and_may_change_the_day() -> None:
    assert full_date("2015-07-23T22:28:17Z", RIYADH) == "2015-07-24 01:28"
    assert calendar_date("2015-07-23T22:28:17Z", RIYADH) == "2015-07-24"
    assert calendar_date("2015-07-23T22:28:17Z", UTC) == "2015-07-23"


def test_a_date_alone_is_a_calendar_day_never_shifted() -> None:
    west = timezone(timedelta(hours=-8))
    assert calendar_date("2015-07-23", west) == "2015-07-23"
    assert full_date("2015-07-23", west) == "2015-07-23"


@pytest.mark.parametrize(
    ("stored", "long", "short"),
    [
        ("2015-08-04T08:59:30Z", "just now", "just now"),
        ("2015-08-04T06:00:00Z", "3 hours ago", "3h ago"),
        ("2015-08-01T09:00:00Z", "3 days ago", "3d ago"),
        ("2015-07-20", "2 weeks ago", "2w ago"),
        ("2014-08-01", "1 year ago", "1y ago"),
        ("2015-08-04", "today", "today"),
        ("2015-08-06", "in 2 days", "in 2d"),
    ],
)
def test_relative_dates_count_from_now(stored: str, long: str, short: str) -> None:
    assert relative(stored, NOW) == long
    assert relative(stored, NOW, short=True) == short


@pytest.mark.parametrize("stored", [None, "", "not a date", "2015-13-45"])
def test_an_unreadable_date_says_nothing(stored: str | None) -> None:
    assert relative(stored, NOW) == ""
    assert full_date(stored) in ("", (stored or "")[:10])


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.just(UTC)))
def test_any_stored_time_reads_back(moment: datetime) -> None:
    stored = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert calendar_date(stored, UTC) == stored[:10]
    assert relative(stored, NOW) != ""


# ---------------------------------------------------------------- sources

@pytest.mark.parametrize(
    ("source", "short"),
    [
        ("alriyadh", "Riyadh"),
        ("Asharq Al-Awsat", "Awsat"),
        ("https://www.okaz.com.sa/rss", "Okaz"),
        ("www.example.co.uk", "example"),
        ("Test Wire", "Test Wire"),
        ("The Long Name Of A Newspaper", "Long Name Of"),
        ("وكالة الأنباء السعودية", "واس"),
        (None, ""),
    ],
)
def test_sources_have_short_names(source: str | None, short: str) -> None:
    assert short_source(source, 12) == short


@given(st.text(max_size=60))
def test_a_short_name_is_never_longer_than_the_source(source: str) -> None:
    assert len(short_source(source)) <= max(len(source), 12)


# ------------------------------------------------------------ views, orders

def test_a_view_filter_is_added_and_taken_away() -> None:
    assert toggle_filter("", "is:unread") == "is:unread"
    assert toggle_filter("Tokayev is:unread", "is:unread") == "Tokayev"
    assert toggle_filter("Tokayev is:read", "is:unread") == "Tokayev is:unread"
    assert toggle_filter('source:"Test Wire" x', "source:okaz") == "x source:okaz"
    assert toggle_filter('"a phrase" is:starred', "is:unread") == '"a phrase" is:starred is:unread'
    assert has_filter("IS:UNREAD", "is:unread") and not has_filter("unread", "is:unread")


def test_a_source_filter_quotes_spaces() -> None:
    assert source_filter("okaz") == "source:okaz"
    assert source_filter('Test "Wire"') == 'source:"Test Wire"'


def test_relevance_is_offered_for_searches_only() -> None:
    assert "relevance" not in orders_for(searching=False)
    assert orders_for(searching=True)[0] == "relevance"
    assert next_order("date", searching=False) == "source"
    assert next_order("source", searching=False) == "date"
    assert next_order("relevance", searching=False) == "date"


def test_sorting_by_source_then_newest(app_store_path: Path) -> None:
    store = open_store(app_store_path)
    newest = [s.docno for s in store.latest()]
    assert sort_docnos(store, list(reversed(newest)), "date") == newest
    by_source = sort_docnos(store, newest, "source")
    assert sorted(by_source) == sorted(newest)
    found = {s.docno: s.source or "" for s in store.summaries(by_source)}
    sources = [found[d] for d in by_source]
    known = [s for s in sources if s]
    assert sources[: len(known)] == known  # unknown sources last
    from reader.entities.normalize import fold

    assert [fold(s) for s in known] == sorted(fold(s) for s in known)
    assert sort_docnos(store, newest[::-1], "relevance") == newest[::-1]


def test_the_sources_are_counted_once_per_commit(tmp_path: Path) -> None:
    from helpers.drafts import draft, simple_analyser

    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, source="sabq"), draft(2, source="sabq"),
                         draft(3, source="Okaz")])
    assert archive_sources(store) == [("sabq", 2), ("Okaz", 1)]
    reads: list[int] = []
    latest = store.latest
    store.latest = lambda *a, **k: reads.append(1) or latest(*a, **k)  # type: ignore[method-assign]
    archive_sources(store)
    assert reads == []  # the palette asks at every keystroke: no second read
    store.import_drafts([draft(4, source="Okaz"), draft(5, source="Okaz")])
    assert archive_sources(store) == [("Okaz", 3), ("sabq", 2)]


# ---------------------------------------------------------------- sidebar

def test_an_english_entity_does_not_say_its_name_twice() -> None:
    from reader.models import Entity

    xi = Entity(key="xi", kind="person", name="Xi Jinping", english="Xi Jinping", country="CN",
                count=3, articles=2)
    assert entity_detail(xi, archive=False) == "CN"
    assert entity_detail(xi, archive=True) == "CN · 3 mentions"
    assert entity_summary(xi, archive=True) == "Xi Jinping · CN · 3 mentions, 2 articles"


# ---------------------------------------------------------------- exports

def _article(i: int, body: str = "first paragraph\nsecond, with \"quotes\"") -> Article:
    return Article(id=f"{i:016x}", title=f"عنوان {i}", date="2015-08-01T10:00:00Z",
                   source="okaz", url=f"https://example.test/{i}", author=None, language="ar",
                   imported_at="2015-08-01T10:00:00Z", fingerprint="f", docno=i, body=body)


def test_json_export_is_the_import_format() -> None:
    records = json.loads(to_json([_article(1), _article(2)]))
    assert [r["title"] for r in records] == ["عنوان 1", "عنوان 2"]
    assert records[0]["body"].split("\n")[1] == 'second, with "quotes"'
    assert records[0]["author"] == ""


def test_csv_export_keeps_line_breaks_and_quotes() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([_article(1)]), newline="")))
    assert rows[0]["body"] == 'first paragraph\nsecond, with "quotes"'
    assert rows[0]["source"] == "okaz"


def test_markdown_export_has_front_matter_a_heading_and_paragraphs() -> None:
    text = to_markdown([_article(1)])
    assert text.startswith("---\ndate: 2015-08-01T10:00:00Z\nsource: okaz\n")
    assert "# عنوان 1\n\nfirst paragraph\n\nsecond" in text


def test_a_markdown_export_imports_back(tmp_path: Path) -> None:
    from reader.importers import read_article_file

    path = tmp_path / "a.md"
    path.write_text(export_text([_article(1)], "md"), encoding="utf-8")
    drafts = [d for d in read_article_file(path) if hasattr(d, "body")]
    assert drafts and drafts[0].title == "عنوان 1"
    assert "second" in drafts[0].body


def test_the_format_comes_from_the_option_then_the_extension() -> None:
    assert format_of("out.csv", None) == "csv"
    assert format_of("out.markdown", None) == "md"
    assert format_of("out.txt", None) == "md"
    assert format_of("out.csv", "json") == "json"
    with pytest.raises(ValueError, match="unknown export format"):
        format_of(None, "xml")


def test_reader_export_writes_a_search_and_says_so(
    app_store_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tokayev.json"
    assert main(["--db", str(app_store_copy), "export", "--search", "Tokayev", "-o",
                 str(out)]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records and "exported" in capsys.readouterr().err
    assert main(["--db", str(app_store_copy), "export", "--search", "after:yesterday"]) == 2
    assert main(["--db", str(app_store_copy), "export", "--search", "zzzqqq"]) == 1
    assert main(["--db", str(app_store_copy), "export", "-o",
                 str(tmp_path / "missing" / "x.md")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_reader_list_and_export_leave_out_deleted_articles(
    app_store_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(app_store_copy)
    gone = store.latest(1)[0].id
    store.set_deleted([gone], True)
    assert main(["--db", str(app_store_copy), "list", "--json"]) == 0
    listed = {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert gone not in listed and len(listed) == store.count() - 1
    assert main(["--db", str(app_store_copy), "export", "--format", "json"]) == 0
    assert gone not in {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert main(["--db", str(app_store_copy), "export", gone[:10], "--format", "json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [gone]
