"""Provides greedy wrapping of a prepared paragraph in logical order, measured in cells.

Lines break at runs of spaces (which then belong to no line).  A word wider
than the line starts a new line and is cut between units (grapheme
clusters), never inside one; each piece is shaped on its own, as if the
pieces were separate words.  The pieces of a very long word
(:data:`reader.layout.paragraph.MAX_WORD`) follow each other without a gap.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from reader.layout.joining import joining_type
from reader.layout.paragraph import Paragraph
from reader.layout.reorder import Segment
from reader.layout.shaping import Unit, shape_run
from reader.textsafe import PLACEHOLDER


def fit(units: tuple[Unit, ...], width: int) -> tuple[Unit, ...]:
    """Replace any unit wider than the line by a one-cell placeholder."""
    if all(u.cells <= width for u in units):
        return units
    return tuple(
        u if u.cells <= width else u._replace(
            text=PLACEHOLDER, offsets=u.offsets[:1], ends=u.ends[-1:], cells=1, bidi="ON",
            base=PLACEHOLDER,
        )
        for u in units
    )


def piece(p: Paragraph, i: int, a: int, b: int, width: int) -> Segment:
    """Units ``a..b`` of word ``i``, shaped as if they were a word of their own.

    Only the units at the cuts change (a letter there loses its join across
    the cut): each is shaped again with its neighbours up to the nearest
    letter that is not transparent, never the whole piece.
    """
    run = p.runs[i]
    all_units = run.units
    n = len(all_units)
    units = list(all_units[a:b])
    if a > 0:
        stop = _context_end(all_units, a, b)
        units[0] = _reshaped(p, i, a, stop)[0]
    if b < n:
        begin = a if b - a == 1 else _context_start(all_units, a, b)
        units[-1] = _reshaped(p, i, begin, b)[-1]
    return fit(tuple(units), width), p.starts[i]


def _context_end(units: tuple[Unit, ...], a: int, b: int) -> int:
    """Past the first unit after ``a`` (before ``b``) whose base is not transparent to joining."""
    k = a + 1
    while k < b and joining_type(units[k].base) == "T":
        k += 1
    return min(k + 1, b)


def _context_start(units: tuple[Unit, ...], a: int, b: int) -> int:
    """The last unit before ``b - 1`` (from ``a``) whose base is a letter that joins."""
    k = b - 2
    while k > a and joining_type(units[k].base) == "T":
        k -= 1
    return max(k, a)


def _reshaped(p: Paragraph, i: int, a: int, b: int) -> tuple[Unit, ...]:
    """Units ``a..b`` of word ``i`` shaped alone, offsets from the word's start."""
    units = p.runs[i].units
    word_start = p.starts[i]
    start = units[a].start
    end = units[b].start if b < len(units) else p.ends[i] - word_start
    shift = start
    return tuple(u._replace(offsets=tuple(o + shift for o in u.offsets),
                            ends=tuple(o + shift for o in u.ends), start=u.start + shift)
                 for u in shape_run(p.text[word_start + start:word_start + end], p.hide_marks))


class Line(NamedTuple):
    """A wrapped line: its logical span and what it is made of."""

    start: int
    """Offset in the paragraph."""
    end: int
    first: int
    """Token range ``[first, last]`` when the line is a run of whole words, else ``segments``."""
    last: int
    segments: list[Segment] | None
    cut: tuple[int, int, int] | None = None
    """``(word, a, b)`` when the line is exactly units ``a..b`` of one word cut in pieces."""


def _split_word(p: Paragraph, i: int, width: int) -> list[tuple[int, int, int, int]]:
    """Cut the word ``i``, wider than the line, into pieces of at most ``width`` cells.

    Returns:
        ``(start, end, first unit, past the last unit)`` of each piece.
    """
    units = p.runs[i].units
    start0, end0 = p.starts[i], p.ends[i]
    bounds: list[int] = [0]  # unit index where each piece starts
    cells = 0
    for k, u in enumerate(units):
        w = min(u.cells, width)
        if cells + w > width and k > bounds[-1]:
            bounds.append(k)
            cells = 0
        cells += w
    bounds.append(len(units))
    return [(start0 if a == 0 else start0 + units[a].start,
             end0 if b == len(units) else start0 + units[b].start, a, b)
            for a, b in pairwise(bounds)]


class _Wrapper:
    """The state of one greedy wrap: the line being filled, and the lines done."""

    def __init__(self, p: Paragraph, width: int) -> None:
        self.p = p
        self.width = width
        self.lines: list[Line] = []
        self.first = self.last = -1  # the current line is the whole words first..last ...
        self.segments: list[Segment] | None = None  # ... or segments, when it began with a piece
        self.seg_start = self.seg_end = 0
        self.cut: tuple[int, int, int] | None = None
        self.cells = 0

    def open(self) -> bool:
        return self.first >= 0 or self.segments is not None

    def extend(self, gap: int, i: int) -> None:
        """Add word ``i`` (after the spaces ``gap``, or glued to the word before when -1)."""
        p = self.p
        start = gap if gap >= 0 else i
        self.cells += p.cells[i + 1] - p.cells[start]
        if self.segments is not None:
            if gap >= 0:
                self.segments.append((p.runs[gap].units, p.starts[gap]))
            self.segments.append((p.runs[i].units, p.starts[i]))
            self.seg_end = p.ends[i]
        else:
            self.last = i

    def close(self) -> None:
        """End the current line."""
        p = self.p
        if self.segments is not None:
            cut = self.cut if len(self.segments) == 1 else None
            self.lines.append(Line(self.seg_start, self.seg_end, 0, 0, self.segments, cut))
            self.segments = None
        elif self.first >= 0:
            self.lines.append(Line(p.starts[self.first], p.ends[self.last], self.first,
                                   self.last, None))
        self.first = -1

    def start(self, i: int) -> None:
        """Begin a new line with word ``i`` (cut in pieces when wider than the line)."""
        p = self.p
        w = p.cells[i + 1] - p.cells[i]
        if w > self.width:
            pieces = _split_word(p, i, self.width)
            self.lines.extend(Line(start, end, 0, 0, [piece(p, i, a, b, self.width)], (i, a, b))
                              for start, end, a, b in pieces[:-1])
            self.seg_start, self.seg_end, a, b = pieces[-1]
            seg = piece(p, i, a, b, self.width)
            self.segments = [seg]
            self.cut = (i, a, b)
            self.cells = sum(u.cells for u in seg[0])
            self.first = -1
        else:
            self.first = self.last = i
            self.cells = w


def wrap(p: Paragraph, width: int) -> list[Line]:
    """Greedy word wrap in logical order, measured in cells after shaping."""
    w = _Wrapper(p, width)
    spaces, tcells = p.spaces, p.cells
    gap = -1
    for i in range(len(spaces)):
        if spaces[i]:
            gap = i
            continue
        joined = gap >= 0 or (i > 0 and not spaces[i - 1])
        start = gap if gap >= 0 else i
        if joined and w.open() and w.cells + tcells[i + 1] - tcells[start] <= width:
            w.extend(gap, i)
        else:
            w.close()
            w.start(i)
        gap = -1
    w.close()
    return w.lines
