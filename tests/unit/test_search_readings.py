"""Tests of how a query is read (names, titles, honorifics, readings) and what it then lists.

The store is ``tests/data/search/articles.json``: short articles about people
who share a name (Nawaz Sharif, Shehbaz Sharif, Sherif Ismail), two Saudi
kings of different years, Catherine Ashton and Ashton Carter, and phrases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.paths import DATA
from reader.ingest import import_paths
from reader.models import ArticleDraft
from reader.search import WORDS_KEY, search
from reader.search.leaders import holders, honorifics, leader_names
from reader.search.matching import word_scores
from reader.store import ArticleStore, open_store

ARTICLES = DATA / "search" / "articles.json"
SLUGS = {a["title"]: a["url"].rsplit("/", 1)[1]
         for a in json.loads(ARTICLES.read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ArticleStore:
    built = open_store(tmp_path_factory.mktemp("search") / "store")
    import_paths(built, [ARTICLES])
    return built


def found(store: ArticleStore, query: str, **kw: object) -> list[str]:
    """The slugs (url ends) of what a search lists, in order."""
    result = search(store, query, **kw)  # type: ignore[arg-type]
    return [SLUGS[s.title] for s in store.summaries(result.docnos)]


def read_as(store: ArticleStore, query: str) -> list[str]:
    """The target keys of a query's default reading."""
    return [t.key for t in search(store, query).targets]


# ------------------------------------------------------------ names and titles


@pytest.mark.parametrize(("query", "bare"), [
    ("الملك سلمان", "سلمان بن عبدالعزيز"),
    ("خادم الحرمين الشريفين الملك سلمان", "سلمان بن عبدالعزيز"),
    ("الرئيس السيسي", "السيسي"),
    ("President Putin", "Putin"),
    ("الرئيس الروسي فلاديمير بوتين", "Vladimir Putin"),
    ("رئيس الوزراء الباكستاني نواز شريف", "نواز شريف"),
])
def test_titles_and_honorifics_resolve_like_the_bare_name(store, query: str, bare: str) -> None:
    person = read_as(store, bare)
    assert person and all(k.startswith("person:") for k in person)
    assert set(person) <= set(read_as(store, query))


def test_a_given_name_alone_offers_the_people_who_bear_it_and_words_only(store) -> None:
    # عبد الله is a given name of two kings (short_ambiguous in the leaders data): it
    # names one alone only where most articles holding it are about him (here, the
    # one article is); the other and "words only" are offered, and nothing is hidden.
    result = search(store, "عبد الله")
    assert [r.key for r in result.readings][-1] == WORDS_KEY
    assert set(search(store, "عبد الله", reading=WORDS_KEY).docnos) <= set(result.docnos)
    offered = [t.key for r in result.readings for t in r.targets]
    # The one the archive names in full comes before the one only ever called "عبدالله".
    assert offered.index("person:abdullah-bin-abdulaziz-al-saud") < offered.index(
        "person:abdullah-ii")


def test_after_a_title_a_given_name_is_whom_the_archive_names_in_full(store) -> None:
    assert read_as(store, "الملك عبد الله") == ["person:abdullah-bin-abdulaziz-al-saud"]


def test_a_shared_surname_offers_everyone_who_bears_it_and_words_only(store) -> None:
    result = search(store, "شريف")
    keys = [r.key for r in result.readings]
    assert keys[0] == WORDS_KEY  # Arabic articles hold the word: read as words
    assert {"person:nawaz-sharif", "person:shehbaz-sharif", "person:sherif-ismail"} <= set(keys)
    assert set(found(store, "شريف")) == {"nawaz", "shehbaz", "sherif"}
    for key, first in [("person:nawaz-sharif", "nawaz"), ("person:sherif-ismail", "sherif")]:
        picked = found(store, "شريف", reading=key)
        assert picked[0] == first and set(picked) == {"nawaz", "shehbaz", "sherif"}


def test_two_people_of_one_english_surname_are_two_readings(store) -> None:
    result = search(store, "Sharif")
    people = [r.key for r in result.readings if r.key != WORDS_KEY]
    assert sorted(people) == ["person:nawaz-sharif", "person:shehbaz-sharif"]
    assert len(result.docnos) == 1  # English words in Arabic articles: only the reading's


def test_a_reading_is_picked_by_index_or_key_and_a_wrong_one_is_said(store) -> None:
    by_index = search(store, "شريف", reading=2)
    by_key = search(store, "شريف", reading=by_index.readings[2].key)
    assert by_index.docnos == by_key.docnos and by_key.reading == 2
    missing = search(store, "شريف", reading="person:nobody")
    assert not missing.reading_found and missing.reading == 0


def test_an_honorific_names_whoever_held_the_office_at_each_articles_date(store) -> None:
    result = search(store, "خادم الحرمين الشريفين")
    assert result.chosen is not None and result.chosen.key == "office:king-of-saudi-arabia"
    about = found(store, "خادم الحرمين الشريفين")[:result.about]
    assert set(about) == {"salman", "abdullah"}  # each king within his own years
    terms = dict(result.chosen.choices[0].terms)
    salman = terms["person:salman-bin-abdulaziz-al-saud"]
    assert salman.covers("2015-07-22") and not salman.covers("2009-09-23")


def test_every_honorific_names_an_office_the_leaders_data_has_holders_for() -> None:
    offices = set(honorifics().values())
    assert offices and all(holders(o) for o in offices), [o for o in offices if not holders(o)]


def test_a_short_form_the_archive_never_completes_is_read_as_words(tmp_path: Path) -> None:
    """Ashton Carter's "آشتون" is no reason to read "آشتون" as Catherine Ashton."""
    carter = open_store(tmp_path / "store")
    carter.import_drafts([ArticleDraft(
        title="وزير الدفاع الأمريكي في جدة",
        body="وصل وزير الدفاع الأمريكي آشتون كارتر إلى جدة.\nوقال آشتون إن الزيارة مهمة.",
        date="2015-07-22", language="ar")])
    result = search(carter, "آشتون")
    assert result.mode == "text" and len(result.docnos) == 1
    assert "person:catherine-ashton" in {t.key for r in result.readings for t in r.targets} or \
        "person:catherine-ashton" not in carter.catalog()


# ------------------------------------------------------------ what is listed


def test_the_articles_about_the_name_come_first_then_those_with_the_words(store) -> None:
    result = search(store, "الملك سلمان")
    about = set(result.docnos[:result.about])
    assert {SLUGS[s.title] for s in store.summaries(about)} == {"salman"}
    plain = set(word_scores(store, result.words))
    assert plain <= set(result.docnos)


@pytest.mark.parametrize("query", [
    "شريف", "عبد الله", "آشتون", "الملك سلمان", "خادم الحرمين الشريفين", "Putin",
    "عاصفة الحزم", "الحوثي", "اليمن", "وقف إطلاق النار",
])
def test_never_fewer_than_a_plain_word_search_whatever_the_reading(store, query: str) -> None:
    first = search(store, query)
    plain = set(word_scores(store, first.words))
    for i in range(len(first.readings)):
        assert plain <= set(search(store, query, reading=i).docnos), (query, i)


def test_two_names_mean_articles_about_both(store) -> None:
    assert found(store, "Putin Mohammed bin Salman") == ["putin"]
    assert found(store, "السيسي اليمن") == []  # no article is about both


def test_a_name_and_other_words_need_both(store) -> None:
    assert found(store, "السيسي القناة") == ["sisi"]
    assert found(store, "السيسي الجامعة") == []


def test_a_quoted_phrase_matches_the_words_next_to_each_other(store) -> None:
    assert set(found(store, "وقف إطلاق النار")) == {"ceasefire", "fire"}
    assert found(store, '"وقف إطلاق النار"') == ["ceasefire"]
    assert found(store, '"والملك سلمان"') == ["salman"]  # proclitics aside, as the index
    assert found(store, '"النار إطلاق"') == []


def test_filters_by_source_and_dates(store) -> None:
    assert set(found(store, "source:okaz")) == {"nawaz", "salman", "fire"}
    assert found(store, "شريف source:OKAZ") == ["nawaz"]
    assert set(found(store, "شريف after:2016")) == {"shehbaz", "sherif"}
    assert found(store, "شريف after:2016 before:2017") == ["sherif"]
    assert found(store, "source:okaz", ) == found(store, "مصدر:okaz")


def test_filters_by_read_marks_and_stars(store) -> None:
    everything = found(store, "شريف")
    ids = {SLUGS[s.title]: s.id for s in store.latest()}
    marks = ({ids["nawaz"]}, {ids["sherif"]})
    assert set(found(store, "شريف is:unread", marks=marks)) == set(everything) - {"nawaz"}
    assert found(store, "شريف is:read", marks=marks) == ["nawaz"]
    assert found(store, "is:starred", marks=marks) == ["sherif"]


def test_filters_alone_list_newest_first(store) -> None:
    result = search(store, "after:2015-07-01 before:2015-08")
    assert result.mode == "filter"
    dates = [s.date for s in store.summaries(result.docnos)]
    assert dates == sorted(dates, reverse=True) and len(dates) == 2


def test_a_filter_that_cannot_be_read_is_an_error_not_an_empty_list(store) -> None:
    result = search(store, "شريف after:someday")
    assert result.mode == "error" and "after:" in result.interpretation


def test_a_small_typo_of_a_name_is_read_as_the_name(store) -> None:
    assert found(store, "Vladimir Putn") == ["putin"]
    assert found(store, "عبد الفتاح السيسى") == ["sisi"]  # ى for ي is no typo: folded


def test_nothing_found_offers_the_closest_names_with_articles(store) -> None:
    nothing = search(store, "Putim")
    assert nothing.docnos == [] and nothing.suggestions[:1] == ["Vladimir Putin (RU)"]
    assert search(store, "xyzzyq").suggestions == []
    assert search(store, "Putin").suggestions == []  # found: nothing to suggest


def test_a_filter_that_keeps_nothing_says_what_the_words_found_and_suggests_no_name(
        store) -> None:
    words = search(store, "شريف")
    filtered = search(store, "شريف source:no-such-paper")
    assert filtered.docnos == [] and filtered.unfiltered == len(words.docnos) > 0
    assert filtered.suggestions == []  # the words are no typo
    assert search(store, "Putim source:okaz").unfiltered == 0


def test_the_leaders_data_says_how_sure_each_name_is() -> None:
    salman = leader_names()["person:salman-bin-abdulaziz-al-saud"]
    assert salman.strength("سلمان بن عبد العزيز") == "full"
    assert salman.strength("سلمان") == "ambiguous"
    putin = leader_names()["person:vladimir-putin"]
    assert putin.strength("بوتين") == "short" and putin.strength("putin") == "short"
