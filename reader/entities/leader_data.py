"""Provides the loader of the leaders data: ``data/leaders/*.json``, a file per region (no Textual).

Each file holds ``{"meta": ..., "people": [...]}`` in the schema below
(built by ``tools/leaders/``: see README, "Where the data comes from").  The
loader indexes every Arabic full name, short form and English name of each
person, classifies their offices (:func:`reader.entities.offices.office_kind`)
and builds the holders index titles resolve through.  It also settles which
short forms need evidence before they name someone:

- a form two people share (بوش, أوربان) is resolved by the article's date
  and countries, and needs no more unless it is also an ordinary word;
- a form that is an ordinary word or a given name (لولا, يونس, قابوس) names
  the person only with evidence: a full mention, a title, a context;
- a distinctive form (ترامب, أردوغان, السيسي) is a name wherever it stands,
  so it is taken out of the common words (news names those people so often
  that wordfreq counts them among its frequent words).
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import NotRequired, TypedDict, cast

from reader.entities.detector import load_detector
from reader.entities.lookup import Gazetteer
from reader.entities.normalize import fold, tokenize
from reader.entities.offices import index_terms, lower_bound, office_kind, upper_bound
from reader.entities.pause import pause_point
from reader.entities.records import Leader, Office

DATA_PACKAGE = "reader.entities"
LEADERS_DIR = "leaders"
"""Folder of ``data`` holding one leaders file per region."""

#: One term in office: dates are ISO (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``to`` is
#: None while in office; ``country`` is set when it differs from the person's.
OfficeRecord = TypedDict("OfficeRecord", {
    "office": str, "role": str, "from": str | None, "to": str | None,
    "country": NotRequired[str], "note": NotRequired[str],
})


class LeaderRecord(TypedDict):
    """A person of a leaders file."""

    key: str
    english: str | None
    english_aliases: list[str]
    ar: list[str]
    short: list[str]
    country: str | None
    offices: list[OfficeRecord]
    org: NotRequired[str]
    short_ambiguous: NotRequired[list[str]]


def leader_files() -> list[str]:
    """Names of the leaders files shipped (sorted: the order people are indexed in)."""
    folder = resources.files(DATA_PACKAGE) / "data" / LEADERS_DIR
    try:
        return sorted(f.name for f in folder.iterdir() if f.name.endswith(".json"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def read_leader_file(name: str) -> dict[str, object]:
    """One leaders file, parsed."""
    path = resources.files(DATA_PACKAGE) / "data" / LEADERS_DIR / name
    doc: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def load_leaders(gz: Gazetteer) -> None:
    """Every leaders file: the people, their names and offices, and the holders index.

    Runs after the places (country names classify offices) and before the
    common words and given names are final (see :func:`settle_short_forms`).
    """
    names_of = _country_names(gz)
    for name in leader_files():
        doc = read_leader_file(name)
        gz.meta[f"leaders/{name}"] = cast("dict[str, object]", doc.get("meta", {}))
        for raw in cast("list[LeaderRecord]", doc.get("people", [])):
            pause_point()  # (a fifth of a second in all: see reader.entities.pause)
            leader = _leader(raw, names_of)
            gz.leaders[leader.key] = leader
            _index_leader(gz, leader)
    gz.terms = index_terms(gz.leaders.values())


def _country_names(gz: Gazetteer) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for place in gz.places.values():
        if place.kind == "country" and place.code:
            names[place.code] += [place.english, *(o for o in place.other if o.isascii())]
    return names


def _leader(raw: LeaderRecord, names_of: dict[str, list[str]]) -> Leader:
    offices = tuple(_office(o, raw.get("country"), names_of) for o in raw.get("offices") or ())
    # The office held now (no end date), else the last one listed.
    current = next((o for o in offices if o.end is None), offices[-1] if offices else None)
    return Leader(
        key=raw["key"], english=raw.get("english") or "",
        english_aliases=tuple(raw.get("english_aliases", ())), ar=tuple(raw.get("ar", ())),
        short=tuple(dict.fromkeys([*raw.get("short", ()), *raw.get("short_ambiguous", ())])),
        country=raw.get("country"), office=current.title if current else None,
        org=raw.get("org"),
        short_ambiguous=frozenset(_norm(x) for x in raw.get("short_ambiguous", ())),
        offices=offices,
    )


def _office(o: OfficeRecord, person_country: str | None,
            names_of: dict[str, list[str]]) -> Office:
    country = o.get("country") or person_country
    title, role = o["office"], o["role"]
    return Office(
        title=title, role=role, kind=_kind(title, role, country, names_of),
        country=country, start=lower_bound(o.get("from")), end=upper_bound(o.get("to")),
    )


_KINDS: dict[tuple[str, str, str | None], str] = {}


def _kind(title: str, role: str, country: str | None, names_of: dict[str, list[str]]) -> str:
    """:func:`office_kind`, once per office title (thousands of terms share a few hundred)."""
    k = (title, role, country)
    kind = _KINDS.get(k)
    if kind is None:
        kind = _KINDS[k] = office_kind(title, role, names_of.get(country or "", ()))
    return kind


@cache
def _norm(name: str) -> str:
    return " ".join(w for _, _, w in tokenize(name))


def _index_leader(gz: Gazetteer, leader: Leader) -> None:
    from reader.entities.loaders import latin_ok

    for name in leader.ar:
        gz.add_phrase(name, "leader", leader.key)
    if leader.english:
        gz.add_phrase(leader.english, "leader", leader.key)
    for name in leader.short:
        gz.add_phrase(name, "short", leader.key)
    for name in leader.english_aliases:
        if latin_ok(name):
            gz.add_phrase(name, "short", leader.key)


def load_frequent_words(gz: Gazetteer) -> None:
    """``frequent_ar.txt``: the 20,000 most frequent Arabic words (a family name's test)."""
    from reader.entities.loaders import read_lines

    gz.frequent = frozenset(read_lines("frequent_ar.txt"))


def settle_short_forms(gz: Gazetteer) -> None:
    """Which short forms need evidence, which are shared, which are plain names.

    Runs after the common words and given names are loaded.  Fills
    ``gz.homonyms`` (names several leaders share) and narrows each leader's
    ``short_ambiguous`` to the forms that are ordinary words or given names;
    the distinctive one-word forms leave ``gz.common``.
    """
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, leader in gz.leaders.items():
        pause_point()
        for kind, names in (("leader", leader.ar), ("short", leader.short)):
            for name in names:
                owners[(kind, _norm(name))].append(key)
    gz.homonyms = {k: tuple(dict.fromkeys(v)) for k, v in owners.items() if len(set(v)) > 1}
    gz.shared = frozenset(key for keys in gz.homonyms.values() for key in keys)
    shared = {form for (kind, form) in gz.homonyms if kind == "short"}
    distinctive: set[str] = set()
    for key, leader in list(gz.leaders.items()):
        pause_point()
        forms = {_norm(s) for s in leader.short}
        ambiguous = frozenset(f for f in leader.short_ambiguous
                              if f not in shared or ordinary_word(gz, f))
        ambiguous |= {f for f in forms if definite_noun(gz, f)}
        distinctive |= {f for f in forms - ambiguous if " " not in f and f not in shared}
        if ambiguous != leader.short_ambiguous:
            gz.leaders[key] = _with_ambiguous(leader, ambiguous)
    gz.common = gz.common - distinctive


def ordinary_word(gz: Gazetteer, form: str) -> bool:
    """Is the folded one-word ``form`` also a given name or an ordinary Arabic word?

    A frequent word counts only when the name detector does not read it as a
    transliterated name and it is no surname with the article (السيسي).
    """
    if " " in form:
        return False
    if form in gz.given or fold(form) in gz.given_ambiguous:
        return True
    return (form in gz.common and not form.startswith("ال")
            and not load_detector().foreign(form))


def definite_noun(gz: Gazetteer, form: str) -> bool:
    """Is the folded one-word ``form`` an ordinary noun with the article as well as
    a surname (الشرع "the law", الأسد "the lion", العنصر "the element")?  Alone,
    with no title and no earlier full name, it is the noun.  A stem that is a
    given name (الحسن) or a form the detector reads as foreign is a name."""
    return (" " not in form and form.startswith("ال") and form[2:] in gz.frequent
            and form[2:] not in gz.given and not load_detector().foreign(form))


def _with_ambiguous(leader: Leader, ambiguous: frozenset[str]) -> Leader:
    from dataclasses import replace

    return replace(leader, short_ambiguous=ambiguous)
