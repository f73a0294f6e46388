"""Provides RefreshRun: where a refresh of the feeds stands, for a view to show (no Textual).

The app keeps one while its refresh runs (and after), so that the refresh
dialog can be closed and opened again without losing what was reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.feeds.refresh import FeedReport, summary_line
from reader.feeds.subscriptions import Subscription

#: Shown when there is nothing to refresh.
NO_FEEDS = ("No subscriptions yet. On the command line, `reader subscribe URL` follows a feed "
            "and `reader opml import FILE` brings a list from another reader.")


@dataclass
class RefreshRun:
    """One refresh of every feed: bytes received, reports, the lines to show, the summary."""

    subscriptions: list[Subscription]
    progress: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    """URL -> (bytes received, bytes expected or None), while a feed is coming."""
    reports: list[FeedReport] = field(default_factory=list)
    """Reports of the feeds done so far, in the order they finished."""
    lines: list[tuple[str, str]] = field(default_factory=list)
    """The report lines, ``(logical text, kind)``: kind is ``ok``, ``partial`` or ``failed``."""
    running: bool = False
    summary: str = ""
    """The last line (empty until the refresh ends)."""

    def start(self) -> None:
        """Say what is about to happen: the feeds to refresh, or that there are none."""
        count = len(self.subscriptions)
        if not count:
            self.lines.append((NO_FEEDS, "partial"))
            return
        self.running = True
        self.lines.append((f"refreshing {count} feed{'s' if count != 1 else ''} …", "ok"))

    def report_for(self, url: str) -> FeedReport | None:
        """The report of the feed at ``url``, once it is done."""
        return next((r for r in self.reports if r.url == url), None)

    def received(self, url: str, got: int, expected: int | None) -> None:
        """Bytes of a feed arrived."""
        self.progress[url] = (got, expected)

    def done(self, report: FeedReport) -> bool:
        """A feed is done; True when it brought articles (views should reload)."""
        self.reports.append(report)
        kind = {"failed": "failed", "partial": "partial"}.get(report.status, "ok")
        self.lines.append((report.describe(), kind))
        return report.imported > 0

    def finish(self, error: str = "") -> None:
        """The refresh ended (``error``: why it stopped early, if it did)."""
        self.running = False
        self.summary = summary_line(self.reports)
        if error:
            self.summary += f" — stopped: {error}"
            self.lines.append((error, "failed"))
