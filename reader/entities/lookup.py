"""Provides the Gazetteer: every known name indexed by its folded first word, and its lookups.

The extractor finds every known name starting at a word with one dictionary
lookup (:meth:`Gazetteer.phrase_starts`); :meth:`Gazetteer.triggers` says
whether any rule may fire at a word at all.  Both are cached per word, since
news repeats its words.  The index is filled by :mod:`reader.entities.loaders`
(:func:`reader.entities.gazetteer.load_gazetteer`) and not changed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from reader.entities.normalize import (
    clitic_prefix,
    clitic_variants,
    drops_article,
    is_arabic,
    skeleton,
    tokenize,
)
from reader.entities.records import Leader, Phrase, Place

#: Cached answers kept per lookup, at most (beyond, lookups are computed each time).
CACHE_LIMIT = 500_000

#: Letters a place name may be read with glued in front: a conjunction, then a
#: preposition ("وبالرياض" is cut to الرياض by the article rules).  ك ("like") only
#: before a name with the article (كالهند): كبيرا, كسرت, كورونا, كوزان are words of
#: their own.
PROCLITIC_RUNS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})

#: Known names that may start at a word: ``(prefix letters, whether the article
#: was stripped, phrases)`` per reading of the word that starts any.
PhraseStarts = tuple[tuple[int, bool, list[Phrase]], ...]

#: What may start at a word: True (something, whatever follows), the folded
#: words one of which must follow, or False (nothing).
Trigger = bool | frozenset[str]


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
    meta: dict[str, Any] = field(default_factory=dict)
    """The ``meta`` record of each data file (sources, dates), by file."""
    clitic_blocked: dict[str, frozenset[str]] = field(default_factory=dict)
    """Folded glued word -> readings of it that are not a proclitic and a place
    (وكيل is not و + Kiel, للحج is not ل + Lahij): see place_words.json."""
    place_guard: dict[str, int] = field(default_factory=dict)
    """Folded one-word place names that are also ordinary words or given names ->
    the context they need (1: a place's head or a list; 2: a preposition of place too)."""
    media_names: frozenset[str] = frozenset()
    """Folded place names that are also newspapers or channels (in quotes: the title)."""
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
    proclitics a place may take (see :meth:`_bucket`), never without its article."""
    _trigger_cache: dict[str, Trigger] = field(default_factory=dict, repr=False)
    _surname_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _phrase_cache: dict[tuple[str, bool], PhraseStarts] = field(default_factory=dict, repr=False)

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
                    and any(not ph.rest for ph in self._bucket(word, v)) for v in variants):
                hit = True
            else:
                nexts = frozenset(ph.rest[0] for v in variants for ph in self.phrases.get(v, ())
                                  if ph.rest)
                hit = nexts or False
            if len(self._trigger_cache) < CACHE_LIMIT:
                self._trigger_cache[word] = hit
        return hit

    def triggers_of(self, words: list[str]) -> list[Trigger]:
        """:meth:`triggers` of each folded word (the cached ones in one C-level pass)."""
        flags = list(map(self._trigger_cache.get, words))
        if None in flags:
            triggers = self.triggers
            return [triggers(w) if f is None else f for w, f in zip(words, flags, strict=True)]
        return cast("list[Trigger]", flags)

    def phrase_starts(self, word: str, arabic: bool) -> PhraseStarts:
        """Known names that may start at this folded word: ``(prefix letters,
        whether the article was stripped, phrases)`` per reading that starts
        any.  Cached per word: most words start none."""
        key = (word, arabic)
        found = self._phrase_cache.get(key)
        if found is None:
            found = tuple((clitic_prefix(word, v), drops_article(word, v), bucket)
                          for v in (clitic_variants(word) if arabic else (word,))
                          if (bucket := self._bucket(word, v)))
            if len(self._phrase_cache) < CACHE_LIMIT:
                self._phrase_cache[key] = found
        return found

    def _bucket(self, word: str, v: str) -> list[Phrase]:
        """Names starting with reading ``v`` of ``word``, without the places that
        reading may not stand for: the word is another word (وكيل, كبيرا), or the
        letters cut are no proclitics in their order (كوادر is not ك + و + ادر)."""
        bucket = self.phrases.get(v)
        if not bucket or v == word:
            return bucket or []
        cut = word[:len(word) - len(v)]
        ok = cut in PROCLITIC_RUNS or cut.endswith(("ال", "لل")) or (
            cut in ("ك", "وك", "فك") and v.startswith("ال"))
        if ok and not self._blocked(word, v):
            return bucket
        return [ph for ph in bucket if ph.kind != "place"]

    def _blocked(self, word: str, v: str) -> bool:
        """Is reading ``v`` of ``word`` blocked for places, with any of its proclitics
        (ووكيل as و + وكيل)?"""
        blocked = self.clitic_blocked
        return any(v in blocked.get(word[i:], ()) for i in range(len(word) - len(v)))

    def surname_readings(self, words: list[str]) -> list[frozenset[str]]:
        """For each folded word, the readings that could be a surname said alone
        and their consonant skeletons (when long and rare enough to join by
        skeleton), as one set: a word may name a known person only if one of
        them is a known surname or skeleton.  Cached per word."""
        cache = self._surname_cache
        found = list(map(cache.get, words))
        if None not in found:
            return cast("list[frozenset[str]]", found)
        out: list[frozenset[str]] = []
        for word, forms in zip(words, found, strict=True):
            if forms is None:
                forms = self._surname_forms(word)
                if len(cache) < CACHE_LIMIT:
                    cache[word] = forms
            out.append(forms)
        return out

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
        for first in firsts:
            bucket = self.phrases.setdefault(first, [])
            if phrase not in bucket:
                bucket.append(phrase)
