"""Provides the refresh dialog: every subscribed feed fetched, a bar per feed, a line per result.

A refresh is a :class:`reader.feeds.RefreshRun`: the feeds, the bytes received so far,
the reports, the lines shown.  It runs in a thread worker of the app
(:func:`start_refresh`) through :func:`reader.feeds.refresh_feeds`, on its
own :class:`reader.store.ArticleStore` over the same files, and posts a
:class:`RefreshUpdate` to the app for every step; the app applies it to the
run (:func:`apply_update`), reloads the list when articles landed, and hands it to the dialog when
the dialog is on screen.  So the dialog can be closed while feeds are still
coming (the list keeps filling, a notification sums up at the end) and
opened again to see where the refresh stands; the UI never waits for the
network.  Quitting stops the refresh (feeds already stored stay stored).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, get_current_worker

from reader import keys
from reader.textsafe import one_line
from reader.views import Painter
from reader.widgets.report_log import ReportLog

if TYPE_CHECKING:
    from reader.feeds import FeedReport, RefreshRun, Subscription
    from reader.store import ArticleStore

#: Cells given to a feed's name in its row.
NAME_CELLS = 24
#: Seconds between two progress messages of one feed.
PROGRESS_EVERY_S = 0.1

@dataclass
class RefreshUpdate(Message):
    """One step of a refresh, posted to the app from the worker thread."""

    run: RefreshRun
    progress: tuple[str, int, int | None] | None = None
    """(url, bytes received, bytes expected) of a feed coming in."""
    report: FeedReport | None = None
    """A feed done (its articles committed)."""
    finished: bool = False
    error: str = ""
    """With ``finished``: why the refresh stopped early, if it did."""


def apply_update(update: RefreshUpdate) -> bool:
    """Take one step into its run; True when articles were committed (views should reload)."""
    run = update.run
    if update.progress is not None:
        run.received(*update.progress)
    if update.report is not None:
        return run.done(update.report)
    if update.finished:
        run.finish(update.error)
    return False


def start_refresh(app: App[int], store: ArticleStore) -> RefreshRun:
    """Start refreshing every subscribed feed in a thread worker of ``app``."""
    from reader.feeds import RefreshRun, SubscriptionList

    run = RefreshRun(SubscriptionList(store.backend).all())
    run.start()
    if not run.running:
        return run
    app.run_worker(lambda: _refresh(app, store, run), thread=True, group="refresh",
                   exclusive=True, name="refresh feeds")
    return run


def _refresh(app: App[int], store: ArticleStore, run: RefreshRun) -> None:
    """The worker: refresh the run's feeds, posting every step to the app."""
    from reader.feeds import refresh_feeds
    from reader.store import ArticleStore, StoreBusy, StoreError

    worker: Worker[None] = get_current_worker()
    own = ArticleStore(store.backend, store.analyser)
    last_post: dict[str, float] = {}

    def on_progress(sub: Subscription, got: int, expected: int | None) -> None:
        now = time.monotonic()
        if now - last_post.get(sub.url, 0.0) >= PROGRESS_EVERY_S or got == expected:
            last_post[sub.url] = now
            app.post_message(RefreshUpdate(run, progress=(sub.url, got, expected)))

    def on_feed(report: FeedReport) -> None:
        app.post_message(RefreshUpdate(run, report=report))

    error = ""
    try:
        refresh_feeds(own, run.subscriptions, on_progress=on_progress, on_feed=on_feed,
                      should_stop=lambda: worker.is_cancelled)
    except (StoreError, StoreBusy, OSError) as exc:
        error = one_line(str(exc))
    except Exception as exc:  # noqa: BLE001 - never let a worker take the app down
        error = f"internal error: {type(exc).__name__}: {one_line(str(exc), 200)}"
    app.post_message(RefreshUpdate(run, finished=True, error=error))


class FeedRow(Horizontal):
    """One feed: its name, a progress bar, and how it went."""

    def __init__(self, sub: Subscription, painter: Painter) -> None:
        super().__init__(classes="feed-row")
        self.url = sub.url
        self.label = painter.one_line(one_line(sub.name, 80), NAME_CELLS).text
        self.status = "waiting"
        """``waiting``, ``fetching``, or the report's status once done."""

    def compose(self) -> ComposeResult:
        yield Static(self.label, classes="feed-name", markup=False)
        yield ProgressBar(total=None, show_eta=False, show_percentage=False)
        yield Static("waiting", classes="feed-status", markup=False)

    def progress(self, got: int, expected: int | None) -> None:
        """Bytes received so far (a bar that fills when the size is known)."""
        self.status = "fetching"
        bar = self.query_one(ProgressBar)
        if expected:
            bar.update(total=expected, progress=min(got, expected))
        self.query_one(".feed-status", Static).update(f"{got / 1024:,.0f} KiB")

    def done(self, report: FeedReport) -> None:
        """The feed is finished: a full bar, and its outcome in a word or two."""
        self.status = report.status
        self.query_one(ProgressBar).update(total=1, progress=1)
        text = {"failed": "failed", "unchanged": "unchanged"}.get(
            report.status, f"{report.imported} new")
        status = self.query_one(".feed-status", Static)
        status.update(text)
        status.set_class(report.failed, "-failed")


class RefreshDialog(ModalScreen[None]):
    """Where a refresh of every feed stands: a row per feed, the report, the summary."""

    BINDINGS = keys.bindings("refresh")

    def __init__(self, run: RefreshRun, painter: Painter) -> None:
        super().__init__()
        self.run = run
        """The refresh shown (it goes on when the dialog is closed)."""
        self.painter = painter

    @property
    def running(self) -> bool:
        """The refresh is under way."""
        return self.run.running

    @property
    def reports(self) -> list[FeedReport]:
        """Reports of the feeds done so far."""
        return self.run.reports

    @property
    def lines(self) -> list[str]:
        """The report lines shown, as logical text."""
        return [text for text, _ in self.run.lines]

    @property
    def summary(self) -> str:
        """The summary line (empty until the refresh ends)."""
        return self.run.summary

    def compose(self) -> ComposeResult:
        with Vertical(id="refresh-box"):
            yield Static("Refresh feeds", classes="title", markup=False)
            with VerticalScroll(id="refresh-feeds"):
                for sub in self.run.subscriptions:
                    yield FeedRow(sub, self.painter)
            yield ReportLog(self.painter, id="refresh-log")
            yield Static(self.run.summary, id="refresh-summary", markup=False)
            yield Static("Esc closes; the refresh goes on and R shows it again",
                         id="refresh-hint", markup=False)

    def on_mount(self) -> None:
        """Show where the refresh stands (it may have run while the dialog was closed)."""
        log = self.query_one(ReportLog)
        for text, kind in self.run.lines:
            log.write(text, kind)
        for row in self.query(FeedRow):
            report = self.run.report_for(row.url)
            if report is not None:
                row.done(report)
            elif row.url in self.run.progress:
                row.progress(*self.run.progress[row.url])

    def row(self, url: str) -> FeedRow | None:
        """The row of the feed at ``url``."""
        return next((row for row in self.query(FeedRow) if row.url == url), None)

    def show(self, update: RefreshUpdate) -> None:
        """Paint one step the app has applied to the run."""
        if update.run is not self.run:
            return
        if update.progress is not None:
            row = self.row(update.progress[0])
            if row is not None:
                row.progress(update.progress[1], update.progress[2])
        if update.report is not None:
            row = self.row(update.report.url)
            if row is not None:
                row.done(update.report)
        log = self.query_one(ReportLog)
        for text, kind in self.run.lines[len(log.entries):]:
            log.write(text, kind)
        self.query_one("#refresh-summary", Static).update(self.run.summary)

    def action_close(self) -> None:
        """Close the dialog (the refresh goes on; R shows it again)."""
        self.dismiss(None)
