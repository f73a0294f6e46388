"""Provides the order of search results: by score (mentions), then newest first (no Textual).

Results are ranked by an int per article (score, then recency rank), which
makes ranking 10,000 results a few milliseconds; the recency ranks and the
ranked articles of recent entity searches are kept in the store's
:class:`reader.search.cache.SearchCache`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from reader.search.cache import cache_of, current_cache

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

RANKED_CACHE = 16
"""Ranked results remembered per store, by the entities searched (search as you type
names the same entity for many keystrokes: كازاخ, كازاخس ... كازاخستان)."""


def recency_ranks(store: ArticleReader, *, build: bool = False) -> list[int] | None:
    """Each docno's rank by recency (equal sort keys, equal ranks; unused docnos 0).

    Ranking by an int, not by the sort key string, makes a search of 10,000
    results a few milliseconds.  The ranks cost more than one search saves,
    so they are built at the second search on a store (or with ``build``; a
    one-off ``reader search`` never pays for them) and kept until the store's
    generation changes.  None: not built (yet).
    """
    cache = cache_of(store)
    if cache.recency is not None:
        return cache.recency
    if not cache.recency_asked and not build:
        cache.recency_asked = True  # asked once: built if asked again
        return None
    sorts = store.docmap()
    ranks = [0] * len(sorts)
    rank, previous = 0, ""
    for d in sorted(range(len(sorts)), key=sorts.__getitem__):
        key = sorts[d]
        if key != previous:
            rank += 1
            previous = key
        ranks[d] = rank if key else 0
    cache.recency = ranks
    return ranks


RANKS_WORTH = 1000
"""Results from which ranking asks for the recency ranks (below, sort keys are as quick)."""


def rank(store: ArticleReader, scores: dict[int, int]) -> list[int]:
    """Docnos by score, then newest first (ties in the order found)."""
    if not scores:
        return []
    cache = current_cache(store)
    built = cache is not None and cache.recency is not None
    ranks = recency_ranks(store) if built or len(scores) >= RANKS_WORTH else None
    if ranks is None:
        sorts = store.docmap()
        n = len(sorts)
        return sorted(scores, key=lambda d: (scores[d], sorts[d] if d < n else ""), reverse=True)
    n = len(ranks)
    # One int per article: score, then recency (docnos past the docmap rank 0, as "").
    step = n + 1
    keyed = {d: s * step + (ranks[d] if d < n else 0) for d, s in scores.items()}
    return sorted(keyed, key=keyed.__getitem__, reverse=True)


def ranked_about(store: ArticleReader, keys: tuple[str, ...]) -> list[int]:
    """Docnos of the articles about any of ``keys``, best first (a copy: the caller's to keep)."""
    cache = cache_of(store).ranked
    ranked = cache.get(keys)
    if ranked is None:
        scores: dict[int, int] = defaultdict(int)
        for key in keys:
            for docno, weight in store.postings("ent", key):
                scores[docno] += weight
        ranked = rank(store, scores)
        cache[keys] = ranked
        if len(cache) > RANKED_CACHE:
            cache.popitem(last=False)
    else:
        cache.move_to_end(keys)
    return list(ranked)
