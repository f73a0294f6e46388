"""Provides the main screen: list | reading pane | people and places, search, status, footer.

:class:`MainScreen` composes the panes, the search bar, the status line and
the footer; it is :class:`reader.screens.archive.ArchiveScreen` (views, orders,
links, deleting, exports, reading positions) on
:class:`reader.screens.correcting.CorrectingScreen` (the user's corrections of names) on
:class:`reader.screens.searching.SearchingScreen` (search as you type) on
:class:`reader.screens.browse.BrowseScreen` (the panes, filters, the open article).
At start it loads what search needs in the background.
"""

from __future__ import annotations

from contextlib import suppress

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer

from reader import keys
from reader.screens.archive import ArchiveScreen
from reader.search import NAMES_LOCK
from reader.store import StoreError
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.reading_pane import ReadingPane
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_bar import StatusBar


class MainScreen(ArchiveScreen):
    """Three panes: ArticleList | ReadingPane | EntitySidebar, with search as you type."""

    BINDINGS = keys.bindings("main")

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(self.painter, id="article-list")
            yield ReadingPane(self.painter, id="reading-pane")
            yield EntitySidebar(self.painter, id="sidebar")
        yield SearchBar(self.painter, on_value=self._text_changed, id="search-bar")
        yield StatusBar(self.painter, id="status")
        yield Footer(compact=True)

    # ---------------------------------------------------------------- warm-up

    def list_shown(self) -> None:
        # The first search needs the name indexes (about a second to load at
        # 30,000 articles): load them while people read, once the list is on
        # screen (not competing with the first paint).
        hold = getattr(self.app, "hold_heap", None)
        if hold is not None:
            hold()  # no garbage collection while hundreds of thousands of objects are made
        self._warm_up()

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up(self) -> None:
        from reader.search import prepare

        try:
            with NAMES_LOCK, suppress(StoreError):
                prepare(self.store)
        finally:
            # What is loaded now lives as long as the app: keep the garbage
            # collector from walking it again and again (pauses of 150 ms).
            self.app.call_from_thread(self._warmed_up)

    def _warmed_up(self) -> None:
        self._update_status()  # the unread count needs the ids the warm-up loaded
        freeze = getattr(self.app, "freeze_heap", None)
        if freeze is not None:
            freeze()
