"""Provides the choice between leaders who share a name, and the article's countries (no Textual).

"بوش" names George H. W. Bush in 1990 and George W. Bush in 2004; Saudi
copy's "الملك عبدالله" in 2015 is the late Saudi king, Jordanian copy's is
Abdullah II.  :func:`which_leader` settles a shared name by, in order: a
candidate the article already named, the title's country ("العاهل الأردني
الملك عبدالله"), the countries the article names, and who was in office on
its date (:func:`reader.entities.offices.pick_leader`).  The article's
countries (:func:`country_context`) are counted once per article, and only
when a choice is needed.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

from reader.entities.mentions import Mentions
from reader.entities.offices import pick_leader


def country_context(ex: Mentions) -> Counter[str]:
    """How often the article names each country: its name, its nationality
    adjective, or a city or region of it (cached on ``ex``)."""
    if ex.countries is not None:
        return ex.countries
    counts: Counter[str] = Counter()
    gz = ex.gz
    # Only the words that may name a country at all are looked at in context.
    for k in compress(range(ex.n), gz.country_words(ex.words, ex.facts)):
        if not ex.arabic[k]:
            continue
        code = ex.nisba_at(k)
        if code:
            counts[code] += 1
            continue
        hit = ex.phrase_at(k, ("place",))
        if hit is not None:
            place = gz.places[hit[2]]
            where = place.code if place.kind == "country" else place.country
            if where:
                counts[where] += 1
    ex.countries = counts
    return counts


def which_leader(ex: Mentions, k: int, end: int, kind: str, key: str,
                 title_country: str | None = None) -> str:
    """The key of the leader the name at words k..end-1 (a phrase of ``kind``) names.

    ``key`` is the first leader the index found; another who shares the name
    may fit the article better (see the module docstring).
    """
    gz = ex.gz
    if key not in gz.shared:
        return key
    keys = ex.keys_at(k, end, kind)
    if len(keys) < 2:
        return key
    named = [q for q in keys if q in ex.people]
    if named:
        return named[0]
    leaders = [gz.leaders[q] for q in keys]
    if title_country:
        same = [ldr for ldr in leaders
                if ldr.country == title_country or any(o.country == title_country
                                                       for o in ldr.offices)]
        leaders = same or leaders
    best, _ = pick_leader(leaders, ex.day, country_context(ex))
    return best.key
