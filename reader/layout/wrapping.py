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


def piece(p: Paragraph, start: int, end: int, fallback: tuple[Unit, ...], base: int,
          width: int) -> Segment:
    """Shape part of a word on its own (as the line would be shaped alone)."""
    units = shape_run(p.text[start:end], p.hide_marks)
    if sum(u.cells for u in units) > width:  # cannot happen for pieces cut between units
        return fit(fallback, width), base
    return fit(units, width), start


class Line(NamedTuple):
    """A wrapped line: its logical span and what it is made of."""

    start: int
    """Offset in the paragraph."""
    end: int
    first: int
    """Token range ``[first, last]`` when the line is a run of whole words, else ``segments``."""
    last: int
    segments: list[Segment] | None


def _split_word(p: Paragraph, i: int, width: int) -> list[tuple[int, int, Segment, int]]:
    """Cut the word ``i``, wider than the line, into pieces of at most ``width`` cells."""
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
    pieces = []
    for a, b in pairwise(bounds):
        start = start0 if a == 0 else start0 + units[a].start
        end = end0 if b == len(units) else start0 + units[b].start
        seg = piece(p, start, end, units[a:b], start0, width)
        pieces.append((start, end, seg, sum(u.cells for u in seg[0])))
    return pieces


class _Wrapper:
    """The state of one greedy wrap: the line being filled, and the lines done."""

    def __init__(self, p: Paragraph, width: int) -> None:
        self.p = p
        self.width = width
        self.lines: list[Line] = []
        self.first = self.last = -1  # the current line is the whole words first..last ...
        self.segments: list[Segment] | None = None  # ... or segments, when it began with a piece
        self.seg_start = self.seg_end = 0
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
            self.lines.append(Line(self.seg_start, self.seg_end, 0, 0, self.segments))
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
            self.lines.extend(Line(a, b, 0, 0, [seg]) for a, b, seg, _ in pieces[:-1])
            self.seg_start, self.seg_end, seg, self.cells = pieces[-1]
            self.segments = [seg]
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
