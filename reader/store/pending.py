"""Provides PendingBatch: the articles an import has staged since its last commit (no Textual).

Staging an analysed record puts it in every pending index at once (keys,
entity and word postings, catalogue, body shard), so a commit made at any
point names only articles it holds.  The catalogue entries of a batch are
merged into the archive's at the commit (:func:`merge_entry`).
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from typing import Protocol

from reader.entities.terms import TermTable
from reader.store.api import CatalogEntry
from reader.store.parallel import Compact, EntityRow
from reader.store.postings import new_postings
from reader.store.records import Record, list_record
from reader.store.shards import BODY_SHARD_SIZE

MAX_ALIASES = 16
"""Other surface forms a catalogue entry keeps at most."""
GROUP_ROWS = 2048
"""Articles whose word postings wait as rows before they are grouped by term."""

_append = array.append
_consume: Callable[[Iterable[object]], deque[object]] = partial(deque, maxlen=0)


@dataclass
class PendingBatch:
    """What was staged and not yet committed, as the commit will write it."""

    records: dict[int, Record] = field(default_factory=dict)
    """docno -> record; the body is dropped once its body shard is written."""
    keys: dict[str, int] = field(default_factory=dict)
    """Duplicate keys (``i:`` id, ``f:`` fingerprint) -> docno."""
    ent: dict[str, list[int]] = field(default_factory=dict)
    """Entity key or facet -> flat (docno, count) pairs."""
    word: defaultdict[str, array[int]] = field(default_factory=lambda: defaultdict(new_postings))
    """Term -> flat (docno, count) pairs as uint32: a third of a list's memory, and
    already the bytes a commit writes.  Complete only once :meth:`word_postings`
    has grouped the rows still waiting."""
    word_rows: list[tuple[int, TermTable, Sequence[int], Sequence[int]]] = field(
        default_factory=list)
    """(docno, the table numbering its terms, its terms' numbers, their counts) of
    articles staged since the last grouping into :attr:`word`."""
    by_number: dict[TermTable, list[array[int]]] = field(default_factory=dict)
    """The postings lists of :attr:`word` of each term a table has numbered, by number
    (every term known when the rows were last grouped).  A list is read by index
    from the cache where a dictionary of ints was not (30% less than one); the
    terms that no article of the batch has stay empty."""
    lists: list[array[int]] = field(default_factory=list)
    """With the compiled grouping: the postings lists of :attr:`word`, by an id of
    this batch's (:attr:`ids`)."""
    ids: dict[str, int] = field(default_factory=dict)
    """Term -> its id in :attr:`lists`."""
    to_ids: dict[TermTable, array[int]] = field(default_factory=dict)
    """Per table, each number's id in :attr:`lists` (every term known when the rows
    were last grouped)."""
    catalog: dict[str, CatalogEntry] = field(default_factory=dict)
    """Entities of the batch, with its totals."""
    text_bytes: int = 0
    """About how much memory the staged text takes (a commit is due past a limit)."""
    bodies: dict[int, dict[int, Record]] = field(default_factory=dict)
    """Body shard number -> docno -> full record, for shards not yet written."""

    def stage(self, docno: int, rec: Record, analysis: Compact) -> None:
        """Add the full record ``rec`` under ``docno``, with its analysis, to every pending index.

        The record gets its ``ents`` (entity keys, then facets, with their counts) and
        ``facets`` (how many of them, at the end, are facets: ``country:XX`` and the
        people found on weaker evidence, which have no catalogue entry).
        """
        ents, facets, (table, numbers), counts = analysis
        rec["ents"] = [[e[0], e[9]] for e in ents] + [[f, w] for f, w in facets]
        rec["facets"] = len(facets)
        self.records[docno] = rec
        self.keys["i:" + rec["id"]] = docno
        self.keys.setdefault("f:" + rec["fp"], docno)
        self.text_bytes += 2 * (len(rec.get("body") or "") + len(rec["title"]))
        postings = self.ent
        for row in ents:
            key, count = row[0], row[9]
            postings.setdefault(key, []).extend((docno, count))
            self._count_entity(row)
        for facet, weight in facets:
            postings.setdefault(facet, []).extend((docno, weight))
        if numbers:
            self.word_rows.append((docno, table, numbers, counts))
            if len(self.word_rows) >= GROUP_ROWS:
                self._group_rows()
        self.bodies.setdefault(docno // BODY_SHARD_SIZE, {})[docno] = rec

    def word_postings(self) -> dict[str, array[int]]:
        """Term -> flat (docno, count) pairs of every staged article, in staging order."""
        self._group_rows()
        return {term: postings for term, postings in self.word.items() if postings}

    def _group_rows(self) -> None:
        """Append the waiting rows' postings to :attr:`word`, in staging order.

        An article's ~250 terms each append to another of tens of thousands of
        postings lists, each append a cache miss or two.  Appended as each
        article was staged, between receiving analyses and reading drafts (and
        with the workers on the same cores), staging took 250-280 µs an article
        of the importer's time in a 10,000-article import; rows grouped 2,048
        articles at a time, 140 µs.  Compiled (reader/entities/_termpostings.c),
        the grouping is a counting sort of the rows' pairs by term, and each
        list is extended once a grouping: 2.1 s of the importer's CPU on the
        30,000-article real-vocabulary corpus became 0.5 s (thread time).
        """
        if not self.word_rows:
            return
        group = _native_grouping()
        if group is None:
            self._append_rows()
        else:
            self._group_rows_compiled(group)
        self.word_rows.clear()

    def _append_rows(self) -> None:
        for docno, table, numbers, counts in self.word_rows:
            by_number = self.by_number.setdefault(table, [])
            names = table.names
            if len(by_number) < len(names):  # the terms numbered since: made at once
                by_number += map(self.word.__getitem__, names[len(by_number):])
            # Millions of (term, docno, count) appends per import: done by C
            # iterators, not a Python loop.
            # Each term is once in an article, so appending its docno to every
            # list, then its count, leaves the pairs in order (with no tuple made
            # per pair: 13% less than extending by (docno, count)).
            postings = list(map(by_number.__getitem__, numbers))
            _consume(map(_append, postings, repeat(docno)))
            _consume(map(_append, postings, counts))

    def _group_rows_compiled(self, group: GroupPairs) -> None:
        tables: dict[TermTable, int] = {}
        to_ids: list[array[int]] = []
        rows: list[tuple[int, int, array[int], array[int]]] = []
        for docno, table, numbers, counts in self.word_rows:
            index = tables.get(table)
            if index is None:
                index = tables[table] = len(to_ids)
                to_ids.append(self._ids_of(table))
            rows.append((docno, index, _uint32s(numbers), _uint32s(counts)))
        ids, ends, pairs = group(rows, to_ids, len(self.lists))
        lists, view, start = self.lists, memoryview(pairs), 0
        for term_id, end in zip(memoryview(ids).cast("I"), memoryview(ends).cast("I"),
                                strict=True):
            stop = end * 8
            lists[term_id].frombytes(view[start:stop])
            start = stop

    def _ids_of(self, table: TermTable) -> array[int]:
        """Each number of ``table``'s id in :attr:`lists` (those numbered since: made now)."""
        found = self.to_ids.get(table)
        if found is None:
            found = self.to_ids[table] = new_postings()
        names = table.names
        if len(found) < len(names):
            found.extend(map(self._id_of, names[len(found):]))
        return found

    def _id_of(self, term: str) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.lists)
            self.lists.append(self.word[term])
        return found

    def _count_entity(self, row: EntityRow) -> None:
        key, kind, name, aliases, english, country, place_kind, code, office, count = row
        cat = self.catalog.get(key)
        if cat is None:
            self.catalog[key] = cat = {
                "key": key, "kind": kind, "name": name, "aliases": [],
                "english": english, "country": country, "place_kind": place_kind,
                "code": code, "office": office, "mentions": 0, "articles": 0,
            }
        cat["mentions"] += count
        cat["articles"] += 1
        add_aliases(cat, (name, *aliases))

    def take_body(self, shard_no: int) -> dict[int, Record]:
        """The staged full records of body shard ``shard_no``, now to be written: only
        their list fields stay in memory."""
        staged = self.bodies.pop(shard_no, {})
        for docno, rec in staged.items():
            self.records[docno] = list_record(rec)
        return staged


class GroupPairs(Protocol):
    """``group_pairs`` of reader/entities/_termpostings.c."""

    def __call__(self, rows: list[tuple[int, int, array[int], array[int]]],
                 to_ids: list[array[int]], n_ids: int, /) -> tuple[bytes, bytes, bytes]: ...


def _native_grouping() -> GroupPairs | None:
    """The compiled grouping; None where the install did not build it or the entities
    package runs from its sources (see reader.native).  Imported at the first
    grouping: a store that stages nothing never loads it."""
    try:
        from reader.entities._termpostings import group_pairs
    except ImportError:
        return None
    return group_pairs


def _uint32s(values: Sequence[int]) -> array[int]:
    """``values`` as a uint32 array (the workers send arrays; an in-process analysis, lists)."""
    return values if isinstance(values, array) else new_postings(values)


def add_aliases(cat: CatalogEntry, names: Iterable[str]) -> None:
    """Add to an entry's aliases the names it lacks (other than its own, at most 16 in all)."""
    for alias in names:
        aliases = cat["aliases"]
        if alias != cat["name"] and alias not in aliases and len(aliases) < MAX_ALIASES:
            aliases.append(alias)


def merge_entry(cur: CatalogEntry, add: CatalogEntry) -> None:
    """Add a batch's entry to the archive's entry for the same key: totals, aliases, and
    the details the archive's lacks."""
    cur["mentions"] += add["mentions"]
    cur["articles"] += add["articles"]
    add_aliases(cur, [add["name"], *add["aliases"]])
    cur["english"] = cur.get("english") or add.get("english")
    cur["country"] = cur.get("country") or add.get("country")
    cur["place_kind"] = cur.get("place_kind") or add.get("place_kind")
    cur["code"] = cur.get("code") or add.get("code")
    cur["office"] = cur.get("office") or add.get("office")
