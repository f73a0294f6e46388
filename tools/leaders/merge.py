#!/usr/bin/env python3
"""Merge the regions' leaders files into reader/entities/data/leaders/REGION.json.

Each region's builder (``tools/leaders/REGION/build.py``) writes
``tools/leaders/build/REGION.json`` from its text sources, carrying over the
hand-curated records of ``tools/leaders/base_leaders.json`` (the original
leaders.json: their forms and offices are never dropped).  This script then:

- merges a person that two regions list (the same key: an international
  official, a monarch of several realms) into one record, in the first region
  that lists them: every form, alias and office of both, offices without
  repeats, current ones first, then by start date;
- keeps the base records no region took (international officials) in
  ``europe_intl``, the region that holds the international organisations;
- marks as ambiguous (``short_ambiguous``) every short form that two people
  share, and every one-word short form that is also a known given name or an
  ordinary Arabic word (``reader/entities/data/common_ar.txt`` or wordfreq's
  frequent words, unless the name detector reads it as a transliterated
  name): such a form names the person only with evidence (a full mention,
  a title, the article's date and country);
- writes each region with the shared ``meta`` of the base file (sources,
  policy) and the region's own description.

Run ``python3 tools/leaders/rebuild.py`` to build the regions and merge them.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from reader.entities.lexicon import STOP_WORDS  # noqa: E402
from reader.entities.normalize import fold, tokenize  # noqa: E402

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
OUT = ROOT / "reader" / "entities" / "data" / "leaders"
REGIONS = ("arab_me", "europe_intl", "americas_asia_pacific", "africa_south_central_asia")
DESCRIPTIONS = {
    "arab_me": "the Arab League states, Iran, Turkey, Israel, Afghanistan and Pakistan",
    "europe_intl": "Europe (with Russia, Ukraine and the Caucasus) and the heads of the "
                   "international organisations (UN, EU, AU, NATO, Arab League, GCC, ...)",
    "americas_asia_pacific": "the Americas, East and South-East Asia and Oceania",
    "africa_south_central_asia": "sub-Saharan Africa, South Asia and Central Asia",
}
AS_OF = "2025-07"
#: Folded common word -> its frequency rank (common_ar.txt lists them most frequent first).
FREQUENCY_RANK = {w: i for i, w in enumerate(
    line.strip() for line in (ROOT / "reader/entities/data/common_ar.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))}
#: Titles that may head an Arabic form as a curator wrote it (the extractor reads them as
#: titles), as written: "إيه" (the letter A of an initial) is no "آية".
TITLE_HEADS = frozenset("""
الملا الشيخ الشيخة الرئيس الرئيسة الملك الملكة الأمير الأميرة السيد السيدة السلطان الإمام
العاهل سمو آية المشير الجنرال الدكتور الدكتورة المستشار البابا
""".split())
RECORD_FIELDS = ("key", "english", "english_aliases", "ar", "short", "short_ambiguous",
                 "country", "org", "offices")


def norm(name: str) -> str:
    """A name as the gazetteer indexes it: folded words joined by one space."""
    return " ".join(w for _, _, w in tokenize(name))


def uniq(items: list[str]) -> list[str]:
    """Items in order, without repeats after folding."""
    seen: set[str] = set()
    out = []
    for item in items:
        n = norm(item) if any("\u0600" <= c <= "\u06ff" for c in item) else item
        if n not in seen:
            seen.add(n)
            out.append(item)
    return out


def office_order(offices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Offices without repeats: current ones first (as listed), then past ones by start."""
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for o in offices:
        k = (o["office"], o.get("from"))
        if k not in seen:
            seen.add(k)
            unique.append(o)
    current = [o for o in unique if o.get("to") is None]
    past = sorted((o for o in unique if o.get("to") is not None),
                  key=lambda o: str(o.get("from") or ""))
    return current + past


def merge_person(cur: dict[str, Any], add: dict[str, Any]) -> None:
    """Add a second region's record of the same person to ``cur``."""
    for field in ("english_aliases", "ar", "short", "short_ambiguous"):
        cur[field] = uniq([*cur.get(field, []), *add.get(field, [])])
    cur["offices"] = office_order([*cur["offices"], *add["offices"]])
    if not cur.get("org") and add.get("org"):
        cur["org"] = add["org"]


def ordinary_words() -> tuple[set[str], set[str]]:
    """Folded common Arabic words and given names (what a short form must not be alone)."""
    common = {line.strip() for line in
              (ROOT / "reader/entities/data/common_ar.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    names = json.loads((ROOT / "reader/entities/data/given_names.json").read_text())
    given = {fold(n).replace(" ", "") for group in ("arabic", "foreign")
             for ns in names.get(group, {}).values() for n in ns}
    return common, given


def is_ordinary(form: str, common: set[str], given: set[str]) -> bool:
    """Is a one-word short form also an ordinary word or a given name?

    A frequent word (common_ar.txt, wordfreq's top 6,000) counts only when
    the name detector does not read it as a transliterated foreign name and
    it is no nisba surname with the article: ترامب، أوباما and السيسي are
    frequent because news names them.
    """
    n = norm(form)
    if " " in n:
        return False
    if n in given:
        return True
    if n not in common or n.startswith("ال"):
        return False
    from reader.entities.detector import load_detector

    return not load_detector().foreign(n)


def main() -> None:
    base = json.loads((HERE / "base_leaders.json").read_text(encoding="utf-8"))
    people: dict[str, dict[str, Any]] = {}
    region_of: dict[str, str] = {}
    for region in REGIONS:
        for p in json.loads((BUILD / f"{region}.json").read_text(encoding="utf-8"))["people"]:
            if p["key"] in people:
                merge_person(people[p["key"]], p)
            else:
                people[p["key"]] = p
                region_of[p["key"]] = region
    for p in base["people"]:
        if p["key"] not in people:
            people[p["key"]] = json.loads(json.dumps(p))
            region_of[p["key"]] = "europe_intl"
    mark_ambiguous(people)
    OUT.mkdir(parents=True, exist_ok=True)
    meta = base["meta"]
    for region in REGIONS:
        records = [clean(p) for k, p in people.items() if region_of[k] == region]
        doc = {"meta": {
            "as_of": AS_OF,
            "region": DESCRIPTIONS[region],
            "description": meta["description"],
            "sources": meta["sources"],
            "policy": meta["policy"],
            "built_by": f"tools/leaders/{region}/build.py and tools/leaders/merge.py",
        }, "people": records}
        path = OUT / f"{region}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(records)} people, "
              f"{sum(len(p['offices']) for p in records)} offices")


def mark_ambiguous(people: dict[str, dict[str, Any]]) -> None:
    """Short forms shared by two people, or ordinary words, become ambiguous."""
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people.values():
        for form in [*p["short"], *p.get("short_ambiguous", [])]:
            owners[norm(form)].add(p["key"])
    common, given = ordinary_words()
    for p in people.values():
        amb = list(p.get("short_ambiguous", []))
        for form in p["short"]:
            if len(owners[norm(form)]) > 1 or is_ordinary(form, common, given):
                amb.append(form)
        p["short_ambiguous"] = uniq(amb)


def clean(p: dict[str, Any]) -> dict[str, Any]:
    """A record in the schema's order (empty optional fields left out), its Arabic
    forms as the extractor reads names: words apart (no hyphen: "أكوفو-أدو"), no
    title in front ("الملا محمد عمر" is read as the title الملا and the name), no
    function word as a short form unless marked ambiguous (حتي = حتى), each form once
    after folding."""
    out = {k: p[k] for k in RECORD_FIELDS if k in p}
    out["ar"] = uniq([f for f in map(untitled, p["ar"]) if f])
    full = {norm(f) for f in out["ar"]}
    marked = {norm(f) for f in p.get("short_ambiguous", [])}
    for field in ("short", "short_ambiguous"):
        forms = [" ".join(f.replace("-", " ").split()) for f in p.get(field, [])]
        out[field] = uniq([f for f in forms if not function_word(norm(f), marked)
                           and (norm(f) not in full or field == "short_ambiguous")])
    if not out.get("short_ambiguous"):
        out.pop("short_ambiguous", None)
    out.setdefault("english_aliases", [])
    out["offices"] = office_order(p["offices"])
    return out


def function_word(form: str, marked: set[str]) -> bool:
    """Is a folded short form a function word no context can tell from the name?

    One of the 500 most frequent words (حتي = حتى) never names anyone alone; a
    rarer one (لولا) may, where the curators marked it ambiguous.
    """
    if form not in STOP_WORDS:
        return False
    return form not in marked or FREQUENCY_RANK.get(form, 10**6) < 500


def untitled(form: str) -> str:
    """An Arabic full name without hyphens or a title in front (empty if one word is left)."""
    words = form.replace("-", " ").split()
    titled = False
    while len(words) >= 2 and words[0] in TITLE_HEADS:
        words, titled = words[1:], True
    return "" if titled and len(words) < 2 else " ".join(words)


if __name__ == "__main__":
    main()
