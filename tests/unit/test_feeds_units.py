"""The subscription list, URL checks, OPML and the feed reader as pure units (no network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.feed_server import ATOM, HTML, RSS
from reader.feeds import (
    FeedError,
    RefreshRun,
    Subscription,
    SubscriptionList,
    check_url,
    read_feed_bytes,
)
from reader.feeds.opml import read_opml, write_opml
from reader.feeds.refresh import FeedReport
from reader.importers import ImportProblem
from reader.store import open_store
from reader.textsafe import is_safe


@pytest.mark.parametrize(("given_url", "kept"), [
    ("HTTPS://Example.COM/Feed.xml", "https://example.com/Feed.xml"),
    ("  http://example.com  ", "http://example.com/"),
    ("http://[::1]:8080/rss?x=1#top", "http://[::1]:8080/rss?x=1#top"),
    ("https://خبر.example/rss", "https://خبر.example/rss"),
])
def test_check_url_normalises_scheme_and_host_only(given_url: str, kept: str) -> None:
    assert check_url(given_url) == kept


@given(st.text(max_size=60))
def test_check_url_accepts_only_http_and_https_with_a_host(text: str) -> None:
    try:
        url = check_url(text)
    except FeedError as exc:
        assert "\n" not in str(exc) and is_safe(str(exc))
        return
    assert url.startswith(("http://", "https://")) and len(url) > len("https://")
    assert not any(ch.isspace() or ord(ch) < 32 for ch in url)


def test_rows_that_are_not_subscriptions_are_left_alone() -> None:
    assert Subscription.from_doc({"url": 3, "name": "x"}) is None
    sub = Subscription.from_doc({"url": "https://a.test/", "name": "a", "etag": 5,
                                 "articles": "many", "future": True})
    assert sub == Subscription(url="https://a.test/", name="a")


def test_names_are_one_safe_line_and_unique_without_case(tmp_path: Path) -> None:
    subs = SubscriptionList(open_store(tmp_path / "s").backend)
    sub = subs.add("https://a.test/rss", "News\x1b]0;owned\x07\nWire")
    assert is_safe(sub.name) and "\n" not in sub.name
    subs.add("https://b.test/rss", "Other")
    with pytest.raises(FeedError, match="already named"):
        subs.add("https://c.test/rss", "OTHER")
    assert subs.add("https://www.c.test/rss").name == "c.test"
    assert subs.find("other").url == "https://b.test/rss"
    assert subs.find("HTTPS://B.TEST/rss").name == "Other"
    assert [s.name for s in subs.select(["c.test", "Other", "other"])] == ["c.test", "Other"]


def test_read_feed_bytes_reads_rss_and_atom_with_the_url_as_origin() -> None:
    drafts, problems = read_feed_bytes(RSS.encode(), "https://news.test/rss")
    assert problems == []
    assert [d.origin for d in drafts] == ["https://news.test/rss#1", "https://news.test/rss#2"]
    assert drafts[0].source == "وكالة الاختبار" and drafts[0].language == "ar"
    drafts, _ = read_feed_bytes(ATOM.encode("utf-16"), "https://wire.test/atom")
    assert drafts[0].author == "Jane Roe" and drafts[0].url == "https://wire.test/1"


@pytest.mark.parametrize(("body", "reason"), [
    (HTML.encode(), "not a feed: an HTML page"),
    (b'{"title": "x"}', "not a feed: JSON"),
    (b"just some words", "not a feed: text of no known format"),
    (b" \r\n", "not a feed: the server sent an empty response"),
    (b"<?xml version='1.0'?><kml><x/></kml>",
     r"not a feed: XML file that is not an RSS or Atom feed \(root element <kml>\)"),
    (b"\x00\x01\x02binary", "not a feed: .*binary"),
])
def test_what_is_not_a_feed_says_what_it_is(body: bytes, reason: str) -> None:
    with pytest.raises(ImportProblem, match=reason):
        read_feed_bytes(body, "https://x.test/")


def test_a_feed_report_line_is_one_safe_line() -> None:
    report = FeedReport(name="n\x1b[2J", url="https://x.test/\u202e", error="bad\nthing")
    line = report.describe()
    assert "\n" not in line and is_safe(line) and line.startswith("failed     n")


def test_opml_written_is_read_back(tmp_path: Path) -> None:
    subs = [Subscription(url="https://a.test/rss?x=1&y=2", name='"Quotes" & <tags>'),
            Subscription(url="https://b.test/", name="وكالة")]
    path = tmp_path / "list.opml"
    path.write_text(write_opml(subs), encoding="utf-8")
    assert [(o.url, o.name) for o in read_opml(path)] == [(s.url, s.name) for s in subs]


def test_a_refresh_run_keeps_what_the_dialog_shows() -> None:
    subs = [Subscription(url="https://a.test/", name="a"), Subscription(url="https://b.test/",
                                                                         name="b")]
    run = RefreshRun(subs)
    run.start()
    assert run.running and run.lines == [("refreshing 2 feeds …", "ok")]
    run.received("https://a.test/", 10, None)
    assert run.progress == {"https://a.test/": (10, None)}
    assert run.done(FeedReport(name="a", url="https://a.test/", imported=3)) is True
    assert run.done(FeedReport(name="b", url="https://b.test/", error="HTTP 500")) is False
    assert run.report_for("https://b.test/") is not None and run.report_for("x") is None
    assert [kind for _, kind in run.lines] == ["ok", "ok", "failed"]
    run.finish("the store is busy")
    assert not run.running
    assert run.summary == ("2 feeds: 3 new articles, 0 unchanged, 1 failed"
                           " — stopped: the store is busy")
    assert run.lines[-1] == ("the store is busy", "failed")


def test_a_refresh_run_without_feeds_says_how_to_subscribe() -> None:
    run = RefreshRun([])
    run.start()
    assert not run.running and "reader subscribe URL" in run.lines[0][0]
