"""Provides the place rules: recording a place name, and settling which place it names (no Textual).

A known place name is recorded with every place it may stand for
(:func:`add_place`) unless it is part of an organisation's or a building's
name.  Step 3 (:func:`resolve_places`) settles the homonyms (عمان: Oman and
Amman; الجزائر: country and capital; طرابلس) by the words around them
("العاصمة", "سلطنة") and by which countries the article otherwise names.
"""

from __future__ import annotations

from reader.entities.institutions import inside_org_name
from reader.entities.lexicon import CITY_HEADS, COUNTRY_HEADS
from reader.entities.mentions import Mentions, PlaceMention
from reader.entities.normalize import drops_article
from reader.entities.records import Place

#: Among homonyms with equal evidence: a country, then a region, then a city.
KIND_PRIORITY = {"country": 0, "region": 1, "city": 2}


def add_place(ex: Mentions, k: int, end: int, prefix: int) -> None:
    """Record the place name of words k..end-1 (``prefix`` letters cut from the first)."""
    if ex.claimed[k]:
        return  # already read (a title's country is seen again when the name fails)
    if inside_org_name(ex, k):
        return  # "جامعة القاهرة", "قصر السلام": part of an organisation or building
    candidates = all_places_at(ex, k, end)
    if not candidates:
        return
    start, stop, text = ex.surface(k, prefix, end)
    if end - k > 1 and ex.words[k] in CITY_HEADS:
        # A gazetteer name like "مدينة العين": the place is called العين.
        start, stop, text = ex.surface(k + 1, 0, end)
    ex.places.append(PlaceMention(k, end, start, stop, candidates, text, place_heads(ex, k, end)))
    for q in range(k, end):
        ex.claimed[q] = True
    if len(candidates) == 1:
        place = ex.gz.places[candidates[0]]
        if place.country:
            ex.evidence[place.country] += 2 if place.kind == "country" else 1


def all_places_at(ex: Mentions, k: int, end: int) -> list[str]:
    """Every place whose name covers exactly words k..end-1 (homonyms)."""
    keys: list[str] = []
    word = ex.words[k]
    for v in (ex.variants(k) if ex.arabic[k] else (word,)):
        if drops_article(word, v):
            continue
        for ph in ex.gz.phrases.get(v, ()):
            if (ph.kind == "place" and k + 1 + len(ph.rest) == end and ph.key not in keys
                    and all(ex.words[k + 1 + m] == w for m, w in enumerate(ph.rest))):
                keys.append(ph.key)
    return keys


def place_heads(ex: Mentions, k: int, end: int) -> str:
    """``city`` or ``country`` when a word next to the name says which it is, else ``""``.

    "العاصمة عمان" and "العاصمة الأردنية عمان" (a nationality between) and
    "الجزائر العاصمة" are cities; "سلطنة عمان" is a country.
    """
    heads = ""
    back = k - 1
    if back >= 0 and not ex.brk[k] and ex.nisba_at(back):
        back -= 1  # "العاصمة الأردنية عمان"
    if back >= 0:
        if ex.hit(back, CITY_HEADS):
            heads = "city"
        elif ex.hit(back, COUNTRY_HEADS):
            heads = "country"
    if end < ex.n and not ex.brk[end] and ex.hit(end, CITY_HEADS):
        heads = "city"  # "الجزائر العاصمة"
    return heads


def resolve_places(ex: Mentions) -> dict[str, list[PlaceMention]]:
    """Step 3: settle homonyms; returns place key -> mentions.

    Place names inside a person's mention are dropped.  The homonyms are
    settled twice, so that the second pass sees the first one's choices.
    """
    gz = ex.gz
    out: dict[str, list[PlaceMention]] = {}
    ambiguous: list[PlaceMention] = []
    for m in ex.places:
        if any(ex.in_person[m.i:m.j]):
            continue
        if len(m.candidates) == 1:
            out.setdefault(m.candidates[0], []).append(m)
        else:
            ambiguous.append(m)
    for _ in range(2):
        for m in ambiguous:
            key = choose_place(ex, m)
            for other in list(out):
                if m in out[other]:
                    out[other].remove(m)
            out.setdefault(key, []).append(m)
            place = gz.places[key]
            if place.country:
                ex.evidence[place.country] += 0  # seen; weight comes from unambiguous names
    return {k: v for k, v in out.items() if v}


def choose_place(ex: Mentions, m: PlaceMention) -> str:
    """Key of the place an ambiguous name most likely stands for here.

    A head word (city or country) narrows the candidates; then the one whose
    country the article otherwise names wins, then by kind (country, region,
    city), capitals first, then by population.  A country's own name said
    many times is no evidence for itself.
    """
    gz = ex.gz
    cands = [gz.places[k] for k in m.candidates]
    if m.heads:
        kind = "city" if m.heads == "city" else "country"
        narrowed = [p for p in cands if p.kind == kind]
        if narrowed:
            cands = narrowed
    own = {p.code for p in cands if p.kind == "country" and p.code}

    def score(p: Place) -> tuple[int, int, int, int]:
        evidence = ex.evidence.get(p.country or "", 0)
        if p.kind == "country" and p.code in own:
            evidence = max(0, evidence - 2 * sum(1 for x in ex.places if x.surface == m.surface))
        return (-min(evidence, 1), KIND_PRIORITY.get(p.kind, 3), 0 if p.capital else 1,
                -p.population)

    return min(cands, key=score).key
