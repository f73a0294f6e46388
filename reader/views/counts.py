"""Provides the unread count of what the list shows (no Textual).

Counting needs every listed article's id; the search's facets hold them
(:func:`reader.search.filtering.facets`, read once per store generation by the
warm-up).  Until they are loaded the count is not known (None), so the status
line never waits for the whole list to be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.search.cache import cache_of

if TYPE_CHECKING:
    from reader.store.api import ArticleReader


def unread_among(
    store: ArticleReader, docnos: Iterable[int] | None, read_ids: set[str]
) -> int | None:
    """How many of ``docnos`` (None: the whole archive) are not in ``read_ids``.

    None when the archive's ids are not loaded yet.
    """
    facets = cache_of(store).facets
    if facets is None:
        return None
    by_docno = facets.by_docno
    listed = facets.newest_first if docnos is None else docnos
    return sum(1 for d in listed if d in by_docno and by_docno[d].id not in read_ids)
