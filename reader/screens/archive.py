"""Provides :class:`ArchiveScreen`: views, orders, links, deleting with undo, exports, positions.

What a daily reader of an archive does besides reading and searching, on top
of :class:`reader.screens.correcting.CorrectingScreen` (search and corrections):

- views: unread only (``U``), starred only (``*``), one source (the palette),
  the search's own filters toggled in the query (:mod:`reader.views.ordering`);
- orders: newest first, by source, or by relevance for a search (``O``);
- links: ``o`` opens the article's address in the browser, ``y`` copies it
  (OSC 52); the reading pane hyperlinks it (OSC 8);
- ``d`` deletes an article from view (a tombstone in the user state, see
  :mod:`reader.store.state`), ``u`` brings it back;
- ``e`` exports the open article or the list to a file (:mod:`reader.export`);
- the reading position of each article is remembered and restored.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.css.query import NoMatches
from textual.worker import get_current_worker

from reader.models import Article, ArticleSummary
from reader.screens.correcting import CorrectingScreen
from reader.screens.searching import SearchRequest
from reader.store import StoreError
from reader.textsafe import one_line
from reader.views import DocnoRows, ListFilter, PagedRows
from reader.views.article import link_target
from reader.views.days import UNDATED, DayLines, article_days
from reader.views.ordering import ORDERS, next_order, sort_docnos, source_filter, toggle_filter
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.painting import tell

if TYPE_CHECKING:
    from reader.search import SearchResult

EXPORT_LIMIT = 50_000
"""Articles at most in one export from the app (an archive's worth)."""


class ArchiveScreen(CorrectingScreen):
    """Searching plus views, orders, links, deleting, exports and reading positions."""

    order: str | None = None
    """The list's order (None: the usual one, newest first or a search's relevance)."""
    _undo: tuple[str, ...] = ()
    """Ids of the articles deleted in this session, the last one last (``u`` undoes)."""

    _deleted: set[str] | None = None

    day_headers = False
    """Whether the list, when newest first, has a header line before each day (``D``)."""

    # --------------------------------------------------------------- deleted

    @property
    def deleted_ids(self) -> set[str]:
        """Ids of the articles deleted from view (read from the store once)."""
        if self._deleted is None:
            try:
                self._deleted = self.store.deleted()
            except StoreError:
                self._deleted = set()
        return self._deleted

    def _searching(self, flt: ListFilter | None) -> bool:
        return flt is not None and flt.kind == "search"

    def _usual_order(self, flt: ListFilter | None) -> str:
        return "relevance" if self._searching(flt) else "date"

    def _order_for(self, flt: ListFilter | None) -> str:
        usual = self._usual_order(flt)
        order = self.order or usual
        return usual if order == "relevance" and usual != "relevance" else order

    def current_order(self) -> str:
        """The order the list is in."""
        return self._order_for(self.filter)

    def _rows_for(self, flt: ListFilter | None, result: SearchResult | None = None) -> PagedRows:
        rows = super()._rows_for(flt, result)
        order, usual = self._order_for(flt), self._usual_order(flt)
        deleted = self.deleted_ids
        if order == usual and not deleted:
            return rows
        from reader.search.filtering import facets

        found = facets(self.store)
        docnos = rows.docnos if isinstance(rows, DocnoRows) else found.newest_first
        if deleted:
            by_docno = found.by_docno
            docnos = [d for d in docnos if d not in by_docno or by_docno[d].id not in deleted]
        first = result.summaries if result is not None else None
        return DocnoRows(self.store, sort_docnos(self.store, docnos, order), first=first)

    def day_lines_for(self, rows: PagedRows) -> DayLines | None:
        """The list's day headers for ``rows`` (None when off, or not in date order)."""
        if not self.day_headers or not len(rows) or self.current_order() != "date":
            return None
        from reader.search.filtering import facets

        docnos = rows.docnos if isinstance(rows, DocnoRows) else facets(self.store).newest_first
        days = article_days(self.store)
        return DayLines([days.get(d, UNDATED) for d in docnos])

    def action_toggle_day_headers(self) -> None:
        """Day headers on or off (they show when the list is newest first)."""
        self.day_headers = not self.day_headers
        if not self.reshow(keep=self.article_list.current):
            return
        if not self.day_headers:
            tell(self, "Day headers off", timeout=2)
        elif self.current_order() == "date":
            tell(self, "Day headers on", timeout=2)
        else:
            tell(self, "Day headers on: they show when the list is newest first (O)", timeout=3)

    def unread_count(self) -> int | None:
        count = super().unread_count()
        if count is None and self.is_mounted:
            self._load_ids()  # after an import or a refresh: the count follows when loaded
        return count

    @work(thread=True, exclusive=True, group="article-ids")
    def _load_ids(self) -> None:
        from reader.search.filtering import facets

        try:
            facets(self.store)
        except StoreError:
            return  # the list says what is wrong when it is painted
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._ids_loaded)

    def _ids_loaded(self) -> None:
        # The screen may be going (the app quitting): then there is no status line to update.
        if self.is_mounted:
            with suppress(NoMatches):
                self._update_status()

    def status_note(self) -> str:
        note = super().status_note()
        order = self.current_order()
        if order != self._usual_order(self.filter):
            note = " · ".join(x for x in (f"sorted {ORDERS[order]}", note) if x)
        return note

    # ----------------------------------------------------------------- views

    def action_toggle_view(self, token: str) -> None:
        """Show only unread (``is:unread``) or starred (``is:starred``) articles, or all again."""
        flt = self.filter
        query = flt.key if flt is not None and flt.kind == "search" else ""
        self.run_query(toggle_filter(query, token))

    def show_source(self, source: str) -> None:
        """Show only one source's articles (the palette's "Show source" commands)."""
        flt = self.filter
        query = flt.key if flt is not None and flt.kind == "search" else ""
        self.run_query(toggle_filter(query, source_filter(source)))

    def run_query(self, query: str) -> None:
        """List what ``query`` finds, as ``reader search`` does (empty: every article)."""
        self._leave_search_field()
        query = query.strip()
        if not query:
            self.search_note = ""
            self.apply_filter(None)
            tell(self, "All articles", timeout=1.5)
            return
        self._search_query = query
        lst = self.article_list
        request = SearchRequest(query, False, None, (set(lst.read_ids), set(lst.starred_ids)))
        self._apply_search(query, self._search_locked(request), exact=True)
        self.search_bar.input.value = query
        tell(self, f"Showing {query} · {lst.count:,} article{'s' if lst.count != 1 else ''}",
             timeout=2)

    def reshow(self, *, keep_id: str | None = None, keep: ArticleSummary | None = None) -> bool:
        """List the current filter's articles again (in the current order, without the deleted
        ones), keeping an article highlighted; False when the store could not answer (said)."""
        try:
            rows = self._rows_for(self.filter)
        except StoreError as exc:
            tell(self, str(exc), severity="error")
            return False
        self._show_rows(rows, keep_id=keep_id, keep=keep)
        return True

    def action_cycle_order(self) -> None:
        """Sort by the next order (newest first, by source, by relevance for a search)."""
        self.order = next_order(self.current_order(), self._searching(self.filter))
        if self.reshow(keep=self.article_list.current):
            tell(self, f"Sorted {ORDERS[self.current_order()]}", timeout=2)

    # -------------------------------------------------------------- the pane

    def action_archive_names(self) -> None:
        """Switch the people and places pane between the article's names and the archive's."""
        sidebar = self.sidebar
        if self.has_class("-narrow"):
            self.set_pane("sidebar")
            sidebar.focus()
        elif not self.sidebar_shown:
            self.action_toggle_sidebar()
        archive = not sidebar.archive
        sidebar.action_toggle_archive()
        said = ("People and places: the archive's, by articles" if archive
                else "People and places: this article's")
        tell(self, said, timeout=2)

    @on(EntitySidebar.Highlighted)
    def _entry_highlighted(self, event: EntitySidebar.Highlighted) -> None:
        event.stop()
        self.status.show_hint(event.text)

    # ----------------------------------------------------------------- links

    def _link_of(self) -> tuple[ArticleSummary | Article, str] | None:
        target = self._target()
        if target is None:
            return None
        url = link_target(target.url)
        if url is None:
            said = "has no web address" if not target.url else "has no http(s) address to open"
            tell(self, f"The {self.target_name(target)} {said}", severity="warning")
            return None
        return target, url

    def action_open_link(self) -> None:
        """Open the article's address in the web browser."""
        found = self._link_of()
        if found is not None:
            self._open_in_browser(found[1])

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        import webbrowser

        try:
            browser = webbrowser.get()
            # A browser that runs in this terminal (lynx, w3m: webbrowser waits for it) would
            # draw over the app: only a browser of its own window is used.
            console = type(browser) is webbrowser.GenericBrowser
            opened = not console and browser.open(url, new=2)
        except webbrowser.Error:
            console, opened = False, False
        if opened:
            said = f"Opened in the browser: {one_line(url, 60)}"
        elif console:
            said = ("The web browser found runs in this terminal and would draw over the "
                    "reader; y copies the link")
        else:
            said = "No web browser was found to open the link (set BROWSER); y copies it"
        self.app.call_from_thread(tell, self, said, severity="information" if opened
                                  else "warning", timeout=4)

    def action_copy_link(self) -> None:
        """Copy the article's address to the clipboard through the terminal (OSC 52)."""
        found = self._link_of()
        if found is None:
            return
        self.app.copy_to_clipboard(found[1])
        tell(self, f"Copied the link of the {self.target_name(found[0])} (through the "
             "terminal, OSC 52: some terminals ask first or do not allow it)", timeout=4)

    # -------------------------------------------------------------- deleting

    def action_delete_article(self) -> None:
        """Delete the highlighted (or open) article from view; u brings it back."""
        target = self._target()
        if target is None:
            return
        name = self.target_name(target)
        self.deleted_ids.add(target.id)
        self._undo = (*self._undo, target.id)
        self.state.deleted([target.id], True)
        self._reshow_after_delete(target.id)
        tell(self, f"Deleted from view ({name}) · u brings it back", timeout=6)

    def _reshow_after_delete(self, article_id: str) -> None:
        lst = self.article_list
        cursor = lst.cursor
        if not self.reshow():
            return
        lst.cursor = min(cursor, max(0, lst.count - 1))
        if self.article is not None and self.article.id == article_id:
            summary = lst.current
            if summary is not None:
                self.open_article(summary)
            else:
                self.article = None
                self.reading_pane.show(None)

    def action_undo_delete(self) -> None:
        """Bring back the article deleted last."""
        undo = self._undo
        if not undo:
            tell(self, "Nothing deleted to bring back", timeout=2)
            return
        article_id = undo[-1]
        self._undo = undo[:-1]
        self.deleted_ids.discard(article_id)
        self.state.deleted([article_id], False)
        if self.reshow(keep_id=article_id):
            tell(self, "Brought back the article deleted last", timeout=3)

    # --------------------------------------------------------------- exports

    def action_export(self, fmt: str = "md", what: str | None = None) -> None:
        """Export to a file in the current folder: the open article from the reading pane (or
        ``what="article"``), the listed articles from the list (or ``what="list"``)."""
        if what is None:
            what = "list" if self.focused is self.article_list or self.article is None else (
                "article")
        if what == "article":
            if self.article is None:
                tell(self, "No article is open to export", severity="warning")
                return
            self._export([self.article.docno], fmt, "article")
            return
        rows = self.article_list.rows
        docnos = list(getattr(rows, "docnos", [])) if isinstance(rows, DocnoRows) else None
        if docnos is None:
            from reader.search.filtering import facets

            docnos = list(facets(self.store).newest_first)
        if not docnos:
            tell(self, "No articles listed to export", severity="warning")
            return
        self._export(docnos[:EXPORT_LIMIT], fmt, "articles")

    @work(thread=True, group="export")
    def _export(self, docnos: list[int], fmt: str, what: str) -> None:
        from reader.export import FORMATS, export_text, write_export

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = Path.cwd() / f"khabar-{what}-{stamp}.{fmt}"
        try:
            found = [self.store.article(d) for d in docnos]
            articles = [a for a in found if a is not None and a.id not in self.deleted_ids]
            write_export(path, export_text(articles, fmt))
        except (OSError, StoreError) as exc:
            said = f"Could not export to {path}: {one_line(str(exc), 120)}"
            self.app.call_from_thread(tell, self, said, severity="error", timeout=8)
            return
        many = f"{len(articles):,} article{'s' if len(articles) != 1 else ''}"
        said = f"Exported {many} as {FORMATS[fmt]} to {path}"
        self.app.call_from_thread(tell, self, said, timeout=8)

    # ------------------------------------------------------------- positions

    def open_article(self, summary: ArticleSummary) -> None:
        """Open an article where it was left (and remember where the last one was left)."""
        self.save_position()
        super().open_article(summary)
        article = self.article
        if article is None or article.id != summary.id:
            return
        try:
            offset = self.store.position(article.id)
        except StoreError:
            offset = None
        if offset:
            self._restore_position(article, offset, tries=20)

    def _restore_position(self, article: Article, offset: int, tries: int) -> None:
        if self.article is not article:
            return
        if not self.reading_pane.scroll_to_offset(offset) and tries > 0:
            # Not laid out yet (a first paint, a long article in the background).
            self.set_timer(0.05, lambda: self._restore_position(article, offset, tries - 1))

    def save_position(self) -> None:
        """Remember where the open article was left (its top is forgotten)."""
        article = self.article
        if article is None or not self.is_mounted:
            return
        offset = self.reading_pane.top_offset() or 0
        try:
            known = self.store.position(article.id) or 0
        except StoreError:
            known = 0
        if offset != known:
            self.state.position(article.id, offset)
