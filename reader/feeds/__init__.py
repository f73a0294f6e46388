"""Provides subscriptions: feeds followed by URL, refreshed over HTTP(S) (no Textual).

- :mod:`reader.feeds.subscriptions`: the list, kept in the store's user state;
- :mod:`reader.feeds.fetch`: one feed's bytes within limits (httpx);
- :mod:`reader.feeds.refresh`: fetch feeds, store their new articles, report;
- :mod:`reader.feeds.progress`: where a refresh stands, for the app to show;
- :mod:`reader.feeds.opml`: the list in and out as OPML.
"""

from __future__ import annotations

from reader.feeds.fetch import FetchResult, fetch
from reader.feeds.progress import RefreshRun
from reader.feeds.refresh import FeedReport, read_feed_bytes, refresh_feeds, summary_line
from reader.feeds.subscriptions import FeedError, Subscription, SubscriptionList, check_url

__all__ = [
    "FeedError", "FeedReport", "FetchResult", "RefreshRun", "Subscription", "SubscriptionList",
    "check_url", "fetch", "read_feed_bytes", "refresh_feeds", "summary_line",
]
