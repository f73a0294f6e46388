"""Provides the Gazetteer: every known name indexed by its folded first word, and its lookups.

The extractor finds every known name starting at a word with one dictionary
lookup (:meth:`Gazetteer.phrase_starts`); :meth:`Gazetteer.triggers` says
whether any rule may fire at a word at all.  Both are cached per word, since
news repeats its words.  The index is filled by :mod:`reader.entities.loaders`
(:func:`reader.entities.gazetteer.load_gazetteer`) and not changed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, NamedTuple, Protocol, TypeVar, cast

from reader.entities.normalize import (
    clitic_prefix,
    clitic_variants,
    drops_article,
    is_arabic,
    light_stem,
    skeleton,
    tokenize,
)
from reader.entities.offices import Term
from reader.entities.records import Leader, Phrase, Place
from reader.entities.terms import TermTable

#: Cached answers kept per lookup, at most (beyond, lookups are computed each time).
CACHE_LIMIT = 500_000

#: Letters a place name may be read with glued in front: a conjunction, then a
#: preposition ("وبالرياض" is cut to الرياض by the article rules).  ك ("like") only
#: before a name with the article (كالهند): كبيرا, كسرت, كورونا, كوزان are words of
#: their own.
PROCLITIC_RUNS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})

_T = TypeVar("_T")

#: Known names that may start at a word: ``(prefix letters, whether the article
#: was stripped, phrases)`` per reading of the word that starts any.
PhraseStarts = tuple[tuple[int, bool, "Bucket"], ...]


class Bucket(NamedTuple):
    """The names starting with one folded word: those of one word, and the longer
    ones by their second word (a first word such as محمد starts hundreds)."""

    singles: tuple[Phrase, ...]
    by_second: dict[str, tuple[Phrase, ...]]

#: What may start at a word: True (something, whatever follows), the folded
#: words one of which must follow, or False (nothing).
Trigger = bool | frozenset[str]


class WordFacts:
    """What extraction asks of one folded word whatever article it is in: an
    article's words are looked up once (:meth:`Gazetteer.facts_of`), not once per
    question, and each question is then read off the answers in a C-level pass.
    What every article asks of every word is answered when the word is first
    met; the rest (None until then) when first asked, and kept."""

    __slots__ = ("arabic", "country", "foreign", "name_shape", "nisba", "starts", "stem",
                 "surname_bits", "surnames", "term", "title", "trigger", "variants")

    def __init__(self, arabic: bool, trigger: Trigger, stem: str, term: int) -> None:
        self.arabic = arabic
        """Does it hold Arabic letters?"""
        self.trigger = trigger
        """:meth:`Gazetteer.triggers`."""
        self.stem = stem
        """Its light stem (an index term)."""
        self.term = term
        """The stem's number in :attr:`Gazetteer.term_table`."""
        self.country: bool | None = None
        """:meth:`Gazetteer.country_words`."""
        self.surnames: frozenset[str] | None = None
        """The readings that could be a surname said alone (see :meth:`Gazetteer.surname_words`)."""
        self.surname_bits = -1
        """:func:`surname_bits` of :attr:`surnames` (-1 until they are found): an int
        held in the object itself, read without touching the set."""
        self.name_shape: bool | None = None
        """Has it the shape of a word of a foreign name (see reader.entities.foreign_names)?"""
        self.foreign: bool | None = None
        """With that shape, is it a given name or does the name detector read it as a
        foreign name (asked only of words with such a neighbour)?"""
        self.variants: tuple[str, ...] | None = None
        """Its readings with glued proclitics removed (:func:`clitic_variants`)."""
        self.title: bool | None = None
        """Is it an Arabic title word, a glued proclitic allowed (``Words.is_title``)?"""
        self.nisba: str | None = None
        """:meth:`Gazetteer.nisba_of` it, ``""`` for none (``Words.nisba_at``)."""
        self.starts: PhraseStarts | None = None
        """:meth:`Gazetteer.phrase_starts` of it, as Arabic if it :attr:`arabic` (kept
        here, it is read without building and hashing a key)."""


# The answers are read off the WordFacts in loops over the article's words:
# compiled (see reader.native), each read is a field of a struct, where
# ``map(attrgetter(...))`` looked each name up on the type (5% of extraction).


class FactsTable(Protocol):
    """A table of each word's facts (``reader.entities._wordsplit.WordTable``)."""

    def values(self, words: list[str], compute: Callable[[str], WordFacts], /
               ) -> list[WordFacts]:
        """:func:`cached_map` of the words with this table as the cache."""
        ...


def new_facts_table() -> FactsTable | None:
    """A table for the words' facts, compiled (reader/entities/_wordsplit.c), where the
    install built it: a word found costs one cache line read, against three for a dict
    (its index, its entry and its key's text) in a table of hundreds of thousands of
    words.  None elsewhere: :func:`cached_map` over a dict."""
    try:
        from reader.entities._wordsplit import WordTable
    except ImportError:
        return None
    table: WordTable[WordFacts] = WordTable(CACHE_LIMIT)
    return table


@dataclass
class Gazetteer:
    """Everything the extractor and search look names up in."""

    places: dict[str, Place] = field(default_factory=dict)
    leaders: dict[str, Leader] = field(default_factory=dict)
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    """Folded first word -> names starting with it."""
    nisba: dict[str, str] = field(default_factory=dict)
    """Folded nationality adjective (any gender/number, no ال) -> country code."""
    given: frozenset[str] = frozenset()
    """Folded given names (Arabic and foreign)."""
    given_raw: frozenset[str] = frozenset()
    """Given names as written (no harakat), to tell the name علي from على."""
    given_ambiguous: frozenset[str] = frozenset()
    """Given names that are also ordinary words."""
    common: frozenset[str] = frozenset()
    """The most frequent Arabic words (folded)."""
    frequent: frozenset[str] = frozenset()
    """A longer list of frequent words (20,000): is a word's bare form an ordinary word?"""
    meta: dict[str, Any] = field(default_factory=dict)
    """The ``meta`` record of each data file (sources, dates), by file."""
    terms: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    """(office kind, country) -> terms in such an office, latest first (who held it when)."""
    homonyms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    """(``leader`` or ``short``, folded name) -> the leaders who share it (بوش, أوربان)."""
    shared: frozenset[str] = frozenset()
    """Keys of the leaders who share a name with another (see :attr:`homonyms`)."""
    clitic_blocked: dict[str, frozenset[str]] = field(default_factory=dict)
    """Folded glued word -> readings of it that are not a proclitic and a place
    (وكيل is not و + Kiel, للحج is not ل + Lahij): see place_words.json."""
    place_guard: dict[str, int] = field(default_factory=dict)
    """Folded one-word place names that are also ordinary words or given names ->
    the context they need (1: a place's head or a list; 2: a preposition of place too)."""
    media_names: frozenset[str] = frozenset()
    """Folded place names that are also newspapers or channels (in quotes: the title)."""
    term_table: TermTable = field(default_factory=TermTable)
    """The index terms of the words looked up so far, by number (see :class:`WordFacts`)."""
    club_cities: frozenset[str] = frozenset()
    """Folded city names that are also football clubs (in sports copy: the club)."""
    state_anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Folded "المملكة", "السلطنة" -> keys of the countries named so (kingdoms, sultanates)."""
    anaphor_default: dict[str, str] = field(default_factory=dict)
    """Folded "المملكة", "السلطنة" -> the country they stand for when an article names
    none of them (the one Arabic names most: Saudi Arabia, Oman)."""
    lone_starters: frozenset[str] = frozenset()
    """Folded words at which some rule may fire whatever follows (titles,
    nationality adjectives, given names, one-word names of people); the first
    words of longer names trigger only before their second word (see :meth:`triggers`)."""
    place_starters: frozenset[str] = frozenset()
    """Folded one-word place names: a word starts one only as itself or with
    proclitics a place may take (see :meth:`_reading_bucket`), never without its article."""
    _trigger_cache: dict[str, Trigger] = field(default_factory=dict, repr=False)
    _phrases_seen: set[tuple[str, Phrase]] = field(default_factory=set, repr=False)
    _buckets: dict[str, Bucket] = field(default_factory=dict, repr=False)
    _phrase_cache: dict[tuple[str, bool], PhraseStarts] = field(default_factory=dict, repr=False)
    _nisba_cache: dict[str, str] = field(default_factory=dict, repr=False)
    _facts: dict[str, WordFacts] = field(default_factory=dict, repr=False)
    _facts_table: FactsTable | None = field(default_factory=new_facts_table, repr=False)
    """Where the install built it, the words' facts in a compiled table, not in ``_facts``."""

    def triggers(self, word: str) -> Trigger:
        """Can anything (a title, a known name, a nationality, a given name) start at
        this folded word, glued proclitics included?

        Returns:
            True if something may start at the word alone; the folded words
            that must follow it when only names of several words start with it
            ("آن أربر", "لا كورونيا", "مدينة حمص": common words that are not
            worth a look unless the next word fits); False if nothing can.
            Cached: most words answer False.
        """
        hit = self._trigger_cache.get(word)
        if hit is None:
            variants = clitic_variants(word)
            if any(v in self.lone_starters for v in variants) or any(
                    v in self.place_starters and not drops_article(word, v)
                    and self._reading_bucket(word, v).singles for v in variants):
                hit = True
            else:
                nexts = frozenset(ph.rest[0] for v in variants for ph in self.phrases.get(v, ())
                                  if ph.rest)
                hit = nexts or False
            if len(self._trigger_cache) < CACHE_LIMIT:
                self._trigger_cache[word] = hit
        return hit

    def facts_of(self, words: list[str]) -> list[WordFacts]:
        """The :class:`WordFacts` of each folded word, in one C-level pass (kept per
        word while fewer than :data:`CACHE_LIMIT` are kept)."""
        table = self._facts_table
        if table is not None:
            return table.values(words, self._word_facts)
        return cached_map(words, self._facts, self._word_facts)

    def _word_facts(self, word: str) -> WordFacts:
        stem = light_stem(word)
        return WordFacts(is_arabic(word), self.triggers(word), stem,
                         self.term_table.number_of(stem))

    def triggers_of(self, words: list[str],
                    facts: list[WordFacts] | None = None) -> list[Trigger]:
        """:meth:`triggers` of each folded word (``facts``: the words' :meth:`facts_of`)."""
        return [f.trigger for f in (self.facts_of(words) if facts is None else facts)]

    def nisba_of(self, word: str) -> str | None:
        """Country code of the nationality adjective the folded ``word`` is (a glued
        proclitic or the article allowed), if it is one.  Cached per word."""
        found = self._nisba_cache.get(word)
        if found is None:
            nisba = self.nisba
            found = next((code for v in clitic_variants(word) if (code := nisba.get(v))), "")
            if len(self._nisba_cache) < CACHE_LIMIT:
                self._nisba_cache[word] = found
        return found or None

    def country_words(self, words: list[str],
                      facts: list[WordFacts] | None = None) -> list[bool]:
        """For each folded (Arabic) word: may it name a country, as a nationality
        adjective or as the start of a place's name (a reading that keeps its
        article, as a match needs)?  Cached per word (``facts``: the words'
        :meth:`facts_of`)."""
        found: list[bool] = []
        for k, f in enumerate(self.facts_of(words) if facts is None else facts):
            country = f.country
            if country is None:
                country = f.country = self._country_word(words[k])
            found.append(country)
        return found

    def _country_word(self, word: str) -> bool:
        return bool(self.nisba_of(word)) or any(
            ph.kind == "place"
            for _, stripped_article, bucket in self.phrase_starts(word, True)
            if not stripped_article
            for ph in chain(bucket.singles, chain.from_iterable(bucket.by_second.values())))

    def phrase_starts(self, word: str, arabic: bool) -> PhraseStarts:
        """Known names that may start at this folded word: ``(prefix letters,
        whether the article was stripped, phrases)`` per reading that starts
        any.  Cached per word: most words start none."""
        key = (word, arabic)
        found = self._phrase_cache.get(key)
        if found is None:
            found = tuple((clitic_prefix(word, v), drops_article(word, v), bucket)
                          for v in (clitic_variants(word) if arabic else (word,))
                          if self.phrases.get(v)
                          and ((bucket := self._reading_bucket(word, v)).singles
                               or bucket.by_second))
            if len(self._phrase_cache) < CACHE_LIMIT:
                self._phrase_cache[key] = found
        return found

    def _reading_bucket(self, word: str, v: str) -> Bucket:
        """Names starting with reading ``v`` of ``word``, without the places that
        reading may not stand for: the word is another word (وكيل, كبيرا), or the
        letters cut are no proclitics in their order (كوادر is not ك + و + ادر)."""
        bucket = self._bucket(v)
        if v == word:
            return bucket
        cut = word[:len(word) - len(v)]
        ok = cut in PROCLITIC_RUNS or cut.endswith(("ال", "لل")) or (
            cut in ("ك", "وك", "فك") and v.startswith("ال"))
        if ok and not self._blocked(word, v):
            return bucket
        by_second = {w: kept for w, phs in bucket.by_second.items()
                     if (kept := tuple(ph for ph in phs if ph.kind != "place"))}
        return Bucket(tuple(ph for ph in bucket.singles if ph.kind != "place"), by_second)

    def _blocked(self, word: str, v: str) -> bool:
        """Is reading ``v`` of ``word`` blocked for places, with any of its proclitics
        (ووكيل as و + وكيل)?"""
        blocked = self.clitic_blocked
        return any(v in blocked.get(word[i:], ()) for i in range(len(word) - len(v)))

    def _bucket(self, first: str) -> Bucket:
        """The names starting with ``first``, split by their second word (cached)."""
        bucket = self._buckets.get(first)
        if bucket is None:
            singles: list[Phrase] = []
            by_second: dict[str, list[Phrase]] = {}
            for ph in self.phrases[first]:
                if ph.rest:
                    by_second.setdefault(ph.rest[0], []).append(ph)
                else:
                    singles.append(ph)
            bucket = self._buckets[first] = Bucket(
                tuple(singles), {w: tuple(phs) for w, phs in by_second.items()})
        return bucket

    def surname_words(self, words: list[str], facts: list[WordFacts],
                      keys: AbstractSet[str]) -> list[int]:
        """Indexes of the folded words one of whose readings that could be a surname
        said alone, or their consonant skeletons (when long and rare enough to join
        by skeleton), is in ``keys`` (``facts``: the words' :meth:`facts_of`).  The
        readings are cached per word, as a set and as :func:`surname_bits` of it:
        most words are passed over on the bits, without reading their set."""
        wanted = sorted({surname_bits((key,)) for key in keys})
        found: list[int] = []
        for k, f in enumerate(facts):
            bits = f.surname_bits
            if bits < 0:
                forms = f.surnames = self._surname_forms(words[k])
                bits = f.surname_bits = surname_bits(forms)
            if not bits:
                continue  # no reading that could be a surname (most words)
            for key_bits in wanted:
                if bits & key_bits == key_bits:
                    held = f.surnames
                    if held is not None and not keys.isdisjoint(held):
                        found.append(k)
                    break
        return found

    def _surname_forms(self, word: str) -> frozenset[str]:
        forms: set[str] = set()
        for v in clitic_variants(word):
            if len(v) < 3 or v in self.common or v in self.given or drops_article(word, v):
                continue
            forms.add(v)
            if len(v) >= 4:
                forms.add(skeleton(v))
        return frozenset(forms)

    def add_phrase(self, name: str, kind: str, key: str) -> None:
        """Index a name (any script) of a place or leader under its folded first word."""
        words = [t for _, _, t in tokenize(name)]
        if not words:
            return
        latin = not is_arabic(name)
        phrase = Phrase(tuple(words[1:]), kind, key, latin)
        # A kunya declines: أبو مازن, أبي مازن (genitive), أبا مازن (accusative).
        firsts = ["ابو", "ابي", "ابا"] if words[0] == "ابو" and len(words) > 1 else [words[0]]
        seen = self._phrases_seen
        for first in firsts:
            if (first, phrase) not in seen:  # a set: buckets of common first words are long
                seen.add((first, phrase))
                self.phrases.setdefault(first, []).append(phrase)


def surname_bits(forms: Iterable[str]) -> int:
    """Two of 61 bits for each form, from its hash, OR-ed together.  A form can be in
    a set of forms only if both its bits are among the set's bits (bits present do
    not prove it is: :meth:`Gazetteer.surname_words` then reads the set itself)."""
    bits = 0
    for form in forms:
        h = hash(form) & 0xFFFFFFFF
        bits |= (1 << (h % 61)) | (1 << ((h >> 16) % 61))
    return bits


def cached_map(words: list[str], cache: dict[str, _T], compute: Callable[[str], _T]) -> list[_T]:
    """``compute`` of each word (a pure function of it, never None), from ``cache``
    in one C-level pass; only the words missing from it are computed (and cached
    while it holds fewer than :data:`CACHE_LIMIT`): real text has more distinct
    words than fit.  (Faster than mapping an ``lru_cache``d function, which
    keeps its entries in order of use.)"""
    try:
        return list(map(cache.__getitem__, words))  # every word cached: one C-level pass
    except KeyError:
        pass
    found = list(map(cache.get, words))
    for k in [k for k, f in enumerate(found) if f is None]:
        value = cache.get(words[k])
        if value is None:
            value = compute(words[k])
            if len(cache) < CACHE_LIMIT:
                cache[words[k]] = value
        found[k] = value
    return cast("list[_T]", found)
