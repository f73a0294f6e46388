"""Provides the filters of a search: by source, by dates, read or starred (no Textual).

Filters need each article's id, date and source: :class:`Facets` holds them
for every article of one store generation (read from the list shards once,
then kept in :class:`reader.search.cache.SearchCache`), newest first, so that
a query of filters alone lists its articles in the list's order.  Read
marks and stars are not in the store's generation (they change without a
commit): they are asked for at each search.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.entities.normalize import fold
from reader.search.cache import cache_of
from reader.search.syntax import Filters, in_dates

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

Marks = tuple[set[str], set[str]]
"""Ids of the articles read, and of those starred."""


@dataclass(frozen=True, slots=True)
class Facet:
    """What filters look at in one article."""

    id: str
    date: str | None
    source: str
    """Folded source ("" when unknown)."""


@dataclass
class Facets:
    """Every article's :class:`Facet`, by docno, and the docnos newest first."""

    by_docno: dict[int, Facet]
    newest_first: list[int]


def facets(store: ArticleReader) -> Facets:
    """The store's facets, read once per generation."""
    cache = cache_of(store)
    if cache.facets is None:
        rows = store.latest()
        cache.facets = Facets(
            {s.docno: Facet(s.id, s.date, fold(s.source or "")) for s in rows},
            [s.docno for s in rows],
        )
    return cache.facets


def dated(store: ArticleReader, docnos: Iterable[int]) -> dict[int, str | None]:
    """The date of each docno (None: undated or unknown)."""
    by_docno = facets(store).by_docno
    return {d: (by_docno[d].date if d in by_docno else None) for d in docnos}


def keep(store: ArticleReader, docnos: list[int], filters: Filters,
         marks: Marks | None = None) -> list[int]:
    """The docnos that pass ``filters``, in the order given.

    Args:
        store: The article store.
        docnos: Candidates, best first.
        filters: What they must be.
        marks: Read and starred ids (read from the store when None and needed).
    """
    if not filters.active:
        return docnos
    if filters.needs_marks and marks is None:
        marks = store.marks()
    read, starred = marks if marks is not None else (set(), set())
    by_docno = facets(store).by_docno

    def passes(f: Facet) -> bool:
        if filters.sources and not any(s in f.source for s in filters.sources):
            return False
        if not in_dates(f.date, filters.after, filters.before):
            return False
        if filters.read is not None and (f.id in read) != filters.read:
            return False
        return filters.starred is None or (f.id in starred) == filters.starred

    return [d for d in docnos if d in by_docno and passes(by_docno[d])]


def everything(store: ArticleReader) -> list[int]:
    """Every docno, newest first (what a query of filters alone starts from)."""
    return list(facets(store).newest_first)
