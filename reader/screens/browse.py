"""Provides :class:`BrowseScreen`: the list, the open article, its people and places, filters.

The screen mediates ("attributes down, messages up"): the list and the
sidebar post messages; the screen asks the store and :mod:`reader.views`,
then sets what each pane shows.  Widgets never talk to each other or to the
store's writer.  Search as you type is added on top of this by
:class:`reader.screens.searching.SearchingScreen`; :class:`reader.screens.main.MainScreen`
composes the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.worker import get_current_worker

from reader.entities import article_text
from reader.models import Article, ArticleSummary, Entity, Span
from reader.screens.panes import PaneScreen
from reader.search import NAMES_LOCK
from reader.store import StoreError
from reader.textsafe import one_line
from reader.threads import not_waited_for
from reader.views import (
    PAGE_SIZE,
    ArchiveRows,
    DocnoRows,
    ListFilter,
    PagedRows,
    Painter,
    StateWriter,
    article_entities,
    articles_about,
    entity_label,
    filter_key,
    hit_ranges,
    top_entities,
)
from reader.views.counts import unread_among
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.painting import tell
from reader.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.entities import ExtractionResult
    from reader.search import SearchResult
    from reader.store.api import ArticleReader
    from reader.views.days import DayLines

POLL_INTERVAL = 2.0
"""Seconds between looks for articles another process committed."""
ARCHIVE_TOP = 30
"""Entities of each section listed in the sidebar's archive view."""
WELCOME = (
    "Welcome to Khabar. The store is empty: press i to import article files or a "
    "folder (text, Markdown, HTML, JSON, RSS and Atom feeds). Press ? for every key."
)
"""The reading pane's message on an empty store."""


class BrowseScreen(PaneScreen):
    """Browsing: the whole archive or a filter's articles, one open, its people and places."""

    def __init__(
        self,
        store: ArticleReader,
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
        """Seconds between looks for other processes' commits (0: never)."""
        self.filter: ListFilter | None = None
        """What the list is narrowed to (None: the whole archive)."""
        self.article: Article | None = None
        """The article open in the reading pane."""
        self.entities: list[Entity] = []
        """People and places of the open article."""
        self.spans: tuple[Span, ...] = ()
        """Their mentions in it."""
        self.found: tuple[list[Entity], tuple[Span, ...]] = ([], ())
        """The open article's entities and mentions as the extractor found them (before the
        user's corrections, which :meth:`apply_corrections` maps them through)."""
        self.search_note = ""
        """How the current search was understood."""
        self._archive_cache: tuple[int, list[Entity]] | None = None
        self._shown_generation: int | None = None
        """The store generation the list was last read at (see :meth:`poll_store`)."""

    @property
    def status(self) -> StatusBar:
        """The status line."""
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        self.set_pane("list")
        lst = self.article_list
        try:
            read, starred = self.store.marks()
        except StoreError as exc:
            tell(self, str(exc), severity="error", timeout=10)
            read, starred = set(), set()
        lst.read_ids, lst.starred_ids = read, starred
        self.sidebar.show_entities([], archive=False)
        try:
            self._shown_generation = self.store.generation
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
        self.call_after_refresh(self.list_shown)

    def list_shown(self) -> None:
        """Called once the list is first on screen (a subclass starts its background loads)."""

    def _restore_last_open(self) -> None:
        lst = self.article_list
        if not lst.count:
            self.reading_pane.empty_message = WELCOME
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

    def _rows_for(self, flt: ListFilter | None, result: SearchResult | None = None) -> PagedRows:
        if flt is None:
            return ArchiveRows(self.store)
        if flt.kind == "entity":
            return DocnoRows(self.store, articles_about(self.store, flt.key))
        if result is None:
            from reader.search import search

            lst = self.article_list
            result = search(self.store, flt.key, limit=PAGE_SIZE, reading=flt.reading,
                            marks=(set(lst.read_ids), set(lst.starred_ids)))
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
        self.article_list.show_rows(rows, keep_id=keep_id, keep=keep, empty_message=empty,
                                    days=self.day_lines_for(rows))
        self._update_status()

    def day_lines_for(self, rows: PagedRows) -> DayLines | None:
        """Day headers for the list's ``rows`` (none here; see the archive screen)."""
        return None

    def filter_clearable(self) -> bool:
        """Whether there is a filter for x (and the status bar's ✕) to clear."""
        return self.filter is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            # Hidden (and Escape left to "back") when there is nothing to clear.
            return self.filter_clearable()
        return super().check_action(action, parameters)

    def bindings_state(self) -> tuple[bool, ...]:
        return (self.filter_clearable(), *super().bindings_state())

    def _update_status(self) -> None:
        self.sync_bindings()
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
            note=self.status_note(),
            unread=self.unread_count(),
        )

    def status_note(self) -> str:
        """What the status line adds on the right (how a search was read; subclasses add)."""
        flt = self.filter
        return self.search_note if flt is not None and flt.kind == "search" else ""

    def unread_count(self) -> int | None:
        """Unread articles among those listed (None until the archive's ids are loaded)."""
        rows = self.article_list.rows
        if rows is None:
            return None
        return unread_among(self.store, getattr(rows, "docnos", None), self.article_list.read_ids)

    def apply_filter(
        self,
        flt: ListFilter | None,
        result: SearchResult | None = None,
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
        # Compared with what the list shows, not only refresh()'s answer: any read in
        # between (the unread count's loader, the palette's sources) may have moved the
        # store to the new commit already, and the list would then never be reloaded.
        if not changed and self.store.generation == self._shown_generation:
            return
        self._shown_generation = self.store.generation
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
        elif self.article is not None:
            self.apply_corrections(changed=True)  # the corrections may be what changed
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
        self.entities, self.spans, self.found = [], (), ([], ())
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
    def _analyse(article: Article) -> ExtractionResult:
        from reader.entities import extract

        result: ExtractionResult = extract(article.title, article.body, article.language,
                                           article.date)
        return result

    @work(thread=True, exclusive=True, group="analyse")
    def _analyse_in_background(self, article: Article) -> None:
        not_waited_for()  # nothing to keep once the app quits
        with NAMES_LOCK:
            result = self._analyse(article)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._analysed, article, result)

    def _analysed(self, article: Article, result: ExtractionResult) -> None:
        if article is not self.article:
            return
        self.found = (list(result.entities), tuple(result.spans))
        self.apply_corrections()

    def apply_corrections(self, *, changed: bool = False) -> None:
        """Show the open article's entities as the user's corrections make them.

        ``changed``: the corrections just changed; the archive view is redrawn
        too, and the sidebar keeps its cursor where it was.
        """
        if self.article is not None:
            try:
                self.entities, self.spans = article_entities(self.store, self.article,
                                                             *self.found)
            except StoreError as exc:
                tell(self, str(exc), severity="error")
                self.entities, self.spans = self.found
        cursor = self.sidebar.cursor
        if self.sidebar.archive and changed:
            self._show_archive_entities()
        elif not self.sidebar.archive:
            self.sidebar.show_entities(self.entities, archive=False)
        if changed:
            self.sidebar.cursor = cursor
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

    def choose_article(self, summary: ArticleSummary) -> None:
        """An article was chosen in the list: open it (alone on screen when narrow)."""
        self.open_article(summary)
        if self.has_class("-narrow"):
            self.set_pane("reader")
            self.reading_pane.focus()

    @on(ArticleList.Selected)
    def _selected(self, event: ArticleList.Selected) -> None:
        event.stop()
        self.choose_article(event.summary)

    @on(EntitySidebar.Picked)
    def _picked(self, event: EntitySidebar.Picked) -> None:
        event.stop()
        self.filter_by_entity(event.entity)
        if self.has_class("-narrow"):
            self.set_pane("list")

    @on(EntitySidebar.ArchiveToggled)
    def _archive_toggled(self, event: EntitySidebar.ArchiveToggled) -> None:
        event.stop()
        if event.archive:
            self._show_archive_entities()
        else:
            self.sidebar.show_entities(self.entities, archive=False)

    # ---------------------------------------------------------------- actions

    def action_clear_filter(self) -> None:
        """Remove the filter."""
        if self.filter is not None:
            self.search_note = ""
            self.apply_filter(None)
            self.article_list.focus()

    def _target(self) -> ArticleSummary | Article | None:
        """What m, s and the other article keys act on: the highlighted row when the list has
        focus (or nothing is open), else the open article."""
        if self.focused is self.article_list or self.article is None:
            return self.article_list.current
        return self.article

    def target_name(self, target: ArticleSummary) -> str:
        """How a notification names the article a key acted on (which one, and its title)."""
        which = "open article" if target is self.article else "highlighted article"
        title = one_line(target.title or target.id, 40)
        return f"{which}: {title}"

    def action_toggle_read(self) -> None:
        """Mark the highlighted (or open) article read or unread."""
        self._toggle(self.article_list.read_ids, ("Marked read", "Marked unread"),
                     lambda article_id, now: self.state.mark(article_id, read=now))

    def action_toggle_star(self) -> None:
        """Star or unstar the highlighted (or open) article."""
        self._toggle(self.article_list.starred_ids, ("Starred", "Star removed"),
                     lambda article_id, now: self.state.mark(article_id, starred=now))

    def _toggle(
        self, ids: set[str], said: tuple[str, str], save: Callable[[str, bool], None]
    ) -> None:
        """Add the target article to ``ids`` or take it out; save that, and say which."""
        target = self._target()
        if target is None:
            return
        now = target.id not in ids
        (ids.add if now else ids.discard)(target.id)
        save(target.id, now)
        self.article_list.refresh_marks()
        tell(self, f"{said[0] if now else said[1]} ({self.target_name(target)})", timeout=2.5)
        self._update_status()
