"""Provides refresh_feeds(): fetch subscribed feeds, store their new articles (no Textual).

Feeds are fetched a few at a time in threads; each one's articles are read
by the same importer a feed file goes through (:func:`reader.importers.read_article_text`),
then stored in a short writing session of its own as soon as it arrives, so
a watching view sees them land and no lock is held while the network is
slow.  Duplicates are told apart as for files (same url, or same title and
text).  A feed that fails (network, HTTP status, not a feed, the store
refusing the commit) is one report line naming its URL and the reason; it
never stops the others, and its ETag is kept only once its articles are
committed, so a failure never hides articles from the next refresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.feeds.fetch import STOPPED, FetchResult, Progress, fetch
from reader.feeds.subscriptions import Subscription, SubscriptionList
from reader.importers import ImportProblem, detect_format, read_article_text
from reader.importers.base import max_article_chars, max_file_articles, too_many_articles
from reader.models import ArticleDraft
from reader.store import ArticleStore, StoreBusy, StoreError
from reader.textsafe import one_line, replace_surrogates

#: Feeds fetched at once.
PARALLEL_FETCHES = 6

#: The name the importer reads a fetched feed under (its suffix says "XML").
_FEED_NAME = Path("feed.xml")
#: The name its format is told under: a suffix that says nothing, so content decides.
_SNIFF_NAME = Path("response.fetched")
#: Bytes the format is told from (enough for any sane XML prolog before the root).
_SNIFF_BYTES = 1024 * 1024

_NOT_A_FEED = {
    "html": "an HTML page, not an RSS or Atom feed (the page may link to its feed)",
    "json": "JSON, not an RSS or Atom feed",
    "jsonl": "JSON Lines, not an RSS or Atom feed",
    "text": "plain text, not an RSS or Atom feed",
    "markdown": "Markdown, not an RSS or Atom feed",
}


@dataclass(frozen=True, slots=True)
class FeedReport:
    """What refreshing one feed did."""

    name: str
    url: str
    unchanged: bool = False
    """The server answered 304 Not Modified."""
    imported: int = 0
    duplicates: int = 0
    error: str | None = None
    """Why the feed could not be refreshed (None: it was)."""
    problems: tuple[str, ...] = ()
    """Entries of the feed that could not be imported (the others were)."""

    @property
    def failed(self) -> bool:
        """The feed could not be refreshed at all."""
        return self.error is not None

    @property
    def status(self) -> str:
        """``failed``, ``unchanged``, ``partial``, ``new`` or ``duplicate``."""
        if self.error is not None:
            return "failed"
        if self.unchanged:
            return "unchanged"
        if self.problems:
            return "partial"
        return "new" if self.imported else "duplicate"

    def describe(self) -> str:
        """One terminal-safe line: status, name, counts; a failure names the URL and why."""
        name = one_line(self.name, 80)
        if self.error is not None:
            return f"failed     {name} <{one_line(self.url, 200)}>: {one_line(self.error, 300)}"
        if self.unchanged:
            return f"unchanged  {name} (not modified since the last refresh)"
        counts = f"{self.imported} new, {self.duplicates} already stored"
        if self.problems:
            more = f"; {len(self.problems) - 1} more" if len(self.problems) > 1 else ""
            return f"partial    {name} ({counts}): {one_line(self.problems[0], 200)}{more}"
        return f"{self.status:<10} {name} ({counts})"


def read_feed_bytes(body: bytes, url: str) -> tuple[list[ArticleDraft], list[str]]:
    """The articles of a fetched feed, and the problems of its bad entries.

    Raises:
        ImportProblem: The bytes are not an RSS or Atom feed, or none of it is readable.
    """
    if not body.strip():
        raise ImportProblem("not a feed: the server sent an empty response")
    try:
        fmt = detect_format(_SNIFF_NAME, body[:_SNIFF_BYTES])
    except ImportProblem as exc:
        reason = str(exc)
        if reason.startswith("unknown format"):
            reason = "text of no known format, not an RSS or Atom feed"
        raise ImportProblem(f"not a feed: {reason}") from None
    if fmt != "feed":
        raise ImportProblem(f"not a feed: {_NOT_A_FEED.get(fmt, fmt)}")
    limit = max_article_chars()
    most = max_file_articles()
    drafts: list[ArticleDraft] = []
    problems: list[str] = []
    for item in read_article_text(body, _FEED_NAME, fmt):
        if isinstance(item, ArticleDraft) and len(drafts) >= most:
            raise too_many_articles(f"more than {most:,}", most)
        if isinstance(item, ImportProblem):
            problems.append(str(item))
        elif len(item.title) + len(item.body) > limit:
            problems.append(f"article {one_line(item.title, 60)!r} is too long "
                            f"(the limit is {limit:,} characters, READER_MAX_ARTICLE_CHARS)")
        else:
            drafts.append(_as_from(item, url))
    return drafts, problems


def _as_from(draft: ArticleDraft, url: str) -> ArticleDraft:
    """The draft with the feed's URL as its origin, and no lone surrogate in its text."""
    number = draft.origin.rpartition("#")[2]
    fixed = {
        name: replace_surrogates(value)
        for name in ("title", "body", "source", "author", "url", "date", "language")
        if isinstance(value := getattr(draft, name), str)
    }
    return dataclasses.replace(draft, origin=f"{url}#{number}", **fixed)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Refresh:
    """One refresh: stores what each fetched feed brought and records it in its subscription."""

    def __init__(self, store: ArticleStore, subs: SubscriptionList,
                 on_wait: Callable[[str], None] | None) -> None:
        self.store = store
        self.subs = subs
        self.on_wait = on_wait

    def land(self, sub: Subscription, result: FetchResult) -> FeedReport:
        """Store the feed's new articles; record the refresh; the feed's report."""
        report = self._import(sub, result)
        done = dataclasses.replace(sub, refreshed_at=_now(), error=report.error)
        if report.error is None and not report.unchanged:
            done = dataclasses.replace(done, etag=result.etag, last_modified=result.last_modified,
                                       articles=sub.articles + report.imported)
        try:
            self.subs.save(done)
        except (StoreError, StoreBusy, OSError) as exc:
            if report.error is None:
                report = dataclasses.replace(
                    report, error=f"stored, but the subscription was not updated: {exc}")
        return report

    def _import(self, sub: Subscription, result: FetchResult) -> FeedReport:
        base = FeedReport(name=sub.name, url=sub.url)
        if result.error is not None:
            return dataclasses.replace(base, error=result.error)
        if result.body is None:
            return dataclasses.replace(base, unchanged=True)
        try:
            drafts, problems = read_feed_bytes(result.body, sub.url)
        except ImportProblem as exc:
            return dataclasses.replace(base, error=str(exc))
        drafts = [d if d.source else dataclasses.replace(d, source=sub.name) for d in drafts]
        try:
            with self.store.writer(on_wait=self.on_wait) as session:
                outcomes = session.add(drafts)
        except (StoreError, StoreBusy, OSError) as exc:
            return dataclasses.replace(base, error=f"not stored: {exc}")
        return dataclasses.replace(
            base, problems=tuple(problems),
            imported=sum(1 for o in outcomes if o.status == "imported"),
            duplicates=sum(1 for o in outcomes if o.status == "duplicate"))


def refresh_feeds(
    store: ArticleStore,
    subscriptions: Sequence[Subscription] | None = None,
    *,
    on_feed: Callable[[FeedReport], None] | None = None,
    on_progress: Callable[[Subscription, int, int | None], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> list[FeedReport]:
    """Refresh feeds and store their new articles.

    Args:
        store: Where the articles and the subscriptions are.
        subscriptions: The feeds to refresh (default: every subscription).
        on_feed: Called with each feed's report as soon as its articles are committed.
        on_progress: Told (feed, bytes so far, bytes expected or None) as a body arrives.
        on_wait: Told when another process holds the store and we wait.
        should_stop: Polled; True stops fetching (feeds already stored stay stored).
        timeout: Seconds a feed may take (default READER_FEED_TIMEOUT or 30).
        max_bytes: Largest feed accepted (default READER_MAX_FEED_MB or 16 MiB).

    Returns:
        One report per feed refreshed, in the order they finished.
    """
    subs = SubscriptionList(store.backend)
    wanted = list(subs.all() if subscriptions is None else subscriptions)
    refresh = _Refresh(store, subs, on_wait)
    reports: list[FeedReport] = []
    if not wanted:
        return reports

    def get(sub: Subscription) -> FetchResult:
        progress: Progress | None = None
        if on_progress is not None:
            def progress(got: int, expected: int | None) -> None:
                on_progress(sub, got, expected)
        return fetch(sub.url, etag=sub.etag, last_modified=sub.last_modified, timeout=timeout,
                     max_bytes=max_bytes, on_progress=progress, should_stop=should_stop)

    for sub, result in fetch_all(wanted, get, should_stop):
        report = refresh.land(sub, result)
        reports.append(report)
        if on_feed is not None:
            on_feed(report)
    return reports


def fetch_all(
    subs: Sequence[Subscription], get: Callable[[Subscription], FetchResult],
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[tuple[Subscription, FetchResult]]:
    """Fetch feeds :data:`PARALLEL_FETCHES` at a time; yield each as it finishes.

    The fetching threads are daemons and a stop does not wait for them: a
    server that never answers cannot hold the app (or its exit) past a
    Ctrl+C or a quit.  A feed given up because of the stop is not yielded.
    """
    todo: queue.SimpleQueue[Subscription] = queue.SimpleQueue()
    done: queue.SimpleQueue[tuple[Subscription, FetchResult]] = queue.SimpleQueue()
    for sub in subs:
        todo.put(sub)

    def work() -> None:
        while not (should_stop is not None and should_stop()):
            try:
                sub = todo.get_nowait()
            except queue.Empty:
                return
            try:
                result = get(sub)
            except Exception as exc:  # noqa: BLE001 - a thread must always answer
                result = FetchResult(error=f"internal error: {type(exc).__name__}: {exc}")
            done.put((sub, result))

    for number in range(min(PARALLEL_FETCHES, len(subs))):
        threading.Thread(target=work, name=f"feed-{number}", daemon=True).start()
    for _ in range(len(subs)):
        while True:
            if should_stop is not None and should_stop():
                return
            try:
                sub, result = done.get(timeout=0.05)
            except queue.Empty:
                continue
            break
        if result.error != STOPPED:
            yield sub, result


def summary_line(reports: Sequence[FeedReport]) -> str:
    """What a refresh did in one line: feeds, new articles, unchanged and failed feeds."""
    feeds = len(reports)
    new = sum(r.imported for r in reports)
    unchanged = sum(1 for r in reports if r.unchanged)
    failed = sum(1 for r in reports if r.failed)
    return (f"{feeds} feed{'s' if feeds != 1 else ''}: {new} new articles, {unchanged} unchanged, "
            f"{failed} failed")
