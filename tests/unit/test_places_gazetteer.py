"""Tests of the places below the city threshold: regions, governorates, towns, seas, sites."""

from __future__ import annotations

import pytest

from reader.entities import extract


def places(text: str) -> dict[str, str | None]:
    return {p.english or p.key: p.place_kind for p in extract("", text).places}


@pytest.mark.parametrize(("text", "english", "kind"), [
    ("هطلت أمطار على منطقة عسير أمس", "Asir", "region"),
    ("أمطار على محافظة حفر الباطن", "Ḩafr al Bāţin", "region"),
    ("تعيش المنطقة الشرقية في السعودية موجة حر", "Eastern Province", "region"),
    ("يؤدي الحجاج الصلاة في المسجد الحرام", "Masjid al-Haram", "site"),
    ("طاف المعتمرون حول الكعبة", "Kaaba", "site"),
    ("أبحرت السفينة في البحر الأحمر", "Red Sea", "sea"),
    ("عبرت السفينة المحيط الهندي", "Indian Ocean", "sea"),
    ("انهار الاتحاد السوفياتي عام 1991", "Soviet Union", "country"),
    ("سافر الوفد إلى هولندة", "Netherlands", "country"),
])
def test_regions_sites_seas_and_former_states_are_found(text: str, english: str, kind: str) -> None:
    found = places(text)
    assert found.get(english) == kind, found


def test_israeli_towns_below_the_threshold_are_found() -> None:
    found = places("زار الوفد إيلات والناصرة ونهاريا ثم مدينة صفد")
    assert {"Eilat", "Nazareth", "Nahariyya", "Safed"} <= set(found)


def test_a_saudi_region_is_preferred_in_saudi_copy() -> None:
    found = {p.key for p in extract(
        "", "قال أمير منطقة الرياض إن المنطقة الشرقية في السعودية تشهد أمطارا").places}
    assert {"place:SA-01", "place:SA-04"} <= found


def test_a_municipality_is_no_subdivision() -> None:
    assert places("تنظم أمانة العاصمة المقدسة مهرجانا") == {}
    assert set(places("سيطر الحوثيون على أمانة العاصمة صنعاء")) == {"Sanaa"}
