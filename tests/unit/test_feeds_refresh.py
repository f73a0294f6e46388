"""Refreshing feeds against a server on 127.0.0.1 that the tests start themselves.

Each case of issue 20 (RSS, Atom, 304 with the ETag, a 500, a slow body past
the timeout, a redirect loop, an HTML page, a 50 MiB body) gives its
documented line, and a failed feed leaves the store's files byte for byte as
they were.  Name lookups of any host but the loopback fail (as DNS would),
so no test can reach the network.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from helpers.feed_server import ETAG, FeedServer, tls_feed_server, tree_hashes
from reader.feeds import FeedReport, SubscriptionList, fetch, refresh_feeds
from reader.feeds.fetch import USER_AGENT
from reader.store import ArticleStore, open_store

pytestmark = pytest.mark.usefixtures("offline")


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    """A store with one article in it already, so that "intact" means something."""
    from reader.models import ArticleDraft

    store = open_store(tmp_path / "store")
    store.import_drafts([ArticleDraft(title="قبل", body="مقال كان في المخزن قبل التحديث.",
                                      url="https://before.test/1", language="ar")])
    store.set_mark(store.latest(1)[0].id, read=True, starred=True)
    return store


def _one(store: ArticleStore, url: str, name: str = "feed", **kwargs: object) -> FeedReport:
    subs = SubscriptionList(store.backend)
    sub = subs.add(url, name)
    reports = refresh_feeds(store, [sub], **kwargs)  # type: ignore[arg-type]
    assert len(reports) == 1
    return reports[0]


def _assert_intact(store: ArticleStore, before: dict[str, str], marks: object) -> None:
    path = Path(store.label)
    assert tree_hashes(path, skip=("state.json", "lock")) == before
    fresh = open_store(path)
    assert fresh.marks() == marks
    assert fresh.count() == 1


@pytest.mark.parametrize(("path", "reason"), [
    ("/error", "HTTP 500 Internal Server Error"),
    ("/loop-a", "too many redirects (more than 5; a loop?)"),
    ("/page.html", "not a feed: an HTML page, not an RSS or Atom feed"),
    ("/big", "too large: over 16 MiB"),
    ("/big-announced", "too large: over 16 MiB (52,428,800 bytes announced"),
    ("/missing", "HTTP 404 Not Found"),
    ("/to-file", "redirected to a URL that is not http or https"),
])
def test_a_failed_feed_is_one_line_naming_the_url_and_the_store_is_intact(
    store: ArticleStore, server: FeedServer, path: str, reason: str
) -> None:
    before = tree_hashes(Path(store.label), skip=("state.json", "lock"))
    marks = store.marks()
    report = _one(store, server.url(path))
    assert report.failed
    line = report.describe()
    assert line.startswith(f"failed     feed <{server.url(path)}>: {reason}"), line
    assert "\n" not in line
    _assert_intact(store, before, marks)
    sub = SubscriptionList(store.backend).find("feed")
    assert sub.error is not None and sub.error.startswith(reason)
    assert sub.refreshed_at is not None


def test_a_slow_body_is_given_up_at_the_deadline(store: ArticleStore, server: FeedServer) -> None:
    """The server answers at once and then trickles a byte every 0.2 s: a read timeout
    alone would never fire; the total deadline does."""
    before = tree_hashes(Path(store.label), skip=("state.json", "lock"))
    marks = store.marks()
    started = time.monotonic()
    report = _one(store, server.url("/slow"), timeout=1.0)
    assert time.monotonic() - started < 5
    assert report.describe() == (f"failed     feed <{server.url('/slow')}>: "
                                 "timed out (no answer within 1 s)")
    _assert_intact(store, before, marks)


def test_rss_is_stored_with_its_feed_as_source_and_then_costs_one_304(
    store: ArticleStore, server: FeedServer
) -> None:
    report = _one(store, server.url("/rss.xml"), name="الاختبار")
    assert (report.status, report.imported, report.duplicates) == ("new", 2, 0)
    assert report.describe() == "new        الاختبار (2 new, 0 already stored)"
    stored = {a.url: a for a in store.latest()}
    article = store.get(stored["https://news.test/a/1"].id)
    assert article.source == "وكالة الاختبار"
    assert article.author == "سارة"
    assert article.date is not None and article.date.startswith("2023-06-05")
    tokayev = [e for e in store.catalog().values() if e["english"] == "Kassym-Jomart Tokayev"]
    assert tokayev and tokayev[0]["articles"] == 1  # through the same extraction as files
    sub = SubscriptionList(store.backend).find("الاختبار")
    assert (sub.etag, sub.articles, sub.error) == (ETAG, 2, None)

    requests = len(server.requests)
    before = tree_hashes(Path(store.label), skip=("state.json", "lock"))
    again = refresh_feeds(store, [sub])[0]
    assert again.unchanged and again.describe().startswith("unchanged  الاختبار")
    path, headers = server.requests[requests]
    assert path == "/rss.xml" and headers["If-None-Match"] == ETAG
    assert headers["If-Modified-Since"] == "Tue, 06 Jun 2023 08:30:00 GMT"
    assert headers["User-Agent"] == USER_AGENT
    assert tree_hashes(Path(store.label), skip=("state.json", "lock")) == before


def test_the_same_articles_by_another_address_are_duplicates(
    store: ArticleStore, server: FeedServer
) -> None:
    _one(store, server.url("/rss.xml"), name="first")
    report = _one(store, server.url("/moved"), name="second")  # a redirect to the same feed
    assert (report.status, report.imported, report.duplicates) == ("duplicate", 0, 2)
    assert store.count() == 3


def test_atom_gzip_is_decoded_and_stored(store: ArticleStore, server: FeedServer) -> None:
    report = _one(store, server.url("/gzip"))
    assert (report.status, report.imported) == ("new", 1)
    article = next(a for a in store.latest() if a.url == "https://wire.test/1")
    assert article.source == "Test Wire"
    headers = dict(server.requests[-1][1])
    assert "gzip" in headers["Accept-Encoding"]


@pytest.mark.parametrize("path", ["/xxe.xml", "/dtd.xml", "/xxe-two.xml"])
def test_an_external_entity_or_dtd_is_neither_fetched_nor_expanded(
    store: ArticleStore, server: FeedServer, path: str
) -> None:
    """Nothing is fetched but the subscribed URL: feedparser parses with external
    entities off and replaces the doctype, keeping only plain internal entities."""
    report = _one(store, server.url(path))
    assert (report.status, report.imported) == ("new", 1), report.describe()
    assert server.paths().count(path) == 1
    assert "/secret" not in server.paths() and "/remote.dtd" not in server.paths()
    body = store.get(next(a.id for a in store.latest() if a.url != "https://before.test/1")).body
    assert body.startswith("Before") and "end of the text" in body
    assert "SECRET" not in body


def test_one_failed_feed_never_stops_the_others(store: ArticleStore, server: FeedServer) -> None:
    subs = SubscriptionList(store.backend)
    for name, path in (("err", "/error"), ("rss", "/rss.xml"), ("atom", "/atom.xml"),
                       ("page", "/page.html")):
        subs.add(server.url(path), name)
    landed: list[str] = []
    reports = refresh_feeds(store, on_feed=lambda r: landed.append(r.name))
    assert sorted(landed) == ["atom", "err", "page", "rss"]
    by_name = {r.name: r for r in reports}
    assert by_name["rss"].imported == 2 and by_name["atom"].imported == 1
    assert by_name["err"].failed and by_name["page"].failed
    assert store.count() == 4
    listed = {s.name: s for s in subs.all()}
    assert listed["rss"].articles == 2 and listed["err"].error == "HTTP 500 Internal Server Error"


def test_a_host_that_does_not_resolve_is_a_dns_line() -> None:
    result = fetch("https://feed.invalid/rss")
    assert result.error == "DNS: the host name could not be resolved"


def test_nothing_listening_is_connection_refused(server: FeedServer) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = fetch(f"http://127.0.0.1:{port}/rss")
    assert result.error == "connection refused (nothing listens there)"


def test_progress_is_told_as_the_body_arrives(server: FeedServer) -> None:
    seen: list[tuple[int, int | None]] = []
    result = fetch(server.url("/rss.xml"), on_progress=lambda got, total: seen.append((got, total)))
    assert result.body is not None
    assert seen and seen[-1] == (len(result.body), len(result.body))


def test_tls_that_fails_is_a_tls_line(server: FeedServer, tmp_path: Path) -> None:
    """Plain HTTP answered to a TLS hello, then a self-signed certificate."""
    result = fetch(server.base.replace("http:", "https:") + "/rss.xml")
    assert result.error is not None and result.error.startswith("TLS: the secure connection failed")
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (it makes the self-signed certificate)")
    with tls_feed_server(tmp_path) as secure:
        result = fetch(secure.url("/rss.xml"))
    assert result.error is not None
    assert result.error.startswith("TLS: the certificate could not be verified"), result.error


def test_validators_a_server_mangles_are_not_sent_back(
    store: ArticleStore, server: FeedServer
) -> None:
    first = _one(store, server.url("/odd-etag"))
    assert first.status == "new"
    sub = SubscriptionList(store.backend).find("feed")
    assert (sub.etag, sub.last_modified) == (None, None)
    again = refresh_feeds(store, [sub])[0]
    assert again.status == "duplicate"
