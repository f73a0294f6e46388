"""Provides search as you type on the main screen: the field, readings, and the list it filters.

:class:`SearchingScreen` is :class:`reader.screens.browse.BrowseScreen` (the
panes, filters, the open article) plus search: "/" opens the search field,
each keystroke searches, Enter keeps the results and opens the first,
Escape goes back to what was listed before.

While typing, each keystroke searches with ``prefix`` (the last word may be
the start of a name): a search that names something known takes a few
milliseconds and is done at once, so the letter and its results show in one
frame; the others (typo tolerance, words alone, phrases) go to a
:class:`reader.search.LatestWins` runner on a thread worker, where the latest
text typed wins.  Once typing pauses (:data:`SEARCH_SETTLE`), and at Enter,
the screen searches exactly as ``reader search`` does, and the preview line
offers the other readings of the query (Tab / Shift+Tab, or a click).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import on
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from reader.models import ArticleSummary
from reader.screens.browse import POLL_INTERVAL, BrowseScreen
from reader.search import NAMES_LOCK, LatestWins, SearchResult
from reader.store import StoreError
from reader.views import PAGE_SIZE, ListFilter, Painter, StateWriter
from reader.widgets.painting import tell
from reader.widgets.search_bar import SearchBar, SearchInput

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

SEARCH_DEBOUNCE = 0.0
"""Seconds of quiet typing before the list is filtered (0: search at each keystroke).

A search takes a few milliseconds, so none is waited for: each keystroke
searches at once, and keystrokes that come while a search runs are folded
into one search of the latest text (see :class:`reader.search.LatestWins`)."""
SEARCH_SETTLE = 0.3
"""Seconds of quiet typing after which the screen searches exactly as ``reader search`` does
(the text typed is then taken as whole words, and its other readings are offered)."""

Answer = SearchResult | StoreError
"""What a search gives the screen: its result, or why the store could not answer."""


@dataclass(frozen=True, eq=False)
class SearchRequest:
    """One search the screen asks for."""

    query: str
    """The text in the field."""
    prefix: bool = True
    """While typing (the last word may be the start of a name); False: as ``reader search``."""
    reading: str | None = None
    """The key of the reading asked for (None: the default)."""
    marks: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    """Read and starred ids as the list shows them (for ``is:`` filters)."""


@dataclass
class SearchDone(Message):
    """A background search finished (posted from its thread)."""

    request: SearchRequest
    """What was searched."""
    result: Answer
    """What it found."""


class SearchingScreen(BrowseScreen):
    """Browsing plus search as you type (the subclass composes the search bar)."""

    def __init__(
        self,
        store: ArticleReader,
        painter: Painter,
        state: StateWriter,
        *,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        super().__init__(store, painter, state, poll_interval=poll_interval)
        self._before_search: ListFilter | None = None
        self._search_timer: Timer | None = None
        self._settle_timer: Timer | None = None
        self._search_query = ""
        self._reading: str | None = None
        """The key of the reading picked for the text in the field (None: the default)."""
        self._settled: SearchResult | None = None
        """The exact result (as ``reader search``) for the text in the field, once known."""
        self._searches: LatestWins[SearchRequest, Answer] = LatestWins(
            self._search_locked, self._searched, start=self._start_search_worker
        )
        """Searches that are not quick: one at a time, the latest text wins."""
        self._search_anchor: ArticleSummary | None = None
        """The article highlighted when the search field opened."""

    @property
    def search_bar(self) -> SearchBar:
        """The search field and its preview."""
        return self.query_one(SearchBar)

    @property
    def settled_search(self) -> SearchResult | None:
        """The exact result (as ``reader search`` gives) for the text in the search field,
        once typing paused or Enter was pressed; None before."""
        return self._settled

    # ------------------------------------------------- the browse screen's keys

    def filter_clearable(self) -> bool:
        return super().filter_clearable() or self.has_class("-searching")

    def choose_article(self, summary: ArticleSummary) -> None:
        if self.has_class("-searching"):
            self._search_anchor = summary  # chosen while searching: keep it highlighted
        super().choose_article(summary)

    def action_focus_pane(self, step: int) -> None:
        """Move to the next (1) or previous (-1) pane (the search field closes; results stay)."""
        self._leave_search_field()
        super().action_focus_pane(step)

    def action_clear_filter(self) -> None:
        """Remove the filter or search."""
        if self.has_class("-searching"):
            self._close_search()
            return
        if self.filter is not None:
            self._before_search = None
        super().action_clear_filter()

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
        self.sync_bindings()
        if self.filter is not None and self.filter.kind == "search":
            reading = self.filter.reading
            field.value = self.filter.key
            self._reading = reading  # the reading picked before stays picked
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
        self._reading = None
        self._settled = None
        self.search_bar.show_preview(value, "")
        self._stop_timer()
        if SEARCH_DEBOUNCE > 0:
            self._search_timer = self.set_timer(SEARCH_DEBOUNCE, self._start_search)
        else:
            self._start_search()

    def _stop_timer(self) -> None:
        for timer in (self._search_timer, self._settle_timer):
            if timer is not None:
                timer.stop()
        self._search_timer = self._settle_timer = None

    def _request(self, *, prefix: bool) -> SearchRequest:
        lst = self.article_list
        return SearchRequest(self._search_query, prefix, None if prefix else self._reading,
                             (set(lst.read_ids), set(lst.starred_ids)))

    def _start_search(self) -> None:
        self._search_timer = None
        query = self._search_query
        if not query.strip():
            self._searches.drop_waiting()
            self.search_note = ""
            self.apply_filter(self._before_search)
            return
        self._settle_timer = self.set_timer(SEARCH_SETTLE, self._settle)
        request = self._request(prefix=True)
        result = self._search_now(request)
        if result is not None:
            self._searches.drop_waiting()  # what waited is overtaken
            self._apply_search(request.query, result)
            return
        self._searches.submit(request)

    def _settle(self) -> None:
        """Typing paused: search the text as ``reader search`` does (in the background)."""
        self._settle_timer = None
        if self._search_query.strip() and self.has_class("-searching"):
            self._searches.submit(self._request(prefix=False))

    def _search_now(self, request: SearchRequest) -> Answer | None:
        """The result at once when it is quick (the query names something), else None.

        Then the letter typed and the results it gives are painted in one
        frame; the background search would deliver them a frame later.
        """
        from reader.search import search_is_quick

        if not NAMES_LOCK.acquire(blocking=False):
            return None  # the background search or the warm-up is busy with the indexes
        try:
            if not search_is_quick(self.store, request.query, prefix=request.prefix):
                return None
            return self._search(request)
        except StoreError as exc:
            return exc
        finally:
            NAMES_LOCK.release()

    def _search(self, request: SearchRequest) -> SearchResult:
        from reader.search import search

        return search(self.store, request.query, prefix=request.prefix, limit=PAGE_SIZE,
                      reading=request.reading, marks=request.marks)

    def _search_locked(self, request: SearchRequest) -> Answer:
        """Search holding :data:`reader.search.NAMES_LOCK` (on the runner's thread, or at Enter)."""
        with NAMES_LOCK:
            try:
                return self._search(request)
            except StoreError as exc:
                return exc

    def _searched(self, request: SearchRequest, result: Answer) -> None:
        self.post_message(SearchDone(request, result))

    def _start_search_worker(self, job: Callable[[], None]) -> object:
        return self.run_worker(job, name="search", group="search", thread=True)

    @on(SearchDone)
    def _search_done(self, event: SearchDone) -> None:
        event.stop()
        request = event.request
        if request.query != self._search_query or not self.has_class("-searching"):
            return  # typing went on, or the search was closed
        if request.prefix and self._settled is not None:
            return  # the exact result came first: it stands
        if not request.prefix and request.reading != self._reading:
            return  # another reading was picked since
        self._apply_search(request.query, event.result, exact=not request.prefix)

    def _apply_search(self, query: str, result: Answer, *, exact: bool = False,
                      open_first: bool = False) -> None:
        """Show a search's result: ``exact`` when searched as ``reader search`` does."""
        if isinstance(result, StoreError):
            tell(self, str(result), severity="error")
            return
        if exact:
            self._settled = result
            self._reading = result.chosen.key if result.chosen is not None else None
        self.search_note = result.interpretation
        flt = ListFilter("search", query.strip(), query.strip(),
                         tuple(t.key for t in result.targets), result.mode,
                         reading=self._reading if exact else None, words=result.words)
        self._show_search_preview(query, result, exact=exact)
        # While typing, the article highlighted when the search opened stays
        # highlighted whenever it is among the results, whatever the letters
        # before listed (nothing, or other articles).
        self.apply_filter(flt, result, open_first=open_first, keep=self._search_anchor)

    def _show_search_preview(self, query: str, result: SearchResult, *, exact: bool) -> None:
        if result.mode == "error":
            self.search_bar.show_preview(query, result.interpretation)
            return
        said = result.interpretation
        if not result.docnos:
            found = "nothing found"
            if result.unfiltered:  # first: the filters' description may be cut short
                found += f", {result.unfiltered:,} without the filters"
            said = found + (f" ({said})" if said else "")
        labels = [r.label for r in result.readings] if exact and len(result.readings) > 1 else []
        self.search_bar.show_preview(query, said, readings=labels, chosen=result.reading,
                                     suggestions=result.suggestions if exact else ())

    # ------------------------------------------------------------- readings

    @on(SearchInput.ReadingStep)
    def _reading_step(self, event: SearchInput.ReadingStep) -> None:
        event.stop()
        settled = self._settle_now()
        if settled is not None and settled.readings:
            self.action_pick_reading((settled.reading + event.step) % len(settled.readings))

    def _settle_now(self) -> SearchResult | None:
        """The exact result for the text in the field, searched now if it is not known yet."""
        if self._settled is None and self._search_query.strip():
            self._stop_timer()
            self._searches.drop_waiting()
            request = self._request(prefix=False)
            self._apply_search(request.query, self._search_locked(request), exact=True)
        return self._settled

    def action_pick_reading(self, index: int) -> None:
        """Search the text in the field by its reading ``index`` (a click in the preview line)."""
        settled = self._settle_now()
        if settled is None or not 0 <= index < len(settled.readings):
            return
        self._reading = settled.readings[index].key
        self._settled = None
        request = self._request(prefix=False)
        self._apply_search(request.query, self._search_locked(request), exact=True)

    def action_use_suggestion(self, index: int) -> None:
        """Search for one of the closest names offered when nothing was found (a click)."""
        from reader.search.suggest import label_name

        settled = self._settled
        if settled is None or not 0 <= index < len(settled.suggestions):
            return
        field = self.search_bar.input
        field.value = label_name(settled.suggestions[index])
        field.cursor_position = len(field.value)
        self.set_focus(field)

    # -------------------------------------------------------------- closing

    @on(SearchInput.Accepted)
    def _accepted(self, event: SearchInput.Accepted) -> None:
        event.stop()
        self._stop_timer()
        self._searches.drop_waiting()
        self.remove_class("-searching")
        self._search_anchor = None
        self.sync_bindings()
        query = event.value
        if not query.strip():
            self.search_note = ""
            self.apply_filter(self._before_search)
        else:
            self._search_query = query
            request = self._request(prefix=False)
            self._apply_search(query, self._search_locked(request), exact=True, open_first=True)
        self.set_pane("list")
        self.article_list.focus()

    @on(SearchInput.Cancelled)
    def _cancelled(self, event: SearchInput.Cancelled) -> None:
        event.stop()
        self._close_search()

    def _leave_search_field(self) -> None:
        """Close the field, keeping what it listed."""
        if self.has_class("-searching"):
            self.remove_class("-searching")
            self._search_anchor = None
            self.sync_bindings()

    def _close_search(self) -> None:
        self._stop_timer()
        self._searches.drop_waiting()  # a running search's result is ignored
        self._search_query = ""
        self._reading = None
        self._settled = None
        self.search_bar.input.value = ""
        self.remove_class("-searching")
        self._search_anchor = None
        self.sync_bindings()
        self.search_note = ""
        if self.filter != self._before_search:
            self.apply_filter(self._before_search)
        self.article_list.focus()
