"""Provides ExtractionResult: an article's people and places, as the reader shows them (no Textual).

:func:`build_result` turns what the rules found (:class:`Mentions`) into
entities with a name, aliases and counts, every mention's span, and the
country weights a search by country uses; :func:`merge_results` adds up the
results of several articles; :meth:`ExtractionResult.to_json` is the shape
``reader entities --json`` prints.  What each entity carries (an evidence, a
confidence) is decided here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import starmap
from operator import itemgetter
from typing import Any

from reader.entities.evidence import CONFIDENCE, SHOWN, Evidence
from reader.entities.mentions import Mentions, Person, PlaceMention
from reader.entities.normalize import fold_text, is_arabic
from reader.entities.offices import held_on
from reader.entities.records import Leader, Place
from reader.models import Entity, Span

#: First words of a kunya (أبو مازن): it names a person only when nothing else was found.
KUNYA = frozenset({"ابو", "ابي", "ابا", "ام"})


@dataclass
class ExtractionResult:
    """People and places of one article (or several, merged)."""

    entities: list[Entity]
    """People first, then places; each by mentions, then first appearance."""
    spans: list[Span]
    """Every mention, logical offsets into :func:`reader.entities.article_text`."""
    countries: dict[str, int] = field(default_factory=dict)
    """Country code -> weight: countries named, plus countries of office-holders named."""

    @property
    def people(self) -> list[Entity]:
        """The people, most mentioned first."""
        return [e for e in self.entities if e.kind == "person"]

    @property
    def places(self) -> list[Entity]:
        """The places, most mentioned first."""
        return [e for e in self.entities if e.kind == "place"]

    @property
    def shown(self) -> list[Entity]:
        """The well-evidenced entities (what the sidebar lists by default), in order."""
        return [e for e in self.entities if e.confidence >= SHOWN]

    @property
    def unsure(self) -> list[Entity]:
        """The entities found on weaker evidence (listed on request), in order."""
        return [e for e in self.entities if e.confidence < SHOWN]

    def to_json(self) -> dict[str, Any]:
        """The shape ``reader entities --json`` prints (and tools rely on): the
        well-evidenced people and places, then the people found on weaker
        evidence (``unsure_people``), each with its evidence and confidence."""
        shown = self.shown
        return {
            "people": [_person_json(e) for e in shown if e.kind == "person"],
            "places": [
                {"name": e.name, "aliases": list(e.aliases), "english": e.english,
                 "kind": e.place_kind, "code": e.code, "count": e.count, "key": e.key,
                 "evidence": list(e.evidence), "confidence": e.confidence}
                for e in shown if e.kind == "place"
            ],
            "unsure_people": [_person_json(e) for e in self.unsure if e.kind == "person"],
        }


def _person_json(e: Entity) -> dict[str, Any]:
    return {"name": e.name, "aliases": list(e.aliases), "english": e.english,
            "country": e.country, "office": e.office, "count": e.count, "key": e.key,
            "evidence": list(e.evidence), "confidence": e.confidence}


def build_result(ex: Mentions, places: dict[str, list[PlaceMention]],
                 spans: bool = True) -> ExtractionResult:
    """The result of one article: its people (``ex.people``) and settled places.

    Args:
        ex: The article's mentions after steps 1 and 2.
        places: Place key -> mentions, from step 3 (``resolve_places``).
        spans: Give the mentions' spans too (the reading pane's; the indexes
            need none, and making them was 1% of an import's analysis).
    """
    people = [(p.first, person_entity(p, ex.day)) for p in ex.people.values()]
    where = [(min(m.i for m in mentions), place_entity(ex.gz.places[key], mentions))
             for key, mentions in places.items()]
    if not spans:
        return ExtractionResult(_ranked(people) + _ranked(where), [],
                                country_weights(ex, places))
    found = [(s, e, "person", p.key) for p in ex.people.values() for s, e in p.spans]
    found += [(m.start, m.end, "place", key) for key, mentions in places.items()
              for m in mentions]
    found.sort(key=itemgetter(0, 1))  # by offsets; stable, so a tie keeps people first
    return ExtractionResult(_ranked(people) + _ranked(where), list(starmap(Span, found)),
                            country_weights(ex, places))


def _ranked(entities: list[tuple[int, Entity]]) -> list[Entity]:
    """Entities (with their first word) by mentions, then first appearance."""
    return [e for _, e in sorted(entities, key=lambda x: (-x[1].count, x[0]))]


def country_weights(ex: Mentions, places: dict[str, list[PlaceMention]]) -> dict[str, int]:
    """Country code -> weight: each mention of a country, of a person who holds an
    office of it (a known leader, or a person named with a title of office), and
    each use of its name as an adjective ("القوات السعودية")."""
    countries: Counter[str] = Counter()
    for p in ex.people.values():
        leader = p.leader
        if p.country and ((leader and not leader.org) or (leader is None and p.office_holder)):
            countries[p.country] += sum(p.surfaces.values())
    for key, mentions in places.items():
        place = ex.gz.places[key]
        if place.kind == "country" and place.code:
            countries[place.code] += len(mentions)
    countries.update(ex.country_adjectives)
    return dict(countries)


def person_entity(p: Person, day: str | None = None) -> Entity:
    """A person as an entity: a known leader by their usual full name, others by
    the fullest Arabic form found; a kunya (أبو مازن) only when nothing else was.
    The forms found are the aliases; the office is the one held on ``day``."""
    found = (p.key, tuple(p.surfaces.items()), p.country, frozenset(p.evidence), len(p.spans),
             round(p.confidence, 2), day)
    cached = _PERSON_ENTITIES.get(found)
    if cached is not None and cached[0] is p.leader:
        return cached[1]
    entity = _person_entity(p, day)
    if len(_PERSON_ENTITIES) < ENTITIES_KEPT:
        _PERSON_ENTITIES[found] = (p.leader, entity)
    return entity


#: How many people (and places) found in some way the entity is kept of, at most
#: (a few hundred bytes each; beyond, entities are made each time).
ENTITIES_KEPT = 20_000
#: What makes a person's entity (key, forms with counts, country, evidence, mentions,
#: confidence, day) -> (the leader, the entity): leaders are named the same way in
#: article after article, and an Entity never changes.  The leader is kept to tell
#: another gazetteer's leader of the same key.
_PERSON_ENTITIES: dict[tuple[Any, ...], tuple[Leader | None, Entity]] = {}


def _person_entity(p: Person, day: str | None) -> Entity:
    """:func:`person_entity`, made anew."""
    texts = {display_form(s): n for s, n in p.surfaces.items()}
    surfaces = sorted(texts, key=lambda s: (*_person_form_rank(s), -texts[s], s))
    leader = p.leader
    if leader is not None and leader.ar:
        name = leader.ar[0]
        aliases = tuple(s for s in surfaces if s != name)
    else:
        name, aliases = surfaces[0], tuple(surfaces[1:])
    # Strongest first; ties by name, so every process (string hashing varies) lists
    # the same evidence in the same order.
    evidence = _evidence_order(frozenset(p.evidence))
    return Entity(
        key=p.key, kind="person", name=name, aliases=aliases,
        english=leader.english if leader else None, country=p.country,
        office=office_on(leader, day) if leader else None, count=len(p.spans),
        evidence=evidence, confidence=round(p.confidence, 2),
    )


@lru_cache(maxsize=1024)
def _evidence_order(evidence: frozenset[Evidence]) -> tuple[str, ...]:
    """The evidence, strongest first; ties by name (cached: a few sets recur)."""
    return tuple(e.value for e in sorted(evidence, key=lambda e: (-CONFIDENCE[e], e.value)))


@lru_cache(maxsize=65536)
def _person_form_rank(text: str) -> tuple[bool, bool, int]:
    """How a form of a person's name ranks for the entity's name, before its count:
    Arabic first, a kunya last, the most words first (cached: names recur)."""
    return (not is_arabic(text), fold_text(text).split()[0] in KUNYA, -len(text.split()))


def office_on(leader: Leader, day: str | None) -> str | None:
    """The office a leader held on ``day`` (the principal one), else their latest."""
    for o in leader.offices:
        if held_on(o, day):
            return o.title
    return leader.office


#: What a name's display form leaves out: tatweel, zero-width space, direction marks,
#: embeddings and isolates.
_INVISIBLE = re.compile("[\u0640\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=65536)
def display_form(text: str) -> str:
    """A name as found, with presentation forms (text pasted already shaped:
    "ﻋﻠﻲ ﻋﺒﺪ ﺍﻟﻠﻪ") turned back into letters, so it is laid out like any name, and
    without the invisible marks copied text carries around it (direction marks and
    embeddings, "‫داود مراد الختاري‬") or the tatweel that stretches a headline's
    letters ("كريستيانـو").  (Cached: the same names recur.)"""
    if any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in text):
        text = unicodedata.normalize("NFKC", text)
    if _INVISIBLE.search(text):
        text = " ".join(_INVISIBLE.sub("", text).split())
    return text


def place_entity(place: Place, mentions: list[PlaceMention]) -> Entity:
    """A place as an entity: its longest Arabic form names it."""
    found = tuple(m.surface for m in mentions)
    cached = _PLACE_ENTITIES.get((place.key, found))
    if cached is not None and cached[0] is place:
        return cached[1]
    entity = _place_entity(place, found)
    if len(_PLACE_ENTITIES) < ENTITIES_KEPT:
        _PLACE_ENTITIES[place.key, found] = (place, entity)
    return entity


#: (place key, texts of its mentions) -> (the place, its entity): a place is named the
#: same way in article after article, and an Entity never changes.  The place is kept
#: to tell another gazetteer's place of the same key.
_PLACE_ENTITIES: dict[tuple[str, tuple[str, ...]], tuple[Place, Entity]] = {}


def _place_entity(place: Place, found: tuple[str, ...]) -> Entity:
    """:func:`place_entity` from the texts of its mentions."""
    texts: dict[str, int] = {}
    for text in found:
        form = display_form(text)
        texts[form] = texts.get(form, 0) + 1
    if len(texts) == 1:
        surfaces = list(texts)
    else:
        surfaces = sorted(texts, key=lambda s: (*_place_form_rank(s), -texts[s], s))
    return Entity(
        key=place.key, kind="place", name=surfaces[0], aliases=tuple(surfaces[1:]),
        english=place.english or None, country=place.country, place_kind=place.kind,
        code=place.code if place.kind == "country" else None, count=len(found),
    )


@lru_cache(maxsize=65536)
def _place_form_rank(text: str) -> tuple[bool, int]:
    """How a form of a place's name ranks for the entity's name, before its count:
    Arabic first, the most words first (cached: names recur)."""
    return not is_arabic(text), -len(text.split())


def merge_results(results: list[ExtractionResult]) -> ExtractionResult:
    """Combine the results of several articles (one file holding many): counts add up."""
    if len(results) == 1:
        return results[0]
    merged: dict[str, Entity] = {}
    countries: Counter[str] = Counter()
    for res in results:
        countries.update(res.countries)
        for e in res.entities:
            cur = merged.get(e.key)
            merged[e.key] = e if cur is None else merge_entities(cur, e)
    ents = list(merged.values())
    people = sorted((e for e in ents if e.kind == "person"), key=lambda e: -e.count)
    places = sorted((e for e in ents if e.kind == "place"), key=lambda e: -e.count)
    return ExtractionResult(people + places, [], dict(countries))


def merge_entities(cur: Entity, e: Entity) -> Entity:
    """One entity of two articles: the first's name, every other form as an alias,
    counts added, the fields the first lacks taken from the second."""
    names = [cur.name, *cur.aliases]
    extra = tuple(a for a in (e.name, *e.aliases) if a not in names)
    return Entity(
        key=cur.key, kind=cur.kind, name=cur.name, aliases=cur.aliases + extra,
        english=cur.english or e.english, country=cur.country or e.country,
        place_kind=cur.place_kind, code=cur.code, office=cur.office or e.office,
        count=cur.count + e.count,
        evidence=cur.evidence + tuple(x for x in e.evidence if x not in cur.evidence),
        confidence=max(cur.confidence, e.confidence),
    )
