"""The compiled grouping of word postings (reader/entities/_termpostings.c) gives the
lists the Python appends give."""

from __future__ import annotations

import os
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities.terms import TermTable
from reader.store import pending
from reader.store.pending import GroupPairs, PendingBatch
from reader.store.postings import UINT32


def _compiled() -> GroupPairs:
    """The compiled grouping; skipped where the install did not build it (CI expects it)."""
    group = pending._native_grouping()
    if group is None:
        if os.environ.get("READER_EXPECT_COMPILED"):
            pytest.fail("reader.entities._termpostings was not built or is not used")
        pytest.skip("reader.entities._termpostings was not built in this install")
    return group


_TERMS = [f"t{k}" for k in range(40)]

#: An article: its table (0 or 1) and its terms (each once) with counts.
_ARTICLES = st.lists(st.tuples(st.integers(0, 1),
                               st.dictionaries(st.sampled_from(_TERMS), st.integers(1, 2**32 - 1),
                                               max_size=15)),
                     max_size=30)


def _staged(articles: list[tuple[int, dict[str, int]]], compiled: bool,
            monkeypatch: pytest.MonkeyPatch, groups: int) -> dict[str, list[int]]:
    """Stage the articles' rows in a batch (grouping every ``groups`` articles), as two
    workers' tables number them (each numbers a term when it first meets it)."""
    if not compiled:
        monkeypatch.setattr(pending, "_native_grouping", lambda: None)
    batch = PendingBatch()
    tables = [TermTable(), TermTable()]
    for docno, (which, terms) in enumerate(articles, 1):
        table = tables[which]
        numbers = table.number(list(terms))
        packed = (which + docno) % 2 == 0  # a worker's arrays, or an in-process analysis's lists
        batch.word_rows.append((docno * 3, table,
                                array(UINT32, numbers) if packed else numbers,
                                array(UINT32, terms.values()) if packed else list(terms.values())))
        if docno % groups == 0:
            batch._group_rows()
    monkeypatch.undo()
    return {term: list(postings) for term, postings in batch.word_postings().items()}


@settings(max_examples=200, deadline=None)
@given(_ARTICLES, st.integers(1, 7))
def test_the_compiled_grouping_gives_the_python_lists(
        articles: list[tuple[int, dict[str, int]]], groups: int) -> None:
    _compiled()
    with pytest.MonkeyPatch.context() as mp:
        python = _staged(articles, False, mp, groups)
    with pytest.MonkeyPatch.context() as mp:
        compiled = _staged(articles, True, mp, groups)
    assert compiled == python
    expected: dict[str, list[int]] = {}
    for docno, (_, terms) in enumerate(articles, 1):
        for term, count in terms.items():
            expected.setdefault(term, []).extend((docno * 3, count))
    assert python == expected


def test_the_compiled_grouping_refuses_what_it_cannot_read() -> None:
    group = _compiled()
    to_ids = [array(UINT32, [0, 1])]
    ok = (7, 0, array(UINT32, [1, 0]), array(UINT32, [2, 3]))
    ids, ends, pairs = group([ok], to_ids, 2)
    assert (list(memoryview(ids).cast("I")), list(memoryview(ends).cast("I")),
            list(memoryview(pairs).cast("I"))) == ([0, 1], [1, 2], [7, 3, 7, 2])
    bad = [
        ((7, 0, array(UINT32, [2]), array(UINT32, [1])), ValueError),  # a number with no id
        ((7, 1, array(UINT32, [0]), array(UINT32, [1])), ValueError),  # no such table
        ((7, 0, array(UINT32, [0, 1]), array(UINT32, [1])), ValueError),  # lengths differ
        ((-1, 0, array(UINT32, [0]), array(UINT32, [1])), OverflowError),  # a docno below 0
        ((7, 0, array("d", [0.0]), array(UINT32, [1])), TypeError),  # not uint32
        ((7, 0, [0], array(UINT32, [1])), TypeError),  # not a buffer
        ((7, 0, array(UINT32, [0])), TypeError),  # not a row
    ]
    for row, error in bad:
        with pytest.raises(error):
            group([ok, row], to_ids, 2)  # type: ignore[list-item]
    with pytest.raises(ValueError):
        group([ok], to_ids, 1)  # an id past n_ids
