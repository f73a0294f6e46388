"""Provides the place rules: recording a place name, and settling which place it names (no Textual).

A known place name is recorded with every place it may stand for
(:func:`add_place`) unless it is part of an organisation's or a building's
name.  Step 3 (:func:`resolve_places`) settles the homonyms (عمان: Oman and
Amman; الجزائر: country and capital; طرابلس) by the words around them
("العاصمة", "سلطنة") and by which countries the article otherwise names.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from reader.entities.institutions import inside_org_name
from reader.entities.lexicon import CITY_HEADS, COUNTRY_HEADS, REGION_HEADS
from reader.entities.mentions import Mentions, PlaceMention
from reader.entities.normalize import clitic_variants
from reader.entities.place_context import names_place
from reader.entities.records import Place

#: Among homonyms with equal evidence: a country, a region (continents, the Gulf,
#: Gaza), a city, a town, a sea, a site; a state's subdivision last (ADMIN_PRIORITY
#: plus its level: a province before a district).
KIND_PRIORITY = {"country": 0, "region": 1, "city": 2, "town": 3, "sea": 4, "site": 5}
ADMIN_PRIORITY = 6
#: The kinds a head word before or after a name narrows its homonyms to.
HEAD_KINDS = {"city": ("city", "town"), "country": ("country",), "region": ("region",)}
#: PlaceMention.heads of "المملكة" read as the kingdom the article names.
ANAPHOR = "anaphor"
#: How many names of it the default kingdom of "المملكة" counts before any (see anaphor_place).
ANAPHOR_PRIOR = 3
#: Head words a gazetteer name may start with ("مدينة العين"): the place is named without.
PLACE_HEADS = CITY_HEADS | REGION_HEADS


def add_place(ex: Mentions, k: int, end: int, prefix: int) -> bool:
    """Record the place name of words k..end-1 (``prefix`` letters cut from the first);
    returns whether it names a place here (see :mod:`reader.entities.place_context`)."""
    if ex.claimed[k]:
        return False  # already read (a title's country is seen again when the name fails)
    if inside_org_name(ex, k):
        return False  # "جامعة القاهرة", "قصر السلام": part of an organisation or building
    candidates = all_places_at(ex, k, end)
    if not candidates or not names_place(ex, k, end, prefix, candidates):
        return False
    start, stop, text = ex.surface(k, prefix, end)
    if (end - k > 1 and ex.hit(k, PLACE_HEADS) is not None
            and any(key in candidates for key in all_places_at(ex, k + 1, end))):
        # A gazetteer name like "مدينة العين": the place is called العين (but
        # "المدينة المنورة" is a name of its own).
        start, stop, text = ex.surface(k + 1, 0, end)
    ex.places.append(PlaceMention(k, end, start, stop, candidates, text, place_heads(ex, k, end)))
    for q in range(k, end):
        ex.claimed[q] = True
    if len(candidates) == 1:
        place = ex.gz.places[candidates[0]]
        if place.country:
            ex.evidence[place.country] += 2 if place.kind == "country" else 1
    return True


def all_places_at(ex: Mentions, k: int, end: int) -> list[str]:
    """Every place whose name covers exactly words k..end-1 (homonyms)."""
    return ex.keys_at(k, end, "place")


def add_state_anaphor(ex: Mentions, k: int) -> bool:
    """"المملكة" or "السلطنة" alone at word k: the kingdom or sultanate the article
    names (settled in step 3 by the countries it names; "المملكة" in Saudi copy is
    Saudi Arabia).  A nationality after it says which ("المملكة الأردنية"); another
    adjective makes it a common noun ("المملكة الحيوانية").  Returns whether one was read."""
    if ex.claimed[k]:
        return False
    anaphors = ex.gz.state_anaphors
    for head in ex.variants(k):
        if head in anaphors:
            break
    else:
        return False
    keys = list(ex.gz.state_anaphors[head])
    end = k + 1
    if end < ex.n and not ex.brk[end] and ex.arabic[end]:
        code = ex.nisba_at(end)
        if code is not None:
            keys = [key for key in keys if ex.gz.places[key].code == code]
            end += 1
        elif ex.words[end].startswith("ال") and not ex.is_stop(end):
            return False
    if not keys:
        return False
    start, stop, text = ex.surface(k, len(ex.words[k]) - len(head), end)
    ex.places.append(PlaceMention(k, end, start, stop, keys, text, ANAPHOR))
    for q in range(k, end):
        ex.claimed[q] = True
    return True


def place_heads(ex: Mentions, k: int, end: int) -> str:
    """``city``, ``region`` or ``country`` when a word next to the name says which it
    is, else ``""``.

    "العاصمة عمان" and "العاصمة الأردنية عمان" (a nationality between) and
    "الجزائر العاصمة" are cities; "سلطنة عمان" is a country; "منطقة الرياض" is
    the region, and so is a name joined to it ("منطقتي الشرقية والرياض").
    """
    heads = ""
    back = k - 1
    if back >= 0 and not ex.brk[k] and ex.nisba_at(back):
        back -= 1  # "العاصمة الأردنية عمان"
    if back >= 0 and not ex.brk[back + 1]:
        heads = _head_kind(ex.words[back])
        if not heads and ex.places and ex.places[-1].j == k and ex.words[k][:1] == "و":
            heads = ex.places[-1].heads if ex.places[-1].heads != ANAPHOR else ""
    if (not heads and end < ex.n and not ex.brk[end] and _head_kind(ex.words[end]) == "city"
            and ex.phrase_at(end, ("place",)) is None):
        heads = "city"  # "الجزائر العاصمة" (but not "مكة المكرمة والمدينة المنورة")
    return heads


@lru_cache(maxsize=65536)
def _head_kind(word: str) -> str:
    """``city``, ``country`` or ``region`` when a reading of the folded word (a glued
    proclitic allowed) is a head noun of such a place, in that order; else ``""``.
    (Cached: asked before every place name.)"""
    readings = clitic_variants(word)
    for kind, heads in (("city", CITY_HEADS), ("country", COUNTRY_HEADS),
                        ("region", REGION_HEADS)):
        if not heads.isdisjoint(readings):
            return kind
    return ""


def resolve_places(ex: Mentions) -> dict[str, list[PlaceMention]]:
    """Step 3: settle homonyms and state anaphors; returns place key -> mentions.

    Place names inside a person's mention are dropped.  The homonyms are
    settled twice, so that the second pass sees the first one's choices.
    """
    out: dict[str, list[PlaceMention]] = {}
    ambiguous: list[PlaceMention] = []
    for m in ex.places:
        if any(ex.in_person[m.i:m.j]):
            continue
        if m.heads == ANAPHOR:
            key = anaphor_place(ex, m)
            if key is not None:
                out.setdefault(key, []).append(m)
        elif len(m.candidates) == 1:
            out.setdefault(m.candidates[0], []).append(m)
        else:
            ambiguous.append(m)
    filed: dict[int, str] = {}  # id of an ambiguous mention -> the key it is filed under
    for _ in range(2):
        for m in ambiguous:
            key = choose_place(ex, m)
            before = filed.get(id(m))
            if before is not None:
                # No two mentions start at one word: the mention itself is taken out.
                mentions = out[before]
                del mentions[next(q for q, x in enumerate(mentions) if x is m)]
            out.setdefault(key, []).append(m)
            filed[id(m)] = key
    return {k: v for k, v in out.items() if v}


def anaphor_place(ex: Mentions, m: PlaceMention) -> str | None:
    """The kingdom or sultanate "المملكة"/"السلطنة" stands for: the one a nationality
    after it names; else the one the article names most (by its name, its places,
    its people and adjectives), where the one Arabic news names most (Saudi Arabia,
    ``Gazetteer.anaphor_default``) counts ANAPHOR_PRIOR names more: Saudi copy
    says المملكة for its own country while naming others ("مفتي عام المملكة",
    "دفنهم بالمملكة" in a report from Britain)."""
    gz = ex.gz
    if m.j - m.i > 1 and len(m.candidates) == 1:
        return m.candidates[0]  # "المملكة الأردنية"
    default = gz.anaphor_default.get(reading_of(ex, m))
    named = country_mentions(ex)

    def score(key: str) -> tuple[int, bool]:
        code = gz.places[key].code or ""
        return (named[code] + ex.evidence[code] + (ANAPHOR_PRIOR if key == default else 0),
                key == default)

    best = max(m.candidates, key=score)
    return best if score(best)[0] > 0 else None


def reading_of(ex: Mentions, m: PlaceMention) -> str:
    """The folded anaphor ("المملكه") a state-anaphor mention was read from."""
    return next((v for v in ex.variants(m.i) if v in ex.gz.state_anaphors), "")


def country_mentions(ex: Mentions) -> Counter[str]:
    """Country code -> place names of it in the article, ambiguous ones included when
    every place they may stand for is of that country (الباحة, city or region)."""
    counts: Counter[str] = Counter()
    for pm in ex.places:
        if pm.heads == ANAPHOR:
            continue
        codes = {ex.gz.places[key].country for key in pm.candidates}
        if len(codes) == 1 and None not in codes:
            counts[codes.pop() or ""] += 1
    return counts


def choose_place(ex: Mentions, m: PlaceMention) -> str:
    """Key of the place an ambiguous name most likely stands for here.

    A head word (city, region or country) narrows the candidates.  Without
    one, a state's subdivision gives way to a place of its own country (or a
    sea) of the same name: the bare name "البحر الأحمر" is the sea, "جازان"
    the city, while "منطقة جازان" is the region.  Then the one whose country
    the article otherwise names wins, then by kind (country, region, city,
    town, sea, site, subdivision), capitals first, then by population.  A
    country's own name said many times is no evidence for itself, nor for its
    capital of the same name (الكويت).
    """
    gz = ex.gz
    cands = [gz.places[k] for k in m.candidates]
    if m.heads in HEAD_KINDS:
        narrowed = [p for p in cands if p.kind in HEAD_KINDS[m.heads]]
        cands = narrowed or cands
    elif any(p.admin for p in cands):
        others = {p.country for p in cands if not p.admin}
        cands = [p for p in cands if not p.admin or not others & {p.country, None}] or cands
    own = {p.code for p in cands if p.kind == "country" and p.code}
    said = 2 * sum(1 for x in ex.places if x.surface == m.surface) if own else 0

    def score(p: Place) -> tuple[int, int, int, int]:
        evidence = ex.evidence.get(p.country or "", 0)
        if p.country in own:
            evidence = max(0, evidence - said)
        priority = (ADMIN_PRIORITY + p.admin if p.admin
                    else KIND_PRIORITY.get(p.kind, ADMIN_PRIORITY))
        return (-min(evidence, 1), priority, 0 if p.capital else 1, -p.population)

    return min(cands, key=score).key
