"""Tests of the words around a place name: adjectives, the kingdom, clubs and newspapers."""

from __future__ import annotations

import pytest

from reader.entities import analyse, extract


def place_keys(text: str) -> list[str]:
    return [p.key for p in extract("", text).places]


def test_the_feminine_adjective_is_no_place_but_still_a_country_facet() -> None:
    text = "أعلنت الحكومة السعودية قرارا جديدا بشأن القوات السعودية"
    assert "place:SA" not in place_keys(text)
    # a search by country still finds the article (result.country_weights)
    assert dict(analyse("", text).facets).get("country:SA", 0) > 0


def test_the_country_after_a_verb_is_a_place() -> None:
    assert "place:SA" in place_keys("وصل الوزير إلى السعودية أمس")


def test_the_kingdom_alone_in_saudi_copy_is_saudi_arabia() -> None:
    res = extract("", "أكد الوزير أن المملكة تدعم اليمن في جميع مناطق المملكة")
    saudi = [p for p in res.places if p.key == "place:SA"]
    assert saudi and saudi[0].count == 2


def test_the_kingdom_with_its_adjective_is_that_kingdom() -> None:
    assert "place:JO" in place_keys("توجه الوزير إلى المملكة الأردنية الهاشمية")


def test_a_kingdom_named_often_is_the_kingdom_meant() -> None:
    text = ("قال ملك الأردن إن الأردن يدعم الحل. وأضاف أن الأردن سيستضيف القمة "
            "وأن الأردن مستعد. وقال إن المملكة ستواصل جهودها")
    assert place_keys(text).count("place:SA") == 0


@pytest.mark.parametrize("text", [
    "فاز مانشستر يونايتد على ليفربول في الدوري الإنجليزي وسجل اللاعب هدف الفوز للفريق في المباراة",
    "أعلن نادي برشلونة التعاقد مع اللاعب بعد المباراة في الدوري",
    "أعلن ريال مدريد التعاقد مع لاعب جديد",
])
def test_a_club_named_after_a_city_is_not_the_city(text: str) -> None:
    assert place_keys(text) == []


def test_a_club_city_outside_sports_copy_is_the_city() -> None:
    assert any(p.english == "Barcelona" for p in extract("", "وصل الوفد إلى برشلونة أمس").places)


@pytest.mark.parametrize("text", [
    "نقلت صحيفة «الرياض» عن مصادر أن الأمطار ستستمر",
    "ذكرت صحيفة الرياض أن الأمطار ستستمر",
])
def test_a_newspaper_named_after_a_city_is_not_the_city(text: str) -> None:
    assert place_keys(text) == []


def test_a_dateline_names_the_city() -> None:
    assert any(p.english == "Riyadh" for p in extract("", "الرياض: أعلنت وزارة الصحة").places)


def test_a_river_is_not_the_region_named_after_it() -> None:
    assert place_keys("غرق مركب في مجرى نهر النيل بمصر") == ["place:EG"]
    assert "place:SD-NR" in place_keys("زار الوالي ولاية نهر النيل")


@pytest.mark.parametrize("text", [
    "قال عبدالله الحمدي إن العمل مستمر",   # a family name shaped like a nisba, not the town
    "قال ناصر بن دخيل إن العمل مستمر",     # a name after بن is a person's
    "قال حسن نصر الله في خطاب",            # Nasrallah, not the Tunisian district
])
def test_a_part_of_a_persons_name_is_not_a_place(text: str) -> None:
    assert place_keys(text) == []


@pytest.mark.parametrize(("text", "person"), [
    ("وقال عماد ناصر إن الفريق جاهز", "عماد ناصر"),
    ("وقال محمد بن عفيف إن الفريق جاهز", "محمد بن عفيف"),
    ("ومنهم المطرب صالح عبد الحي", "صالح عبد الحي"),
])
def test_a_town_named_like_a_word_after_a_given_name_is_a_surname(text: str, person: str) -> None:
    res = extract("", text)
    assert person in {p.name for p in res.people}
    assert res.places == []
