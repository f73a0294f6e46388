"""Provides the search itself, one function for the app and the command line (no Textual).

:func:`search` takes a query apart (:mod:`.syntax`: words, phrases,
filters), reads the names in its words (:mod:`.readings`) and lists:

1. the articles about what the chosen reading names (the default: every run
   of words at its confident reading), ranked by mentions;
2. then every other article that holds all the words (and phrases), ranked
   by how often; so a search never finds fewer articles than a plain word
   search would;
3. all of it kept to the filters (source, dates, read, starred).

A query that names nothing and whose words no article holds is tried once
more as a name with a typo; when still nothing is found the result offers
the closest names (:mod:`.suggest`).  ``reader search`` and the app (once
typing pauses, and at Enter) call it the same way and list the same
articles; while typing the app asks with ``prefix`` (the last word may be
the start of a name).  :func:`search_is_quick` tells the app when a search
is a few milliseconds (then it searches at once, on the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.search.archive import archive_people, archive_people_loaded
from reader.search.cache import cache_of
from reader.search.corrected import corrected_spans
from reader.search.filtering import Marks, everything, facets, keep
from reader.search.indexes import catalog_names, catalog_names_loaded, gazetteer_index
from reader.search.indexes import gazetteer_loaded as _gazetteer_loaded
from reader.search.leaders import leader_names
from reader.search.matching import about_scores, with_phrases, word_scores
from reader.search.names import Target
from reader.search.ranking import rank, ranked_about, recency_ranks
from reader.search.readings import Choice, NameReader, Reading, Span, readings
from reader.search.suggest import closest_names
from reader.search.syntax import Filters, ParsedQuery, parse

if TYPE_CHECKING:
    from reader.models import ArticleSummary
    from reader.store.api import ArticleReader

UNDERSTOOD_CACHE = 512
"""Queries whose names are remembered per store (search as you type)."""


@dataclass
class SearchResult:
    """Ranked articles for a query, how the query was read, and how else it may be."""

    query: str
    """The query, stripped."""
    docnos: list[int]
    """Every matching article, best first."""
    summaries: list[ArticleSummary]
    """List records of the first ``limit`` matches (all when no limit)."""
    targets: list[Target] = field(default_factory=list)
    """What the chosen reading names (empty: words only)."""
    mode: str = "none"
    """``entity`` (the reading names something), ``text`` (words only), ``filter``
    (filters alone), ``error`` (see :attr:`problems`) or ``none`` (nothing asked)."""
    readings: list[Reading] = field(default_factory=list)
    """Every reading offered, the default first, "words only" last."""
    reading: int = 0
    """The index in :attr:`readings` of the reading searched."""
    reading_found: bool = True
    """False when the reading asked for is not one of :attr:`readings` (the default was used)."""
    about: int = 0
    """How many of the first :attr:`docnos` are about what the reading names."""
    words: tuple[str, ...] = ()
    """The query's folded words (what hits are highlighted by)."""
    text: str = ""
    """The query's words and phrases as typed (its filters left out)."""
    filters: Filters = field(default_factory=Filters)
    problems: tuple[str, ...] = ()
    """Filters that could not be read, one line each."""
    suggestions: list[str] = field(default_factory=list)
    """When nothing is found: the closest names with articles, best first."""
    unfiltered: int = 0
    """How many articles the query found before its filters (all of them when it has none)."""

    @property
    def chosen(self) -> Reading | None:
        """The reading searched (None: nothing was read)."""
        return self.readings[self.reading] if self.readings else None

    @property
    def interpretation(self) -> str:
        """One line saying what was searched."""
        if self.mode == "error":
            return "; ".join(self.problems)
        parts = []
        reading = self.chosen
        if self.mode == "entity" and reading is not None:
            extra = f" with the words {' '.join(reading.words)}" if reading.words else ""
            parts.append(f"about {reading.label}{extra}")
        elif self.mode == "text":
            parts.append("words: " + self.text)
        if self.filters.active:
            parts.append(self.filters.describe())
        return " · ".join(parts)


def search(
    store: ArticleReader,
    query: str,
    *,
    limit: int | None = None,
    prefix: bool = False,
    reading: int | str | None = None,
    marks: Marks | None = None,
) -> SearchResult:
    """Find the articles about what ``query`` names, then those holding its words.

    Args:
        store: The article store.
        query: Arabic or English words, names, "phrases" and filters (see :mod:`.syntax`).
        limit: Fetch list records for at most this many results.
        prefix: Search as you type: the last word may be the start of a name or a word.
        reading: Which reading: its index in :attr:`SearchResult.readings`, or its key
            (or the key of one of its choices or targets); None: the default.
        marks: Read and starred ids for ``is:`` filters (None: read from the store).
    """
    parsed = parse(query, typing=prefix)
    result = SearchResult(query.strip(), [], [], words=parsed.all_words, text=parsed.text,
                          filters=parsed.filters, problems=parsed.problems)
    if parsed.problems and not prefix:
        result.mode = "error"
        return result
    if parsed.empty or store.count() == 0:
        return result
    if parsed.all_words:
        _search_words(store, parsed, result, prefix=prefix, reading=reading)
    else:
        result.docnos, result.mode = everything(store), "filter"
    result.unfiltered = len(result.docnos)
    if parsed.filters.active:
        about = set(result.docnos[:result.about])
        result.docnos = keep(store, result.docnos, parsed.filters, marks)
        result.about = sum(1 for d in result.docnos if d in about)
    if not result.unfiltered and not prefix and parsed.words:
        # Only when the words found nothing: a filter that kept none out is no typo.
        result.suggestions = closest_names(store, " ".join(parsed.words))
    shown = result.docnos if limit is None else result.docnos[:limit]
    result.summaries = store.summaries(shown)
    return result


def _search_words(store: ArticleReader, parsed: ParsedQuery, result: SearchResult, *,
                  prefix: bool, reading: int | str | None) -> None:
    """Fill ``result`` for a query with words: the reading's articles, then the words'."""
    text = word_scores(store, parsed.all_words, prefix=prefix)
    if parsed.phrases:
        text = _only(text, with_phrases(store, text, parsed.phrases))
    spans = spans_of(store, parsed.words, prefix=prefix)
    if not text and parsed.words and not parsed.phrases and \
            not any(s.default is not None for s in spans):
        spans = _typo(store, parsed.words) or spans  # Tokayv, Vladimir Putn
    result.readings = readings(spans, parsed.words)
    result.reading, result.reading_found = pick(result.readings, reading, words_found=bool(text))
    chosen = result.readings[result.reading]
    about = _about(store, chosen, parsed, prefix=prefix) if chosen.choices else []
    inside = set(about)
    rest = rank(store, {d: s for d, s in text.items() if d not in inside})
    result.docnos, result.about = about + rest, len(about)
    result.targets = list(chosen.targets)
    result.mode = "entity" if chosen.choices else "text"


def _about(store: ArticleReader, reading: Reading, parsed: ParsedQuery, *,
           prefix: bool) -> list[int]:
    """The articles about what ``reading`` names (holding its other words), best first."""
    if len(reading.choices) == 1 and not reading.choices[0].terms and not reading.words \
            and not parsed.phrases:
        # Search as you type asks for the same few names again and again: kept ranked.
        return ranked_about(store, tuple(t.key for t in reading.targets))
    scores = about_scores(store, reading)
    if scores and reading.words:
        scores = _only(scores, set(word_scores(store, reading.words, prefix=prefix)))
    if scores and parsed.phrases:
        scores = _only(scores, with_phrases(store, scores, parsed.phrases))
    return rank(store, scores)


def _only(scores: dict[int, int], docnos: set[int]) -> dict[int, int]:
    return {d: s for d, s in scores.items() if d in docnos}


def _typo(store: ArticleReader, words: tuple[str, ...]) -> list[Span]:
    """The whole query read as a name with a small typo (Tokayv, Kazakstan), if it is one."""
    text = " ".join(words)
    for index in (gazetteer_index(), catalog_names(store)):
        found = index.fuzzy(text)
        if found:
            label = ", ".join(t.label for t in found)
            choice = Choice("|".join(t.key for t in found), label, tuple(found))
            return corrected_spans(store, [Span(0, len(words), (choice,))])
    return []


def pick(options: list[Reading], wanted: int | str | None, *,
         words_found: bool = True) -> tuple[int, bool]:
    """The index of the reading asked for (by index or key), and whether it was found.

    None asks for the default: the first reading, unless it is words only,
    no article holds the words and someone of that name has articles (شريف on
    a store with one article, about Shehbaz Sharif): then the next one.
    """
    if wanted is None:
        if not words_found and not options[0].choices and len(options) > 1:
            return 1, True
        return 0, True
    if isinstance(wanted, int):
        return (wanted, True) if 0 <= wanted < len(options) else (0, False)
    for i, r in enumerate(options):
        if r.key == wanted:
            return i, True
    for i, r in enumerate(options):
        if any(c.key == wanted for c in r.choices) or any(t.key == wanted for t in r.targets):
            return i, True
    return 0, False


def spans_of(store: ArticleReader, words: tuple[str, ...], *, prefix: bool) -> list[Span]:
    """:meth:`NameReader.spans`, remembered per store generation (typing repeats queries)."""
    cache = cache_of(store).understood
    key = (words, prefix)
    known = cache.get(key)
    if known is not None:
        cache.move_to_end(key)
        return list(known)
    found = corrected_spans(store, NameReader(store, words, prefix=prefix).spans())
    cache[key] = tuple(found)
    if len(cache) > UNDERSTOOD_CACHE:
        cache.popitem(last=False)
    return found


def understand(store: ArticleReader, query: str, *, prefix: bool = False) -> list[Target]:
    """What a query names in its default reading (empty: it is read as words).

    Args:
        store: The article store (its catalogue adds people the data files lack).
        query: What the user typed.
        prefix: Also accept names that start with the query (search as you type).
    """
    parsed = parse(query, typing=prefix)
    if not parsed.words:
        return []
    spans = spans_of(store, parsed.words, prefix=prefix)
    if not spans:
        spans = _typo(store, parsed.words)
    return list(readings(spans, parsed.words)[0].targets)


def prepare(store: ArticleReader) -> None:
    """Load what search as you type needs, so that the first keystrokes are as fast as the rest.

    The name indexes (the gazetteer's, the leaders', the archive's people),
    each article's date and source (filters), the recency ranks and the list
    records (a result page may name an article of any list shard).  The app
    calls it in the background at start.
    """
    gazetteer_index()
    leader_names()
    catalog_names(store)
    archive_people(store)
    store.warm_lists()
    facets(store)
    recency_ranks(store, build=True)


def search_is_quick(store: ArticleReader, query: str, *, prefix: bool = False) -> bool:
    """Whether :func:`search` answers this query in a few milliseconds.

    Quick means: the name indexes are loaded, the query has no phrase (those
    read articles) and its words name something for sure.  Then the search
    is a few milliseconds (ranking the articles about it, at most 30,000,
    and those holding its words), and the app shows the results with the
    letter typed, in one frame.  Typo tolerance (scoring 74,000 names),
    phrases and queries of words alone go to its search worker.  An empty
    query (or store) is quick too.
    """
    parsed = parse(query.strip(), typing=prefix)
    if parsed.empty or store.count() == 0:
        return True
    if parsed.phrases or not parsed.words:
        return False
    if not (_gazetteer_loaded() and catalog_names_loaded(store)
            and archive_people_loaded(store)):
        return False  # the indexes are not loaded yet
    return any(s.default is not None for s in spans_of(store, parsed.words, prefix=prefix))


def search_if_ready(
    store: ArticleReader, query: str, *, limit: int | None = None, prefix: bool = False
) -> SearchResult | None:
    """:func:`search`, when it is quick (see :func:`search_is_quick`); else None."""
    if not search_is_quick(store, query, prefix=prefix):
        return None
    return search(store, query, limit=limit, prefix=prefix)
