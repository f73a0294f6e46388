"""Provides the small steps of Pilot tests: make the app, let it settle, find and open articles."""

from __future__ import annotations

from typing import Any

from textual.command import CommandList, CommandPalette

from helpers.paths import SEED_START
from helpers.waits import pilot_until
from reader.app import ReaderApp, make_app
from reader.screens.main import MainScreen
from reader.store import ArticleStore

SIZE = (120, 36)
"""The terminal size of most app tests (three panes)."""


def app_for(store: ArticleStore, **kw: Any) -> ReaderApp:
    """The app on ``store``, polling the store only when a test asks for it."""
    kw.setdefault("poll_interval", 0)
    return make_app(store, **kw)


async def settle(pilot: Any) -> None:
    """Let timers, workers and messages run out."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def main_screen(app: ReaderApp) -> MainScreen:
    """The app's main screen (there is always one once the app runs)."""
    screen = app.main_screen
    assert screen is not None
    return screen


def row_text(widget: Any, y: int) -> str:
    """The text a line-API widget paints on row ``y``."""
    return "".join(seg.text for seg in widget.render_line(y))


def seed_index(screen: MainScreen) -> int:
    """The row of the seed in the article list."""
    lst = screen.article_list
    for i in range(lst.count):
        if lst.rows.row(i).title.startswith(SEED_START[:20]):
            return i
    raise AssertionError("the seed is not listed")


async def open_seed(pilot: Any) -> None:
    """Move the list's cursor to the seed and open it."""
    await settle(pilot)
    lst = main_screen(pilot.app).article_list
    lst.cursor = seed_index(main_screen(pilot.app))
    await pilot.press("enter")
    await settle(pilot)


def listed_titles(screen: MainScreen) -> list[str]:
    """The titles of the list, top to bottom."""
    lst = screen.article_list
    return [lst.rows.row(i).title for i in range(lst.count)]


async def type_text(pilot: Any, text: str) -> None:
    """Press the key of each character of ``text``."""
    for ch in text:
        await pilot.press("space" if ch == " " else ch)


async def searched(pilot: Any, query: str, *, settled: bool = True) -> None:
    """Wait until the search for ``query`` (typed in the search field) has been answered.

    With ``settled``, wait for the exact search the screen makes once typing
    pauses (the results ``reader search`` gives, the readings offered); else
    for the first results shown while typing.
    """
    screen = main_screen(pilot.app)
    wanted = query.strip()

    def answered() -> bool:
        flt = screen.filter
        if flt is None or flt.key != wanted:
            return False
        return not settled or (
            screen.settled_search is not None and screen.settled_search.query == wanted)

    await pilot_until(pilot, answered, f"the search for {query!r} to be answered")
    await settle(pilot)


async def search_for(pilot: Any, query: str, *, settled: bool = True) -> MainScreen:
    """Open the search field, type ``query`` and wait for its results (see :func:`searched`)."""
    await pilot.press("slash")
    await type_text(pilot, query)
    await searched(pilot, query, settled=settled)
    return main_screen(pilot.app)


def palette_prompts(app: ReaderApp) -> list[str]:
    """The texts of the commands the open palette lists, in order ([] when it is closed)."""
    if not CommandPalette.is_open(app):
        return []
    commands = app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


def highlighted_command(app: ReaderApp) -> str:
    """The text of the command the palette has highlighted ("" when none is)."""
    if not CommandPalette.is_open(app):
        return ""
    commands = app.screen.query_one(CommandList)
    if commands.highlighted is None:
        return ""
    return str(commands.get_option_at_index(commands.highlighted).prompt)
