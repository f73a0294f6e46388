#!/usr/bin/env python3
"""Provides the generator of reader/entities/data/place_words.json: place names that are words.

Run by developers after tools/build_gazetteer.py (it reads places.json), never
at runtime: it needs wordfreq (``pip install -e '.[gazetteer]'``).  Many place
names are also ordinary Arabic words, and the extractor must know which:

* ``clitic_blocked``: glued forms that are words of their own, not a proclitic
  and a place: وكيل is "agent", not و + Kiel; للحج is "for the Hajj" (ل +
  الحج), not ل + Lahij.  A glued form W = p + X (p a conjunction, a
  preposition or both) is blocked when wordfreq finds W nearly as often as X
  itself (zipf(W) > zipf(X) - CLITIC_MARGIN, CONJUNCTION_MARGIN after و or
  ف): a real "and X" or "in X" is many times rarer than X (وسوريا is 1.1
  below سوريا, بجدة 0.9 below جدة), a word of its own is not (وكيل is 0.8
  above كيل).  A guarded X (below) is blocked with every proclitic.
* ``guarded``: one-word names that are also common words or given names, read
  as the place only in a place's context (see reader/entities/place_context.py):
  tier 1 needs a head word (محافظة الخبر) or a list of places around it; tier
  2 also takes a preposition of place (في الخرج).  A name is a common word
  when its definite and indefinite forms are both frequent (الخبر and خبر,
  الكامل and كامل): a place's name is used in one form only (الرياض is 0.7
  above رياض, الكويت 1.9 above كويت).  Such a name is tier 1 from TIER1_ZIPF
  and tier 2 from TIER2_ZIPF (MAJOR_TIER2_ZIPF for a capital, a city of
  MAJOR_CITY people or more, a region or a sea).  A smaller place (a town, a
  district, a smaller city) named with a frequent word needs context whatever
  its definiteness (الشعب, سيما; tier 1 from SMALL_PLACE_TIER1_ZIPF, tier 2
  from SMALL_PLACE_TIER2_ZIPF), and so does one that reads as a proclitic on a
  word (ودان) or a noun with a pronoun (جناته).  A place named like a given
  name is tier 2 (نايف، بشار) unless a capital or a city of BIG_CITY people.
  Country names are guarded by hand only (مالي is also "financial", but
  سورية is also "Syrian", which names the country too).  Hand entries are in
  places_extra.json (``common_words``; tier 0 takes a name off), each with a
  reason.
* ``media``: newspapers, channels and agencies named like a place («الشرق
  الأوسط», "الرياض", (بترا)): in quotation marks or brackets they are the title.
* ``club_cities``: cities a football club is named after alone (برشلونة, ليفربول).
* ``state_anaphor_default``: the kingdom "المملكة" alone stands for when the
  article names none (Saudi Arabia: see :func:`anaphor_defaults`).

Frequencies are wordfreq's ``large`` Arabic list (data CC BY-SA 4.0), summed
over the spellings that fold alike.  The build is deterministic for a given
wordfreq version; it prints the guarded names for review.

Usage::

    python tools/gazetteer_words.py [--places PATH] [--out PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.entities.normalize import fold, is_arabic, tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "reader" / "entities" / "data"
OUT = DATA / "place_words.json"

#: Proclitics glued in front of a name: a conjunction, a preposition, or both (not ك:
#: the extractor reads ك only before a name with the article, see
#: reader.entities.lookup.PROCLITIC_RUNS).
PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
#: A glued form is a word of its own when it is less than this much rarer (zipf)
#: than the name; after a conjunction, which glues onto lists of places, the second.
CLITIC_MARGIN = 0.5
CONJUNCTION_MARGIN = 0.3
#: A name is a common word when its other definiteness is at most this much rarer (zipf).
DEFINITENESS_MARGIN = 0.6
#: Zipf of a common-word name from which it is tier 1 (a head word or a list).
TIER1_ZIPF = 4.3
#: Zipf of a common-word name from which it is tier 2 (a preposition of place will
#: do); the second for a major place (الرباط "bond", الوادي "the valley").
TIER2_ZIPF = 3.0
MAJOR_TIER2_ZIPF = 4.0
#: Population from which a city is a major place (its name is mostly the place), and
#: a big one (its name is the place even when it is also a given name).
MAJOR_CITY = 50_000
BIG_CITY = 1_000_000
#: Zipf from which a place name that is also a given name is tier 2.
GIVEN_ZIPF = 3.0
#: Zipf from which the name of a smaller place (a town, a district, a city under
#: MAJOR_CITY) is a word whatever its definiteness: tier 1 from the first (الشعب
#: "the people", سيما, الخميس "Thursday": no small place is named that often),
#: tier 2 from the second (تدمر is also "destroys", كسب "gain").
SMALL_PLACE_TIER1_ZIPF = 4.0
SMALL_PLACE_TIER2_ZIPF = 3.5
#: Zipf from which the rest of a smaller place's name after a first letter و ف ب ل
#: is a word the name reads as, glued (ودان: "and condemned"): tier 2.
GLUED_WORD_ZIPF = 4.0


def folded_frequencies() -> dict[str, float]:
    """wordfreq's Arabic frequencies (``large``), summed over spellings that fold alike."""
    import wordfreq

    out: dict[str, float] = defaultdict(float)
    for word, freq in wordfreq.get_frequency_dict("ar", "large").items():
        out[fold(word)] += freq
    return dict(out)


def zipf(freqs: dict[str, float], word: str) -> float:
    """Zipf value of a folded word (log10 of its frequency per billion words); 0 if unseen."""
    f = freqs.get(word, 0.0)
    return math.log10(f * 1e9) if f > 0 else 0.0


def clitic_blocked(first_words: set[str], freqs: dict[str, float], guarded: set[str],
                   paired: set[str]) -> dict[str, list[str]]:
    """Glued form -> the first words of place names it must not be read as (see above).

    Only names without the article: a proclitic on an ال name (بالرياض,
    والخبر) cannot be read any other way, while one on a bare name can be the
    first letter of another word (وكيل، كبيرا) or, before ل, stand for ل + ال
    (للحج).  A name that is itself a common word (``guarded``) is never read
    with a proclitic glued on: the proclitic hides the context it needs.  A
    name written after و inside another name (جامو وكشمير، سبتة ومليلية:
    ``paired``) is expected glued to و that often.
    """
    blocked: dict[str, list[str]] = defaultdict(list)
    for name in sorted(first_words):
        if name.startswith("ال"):
            continue
        base = zipf(freqs, name)
        for p in PROCLITICS:
            word = p + name
            z = zipf(freqs, word)
            margin = CONJUNCTION_MARGIN if p in ("و", "ف") else CLITIC_MARGIN
            if word in paired or z == 0:
                continue
            if name in guarded or z > base - margin:
                blocked[word].append(name)
    return dict(sorted(blocked.items()))


def paired_words(places: list[dict[str, Any]]) -> set[str]:
    """Folded words after the first of place names that start with و (جامو وكشمير -> وكشمير)."""
    out = set()
    for p in places:
        for name in p["ar"]:
            out.update(t for _, _, t in tokenize(name)[1:] if t.startswith("و"))
    return out


def counterpart(name: str) -> str:
    """The other definiteness of a folded name: الخبر <-> خبر."""
    return name[2:] if name.startswith("ال") and len(name) >= 4 else "ال" + name


def guard_tier(name: str, freqs: dict[str, float], given: set[str], major: bool,
               big: bool = False) -> int:
    """0, or the tier of context a one-word folded place name needs (see the module docstring).

    ``major``: the name is a name of a capital, a city of 50,000
    people or more, a region or a sea; only a very frequent common word
    (العين، الخبر) needs context then (or a hand entry: دوما is also "always").
    ``big``: a capital or a city of BIG_CITY people or more, whose name is not read
    as a given name (صوفيا, Sofia); other places named like a given name need a
    preposition (نايف، بشار، الخليل).
    """
    z = zipf(freqs, name)
    other = counterpart(name)
    # A major place's other form may be a given name (الخليل, Hebron, and خليل).
    common = zipf(freqs, other) >= z - DEFINITENESS_MARGIN and not (major and other in given)
    if common and z >= TIER1_ZIPF:
        return 1
    if name in given and z >= GIVEN_ZIPF and not big:
        return 2
    if major:
        return 2 if (common and z >= MAJOR_TIER2_ZIPF) or glued_word(name, freqs) else 0
    if not adjective_shaped(name):  # الشرقية is read by the extractor's adjective rule
        if z >= SMALL_PLACE_TIER1_ZIPF:
            return 1
        if z >= SMALL_PLACE_TIER2_ZIPF:
            return 2
    if common and z >= TIER2_ZIPF:
        return 2
    return 2 if glued_word(name, freqs) or pronoun_suffixed(name, freqs) else 0


def pronoun_suffixed(name: str, freqs: dict[str, float]) -> bool:
    """Does a smaller place's name read as a frequent noun with a pronoun (جناته
    "his gardens", for the village جناتة)?"""
    if not name.endswith("ه") or len(name) < 4:
        return False
    stem = zipf(freqs, name[:-1])
    return stem >= SMALL_PLACE_TIER2_ZIPF and stem > zipf(freqs, name)


def glued_word(name: str, freqs: dict[str, float]) -> bool:
    """Does the name read as a proclitic on a frequent word (ودان: و + دان
    "condemned")?  The word must be more frequent than the name."""
    if len(name) < 4 or name[0] not in "وفبل":
        return False
    rest = zipf(freqs, name[1:])
    return rest >= GLUED_WORD_ZIPF and rest > zipf(freqs, name)


def adjective_shaped(name: str) -> bool:
    """A definite name shaped like a feminine adjective (الشرقية، السعودية), which the
    extractor reads as the adjective after a definite noun.  (A masculine one, الرفاعي
    or القرشي, is as often a family name.)"""
    return name.startswith("ال") and name.endswith("يه")


def given_names() -> set[str]:
    """Folded one-word given names of given_names.json (Arabic and foreign)."""
    data = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))
    out = set()
    for group in ("arabic", "foreign"):
        for names in (data.get(group) or {}).values():
            out.update(fold(n) for n in names if " " not in n)
    return out


def place_names(places: list[dict[str, Any]]
                ) -> tuple[set[str], set[str], set[str], set[str], set[str]]:
    """Of places.json: folded one-word Arabic names, folded first words of every Arabic
    name, the names of major places (see :func:`guard_tier`) and the
    names of countries (guarded only by hand: مالي is also "financial", but سورية is
    also "Syrian", which names the country too), and the big cities' names."""
    one_word: set[str] = set()
    firsts: set[str] = set()
    major: set[str] = set()
    countries: set[str] = set()
    big: set[str] = set()
    for p in places:
        for name in p["ar"]:
            words = [t for _, _, t in tokenize(name)]
            if not words or not is_arabic(name):
                continue
            firsts.add(words[0])
            if len(words) == 1:
                one_word.add(words[0])
                if p["kind"] == "country":
                    countries.add(words[0])
                elif is_major(p):
                    major.add(words[0])
                    if p["kind"] == "city" and (p.get("capital") or int(
                            p.get("population") or 0) >= BIG_CITY):
                        big.add(words[0])
    return one_word, firsts, major, countries, big


def is_major(place: dict[str, Any]) -> bool:
    """A capital, a city of MAJOR_CITY people or more, a region (continents, the Gulf, Tibet,
    a state's first-level region or province), a sea or a site."""
    if place["kind"] == "city":
        return bool(place.get("capital")) or int(place.get("population") or 0) >= MAJOR_CITY
    return place["kind"] != "town" and int(place.get("admin") or 0) < 2


def build(places: list[dict[str, Any]], extras: dict[str, Any],
          freqs: dict[str, float]) -> dict[str, Any]:
    """The content of place_words.json."""
    one_word, firsts, major, countries, big = place_names(places)
    given = given_names()
    guarded = {name: tier for name in sorted(one_word - countries)
               if (tier := guard_tier(name, freqs, given, name in major, name in big))}
    for group in extras.get("common_words", []):
        for name in group["names"]:
            guarded[fold(name)] = int(group["tier"])
    guarded = {name: tier for name, tier in guarded.items() if tier}
    media = sorted({fold(n) for e in extras.get("media", []) for n in e["ar"]})
    clubs = sorted({fold(n) for e in extras.get("club_cities", []) for n in e["names"]})
    return {
        "meta": {
            "generated_by": "tools/gazetteer_words.py",
            "wordfreq": version("wordfreq"),
            "licence": "derived from wordfreq's Arabic word frequencies (CC BY-SA 4.0) and"
                       " places_extra.json",
            "rules": "see the docstring of tools/gazetteer_words.py",
            "thresholds": {
                "clitic_margin": CLITIC_MARGIN, "conjunction_margin": CONJUNCTION_MARGIN,
                "definiteness_margin": DEFINITENESS_MARGIN, "tier1_zipf": TIER1_ZIPF,
                "tier2_zipf": TIER2_ZIPF, "major_tier2_zipf": MAJOR_TIER2_ZIPF,
                "small_place_tier1_zipf": SMALL_PLACE_TIER1_ZIPF,
                "small_place_tier2_zipf": SMALL_PLACE_TIER2_ZIPF,
                "glued_word_zipf": GLUED_WORD_ZIPF, "given_zipf": GIVEN_ZIPF,
                "major_city": MAJOR_CITY, "big_city": BIG_CITY,
            },
        },
        "clitic_blocked": clitic_blocked(firsts, freqs, set(guarded), paired_words(places)),
        "guarded": guarded,
        "media": media,
        "club_cities": clubs,
        "state_anaphor_default": anaphor_defaults(places, freqs),
    }


def anaphor_defaults(places: list[dict[str, Any]], freqs: dict[str, float]) -> dict[str, str]:
    """"المملكة" or "السلطنة" -> the country it stands for when an article names no
    kingdom or sultanate: the one Arabic names most (wordfreq zipf of its main
    name: السعودية 5.9, المغرب 5.3, البحرين 5.2; عمان for السلطنة)."""
    heads: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for p in places:
        if p["kind"] != "country":
            continue
        for name in p["ar"]:
            words = [t for _, _, t in tokenize(name)]
            head = words[0] if words[0].startswith("ال") else "ال" + words[0]
            if len(words) > 1 and head in ("المملكه", "السلطنه"):
                heads[head].append((zipf(freqs, fold(p["ar"][0])), p["key"]))
    return {head: max(found)[1] for head, found in sorted(heads.items())}


def main(argv: list[str] | None = None) -> None:
    """Build place_words.json from places.json and places_extra.json; print the guarded names."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--places", type=Path, default=DATA / "places.json")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--quiet", action="store_true", help="print only the counts")
    args = parser.parse_args(argv)
    places = json.loads(args.places.read_text(encoding="utf-8"))["places"]
    extras = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    data = build(places, extras, folded_frequencies())
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    if not args.quiet:
        for tier in (1, 2):
            names = [n for n, t in data["guarded"].items() if t == tier]
            print(f"\n## tier {tier}: {len(names)}\n  " + " ".join(names))
    print(f"\nclitic_blocked: {len(data['clitic_blocked'])}; guarded: {len(data['guarded'])};"
          f" media: {len(data['media'])}; club_cities: {len(data['club_cities'])} -> {args.out}")


if __name__ == "__main__":
    main()
