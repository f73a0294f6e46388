"""Provides the search itself: what a query names, and the articles about it (no Textual).

A query is first read as the name of something (:func:`understand`: the
gazetteer's index, then the archive's own people, then prefixes when typing,
then small typos); a query that names nothing falls back to full text over
light stems.  :func:`search_is_quick` tells the app when a search is a few
milliseconds (then it searches at once, on the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.entities.normalize import light_stem
from reader.models import ArticleSummary
from reader.search.cache import cache_of
from reader.search.indexes import (
    catalog_names,
    catalog_names_loaded,
    gazetteer_index,
    gazetteer_loaded,
    gazetteer_lookup,
)
from reader.search.names import Target, query_words
from reader.search.ranking import rank, ranked_about, recency_ranks

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

UNDERSTOOD_CACHE = 512
"""Queries whose understanding is remembered per store (search as you type)."""


@dataclass
class SearchResult:
    """Ranked articles for a query, and how the query was understood."""

    query: str
    """The query, stripped."""
    docnos: list[int]
    """Every matching article, best first."""
    summaries: list[ArticleSummary]
    """List records of the first ``limit`` matches (all when no limit)."""
    targets: list[Target] = field(default_factory=list)
    """The entities searched for (empty for a full-text search)."""
    mode: str = "none"
    """``entity``, ``text`` or ``none`` (empty query)."""

    @property
    def interpretation(self) -> str:
        """One line saying what was searched."""
        if self.mode == "entity":
            return "about " + ", ".join(t.label for t in self.targets)
        if self.mode == "text":
            return f"full text: {self.query}"
        return ""


def understand(store: ArticleReader, query: str, *, prefix: bool = False) -> list[Target]:
    """What a query names: known leaders, places, nationalities or archive people.

    Args:
        store: The article store (its catalog adds people the data files lack).
        query: What the user typed.
        prefix: Also accept names that start with the query (search as you type).
    """
    words = query_words(query)
    if not words:
        return []
    return _understood(store, words, prefix, fuzzy=True) or []


def _understood(
    store: ArticleReader, words: list[str], prefix: bool, *, fuzzy: bool
) -> list[Target] | None:
    """:func:`understand`, remembered; without ``fuzzy``, None when only typos could tell."""
    # Typing and deleting goes over the same prefixes again: remember them.
    cache = cache_of(store).understood
    key = (tuple(words), prefix)
    known = cache.get(key)
    if known is not None:
        cache.move_to_end(key)
        return list(known)
    found = _understand(store, words, prefix, fuzzy=fuzzy)
    if not found and not fuzzy:
        return None  # not remembered: typo tolerance may still find something
    cache[key] = tuple(found)
    if len(cache) > UNDERSTOOD_CACHE:
        cache.popitem(last=False)
    return found


def _understand(
    store: ArticleReader, words: list[str], prefix: bool, *, fuzzy: bool = True
) -> list[Target]:
    found = gazetteer_lookup(words)
    if found:
        # Most queries name a known leader or place: the archive's own people
        # (reading and indexing the catalog, half a second at 30,000
        # articles) are only needed when the data files miss.
        return found
    indexes = [gazetteer_index(), catalog_names(store)]
    found = indexes[1].lookup(words)
    if found:
        return found
    text = " ".join(words)
    if prefix and len(text) >= 2:
        found = []
        for index in indexes:
            found += index.prefixed(text)
        if found:
            return found
    if not fuzzy:
        return []
    for index in indexes:
        found = index.fuzzy(text)
        if found:
            return found
    return []


def prepare(store: ArticleReader) -> None:
    """Load what search as you type needs, so that the first keystrokes are as fast as the rest.

    The name indexes (gazetteer and the archive's people), the recency ranks
    and the list records (a result page may name an article of any list
    shard).  The app calls it in the background at start.
    """
    gazetteer_index()
    understand(store, "warm up", prefix=True)  # the archive's people, typo tolerance
    recency_ranks(store, build=True)
    store.warm_lists()


def search_is_quick(store: ArticleReader, query: str, *, prefix: bool = False) -> bool:
    """Whether :func:`search` answers this query in a few milliseconds.

    Quick means: the name indexes are loaded and the query names something
    without typo tolerance (a name, or the start of one).  Then the search is
    a few milliseconds (ranking the articles about it, at most 30,000), and
    the app shows the results with the letter typed, in one frame.  Typo
    tolerance (scoring 74,000 names) and full text (reading word postings)
    go to its search worker.  An empty query (or store) is quick too.
    """
    words = query_words(query.strip())
    if not words or store.count() == 0:
        return True
    if not gazetteer_loaded() or not catalog_names_loaded(store):
        return False  # the indexes are not loaded yet
    return bool(_understood(store, words, prefix, fuzzy=False))


def search_if_ready(
    store: ArticleReader, query: str, *, limit: int | None = None, prefix: bool = False
) -> SearchResult | None:
    """:func:`search`, when it is quick (see :func:`search_is_quick`); else None."""
    if not search_is_quick(store, query, prefix=prefix):
        return None
    return search(store, query, limit=limit, prefix=prefix)


def search(
    store: ArticleReader, query: str, *, limit: int | None = None, prefix: bool = False
) -> SearchResult:
    """Find the articles about what ``query`` names, best first.

    Args:
        store: The article store.
        query: Arabic or English; a leader, country, nationality, city, region or words.
        limit: Fetch list records for at most this many results.
        prefix: Search as you type: a query may be the start of a name.
    """
    query = query.strip()
    words = query_words(query)
    if not words or store.count() == 0:
        return SearchResult(query, [], [], [], "none")
    targets = understand(store, query, prefix=prefix)
    if targets:
        ranked = ranked_about(store, tuple(t.key for t in targets))
        mode = "entity"
    else:
        ranked = rank(store, _text_scores(store, words, prefix))  # nothing named: full text
        mode = "text"
    shown = ranked if limit is None else ranked[:limit]
    return SearchResult(query, ranked, store.summaries(shown), targets, mode)


def _text_scores(store: ArticleReader, words: list[str], prefix: bool) -> dict[int, int]:
    """Docno -> summed counts of the articles holding every word (light stems)."""
    postings = [dict(store.postings("word", light_stem(w))) for w in words]
    if prefix and postings and not postings[-1]:
        postings = postings[:-1]  # the last word is still being typed
    scores: dict[int, int] = {}
    if postings:
        common = set(postings[0])
        for p in postings[1:]:
            common &= set(p)
        for docno in common:
            scores[docno] = sum(p[docno] for p in postings)
    return scores
