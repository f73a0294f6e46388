"""Snapshot tests (pytest-textual-snapshot): main screen, Arabic article with highlights, search.

The SVGs under tests/app/__snapshots__/ were looked at before being accepted.
They depend on the pinned Textual and Rich and on the bundled articles:
after changing either, check the report and rerun with ``--snapshot-update``.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

import pytest

from helpers.pilot import open_seed, searched, settle, type_text
from reader.app import make_app
from reader.widgets.search_bar import SearchInput

SNAPSHOT_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
"""The moment snapshots are taken at: relative dates ("2 years ago") and the local zone are
those of this moment, whenever and wherever the tests run."""


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    def now(tz: tzinfo | None = None) -> datetime:
        return SNAPSHOT_NOW

    monkeypatch.setattr("reader.views.article.local_now", now)
    monkeypatch.setattr("reader.widgets.article_list.local_now", now)


def test_main_screen_with_the_seed_open(snap_compare, store) -> None:
    """Three panes at 120x36: the list, the seed laid out right to left, its people and places."""
    assert snap_compare(
        make_app(store, poll_interval=0), terminal_size=(120, 36), run_before=open_seed
    )


def test_arabic_article_with_mention_and_hit_highlights(snap_compare, store) -> None:
    """The seed filtered by Kazakhstan: people and places coloured, the current hit marked."""

    async def run_before(pilot) -> None:
        await open_seed(pilot)
        screen = pilot.app.main_screen
        kz = next(e for e in screen.sidebar.items if e.code == "KZ")
        screen.filter_by_entity(kz)
        await settle(pilot)
        await pilot.press("tab", "n")
        await settle(pilot)

    assert snap_compare(
        make_app(store, poll_interval=0), terminal_size=(100, 30), run_before=run_before
    )


def test_search_by_a_leader_typed_in_arabic(snap_compare, store) -> None:
    """/توكاييف: the field shows the query shaped, the preview how it was understood.

    The seed is opened first so that the reading pane does not depend on which article an
    earlier test of the session left open in the shared store.
    """

    async def run_before(pilot) -> None:
        await open_seed(pilot)
        await pilot.press("slash")
        pilot.app.screen.query_one(SearchInput).cursor_blink = False
        await type_text(pilot, "توكاييف")
        await searched(pilot, "توكاييف")

    assert snap_compare(
        make_app(store, poll_interval=0), terminal_size=(120, 36), run_before=run_before
    )


def test_narrow_terminal_shows_one_pane(snap_compare, store) -> None:
    """60 columns: one pane at a time; Enter gave the reading pane the whole width."""
    assert snap_compare(
        make_app(store, poll_interval=0), terminal_size=(60, 20), run_before=open_seed
    )
