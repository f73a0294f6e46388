"""Provides TermTable and NumberedTerms: index terms by number (no Textual).

An article has about 250 index terms (light stems), each of which the
importer appends to that term's postings list.  Looked up by its text, a
term is a string hashed and compared with the keys of a dictionary of a
hundred thousand terms, most of them out of the cache: that was a fifth of
the importer's own time.  So each process numbers the terms it meets, once
per distinct word (a word's number is kept with its other answers, see
:class:`reader.entities.lookup.WordFacts`); an analysis counts its terms by
number, a worker sends the numbers and each term's text only the first time,
and the importer finds a postings list by a small int.
"""

from __future__ import annotations

from collections.abc import Iterator


class TermTable:
    """Numbers for index terms, from 0, in the order they are first met."""

    def __init__(self) -> None:
        self.names: list[str] = []
        """Each term, at its number."""
        self._numbers: dict[str, int] = {}

    def number_of(self, term: str) -> int:
        """The term's number (the next one, if it is new).

        Raises:
            RuntimeError: the table is a copy (see :meth:`learn`).
        """
        n = self._numbers.get(term)
        if n is None:
            if len(self._numbers) != len(self.names):
                raise RuntimeError("a copy of another process's terms numbers none")
            n = self._numbers[term] = len(self.names)
            self.names.append(term)
        return n

    def number(self, terms: list[str]) -> list[int]:
        """The number of each term."""
        return [self.number_of(t) for t in terms]

    def learn(self, first: int, names: list[str]) -> None:
        """Take another process's new terms, numbered on from ``first``: the importer
        keeps a copy of each worker's table, names only (it numbers nothing in it).

        Raises:
            RuntimeError: they do not follow on from those known (never: a
                worker answers its chunks in the order they were sent), or this
                table numbers terms itself.
        """
        if first != len(self.names) or self._numbers:
            raise RuntimeError(f"an analysis worker's terms are out of step "
                               f"({first} after {len(self.names)})")
        self.names += names


class NumberedTerms:
    """An article's index terms with their counts, by number in a :class:`TermTable`;
    iterated, ``(term, count)`` pairs, as an analyser's ``terms`` are."""

    def __init__(self, table: TermTable, numbers: list[int], counts: list[int]) -> None:
        self.table = table
        self.numbers = numbers
        self.counts = counts

    def __iter__(self) -> Iterator[tuple[str, int]]:
        names, numbers, counts = self.table.names, self.numbers, self.counts
        for k in range(len(numbers)):
            yield names[numbers[k]], counts[k]

    def __len__(self) -> int:
        return len(self.numbers)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NumberedTerms):
            return list(self) == list(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return False

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"NumberedTerms({list(self)!r})"
