"""Provides search by leader, country, place or words, for `reader search` and the app (no Textual).

One search for the app and ``reader search``.  A query's words are read
for the names in them: a leader or person (Arabic or English, full name,
surname after a title, any spelling the data knows), a country (its name in
Arabic, English or another CLDR language, or its nationality adjective:
"الكازاخستاني" finds Kazakhstan), a city, a region, or an office named by an
honorific (خادم الحرمين الشريفين).  Names are compared after the same
folding the index used (:mod:`reader.entities.normalize`), with glued
proclitics and the article stripped, and small typos forgiven (rapidfuzz).
The articles about what the chosen reading names come first, ranked by
mentions, then every other article holding all the words, ranked by how
often, then recency: never fewer than a plain word search.  Quoted phrases
and filters (source, dates, read, starred) narrow both.

The package, by idea:

- :mod:`.syntax`: words, phrases and filters of a query (:func:`parse`);
- :mod:`.names`: the name index (:class:`NameIndex`, :class:`PrebuiltNames`, :class:`Target`);
- :mod:`.indexes`: which name indexes exist (the gazetteer's, prebuilt; the
  archive's own people) and :data:`NAMES_LOCK`;
- :mod:`.leaders`: what the leaders data says of names, offices and honorifics;
- :mod:`.archive`: what the archive's catalogue says of names (seen in full, how often);
- :mod:`.readings`: the readings of a query (:class:`Reading`, :class:`NameReader`);
- :mod:`.matching`: the articles a reading, words or phrases match;
- :mod:`.filtering`: the filters, over each article's id, date and source;
- :mod:`.suggest`: the closest names when nothing is found;
- :mod:`.query`: :func:`search`, :func:`understand`, :func:`search_is_quick`,
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
from reader.search.readings import WORDS_KEY, Choice, Reading
from reader.search.runner import LatestWins
from reader.search.syntax import Filters, ParsedQuery, parse

__all__ = [
    "FUZZY_CUTOFF",
    "FUZZY_MIN_LENGTH",
    "INDEX_VERSION",
    "NAMES_LOCK",
    "PREBUILT",
    "RANKED_CACHE",
    "UNDERSTOOD_CACHE",
    "WORDS_KEY",
    "Choice",
    "Filters",
    "LatestWins",
    "NameIndex",
    "ParsedQuery",
    "PrebuiltNames",
    "Reading",
    "SearchResult",
    "Target",
    "build_gazetteer_index",
    "catalog_index",
    "data_fingerprint",
    "gazetteer_index",
    "gazetteer_lookup",
    "parse",
    "prebuilt_names",
    "prepare",
    "query_words",
    "search",
    "search_if_ready",
    "search_is_quick",
    "understand",
]
