"""Provides checks of the given-name lexicon (reader/entities/data/given_names.json)."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from typing import Any

import pytest

from reader.entities.normalize import fold

GROUPS = ("arabic", "foreign")
GENDERS = ("male", "female")
LIST_IDS = [f"{g}.{s}" for g in GROUPS for s in GENDERS] + ["ambiguous"]
# Arabic letters (hamza to yeh, plus پ چ ڤ گ), no harakat, tatweel or marks; one space inside
# a compound name.
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u06a4\u06af"
NAME_RE = re.compile(f"[{LETTERS}]+( [{LETTERS}]+)*")
# Particles, pronouns and very frequent words that must never start a person unconditionally:
# a given name that folds to one of these has to be in "ambiguous" (or not listed at all).
FUNCTION_WORDS = (
    "في", "من", "على", "إلى", "عن", "أن", "إن", "كان", "قد", "لا", "ما", "هو", "هي", "هم",
    "نحن", "أنا", "الآن", "بين", "بيني", "لأن", "ثم", "لدى", "حتى", "أمام", "بعد", "قبل",
    "أي", "هل", "كل", "غير", "بن", "ابن", "أبي", "منى", "لي", "له", "لها", "منذ", "مع",
    "عند", "أو", "أم", "بل", "لكن", "إذا", "لو", "لولا", "كما", "هذا", "هذه", "ذلك", "تلك",
    "الذي", "التي", "جيل", "صدر", "أمين", "سيد", "أمير",
)


def _doc() -> dict[str, Any]:
    path = resources.files("reader.entities") / "data" / "given_names.json"
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return _doc()


def _list(doc: dict[str, Any], list_id: str) -> list[str]:
    if list_id == "ambiguous":
        names: list[str] = doc["ambiguous"]
    else:
        group, gender = list_id.split(".")
        names = doc[group][gender]
    return names


def _given(doc: dict[str, Any]) -> set[str]:
    return {fold(n) for g in GROUPS for s in GENDERS for n in doc[g][s]}


def test_loads_from_the_package(doc: dict[str, Any]) -> None:
    assert set(doc) == {"meta", "arabic", "foreign", "ambiguous"}


def test_meta_explains_description_policy_and_sources(doc: dict[str, Any]) -> None:
    assert all(isinstance(doc["meta"].get(k), str) and doc["meta"][k] for k in
               ("description", "policy", "sources"))


@pytest.mark.parametrize("group", GROUPS)
def test_each_group_has_male_and_female_lists(doc: dict[str, Any], group: str) -> None:
    assert set(doc[group]) == set(GENDERS)


@pytest.mark.parametrize("list_id", LIST_IDS)
def test_lists_hold_strings(doc: dict[str, Any], list_id: str) -> None:
    names = _list(doc, list_id)
    assert isinstance(names, list) and names and all(isinstance(n, str) for n in names)


@pytest.mark.parametrize("list_id", LIST_IDS)
def test_names_are_plain_arabic_script(doc: dict[str, Any], list_id: str) -> None:
    bad = [n for n in _list(doc, list_id) if not NAME_RE.fullmatch(n)]
    assert bad == []


@pytest.mark.parametrize("list_id", LIST_IDS)
def test_no_single_letters(doc: dict[str, Any], list_id: str) -> None:
    assert [n for n in _list(doc, list_id) if len(fold(n)) < 2] == []


@pytest.mark.parametrize("list_id", LIST_IDS)
def test_no_duplicates_after_folding(doc: dict[str, Any], list_id: str) -> None:
    counts = Counter(fold(n) for n in _list(doc, list_id))
    assert [f for f, c in counts.items() if c > 1] == []


@pytest.mark.parametrize("gender", GENDERS)
def test_no_name_is_both_arabic_and_foreign(doc: dict[str, Any], gender: str) -> None:
    arabic = {fold(n) for n in doc["arabic"][gender]}
    assert arabic & {fold(n) for n in doc["foreign"][gender]} == set()


def test_ambiguous_is_a_subset_of_the_names(doc: dict[str, Any]) -> None:
    given = _given(doc)
    assert [n for n in doc["ambiguous"] if fold(n) not in given] == []


def test_sizes_are_in_the_intended_range(doc: dict[str, Any]) -> None:
    arabic = sum(len(doc["arabic"][s]) for s in GENDERS)
    foreign = sum(len(doc["foreign"][s]) for s in GENDERS)
    assert 400 <= arabic <= 700 and 300 <= foreign <= 700


@pytest.mark.parametrize("name", [
    "محمد", "عبد الله", "عبدالله", "فاطمة", "جون", "إيمانويل", "فلاديمير", "كلوديا", "أورسولا",
    "ناريندرا", "رجب", "قاسم", "ماركو", "جاستن", "دونالد", "وليام", "أولاف", "جورجيا",
])
def test_spot_check_names_are_listed(doc: dict[str, Any], name: str) -> None:
    assert fold(name) in _given(doc)


@pytest.mark.parametrize("name", ["جورجيا", "أمل", "سعيد", "كريم", "نور", "هدى", "علي", "عادل"])
def test_spot_check_ambiguous_names(doc: dict[str, Any], name: str) -> None:
    assert fold(name) in {fold(n) for n in doc["ambiguous"]}


@pytest.mark.parametrize("name", ["شي", "لي", "وانغ", "جين", "كيم", "كان", "صدر", "آلان"])
def test_family_names_and_plain_words_are_not_listed(doc: dict[str, Any], name: str) -> None:
    # آلان folds to الآن ("now"); شي/لي/وانغ are Chinese family names, handled by leaders.json.
    assert fold(name) not in _given(doc)


def test_function_words_never_start_a_name_unconditionally(doc: dict[str, Any]) -> None:
    unconditional = _given(doc) - {fold(n) for n in doc["ambiguous"]}
    assert [w for w in FUNCTION_WORDS if fold(w) in unconditional] == []


def test_the_gazetteer_loads_the_lexicon() -> None:
    # The loader returns nothing for a missing data file, which would silently drop every name.
    from reader.entities.gazetteer import load_gazetteer

    gz = load_gazetteer()
    assert fold("فلاديمير") in gz.given and fold("جورجيا") in gz.given_ambiguous
