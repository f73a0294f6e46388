"""Provides search by leader, country, place or words, for `reader search` and the app (no Textual).

A query is first read as the name of something: a leader or person
(Arabic or English, full name or surname, any spelling the data knows), a
country (its name in Arabic, English or another CLDR language, or its
nationality adjective: "الكازاخستاني" finds Kazakhstan), a city or a region.
Names are compared after the same folding the index used
(:mod:`reader.entities.normalize`), with glued proclitics and the article
stripped, and with small typos forgiven (rapidfuzz).  A query that names
nothing known falls back to full-text search over light stems.  Results are
ranked by mentions, then recency.

The package, by idea:

- :mod:`.names`: the name index (:class:`NameIndex`, :class:`PrebuiltNames`, :class:`Target`);
- :mod:`.indexes`: which name indexes exist (the gazetteer's, prebuilt; the
  archive's own people) and :data:`NAMES_LOCK`;
- :mod:`.query`: :func:`understand`, :func:`search`, :func:`search_is_quick`,
  :func:`prepare` and :class:`SearchResult`;
- :mod:`.ranking`: results by score, then recency;
- :mod:`.cache`: what is remembered per store and generation;
- :mod:`.runner`: :class:`LatestWins`, search as you type off the UI thread.
"""

from __future__ import annotations

from reader.search.indexes import (
    INDEX_VERSION,
    NAMES_LOCK,
    PREBUILT,
    build_gazetteer_index,
    catalog_index,
    data_fingerprint,
    gazetteer_index,
    gazetteer_lookup,
    prebuilt_names,
)
from reader.search.names import (
    FUZZY_CUTOFF,
    FUZZY_MIN_LENGTH,
    NameIndex,
    PrebuiltNames,
    Target,
    query_words,
)
from reader.search.query import (
    UNDERSTOOD_CACHE,
    SearchResult,
    prepare,
    search,
    search_if_ready,
    search_is_quick,
    understand,
)
from reader.search.ranking import RANKED_CACHE
from reader.search.runner import LatestWins

__all__ = [
    "FUZZY_CUTOFF",
    "FUZZY_MIN_LENGTH",
    "INDEX_VERSION",
    "NAMES_LOCK",
    "PREBUILT",
    "RANKED_CACHE",
    "UNDERSTOOD_CACHE",
    "LatestWins",
    "NameIndex",
    "PrebuiltNames",
    "SearchResult",
    "Target",
    "build_gazetteer_index",
    "catalog_index",
    "data_fingerprint",
    "gazetteer_index",
    "gazetteer_lookup",
    "prebuilt_names",
    "prepare",
    "query_words",
    "search",
    "search_if_ready",
    "search_is_quick",
    "understand",
]
