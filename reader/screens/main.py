"""Provides the main screen: article list | reading pane | people and places, status, footer.

The screen mediates ("attributes down, messages up"): the list, the sidebar
and the search field post messages; the screen asks the store and
:mod:`reader.views`, then sets what each pane shows.  Widgets never talk to
each other or to the store's writer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from reader import keys
from reader.entities import article_text
from reader.models import Article, ArticleSummary, Entity, Span
from reader.store import StoreError
from reader.textsafe import one_line
from reader.views import (
    PAGE_SIZE,
    ArchiveRows,
    DocnoRows,
    ListFilter,
    PagedRows,
    Painter,
    StateWriter,
    articles_about,
    entity_label,
    filter_key,
    hit_ranges,
    top_entities,
)
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.painting import tell
from reader.widgets.reading_pane import ReadingPane
from reader.widgets.search_bar import SearchBar, SearchInput
from reader.widgets.status_bar import StatusBar

SEARCH_DEBOUNCE = 0.0
"""Seconds of quiet typing before the list is filtered (0: search at each keystroke).

A search takes a few milliseconds, so none is waited for: each keystroke
searches at once, and keystrokes that come while a search runs are folded
into one search of the latest text (see :meth:`MainScreen._search_worker`)."""
POLL_INTERVAL = 2.0
"""Seconds between looks for articles another process committed."""
ARCHIVE_TOP = 30
"""Entities of each section listed in the sidebar's archive view."""

NAMES_LOCK = threading.Lock()
"""Held while the gazetteer or the search's name index may be built (about a second, once).

Both are cached after the first build, but two threads asking at once would
each build them, three times over at start (analysis, warm-up, first search).
"""


@dataclass
class SearchDone(Message):
    """A search worker finished (posted from its thread)."""

    query: str
    result: Any


class MainScreen(Screen[None]):
    """Three panes: ArticleList | ReadingPane | EntitySidebar."""

    BINDINGS = keys.bindings("main")

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-medium"), (110, "-wide")]  # noqa: RUF012
    """Under 110 columns the sidebar hides; under 70 one pane shows at a time."""

    def __init__(
        self,
        store: Any,
        painter: Painter,
        state: StateWriter,
        *,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        super().__init__()
        self.store = store
        """The article store (read here; writes go through ``state``)."""
        self.painter = painter
        """Lays text out for every pane."""
        self.state = state
        """Writes read marks, stars and the last open article off the UI thread."""
        self.poll_interval = poll_interval
        self.filter: ListFilter | None = None
        """What the list is narrowed to (None: the whole archive)."""
        self.article: Article | None = None
        """The article open in the reading pane."""
        self.entities: list[Entity] = []
        """People and places of the open article."""
        self.spans: tuple[Span, ...] = ()
        """Their mentions in it."""
        self.search_note = ""
        """How the current search was understood."""
        self._before_search: ListFilter | None = None
        self._search_timer: Timer | None = None
        self._search_query = ""
        self._search_lock = threading.Lock()
        self._search_wanted: str | None = None
        """The newest text to search, not yet taken by the search worker."""
        self._search_running = False
        """A search worker is running (it takes ``_search_wanted`` before it stops)."""
        self._bindings_shown: tuple[bool, bool] | None = None
        self._search_anchor: ArticleSummary | None = None
        """The article highlighted when the search field opened."""
        self._pane = "list"
        self._sidebar_choice: bool | None = None
        self._archive_cache: tuple[int, list[Entity]] | None = None

    # ---------------------------------------------------------------- widgets

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(self.painter, id="article-list")
            yield ReadingPane(self.painter, id="reading-pane")
            yield EntitySidebar(self.painter, id="sidebar")
        yield SearchBar(self.painter, on_value=self._text_changed, id="search-bar")
        yield StatusBar(self.painter, id="status")
        yield Footer(compact=True)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reading_pane(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one(EntitySidebar)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        self._set_pane("list")
        lst = self.article_list
        try:
            read, starred = self.store.marks()
        except StoreError as exc:
            tell(self, str(exc), severity="error", timeout=10)
            read, starred = set(), set()
        lst.read_ids, lst.starred_ids = read, starred
        self.sidebar.show_entities([], archive=False)
        try:
            self._show_rows(self._rows_for(None))
            # The list's pages are read lazily: restoring the last article reads the
            # first one, so a damaged list shard surfaces here, not in a paint.
            self._restore_last_open()
        except StoreError as exc:
            # A damaged store: say which file and what to do, never a traceback.
            self.app.exit(return_code=1, message=Text(f"reader: {one_line(str(exc))}"))
            return
        lst.focus()
        if self.poll_interval > 0:
            self.set_interval(self.poll_interval, self.poll_store)
        # The first search needs the name indexes (about a second to load at
        # 30,000 articles): load them while people read, once the list is on
        # screen (not competing with the first paint).
        self.call_after_refresh(self._start_warm_up)

    def _start_warm_up(self) -> None:
        hold = getattr(self.app, "hold_heap", None)
        if hold is not None:
            hold()  # no garbage collection while hundreds of thousands of objects are made
        self._warm_up()

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_up(self) -> None:
        from reader.search import prepare

        try:
            with NAMES_LOCK:
                try:
                    prepare(self.store)
                except StoreError:
                    pass
        finally:
            # What is loaded now lives as long as the app: keep the garbage
            # collector from walking it again and again (pauses of 150 ms).
            self.app.call_from_thread(self._warmed_up)

    def _warmed_up(self) -> None:
        freeze = getattr(self.app, "freeze_heap", None)
        if freeze is not None:
            freeze()

    def _restore_last_open(self) -> None:
        lst = self.article_list
        if not lst.count:
            self.reading_pane.empty_message = (
                "Welcome to Khabar. The store is empty: press i to import article files or a "
                "folder (text, Markdown, HTML, JSON, RSS and Atom feeds). Press ? for every key."
            )
            self.reading_pane.refresh()
            return
        try:
            last = self.store.last_open()
        except StoreError:
            last = None
        index = lst.rows.index_of(last) if last and lst.rows is not None else None
        lst.cursor = index if index is not None else 0
        summary = lst.current
        if summary is not None:
            self.open_article(summary)

    # ------------------------------------------------------------------ views

    def _rows_for(self, flt: ListFilter | None, result: Any = None) -> PagedRows:
        if flt is None:
            return ArchiveRows(self.store)
        if flt.kind == "entity":
            return DocnoRows(self.store, articles_about(self.store, flt.key))
        if result is None:
            from reader.search import search

            result = search(self.store, flt.key, prefix=True, limit=PAGE_SIZE)
        return DocnoRows(self.store, result.docnos, first=result.summaries)

    def _show_rows(
        self, rows: PagedRows, keep_id: str | None = None, keep: ArticleSummary | None = None
    ) -> None:
        if self.filter is None:
            empty = "No articles yet — press i to import"
        elif self.filter.kind == "search":
            empty = "No articles match this search — Escape or x clears it"
        else:
            empty = "No articles about this — x clears the filter"
        self.article_list.show_rows(rows, keep_id=keep_id, keep=keep, empty_message=empty)
        self._update_status()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            # Hidden (and Escape left to "back") when there is nothing to clear.
            return self.filter is not None or self.has_class("-searching")
        if action == "back":
            return self.has_class("-narrow") and self._pane != "list"
        return True

    def _bindings_state(self) -> tuple[bool, bool]:
        """What :meth:`check_action` decides from (the footer shows it)."""
        return (self.filter is not None or self.has_class("-searching"),
                self.has_class("-narrow") and self._pane != "list")

    def _sync_bindings(self, *, force: bool = False) -> None:
        """Refresh the footer's keys when what they depend on changed.

        Only then: the footer rebuilds itself and the whole screen is laid out
        again, far longer than a frame, so not at every keystroke of a search.
        """
        state = self._bindings_state()
        if force or state != self._bindings_shown:
            self._bindings_shown = state
            self.refresh_bindings()

    def on_resize(self) -> None:
        # The breakpoints (-narrow) may have changed what the footer offers.
        self.call_after_refresh(self._sync_bindings)

    def _update_status(self) -> None:
        self._sync_bindings()
        flt = self.filter
        try:
            total = self.store.count()
        except StoreError:
            total = 0
        self.status.show_status(
            kind=None if flt is None else flt.kind,
            label="" if flt is None else flt.label,
            count=self.article_list.count,
            total=total,
            note=self.search_note if flt is not None and flt.kind == "search" else "",
        )

    def apply_filter(
        self,
        flt: ListFilter | None,
        result: Any = None,
        *,
        open_first: bool = False,
        keep: ArticleSummary | None = None,
    ) -> None:
        """Narrow the list (None: show everything), keeping the highlighted article
        (or ``keep``) highlighted if it stays."""
        keep = keep or self.article_list.current
        self.filter = flt
        try:
            rows = self._rows_for(flt, result)
        except StoreError as exc:
            tell(self, str(exc), severity="error")
            return
        self._show_rows(rows, keep=None if open_first else keep)
        if open_first and self.article_list.count:
            self.article_list.cursor = 0
            summary = self.article_list.current
            if summary is not None:
                self.open_article(summary)
        else:
            self._refresh_hits()

    def filter_by_entity(self, entity: Entity) -> None:
        """Show only the articles about a person or place (the sidebar and the command palette)."""
        key = filter_key(entity)
        self.search_note = ""
        self.apply_filter(ListFilter("entity", key, entity_label(entity), (key,)))
        self.article_list.focus()

    def poll_store(self) -> None:
        """Reload the views when another process (or our import) committed articles."""
        try:
            changed = self.store.refresh()
        except StoreError as exc:
            tell(self, str(exc), severity="error")
            return
        if not changed:
            return
        self._archive_cache = None
        keep = self.article_list.current
        try:
            rows = self._rows_for(self.filter)
        except StoreError as exc:
            tell(self, str(exc), severity="error")
            return
        self._show_rows(rows, keep_id=keep.id if keep else None)
        if self.sidebar.archive:
            self._show_archive_entities()
        if self.article is None and self.article_list.count:
            summary = self.article_list.current
            if summary is not None:
                self.open_article(summary)

    # ---------------------------------------------------------------- opening

    def open_article(self, summary: ArticleSummary) -> None:
        """Show an article, mark it read and remember it for the next launch."""
        try:
            article = self.store.article(summary.docno)
        except StoreError as exc:
            tell(self, str(exc), severity="error")
            return
        if article is None:
            tell(self, "That article is no longer in the store", severity="warning")
            return
        self.article = article
        self.entities, self.spans = [], ()
        self.reading_pane.show(article)
        # People and places come a moment later: the first analysis loads the
        # gazetteer (half a second), and the article must show at once.
        self._analyse_in_background(article)
        lst = self.article_list
        if article.id not in lst.read_ids:
            lst.read_ids.add(article.id)
            self.state.mark(article.id, read=True)
        self.state.last_open(article.id)
        lst.refresh_marks()

    @staticmethod
    def _analyse(article: Article) -> Any:
        from reader.entities import extract

        return extract(article.title, article.body, article.language)

    @work(thread=True, exclusive=True, group="analyse")
    def _analyse_in_background(self, article: Article) -> None:
        with NAMES_LOCK:
            result = self._analyse(article)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._analysed, article, result)

    def _analysed(self, article: Article, result: Any) -> None:
        if article is not self.article:
            return
        self.entities = list(result.entities)
        self.spans = tuple(result.spans)
        if not self.sidebar.archive:
            self.sidebar.show_entities(self.entities, archive=False)
        self.reading_pane.set_highlights(spans=self.spans, hits=self._hits())

    def _hits(self) -> list[tuple[int, int]]:
        if self.article is None:
            return []
        text = article_text(self.article.title, self.article.body)
        return hit_ranges(text, self.spans, self.entities, self.filter)

    def _refresh_hits(self) -> None:
        self.reading_pane.set_highlights(hits=self._hits())

    def _show_archive_entities(self) -> None:
        gen = self.store.generation
        if self._archive_cache is None or self._archive_cache[0] != gen:
            try:
                self._archive_cache = (gen, top_entities(self.store.catalog(), ARCHIVE_TOP))
            except StoreError as exc:
                tell(self, str(exc), severity="error")
                return
        self.sidebar.show_entities(self._archive_cache[1], archive=True)

    # --------------------------------------------------------------- messages

    @on(ArticleList.Selected)
    def _selected(self, event: ArticleList.Selected) -> None:
        event.stop()
        if self.has_class("-searching"):
            self._search_anchor = event.summary  # chosen while searching: keep it highlighted
        self.open_article(event.summary)
        if self.has_class("-narrow"):
            self._set_pane("reader")
            self.reading_pane.focus()

    @on(EntitySidebar.Picked)
    def _picked(self, event: EntitySidebar.Picked) -> None:
        event.stop()
        self.filter_by_entity(event.entity)
        if self.has_class("-narrow"):
            self._set_pane("list")

    @on(EntitySidebar.ArchiveToggled)
    def _archive_toggled(self, event: EntitySidebar.ArchiveToggled) -> None:
        event.stop()
        if event.archive:
            self._show_archive_entities()
        else:
            self.sidebar.show_entities(self.entities, archive=False)

    # ----------------------------------------------------------------- search

    def action_search(self) -> None:
        """Open the search field (in the field, "/" is just typed).

        A priority binding: it runs before the next key is dispatched, so
        "/Tokayev" typed fast or pasted lands whole in the field.
        """
        field = self.search_bar.input
        if self.focused is field:
            field.insert_text_at_cursor("/")
            return
        if not self.has_class("-searching") and (
            self.filter is None or self.filter.kind == "entity"
        ):
            # Escape goes back to this; after an accepted search, to what was before it.
            self._before_search = self.filter
        if not self.has_class("-searching"):
            self._search_anchor = self.article_list.current
        self.add_class("-searching")
        self._sync_bindings()
        if self.filter is not None and self.filter.kind == "search":
            field.value = self.filter.key
        self.search_bar.show_preview(field.value, self.search_note)
        # At once, not after a refresh as focus() does: keys typed (or pasted) right
        # after "/" arrive in the same batch and must land in the field.
        self.set_focus(field)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._text_changed(event.value)  # already done when the field told us at once

    def _text_changed(self, value: str) -> None:
        """The search text changed: show it and search (at once, or in the background)."""
        if value == self._search_query:
            return
        self._search_query = value
        self.search_bar.show_preview(value, "")
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        if SEARCH_DEBOUNCE > 0:
            self._search_timer = self.set_timer(SEARCH_DEBOUNCE, self._start_search)
        else:
            self._start_search()

    def _start_search(self) -> None:
        self._search_timer = None
        query = self._search_query
        if not query.strip():
            with self._search_lock:
                self._search_wanted = None
            self.search_note = ""
            self.apply_filter(self._before_search)
            return
        result = self._search_now(query)
        if result is not None:
            with self._search_lock:
                self._search_wanted = None  # what waited is overtaken
            self._apply_search(query, result)
            return
        with self._search_lock:
            self._search_wanted = query
            if self._search_running:
                return  # the running worker takes it when it is done
            self._search_running = True
        self._search_worker()

    def _search_now(self, query: str) -> Any:
        """The result at once when it is quick (the query names something), else None.

        Then the letter typed and the results it gives are painted in one
        frame; the search worker would deliver them a frame later.
        """
        from reader.search import search_if_ready

        if not NAMES_LOCK.acquire(blocking=False):
            return None  # the worker or the warm-up is busy with the indexes
        try:
            return search_if_ready(self.store, query, prefix=True, limit=PAGE_SIZE)
        except StoreError as exc:
            return exc
        finally:
            NAMES_LOCK.release()

    def _next_search(self) -> str | None:
        """The search worker's next query (None: it stops)."""
        with self._search_lock:
            query = self._search_wanted
            self._search_wanted = None
            if query is None:
                self._search_running = False
            return query

    @work(thread=True, group="search")
    def _search_worker(self) -> None:
        """Search the latest text typed, until no newer text waits.

        One worker at a time: text typed while it searches replaces what
        waited before, so a burst of keystrokes costs one search more, not
        one per key, and a result already overtaken by typing is dropped.
        """
        from reader.search import search

        query = self._next_search()
        while query is not None:
            result: Any
            with NAMES_LOCK:
                try:
                    result = search(self.store, query, prefix=True, limit=PAGE_SIZE)
                except StoreError as exc:
                    result = exc
            with self._search_lock:
                stale = self._search_wanted is not None
            if not stale:
                self.post_message(SearchDone(query, result))
            query = self._next_search()

    @on(SearchDone)
    def _search_done(self, event: SearchDone) -> None:
        event.stop()
        if event.query != self._search_query or not self.has_class("-searching"):
            return  # typing went on, or the search was closed
        self._apply_search(event.query, event.result)

    def _apply_search(self, query: str, result: Any, *, open_first: bool = False) -> None:
        if isinstance(result, StoreError):
            tell(self, str(result), severity="error")
            return
        self.search_note = result.interpretation
        targets = tuple(t.key for t in result.targets)
        flt = ListFilter("search", query.strip(), query.strip(), targets, result.mode)
        self.search_bar.show_preview(query, result.interpretation or "nothing found")
        # While typing, the article highlighted when the search opened stays
        # highlighted whenever it is among the results, whatever the letters
        # before listed (nothing, or other articles).
        self.apply_filter(flt, result, open_first=open_first, keep=self._search_anchor)

    @on(SearchInput.Accepted)
    def _accepted(self, event: SearchInput.Accepted) -> None:
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.remove_class("-searching")
        self._search_anchor = None
        self._sync_bindings()
        query = event.value
        if not query.strip():
            self.search_note = ""
            self.apply_filter(self._before_search)
        else:
            from reader.search import search

            self._search_query = query
            result: Any
            try:
                with NAMES_LOCK:
                    result = search(self.store, query, prefix=True, limit=PAGE_SIZE)
            except StoreError as exc:
                result = exc
            self._apply_search(query, result, open_first=True)
        self._set_pane("list")
        self.article_list.focus()

    @on(SearchInput.Cancelled)
    def _cancelled(self, event: SearchInput.Cancelled) -> None:
        event.stop()
        self._close_search()

    def _close_search(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        with self._search_lock:
            self._search_wanted = None  # a running search's result is ignored
        self._search_query = ""
        self.search_bar.input.value = ""
        self.remove_class("-searching")
        self._search_anchor = None
        self._sync_bindings()
        self.search_note = ""
        if self.filter != self._before_search:
            self.apply_filter(self._before_search)
        self.article_list.focus()

    # ---------------------------------------------------------------- actions

    def action_clear_filter(self) -> None:
        """Remove the filter or search."""
        if self.has_class("-searching"):
            self._close_search()
            return
        if self.filter is not None:
            self.search_note = ""
            self._before_search = None
            self.apply_filter(None)
            self.article_list.focus()

    def action_back(self) -> None:
        """On a narrow terminal, go back to the list."""
        self._set_pane("list")
        self.article_list.focus()

    def _target(self) -> ArticleSummary | Article | None:
        if self.focused is self.article_list or self.article is None:
            return self.article_list.current
        return self.article

    def action_toggle_read(self) -> None:
        """Mark the highlighted (or open) article read or unread."""
        target = self._target()
        if target is None:
            return
        lst = self.article_list
        now_read = target.id not in lst.read_ids
        (lst.read_ids.add if now_read else lst.read_ids.discard)(target.id)
        self.state.mark(target.id, read=now_read)
        lst.refresh_marks()
        tell(self, "Marked read" if now_read else "Marked unread", timeout=1.5)

    def action_toggle_star(self) -> None:
        """Star or unstar the highlighted (or open) article."""
        target = self._target()
        if target is None:
            return
        lst = self.article_list
        now = target.id not in lst.starred_ids
        (lst.starred_ids.add if now else lst.starred_ids.discard)(target.id)
        self.state.mark(target.id, starred=now)
        lst.refresh_marks()
        tell(self, "Starred" if now else "Star removed", timeout=1.5)

    def _visible_panes(self) -> list[str]:
        panes = ["list", "reader"]
        if self.has_class("-narrow") or self.sidebar_shown:
            panes.append("sidebar")
        return panes

    @property
    def sidebar_shown(self) -> bool:
        """Whether the people and places pane is on screen (or would be, on a narrow terminal)."""
        if self._sidebar_choice is not None:
            return self._sidebar_choice
        return self.has_class("-wide")

    def action_focus_pane(self, step: int) -> None:
        """Move to the next (1) or previous (-1) pane."""
        panes = self._visible_panes()
        widgets = {"list": self.article_list, "reader": self.reading_pane, "sidebar": self.sidebar}
        current = next((p for p, w in widgets.items() if w is self.focused), self._pane)
        if current not in panes:
            current = "list"
        pane = panes[(panes.index(current) + step) % len(panes)]
        if self.has_class("-searching"):
            self.remove_class("-searching")
            self._search_anchor = None
            self._sync_bindings()
        self._set_pane(pane)
        widgets[pane].focus()

    def action_toggle_sidebar(self) -> None:
        """Show or hide the people and places pane."""
        if self.has_class("-narrow"):
            pane = "list" if self._pane == "sidebar" else "sidebar"
            self._set_pane(pane)
            (self.sidebar if pane == "sidebar" else self.article_list).focus()
            return
        self._sidebar_choice = not self.sidebar_shown
        self.set_class(self._sidebar_choice, "-show-sidebar")
        self.set_class(not self._sidebar_choice, "-hide-sidebar")
        if not self._sidebar_choice and self.focused is self.sidebar:
            self.article_list.focus()

    def _set_pane(self, pane: str) -> None:
        changed = pane != self._pane
        self._pane = pane
        for name in ("list", "reader", "sidebar"):
            self.set_class(name == pane, f"-pane-{name}")
        if changed:
            self._sync_bindings(force=True)

    def on_descendant_focus(self, event: Any) -> None:
        widget = event.widget
        for name, w in (
            ("list", self.article_list),
            ("reader", self.reading_pane),
            ("sidebar", self.sidebar),
        ):
            if widget is w:
                self._set_pane(name)
