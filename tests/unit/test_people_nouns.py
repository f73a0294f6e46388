"""A leader's surname that is also a noun with the article (الشرع "the law") names
the leader only with evidence: a title, the full name earlier, or where a name stands."""

from __future__ import annotations

import pytest

from reader.entities import extract
from reader.entities.gazetteer import load_gazetteer
from reader.entities.leader_data import definite_noun


def english(text: str, date: str | None) -> list[str | None]:
    return [p.english for p in extract("", text, None, date).people]


@pytest.mark.parametrize("date", [None, "2015-07-23", "2025-06-01"])
def test_the_noun_alone_names_no_one_whatever_the_date(date: str | None) -> None:
    text = "وذلك مما حرمه الشرع الحنيف، فأما الشرع والواقع فشاهدان على صحة هذا النظر."
    assert english(text, date) == []


def test_with_a_title_or_the_full_name_before_it_is_the_leader() -> None:
    assert "Bashar al-Assad" in english("قال الرئيس الأسد إن الجيش يتقدم.", "2015-07-23")
    text = "أكد رئيس الوزراء العراقي حيدر العبادي أن الإصلاح مستمر. وقال العبادي إن الفساد عدو."
    assert english(text, "2015-07-23") == ["Haider al-Abadi"]


def test_which_surnames_count_as_nouns() -> None:
    gz = load_gazetteer()
    assert definite_noun(gz, "الشرع") and definite_noun(gz, "العنصر")
    # no noun: a stem that is no frequent word, a form read as a foreign name, two words
    assert not definite_noun(gz, "السيسي")
    assert not definite_noun(gz, "الجبير")
    assert not definite_noun(gz, "عبد الله")


def test_the_noun_with_a_preposition_glued_on_needs_evidence_too() -> None:
    from reader.entities.evidence import SHOWN

    text = "وأكد أن التحرش لا شك أنه مخالف للشرع والقوانين."
    for date in ("2015-07-23", "2025-06-01"):
        assert [p.english for p in extract("", text, None, date).people
                if p.confidence >= SHOWN] == []


def test_a_kings_given_name_after_a_common_title_is_anyones() -> None:
    text = "وقال النائب عبد الله أبشروا إن تكليف القوات تم."
    assert "Abdullah II of Jordan" not in english(text, "2015-07-23")
    assert "Abdullah II of Jordan" in english("استقبل الملك عبد الله الثاني الوفد.", "2015-07-23")
