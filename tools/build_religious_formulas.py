#!/usr/bin/env python3
"""A list of Arabic religious formulas (honorific eulogies and pious phrases).

Source: the formulas Unicode encodes as ligatures (U+0610-0613, U+FD40-FD4F,
U+FDCF, U+FDF0-FDFF; their character names, read from Python's unicodedata, are
the authority that these phrases are standard formulas), written out in Arabic
by hand, plus the inflected and news-register variants (حفظه الله، أيده الله،
طيب الله ثراه ...) that Arabic newswire attaches to rulers and the dead.  No
third-party text is copied; the Unicode Character Database is under the
Unicode License v3 (permissive).

Each entry: text, kind (what the formula follows in text: god, prophet,
companion, dead, living, pious), ligature (code point if Unicode has one).
Writes reader/entities/data/religious_formulas.json: the extractor never reads
a formula as a person's name (عز وجل، حفظه الله).

Usage: python tools/build_religious_formulas.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from reader.entities.normalize import fold_text  # noqa: E402

OUT = ROOT / "reader" / "entities" / "data" / "religious_formulas.json"

# kind: god = after a name of God; prophet = after the Prophet or a prophet;
# companion = after a Companion / early Muslim; dead = after a deceased person;
# living = after a living ruler/person; pious = free-standing pious phrase.
FORMULAS: list[tuple[str, str, str | None]] = [
    # after God
    ("عز وجل", "god", "U+FDFF"),
    ("جل جلاله", "god", "U+FDFB"),
    ("جل وعلا", "god", None),
    ("جل شأنه", "god", None),
    ("سبحانه وتعالى", "god", "U+FDFE"),
    ("تبارك وتعالى", "god", "U+FD4E"),
    ("تعالى", "god", None),
    ("سبحانه", "god", None),
    # after the Prophet / prophets
    ("صلى الله عليه وسلم", "prophet", "U+FDFA"),
    ("صلى الله عليه وآله وسلم", "prophet", "U+FD4C"),
    ("صلى الله عليه وآله", "prophet", "U+FD46"),
    ("عليه الصلاة والسلام", "prophet", "U+FD4A"),
    ("عليه السلام", "prophet", "U+FD47"),
    ("عليها السلام", "prophet", "U+FD4D"),
    ("عليهم السلام", "prophet", "U+FD48"),
    ("عليهما السلام", "prophet", "U+FD49"),
    ("صلعم", "prophet", "U+FDF5"),
    # after Companions
    ("رضي الله عنه", "companion", "U+FD41"),
    ("رضي الله عنها", "companion", "U+FD42"),
    ("رضي الله عنهم", "companion", "U+FD43"),
    ("رضي الله عنهما", "companion", "U+FD44"),
    ("رضي الله عنهن", "companion", "U+FD45"),
    ("كرم الله وجهه", "companion", None),
    ("قدس سره", "dead", "U+FD4B"),
    ("قدس الله سره", "dead", None),
    # after the dead
    ("رحمه الله", "dead", "U+FD40"),
    ("رحمها الله", "dead", None),
    ("رحمهم الله", "dead", "U+FD4F"),
    ("رحمهما الله", "dead", None),
    ("رحمه الله تعالى", "dead", None),
    ("يرحمه الله", "dead", None),
    ("يرحمها الله", "dead", None),
    ("الله يرحمه", "dead", None),
    ("رحمة الله عليه", "dead", None),
    ("عليه رحمة الله", "dead", None),
    ("طيب الله ثراه", "dead", None),
    ("طيب الله ثراها", "dead", None),
    ("تغمده الله بواسع رحمته", "dead", None),
    ("تغمده الله برحمته", "dead", None),
    ("تغمدها الله برحمته", "dead", None),
    ("أسكنه الله فسيح جناته", "dead", None),
    ("أسكنه فسيح جناته", "dead", None),
    ("غفر الله له", "dead", None),
    ("نور الله ضريحه", "dead", None),
    # after a living ruler or person
    ("حفظه الله", "living", None),
    ("حفظها الله", "living", None),
    ("حفظهم الله", "living", None),
    ("حفظهما الله", "living", None),
    ("يحفظه الله", "living", None),
    ("حفظه الله ورعاه", "living", None),
    ("أيده الله", "living", None),
    ("أيده الله بنصره", "living", None),
    ("رعاه الله", "living", None),
    ("سلمه الله", "living", None),
    ("وفقه الله", "living", None),
    ("نصره الله", "living", None),
    ("أطال الله عمره", "living", None),
    ("أطال الله بقاءه", "living", None),
    ("أعزه الله", "living", None),
    ("بارك الله فيه", "living", None),
    ("يحفظه الله ويرعاه", "living", None),
    # free-standing pious phrases that sit next to names in news copy
    ("بسم الله الرحمن الرحيم", "pious", "U+FDFD"),
    ("إن شاء الله", "pious", None),
    ("بإذن الله", "pious", None),
    ("ما شاء الله", "pious", None),
    ("الحمد لله", "pious", None),
    ("سبحان الله", "pious", None),
    ("لا حول ولا قوة إلا بالله", "pious", None),
    ("إنا لله وإنا إليه راجعون", "pious", None),
    ("جزاه الله خيرا", "pious", None),
    ("حسبنا الله ونعم الوكيل", "pious", None),
]


def main() -> None:
    out = []
    for text, kind, lig in FORMULAS:
        entry = {"text": text, "folded": fold_text(text), "kind": kind}
        if lig:
            entry["ligature"] = lig
            entry["unicode_name"] = unicodedata.name(chr(int(lig[2:], 16)))
        out.append(entry)
    meta = {"built_by": "tools/build_religious_formulas.py",
            "source": "Unicode Character Database ligature names (U+0610-0613, U+FD40-FD4F, "
                      "U+FDCF, U+FDF0-FDFF; Unicode License v3) written out by hand, plus "
                      "hand-listed news-register variants"}
    OUT.write_text(json.dumps({"meta": meta, "formulas": out}, ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    print(f"{len(out)} formulas -> {OUT}")


if __name__ == "__main__":
    main()
