"""Provides the religious formulas: phrases that follow a name and are never a person (no Textual).

Arabic news follows the names of God, the Prophet, the dead and living
rulers with set formulas: "عز وجل"، "صلى الله عليه وسلم"، "رحمه الله"،
"حفظه الله".  Their words look like names to the given-name rules ("عز"
is a given name), so the extractor claims them first: a formula is no
mention of anyone, and a name never runs into one ("الملك سلمان حفظه الله").
The list is data (``data/religious_formulas.json``, written by
``tools/build_religious_formulas.py`` from the formulas Unicode encodes as
ligatures plus their news-register variants); each is indexed as a phrase
of kind ``formula`` whose key says what it follows (``formula:dead`` ...).
"""

from __future__ import annotations

from typing import TypedDict, cast

from reader.entities.lookup import Gazetteer

FORMULA = "formula"
"""The phrase kind of a religious formula in the gazetteer's index."""


class FormulaRecord(TypedDict):
    """One formula of ``religious_formulas.json``."""

    text: str
    kind: str
    """What it follows: ``god``, ``prophet``, ``companion``, ``dead``, ``living``, ``pious``."""


def load_formulas(gz: Gazetteer) -> None:
    """``religious_formulas.json``: every formula, indexed as a phrase of kind ``formula``."""
    from reader.entities.loaders import read_json

    doc = read_json("religious_formulas.json") or {"formulas": []}
    gz.meta["religious_formulas"] = doc.get("meta", {})
    for f in cast("list[FormulaRecord]", doc.get("formulas", [])):
        gz.add_phrase(f["text"], FORMULA, f"{FORMULA}:{f['kind']}")
