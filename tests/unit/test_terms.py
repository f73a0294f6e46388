"""Index terms by number: a table numbers terms in the order met, a copy learns them."""

from __future__ import annotations

import pytest

from reader.entities import analyse
from reader.entities.terms import NumberedTerms, TermTable


def test_terms_are_numbered_in_the_order_first_met() -> None:
    table = TermTable()
    assert table.number(["صين", "قمة", "صين"]) == [0, 1, 0]
    assert table.number_of("شيان") == 2
    assert table.names == ["صين", "قمة", "شيان"]


def test_a_copy_learns_a_workers_terms_in_order_and_numbers_none() -> None:
    worker, copy = TermTable(), TermTable()
    worker.number(["صين", "قمة"])
    copy.learn(0, worker.names[:])
    worker.number(["شيان"])
    copy.learn(2, worker.names[2:])
    assert copy.names == worker.names
    with pytest.raises(RuntimeError):
        copy.learn(5, ["x"])  # out of step
    with pytest.raises(RuntimeError):
        copy.number_of("جديد")  # a copy numbers nothing itself


def test_numbered_terms_read_as_the_pairs_they_stand_for() -> None:
    table = TermTable()
    terms = NumberedTerms(table, table.number(["صين", "قمة"]), [3, 1])
    assert list(terms) == [("صين", 3), ("قمة", 1)]
    assert terms == (("صين", 3), ("قمة", 1)) and len(terms) == 2
    assert terms == NumberedTerms(table, [0, 1], [3, 1])
    assert hash(terms) == hash((("صين", 3), ("قمة", 1)))


def test_the_extractor_counts_terms_by_number() -> None:
    # Light stems, in the order first met: قمة and القمة are one term.
    found = analyse("قمة الصين", "قمة الصين وآسيا الوسطى في شيان. القمة الأولى.", "ar")
    assert isinstance(found.terms, NumberedTerms)
    assert list(found.terms) == [("قمه", 3), ("صين", 2), ("اسيا", 1), ("وسطي", 1),
                                 ("في", 1), ("شيان", 1), ("اولي", 1)]
