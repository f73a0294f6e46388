#!/usr/bin/env python3
"""Provides checks and review aids for reader/entities/data/given_names.json.

The lexicon is hand-compiled (see its "meta"); this script keeps it tidy and
shows where it may hurt precision:

* no option: validate (schema, Arabic script, no diacritics, no duplicates
  after folding, ambiguous is a subset) and print the counts; exit 1 on a
  problem.
* ``--write``: rewrite the file sorted by folded form, one name per line, so
  diffs stay small and duplicates sit next to each other.
* ``--suggest``: names that are not marked ambiguous although their folded
  form, their form with the article (إدوار/الأدوار) or a proclitic reading
  (لامين = ل + أمين) is a frequent Arabic word in wordfreq -- the list the
  "ambiguous" entries were reviewed from.  Needs wordfreq (the gazetteer extra).
* ``--dev DIR``: on an eval directory with gold.json, how many gold people
  start with a listed given name, and every given-name hit in the texts that
  is not inside a gold person's name (candidate false starts).

Usage: python tools/check_given_names.py [--write] [--suggest [N]] [--dev DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.entities.normalize import clitic_variants, fold, tokenize

PATH = Path(__file__).resolve().parent.parent / "reader" / "entities" / "data" / "given_names.json"
GROUPS = ("arabic", "foreign")
GENDERS = ("male", "female")
# Arabic letters only (no harakat U+064B-U+065F, no tatweel U+0640, no superscript alef), one
# space between the words of a compound.
_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u06a4\u06af"
_NAME_RE = re.compile(f"[{_LETTERS}]+( [{_LETTERS}]+)*")


def load(path: Path = PATH) -> dict[str, Any]:
    """Read the lexicon.

    Args:
        path: The JSON file.

    Returns:
        The parsed document.
    """
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def lists(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Every name list of the document by dotted name ("arabic.male", ..., "ambiguous")."""
    out = {f"{g}.{s}": doc[g][s] for g in GROUPS for s in GENDERS}
    out["ambiguous"] = doc["ambiguous"]
    return out


def problems(doc: dict[str, Any]) -> list[str]:
    """Everything wrong with the lexicon, as readable lines (empty when it is clean).

    Args:
        doc: The parsed lexicon.
    """
    out: list[str] = []
    for key in ("description", "policy", "sources"):
        if not isinstance(doc.get("meta", {}).get(key), str):
            out.append(f"meta.{key} missing")
    for name, names in lists(doc).items():
        for n in names:
            if not _NAME_RE.fullmatch(n) or len(fold(n).replace(" ", "")) < 2:
                out.append(f"{name}: bad entry {n!r}")
        for folded, count in Counter(fold(n) for n in names).items():
            if count > 1:
                out.append(f"{name}: {folded} listed {count} times after folding")
    known = {fold(n) for g in GROUPS for s in GENDERS for n in doc[g][s]}
    for n in doc["ambiguous"]:
        if fold(n) not in known:
            out.append(f"ambiguous: {n} is in no arabic/foreign list")
    for s in GENDERS:
        both = {fold(n) for n in doc["arabic"][s]} & {fold(n) for n in doc["foreign"][s]}
        for folded in sorted(both):
            out.append(f"{s}: {folded} is both arabic and foreign")
    return out


def _sort_key(name: str) -> tuple[str, str]:
    # Folded first, so spellings that fold alike (and would be duplicates) sit side by side.
    return fold(name), name


def write_sorted(doc: dict[str, Any], path: Path = PATH) -> None:
    """Rewrite the file with every list sorted by folded form, one name per line."""
    for g in GROUPS:
        for s in GENDERS:
            doc[g][s] = sorted(doc[g][s], key=_sort_key)
    doc["ambiguous"] = sorted(doc["ambiguous"], key=_sort_key)
    ordered = {"meta": doc["meta"], "arabic": doc["arabic"], "foreign": doc["foreign"],
               "ambiguous": doc["ambiguous"]}
    path.write_text(json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def suggest(doc: dict[str, Any], top: int) -> list[tuple[int, str, str]]:
    """Unmarked names that read as frequent words: ``(rank, name, reading)``, most frequent first.

    Args:
        doc: The parsed lexicon.
        top: How many of wordfreq's most frequent Arabic words count as frequent.
    """
    from wordfreq import top_n_list  # a developer tool: only needed here

    rank: dict[str, int] = {}
    for i, word in enumerate(top_n_list("ar", top)):
        rank.setdefault(fold(word), i)
    ambiguous = {fold(n) for n in doc["ambiguous"]}
    out = []
    for g in GROUPS:
        for s in GENDERS:
            for n in doc[g][s]:
                f = fold(n)
                if " " in f or f in ambiguous:
                    continue
                readings = [f, "ال" + f]
                readings += [f[len(p):] for p in ("و", "ف", "ب", "ل", "ك")
                             if f.startswith(p) and len(f) > 3]
                hits = [(rank[r], r) for r in readings if r in rank]
                if hits:
                    r, reading = min(hits)
                    out.append((r, n, reading))
    return sorted(out)


def dev_report(doc: dict[str, Any], directory: Path) -> None:
    """Print coverage of gold people and given-name hits outside gold names for an eval dir."""
    given = {fold(n).replace(" ", "") for g in GROUPS for s in GENDERS for n in doc[g][s]}
    given |= {fold(n).split()[0] for g in GROUPS for s in GENDERS for n in doc[g][s] if " " in n}
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))["articles"]
    covered = total = 0
    for fname, art in sorted(gold.items()):
        text = (directory / fname).read_text(encoding="utf-8")
        inside: set[int] = set()
        for p in art.get("people", []):
            total += 1
            first = fold(p["name"].split()[0])
            ok = first in given
            covered += ok
            print(f"{fname} {'+' if ok else '-'} {p['name']}")
            for form in p["surface_forms"]:
                for m in re.finditer(re.escape(form), text):
                    inside.update(range(m.start(), m.end()))
        for start, end, word in tokenize(text):
            if start in inside:
                continue
            hit = next((v for v in clitic_variants(word) if v in given), None)
            if hit:
                context = text[start:end + 30]
                print(f"{fname}   outside gold: {text[start:end]} ({hit}) ...{context!r}")
    print(f"gold people starting with a listed given name: {covered}/{total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the file sorted")
    parser.add_argument("--suggest", nargs="?", const=30000, type=int, metavar="N",
                        help="unmarked names among wordfreq's N most frequent words")
    parser.add_argument("--dev", type=Path, metavar="DIR", help="eval directory with gold.json")
    args = parser.parse_args()
    doc = load()
    found = problems(doc)
    for line in found:
        print("PROBLEM", line)
    for name, names in lists(doc).items():
        print(f"{name}: {len(names)}")
    if args.write and not found:
        write_sorted(doc)
        print(f"rewrote {PATH}")
    if args.suggest:
        for r, n, reading in suggest(doc, args.suggest):
            print(f"{r:6d} {n} ({reading})")
    if args.dev:
        dev_report(doc, args.dev)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
