"""Tests of place names that are also common words: proclitics, guarded names, context."""

from __future__ import annotations

import pytest

from reader.entities import extract


def place_keys(text: str) -> list[str]:
    return [p.key for p in extract("", text).places]


def place_names(text: str) -> set[str]:
    return {n for p in extract("", text).places for n in (p.name, *p.aliases)}


@pytest.mark.parametrize("text", [
    "انتشر فيروس كورونا في البلاد",          # not ك + Verona
    "قال وكيل الوزارة إن العمل مستمر",       # not و + Kiel
    "حقق الفريق فوزا كبيرا أمس",             # not ك + Beira
    "سافر الحجاج للحج هذا العام",            # ل + الحج, not ل + Lahij
    "قرأت الخبر في الصحيفة",                 # "the news", not Khobar
    "رفع خلالها خالص التهاني والتبريكات",    # "sincere", not Khalis
    "المدد الإيراني القائم على التدخل",      # "standing", not Al-Qa'im
    "انتشر الخبر في القرى المجاورة",         # "the villages"
])
def test_a_common_word_is_not_cut_or_read_into_a_place(text: str) -> None:
    assert place_keys(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وصل الأمير إلى محافظة الخبر أمس", "الخبر"),       # a head word before it
    ("افتتح مشروع في الدمام والخبر", "الخبر"),           # in a list of places
    ("سيطر التنظيم على مدينة القائم الحدودية", "القائم"),
    ("الخبر: أعلنت أمانة المنطقة الشرقية", "الخبر"),     # a dateline
])
def test_a_common_word_place_is_read_in_a_place_context(text: str, name: str) -> None:
    assert name in place_names(text)


def test_a_noun_phrase_after_a_listed_common_word_makes_it_a_word() -> None:
    names = place_names("احتفل أهالي الهفوف والمبرز والقرى التابعة لها")
    assert {"الهفوف", "المبرز"} <= names
    assert "القرى" not in names


def test_a_proclitic_keeps_the_place_where_the_word_is_no_word_of_its_own() -> None:
    assert "place:SA" in place_keys("عاد الوفد إلى السعودية وبالرياض عقد اجتماعا")
    assert any(p.english == "Riyadh" for p in extract("", "وصل الوفد بالرياض أمس").places)


def test_tanwin_marks_an_adverb_not_a_town() -> None:
    assert place_keys("يحرص دوماً على الحضور") == []
