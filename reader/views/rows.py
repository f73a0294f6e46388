"""Provides the article list as a paged, lazily fetched sequence of rows (no Textual).

30,000 rows cost one page at start, not 30,000: :class:`ArchiveRows` reads
the archive newest first from ``store.latest``, :class:`DocnoRows` a filter's
or a search's docnos from ``store.summaries``, a page at a time, keeping the
pages last used.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.models import ArticleSummary

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

PAGE_SIZE = 100
"""Rows fetched from the store at a time."""
MAX_PAGES = 64
"""Pages kept in memory per view (least recently used dropped)."""


class PagedRows:
    """Rows fetched a page at a time and kept in a small LRU cache (subclasses say how to fetch)."""

    def __init__(self, store: ArticleReader, count: int, page_size: int = PAGE_SIZE) -> None:
        self.store = store
        """The article store rows come from."""
        self.count = count
        """How many rows the view has."""
        self.page_size = page_size
        """Rows per page."""
        self._pages: OrderedDict[int, list[ArticleSummary | None]] = OrderedDict()

    def __len__(self) -> int:
        return self.count

    def fetch(self, page: int) -> list[ArticleSummary | None]:
        """Read the rows of page ``page`` from the store (None for a row gone from it)."""
        raise NotImplementedError

    def row(self, index: int) -> ArticleSummary | None:
        """The summary at ``index`` (None when out of range or gone from the store)."""
        if index < 0 or index >= self.count:
            return None
        page, at = divmod(index, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            rows = self.fetch(page)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[at] if at < len(rows) else None

    def index_of(self, article_id: str) -> int | None:
        """Position of an article in this view, or None."""
        raise NotImplementedError

    def index_of_summary(self, summary: ArticleSummary) -> int | None:
        """Position of a listed article in this view, or None (by docno when that tells)."""
        return self.index_of(summary.id)


class ArchiveRows(PagedRows):
    """The whole archive, newest first, read from ``store.latest`` a page at a time."""

    def __init__(self, store: ArticleReader, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, store.count(), page_size)

    def fetch(self, page: int) -> list[ArticleSummary | None]:
        return list(self.store.latest(self.page_size, page * self.page_size))

    def index_of(self, article_id: str) -> int | None:
        docno = docno_of(self.store, article_id)
        if docno is None:
            return None
        sorts = self.store.docmap()
        if docno >= len(sorts) or not sorts[docno]:
            return None
        mine = sorts[docno]
        # The list is ordered by sort key, newest (largest) first.
        return sum(1 for s in sorts if s > mine)


class DocnoRows(PagedRows):
    """A filtered or searched list: docnos in the order given, summaries fetched by page."""

    def __init__(self, store: ArticleReader, docnos: Sequence[int], page_size: int = PAGE_SIZE,
                 first: Sequence[ArticleSummary] | None = None) -> None:
        super().__init__(store, len(docnos), page_size)
        self.docnos = list(docnos)
        """The articles shown, in order."""
        self._position: dict[int, int] | None = None
        if first is not None:
            # The first page, already fetched (by the search, off the UI thread).
            wanted = self.docnos[:page_size]
            found = {s.docno: s for s in first}
            if all(d in found for d in wanted):
                self._pages[0] = [found[d] for d in wanted]

    def fetch(self, page: int) -> list[ArticleSummary | None]:
        wanted = self.docnos[page * self.page_size : (page + 1) * self.page_size]
        found = {s.docno: s for s in self.store.summaries(wanted)}
        return [found.get(d) for d in wanted]

    def index_of(self, article_id: str) -> int | None:
        docno = docno_of(self.store, article_id)
        return None if docno is None else self._index_of_docno(docno)

    def index_of_summary(self, summary: ArticleSummary) -> int | None:
        return self._index_of_docno(summary.docno)

    def _index_of_docno(self, docno: int) -> int | None:
        if self._position is None:
            self._position = {d: i for i, d in enumerate(self.docnos)}
        return self._position.get(docno)


def docno_of(store: ArticleReader, article_id: str) -> int | None:
    """The docno of the article ``article_id`` names, or None when the store does not know it."""
    from reader.store import StoreError

    try:
        return int(store.resolve(article_id))
    except StoreError:
        return None
