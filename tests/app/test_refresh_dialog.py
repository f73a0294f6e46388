"""Pilot tests of the refresh dialog: R refreshes every feed, a bar per feed, errors listed,
articles landing while a slow feed is still in flight, and the app answering all along.

The feeds are served on 127.0.0.1 by the test itself; other name lookups fail.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from textual.widgets import ProgressBar

from helpers.feed_server import PROXY_VARIABLES, FeedServer, feed_server, loopback_only
from helpers.pilot import SIZE, app_for, main_screen, settle
from helpers.waits import pilot_until
from reader.feeds import SubscriptionList
from reader.screens.main import MainScreen
from reader.screens.refresh_dialog import FeedRow, RefreshDialog


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("READER_FEED_TIMEOUT", "60")  # the slow feed stays in flight
    with feed_server() as running, loopback_only():
        yield running


async def test_refresh_shows_progress_and_errors_and_stays_responsive(store, server) -> None:
    subs = SubscriptionList(store.backend)
    subs.add(server.url("/rss.xml"), "وكالة")
    subs.add(server.url("/error"), "broken")
    subs.add(server.url("/slow"), "slow")
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listed = main_screen(app).article_list.count
        await pilot.press("R")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RefreshDialog)
        rows = list(dialog.query(FeedRow))
        assert len(rows) == 3 and len(dialog.query(ProgressBar)) == 3

        await pilot_until(pilot, lambda: len(dialog.reports) == 2, "the two quick feeds")
        slow_row = dialog.row(server.url("/slow"))
        assert slow_row is not None and slow_row.status in ("waiting", "fetching")
        assert dialog.running
        assert "new        وكالة (2 new, 0 already stored)" in dialog.lines
        assert (f"failed     broken <{server.url('/error')}>: HTTP 500 Internal Server Error"
                in dialog.lines)
        failed_row = dialog.row(server.url("/error"))
        assert failed_row is not None and failed_row.status == "failed"
        # The articles are in the list while the slow feed is still coming.
        await pilot_until(pilot, lambda: main_screen(app).article_list.count == listed + 2,
                          "the new articles in the list")
        assert dialog.running

        # Closing the dialog leaves the refresh running; the app answers keys meanwhile.
        await pilot.press("escape")
        await pilot_until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        article_list = main_screen(app).article_list
        cursor = article_list.cursor
        await pilot.press("j")
        await pilot_until(pilot, lambda: article_list.cursor == cursor + 1, "the cursor to move")
        assert app.refresh_run is not None and app.refresh_run.running

        # R shows the same refresh again, where it stands (no second refresh starts).
        requests = len(server.requests)
        await pilot.press("R")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, RefreshDialog) and again.run is dialog.run
        assert len(server.requests) == requests
        again_row = again.row(server.url("/rss.xml"))
        assert again_row is not None and again_row.status == "new"
        assert again.lines == dialog.lines

        # Quitting stops it at once (the slow feed would go on for 20 s).
        await pilot.press("escape")
        await pilot_until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        workers = [w for w in app.workers if w.group == "refresh"]
        assert workers and not workers[0].is_finished
        started = time.monotonic()
        await pilot.press("q")
    assert workers[0].is_finished and time.monotonic() - started < 10
    # The slow feed was stopped, not failed: nothing recorded against it.
    assert [s.error for s in subs.all()] == [None, "HTTP 500 Internal Server Error", None]
    assert subs.find("slow").refreshed_at is None


async def test_without_subscriptions_the_dialog_says_how_to_subscribe(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("R")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, RefreshDialog)
        assert not dialog.running
        assert dialog.lines[0].startswith("No subscriptions yet.")
        assert "reader subscribe URL" in dialog.lines[0]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_a_finished_refresh_sums_up(store, server) -> None:
    subs = SubscriptionList(store.backend)
    subs.add(server.url("/atom.xml"), "wire")
    subs.add(server.url("/page.html"), "page")
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("R")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RefreshDialog)
        await pilot_until(pilot, lambda: not dialog.running, "the refresh to finish")
        assert dialog.summary == "2 feeds: 1 new articles, 0 unchanged, 1 failed"
        assert any(line.startswith("failed     page <") and "not a feed" in line
                   for line in dialog.lines)
