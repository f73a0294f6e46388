"""Tests of the query syntax: words, quoted phrases and filters (reader.search.syntax)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.search.syntax import Filters, in_dates, parse, read_date


def test_words_phrases_and_filters_are_taken_apart() -> None:
    q = parse('شريف "وقف إطلاق النار" source:okaz after:2015-07-01 before:2015-08 is:unread')
    assert q.words == ("شريف",)
    assert q.phrases == (("وقف", "اطلاق", "النار"),)
    assert q.all_words == ("شريف", "وقف", "اطلاق", "النار")
    assert q.filters == Filters(("okaz",), "2015-07-01", "2015-08", read=False)
    assert q.text == 'شريف وقف إطلاق النار' and not q.problems


def test_arabic_quotes_and_unclosed_quotes_make_phrases() -> None:
    assert parse("«عاصفة الحزم»").phrases == (("عاصفه", "الحزم"),)
    assert parse("“King Salman”").phrases == (("king", "salman"),)
    assert parse('"وقف إطلاق').phrases == (("وقف", "اطلاق"),)  # still being typed
    assert parse('"Putin"').words == ("putin",)  # a quoted word is a word


def test_filter_values_may_be_quoted_and_filters_repeat() -> None:
    q = parse('source:"Test Wire" source:okaz is:starred is:read')
    assert q.filters.sources == ("test wire", "okaz")
    assert (q.filters.starred, q.filters.read) == (True, True)
    assert q.empty is False and q.words == ()


@pytest.mark.parametrize("query", ["10:30", "http://example.com", "قال: نعم", "Note:this"])
def test_a_colon_that_is_no_filter_is_words(query: str) -> None:
    q = parse(query)
    assert not q.filters.active and not q.problems and q.words


def test_arabic_filter_keys() -> None:
    q = parse("مصدر:عكاظ بعد:2015 قبل:٢٠١٦ حالة:غير_مقروء")
    assert q.filters == Filters(("عكاظ",), "2015", "2016", read=False)


@pytest.mark.parametrize(("query", "says"), [
    ("after:yesterday", "after: takes a date"),
    ("before:2015-13", "before: takes a date"),
    ("is:important", "is: takes unread"),
    ("source:", "source: needs a value"),
])
def test_a_filter_that_cannot_be_read_is_a_problem_and_the_rest_stands(query: str,
                                                                       says: str) -> None:
    q = parse("اليمن " + query)
    assert len(q.problems) == 1 and q.problems[0].startswith(says)
    assert q.words == ("اليمن",)


def test_while_typing_an_unfinished_filter_is_no_problem() -> None:
    assert parse("اليمن source:", typing=True).problems == ()
    assert parse("is:unr", typing=True).problems == ()
    assert parse("is:zzz", typing=True).problems != ()


@pytest.mark.parametrize(("text", "iso"), [
    ("2015", "2015"), ("2015-7", "2015-07"), ("2015/07/01", "2015-07-01"),
    ("٢٠١٥-٠٧-٠١", "2015-07-01"), ("2015-02-30", None), ("15-07-01", None), ("soon", None),
])
def test_dates(text: str, iso: str | None) -> None:
    assert read_date(text) == iso


def test_dates_bound_by_prefix_and_undated_articles_match_no_bound() -> None:
    assert in_dates("2015-07-23T10:00:00Z", "2015-07", "2015-08")
    assert not in_dates("2015-08-01", "2015-07", "2015-08")
    assert in_dates("2015-07-01", "2015-07-01", None)  # after: is "on or after"
    assert not in_dates("2015-06-30", "2015-07-01", None)
    assert not in_dates(None, "2015", None) and in_dates(None, None, None)


@given(st.text(max_size=60))
def test_any_text_parses_without_failing(text: str) -> None:
    q = parse(text)
    parse(text, typing=True)
    assert all("\n" not in p for p in q.problems)
    assert isinstance(q.filters.describe(), str)
