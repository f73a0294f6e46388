"""Provides tests of the article's date picking office-holders: titles alone and shared names."""

from __future__ import annotations

import pytest

from reader.entities import analyse, extract
from reader.entities.gazetteer import load_gazetteer
from reader.entities.offices import holder, lower_bound, office_kind, upper_bound
from reader.models import Entity


def people(text: str, date: str | None = None) -> list[Entity]:
    return extract("", text, None, date).people


def keys(text: str, date: str | None = None) -> list[str]:
    return [p.key for p in people(text, date)]


# ------------------------------------------------------------ offices and dates

def test_partial_dates_become_bounds() -> None:
    assert (lower_bound("2004"), upper_bound("2004")) == ("2004-01-01", "2004-12-31")
    assert (lower_bound("2004-05"), upper_bound("2004-05")) == ("2004-05-01", "2004-05-31")
    assert (lower_bound(None), upper_bound(None)) == ("0000-00-00", None)


@pytest.mark.parametrize(("title", "role", "kind"), [
    ("President of the United States", "head_of_state", "head_of_state"),
    ("United States Secretary of State", "minister", "foreign_minister"),
    ("Minister of Foreign Affairs of Egypt", "minister", "foreign_minister"),
    ("Foreign Secretary of the United Kingdom", "minister", "foreign_minister"),
    ("Minister of Defence of Saudi Arabia", "minister", "defence_minister"),
    ("Crown Prince of Saudi Arabia", "other", "crown_prince"),
    ("Deputy Crown Prince of Saudi Arabia", "other", "deputy_crown_prince"),
    ("Crown Prince of Abu Dhabi", "other", "other"),
    ("Minister of Health of Saudi Arabia", "minister", "other"),
])
def test_office_kinds_come_from_the_role_and_the_title(title: str, role: str, kind: str) -> None:
    names = {"SA": ["Saudi Arabia"], "AE": ["United Arab Emirates"]}
    country = "AE" if "Abu Dhabi" in title else "SA"
    assert office_kind(title, role, names[country]) == kind


def test_holders_by_date() -> None:
    terms = load_gazetteer().terms
    assert holder(terms, "head_of_state", "US", "1990-06-01") == "person:george-h-w-bush"
    assert holder(terms, "head_of_state", "US", "2004-06-01") == "person:george-w-bush"
    assert holder(terms, "crown_prince", "SA", "2015-07-23") == "person:mohammed-bin-nayef"
    assert holder(terms, "crown_prince", "SA", "2024-01-01") == "person:mohammed-bin-salman"
    assert holder(terms, "head_of_state", "SA", "2015-07-23", "King") == (
        "person:salman-bin-abdulaziz-al-saud")
    assert holder(terms, "head_of_state", "SA", "2015-07-23", "President") is None


# ------------------------------------------------------------ titles alone

def test_a_title_alone_names_the_holder_on_the_date() -> None:
    text = "وقال الرئيس الأمريكي إن المحادثات كانت مفيدة."
    assert keys(text, "2004-05-02") == ["person:george-w-bush"]
    assert keys(text, "1990-06-01") == ["person:george-h-w-bush"]
    assert keys(text, "2015-07-23") == ["person:barack-obama"]
    (obama,) = people(text, "2015-07-23")
    assert obama.evidence == ("office on the date",) and obama.confidence >= 0.6
    assert obama.name == "باراك أوباما" and obama.office == "President of the United States"


def test_a_title_alone_without_a_date_is_a_guess_listed_on_request() -> None:
    (holder_now,) = people("وقال الرئيس الأمريكي إن المحادثات كانت مفيدة.")
    assert holder_now.confidence < 0.6


def test_the_custodian_of_the_two_holy_mosques_is_the_king_then() -> None:
    text = "وجه خادم الحرمين الشريفين بصرف المكافآت للطلاب."
    assert keys(text, "2015-07-23") == ["person:salman-bin-abdulaziz-al-saud"]
    assert keys(text, "2010-01-10") == ["person:abdullah-bin-abdulaziz-al-saud"]


def test_the_custodians_title_before_his_name_is_one_mention() -> None:
    (king,) = people("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد.", "2015-07-23")
    assert king.key == "person:salman-bin-abdulaziz-al-saud" and king.count == 1


def test_the_crown_prince_in_saudi_copy() -> None:
    text = "وفي الرياض استقبل ولي العهد السفير، وأكد ولي ولي العهد أن المملكة ماضية."
    assert set(keys(text, "2015-07-23")) == {"person:mohammed-bin-nayef",
                                              "person:mohammed-bin-salman"}


def test_a_title_with_a_qualifier_or_after_a_name_names_no_holder() -> None:
    assert keys("وقال الرئيس الأمريكي السابق إن الحرب خطأ.", "2015-07-23") == []
    assert keys("كما فعل الرئيس المصري الراحل قبل عقود.", "2015-07-23") == []
    text = "بعث برقية للرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية."
    (sisi,) = people(text, "2015-07-23")
    assert sisi.count == 1


def test_a_foreign_minister_by_nationality_and_date() -> None:
    text = "وأكد وزير الخارجية الأمريكي أن الاتفاق قريب."
    assert keys(text, "2015-07-23") == ["person:john-kerry"]


# ------------------------------------------------------------ shared names

def test_bush_by_the_date() -> None:
    assert keys("وقال جورج بوش إن الحرب بدأت.", "1991-01-20") == ["person:george-h-w-bush"]
    assert keys("وقال جورج بوش إن الحرب بدأت.", "2003-03-20") == ["person:george-w-bush"]


def test_king_abdullah_by_the_articles_country() -> None:
    saudi = "وفي الرياض تحدث الملك عبدالله عن التعليم في المملكة العربية السعودية."
    jordan = "وفي عمان تحدث الملك عبدالله عن الإصلاح في الأردن."
    assert keys(saudi, "2015-07-23") == ["person:abdullah-bin-abdulaziz-al-saud"]
    assert keys(jordan, "2015-07-23") == ["person:abdullah-ii"]


def test_the_store_is_given_the_date() -> None:
    text = "وقال الرئيس الأمريكي إن المحادثات كانت مفيدة."
    assert [e.key for e in analyse("", text, None, "2004-05-02").entities] == [
        "person:george-w-bush"]
    # the old call, without a date, still works
    assert analyse("", text, None).terms
