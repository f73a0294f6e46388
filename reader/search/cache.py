"""Provides what search remembers per store, until the store's generation changes (no Textual).

Search as you type asks the same questions again and again (the same
prefixes while typing and deleting, the same entity for many keystrokes),
so their answers are kept: what a query names, the archive's own people as
name indexes, each docno's recency rank, ranked results, and each article's
id, date and source (filters).  They are kept
here, by store object (a weak reference: a store that is closed and dropped
takes its cache with it), never on the store itself; a commit (ours or
another process's, seen by ``store.refresh()``) changes the store's
generation, and the next question starts from an empty cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from reader.search.archive import ArchivePeople
    from reader.search.filtering import Facets
    from reader.search.names import NameIndex
    from reader.search.readings import Span
    from reader.store.api import ArticleReader


class SearchCache:
    """What search knows about one generation of one store."""

    def __init__(self, generation: int) -> None:
        self.generation = generation
        """The store generation these answers are true of."""
        self.understood: OrderedDict[tuple[tuple[str, ...], bool], tuple[Span, ...]] = (
            OrderedDict()
        )
        """(query words, prefix) -> the runs of words that name something (see
        :class:`reader.search.readings.NameReader`); least recently used first."""
        self.catalog_names: NameIndex | None = None
        """The archive's own people (see :func:`reader.search.indexes.catalog_names`)."""
        self.recency: list[int] | None = None
        """Each docno's recency rank (see :func:`reader.search.ranking.recency_ranks`)."""
        self.recency_asked = False
        """The ranks were asked for once (they are built when asked again)."""
        self.ranked: OrderedDict[tuple[str, ...], list[int]] = OrderedDict()
        """Entity keys searched -> docnos best first; least recently used first."""
        self.archive_people: ArchivePeople | None = None
        """The archive's own people by the words of their names (:mod:`reader.search.archive`)."""
        self.facets: Facets | None = None
        """Each article's id, date and source, for filters (:mod:`reader.search.filtering`)."""
        self.days: dict[int, str] | None = None
        """Each article's calendar day in the local zone (:mod:`reader.views.days`)."""
        self.sources: list[tuple[str, int]] | None = None
        """The archive's sources and their article counts (:mod:`reader.views.ordering`)."""


_CACHES: WeakKeyDictionary[ArticleReader, SearchCache] = WeakKeyDictionary()
_LOCK = threading.Lock()


def cache_of(store: ArticleReader) -> SearchCache:
    """The store's cache for its current generation (a new, empty one after a commit)."""
    generation = store.generation
    with _LOCK:
        cache = _CACHES.get(store)
        if cache is None or cache.generation != generation:
            cache = _CACHES[store] = SearchCache(generation)
        return cache


def current_cache(store: ArticleReader) -> SearchCache | None:
    """The store's cache if it is of the current generation, else None (nothing is made)."""
    cache = _CACHES.get(store)
    return cache if cache is not None and cache.generation == store.generation else None
