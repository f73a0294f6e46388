"""The subscription commands in-process: subscribe, feeds, refresh, unsubscribe, opml.

Every fetch goes to a server on 127.0.0.1 started here; other name lookups fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.feed_server import FeedServer, tree_hashes
from reader.cli import main
from reader.feeds import SubscriptionList
from reader.store import open_store

pytestmark = pytest.mark.usefixtures("offline")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_subscribe_refresh_list_and_unsubscribe(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    status, out, _ = _run(capsys, "--db", db, "subscribe", server.url("/rss.xml"), "--name", "ar")
    assert status == 0 and out.startswith(f"subscribed to ar <{server.url('/rss.xml')}>")
    assert _run(capsys, "--db", db, "subscribe", server.url("/atom.xml"))[0] == 0
    assert _run(capsys, "--db", db, "subscribe", server.url("/error"), "--name", "bad")[0] == 0

    status, out, _ = _run(capsys, "--db", db, "refresh")
    lines = out.splitlines()
    assert status == 1  # one feed failed
    assert sorted(lines[:-1]) == sorted([
        "new        ar (2 new, 0 already stored)",
        "new        127.0.0.1 (1 new, 0 already stored)",
        f"failed     bad <{server.url('/error')}>: HTTP 500 Internal Server Error",
    ])
    assert lines[-1] == "3 feeds: 3 new articles, 0 unchanged, 1 failed; the store holds 3 articles"

    status, out, _ = _run(capsys, "--db", db, "refresh", "ar")
    assert status == 0
    assert out.splitlines()[0] == "unchanged  ar (not modified since the last refresh)"

    status, out, _ = _run(capsys, "--db", db, "feeds")
    rows = out.splitlines()
    assert status == 0 and len(rows) == 3
    assert rows[0].startswith(f"ar  <{server.url('/rss.xml')}>  2 articles, 20")
    assert rows[2].endswith("last error: HTTP 500 Internal Server Error")
    listed = json.loads(_run(capsys, "--db", db, "feeds", "--json")[1])
    assert [row["name"] for row in listed] == ["ar", "127.0.0.1", "bad"]

    status, out, _ = _run(capsys, "--db", db, "unsubscribe", "bad", "AR")
    assert status == 0 and len(out.splitlines()) == 2
    assert [s.name for s in SubscriptionList(open_store(Path(db)).backend).all()] == ["127.0.0.1"]
    assert open_store(Path(db)).count() == 3  # the articles stay


@pytest.mark.parametrize(("url", "reason"), [
    ("file:///etc/passwd", "only http and https feeds can be followed, not file: URLs"),
    ("ftp://example.test/feed", "only http and https feeds can be followed, not ftp: URLs"),
    ("example.test/feed", "only http and https feeds can be followed, not a URL without"),
    ("http:///feed", "the URL names no host"),
    ("http://exa mple.test/", "a URL has no spaces or control characters"),
    ("http://example.test:99999/", "not a valid URL"),
    ("http://example.test/\x1b]52;c;x\x07", "a URL has no spaces or control characters"),
])
def test_only_http_and_https_urls_are_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, reason: str
) -> None:
    status, out, err = _run(capsys, "--db", str(tmp_path / "db"), "subscribe", url)
    assert status == 1 and out == ""
    assert err.startswith("reader: ") and reason in err and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err


def test_subscribing_twice_and_unknown_names_are_one_line(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    assert _run(capsys, "--db", db, "subscribe", server.url("/rss.xml"))[0] == 0
    status, _, err = _run(capsys, "--db", db, "subscribe", server.url("/rss.xml"))
    assert status == 1 and "already subscribed" in err
    status, _, err = _run(capsys, "--db", db, "refresh", "nope")
    assert status == 2 and "no subscription named nope" in err
    status, _, err = _run(capsys, "--db", db, "unsubscribe", "nope")
    assert status == 1 and "no subscription named nope" in err


def test_no_subscriptions_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    assert _run(capsys, "--db", db, "feeds")[1].startswith("no subscriptions: `reader subscribe")
    assert _run(capsys, "--db", db, "refresh")[1].startswith("no subscriptions")


def test_subscriptions_survive_reindex_and_repair(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    _run(capsys, "--db", db, "subscribe", server.url("/rss.xml"), "--name", "ar")
    _run(capsys, "--db", db, "refresh")
    assert _run(capsys, "--db", db, "reindex")[0] == 0
    assert _run(capsys, "--db", db, "check", "--repair")[0] == 0
    subs = SubscriptionList(open_store(Path(db)).backend).all()
    assert [(s.name, s.articles) for s in subs] == [("ar", 2)]


def test_opml_round_trip(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db")
    _run(capsys, "--db", db, "subscribe", server.url("/rss.xml"), "--name", "أخبار & <عاجل>")
    _run(capsys, "--db", db, "subscribe", server.url("/atom.xml"))
    status, text, _ = _run(capsys, "--db", db, "opml", "export")
    assert status == 0 and text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    exported = tmp_path / "feeds.opml"
    assert _run(capsys, "--db", db, "opml", "export", str(exported))[0] == 0
    assert exported.read_text(encoding="utf-8") == text

    other = str(tmp_path / "other")
    status, out, _ = _run(capsys, "--db", other, "opml", "import", str(exported))
    assert status == 0 and out.splitlines()[-1].startswith("2 feeds in")
    subs = SubscriptionList(open_store(Path(other)).backend).all()
    assert [(s.name, s.url) for s in subs] == [
        ("أخبار & <عاجل>", server.url("/rss.xml")), ("127.0.0.1", server.url("/atom.xml"))]
    status, out, _ = _run(capsys, "--db", other, "opml", "import", str(exported))
    assert status == 0 and out.count("kept       already subscribed") == 2


def test_opml_import_reads_folders_and_fetches_nothing(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Entities are not resolved and no DTD is loaded: the OPML file can fetch nothing."""
    opml = tmp_path / "list.opml"
    opml.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE opml SYSTEM "{server.url("/remote.dtd")}" '
        f'[<!ENTITY ext SYSTEM "{server.url("/secret")}">]>\n'
        '<opml version="1.0"><head><title>&ext;</title></head><body>'
        '<outline text="News"><outline text="One" xmlUrl="https://one.test/rss"/>'
        '<outline title="Two" xmlUrl="https://two.test/rss"/></outline>'
        '<outline text="Bad" xmlUrl="file:///etc/passwd"/></body></opml>', encoding="utf-8")
    requests = len(server.requests)
    db = str(tmp_path / "db")
    status, out, _ = _run(capsys, "--db", db, "opml", "import", str(opml))
    assert status == 1  # one outline refused
    assert "skipped    file:///etc/passwd: only http and https" in out
    assert len(server.requests) == requests
    subs = SubscriptionList(open_store(Path(db)).backend).all()
    assert [(s.name, s.url) for s in subs] == [
        ("One", "https://one.test/rss"), ("Two", "https://two.test/rss")]


def test_an_external_entity_in_an_opml_attribute_is_refused(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(
        f'<!DOCTYPE opml [<!ENTITY ext SYSTEM "{server.url("/secret")}">]>\n'
        '<opml><body><outline text="&ext;" xmlUrl="https://two.test/rss"/></body></opml>',
        encoding="utf-8")
    requests = len(server.requests)
    status, _, err = _run(capsys, "--db", str(tmp_path / "db"), "opml", "import", str(opml))
    assert status == 1 and "references external entity" in err
    assert len(server.requests) == requests


@pytest.mark.parametrize(("content", "reason"), [
    ("<html><body>no</body></html>", "not an OPML file"),
    ("<opml><body>", "not valid XML"),
])
def test_a_bad_opml_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, reason: str
) -> None:
    opml = tmp_path / "bad.opml"
    opml.write_text(content, encoding="utf-8")
    status, _, err = _run(capsys, "--db", str(tmp_path / "db"), "opml", "import", str(opml))
    assert status == 1 and err.startswith(f"reader: {opml}: {reason}") and err.count("\n") == 1


def test_a_refresh_that_fails_leaves_the_store_intact(
    tmp_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db"
    _run(capsys, "--db", str(db), "subscribe", server.url("/rss.xml"))
    _run(capsys, "--db", str(db), "refresh")
    _run(capsys, "--db", str(db), "subscribe", server.url("/page.html"), "--name", "page")
    before = tree_hashes(db, skip=("state.json", "lock"))
    status, out, _ = _run(capsys, "--db", str(db), "refresh", "page")
    assert status == 1
    assert out.splitlines()[0] == (f"failed     page <{server.url('/page.html')}>: not a feed: an "
                                   "HTML page, not an RSS or Atom feed (the page may link to its "
                                   "feed)")
    assert tree_hashes(db, skip=("state.json", "lock")) == before
    assert _run(capsys, "--db", str(db), "check")[0] == 0
