"""Provides the width-independent model of a paragraph, greedy wrapping, and per-line reordering.

Everything that does not depend on the width is computed once per paragraph
(:func:`prepare`, cached): neutralising, splitting into words and spaces,
shaping each word (cached across paragraphs), widths, bidi classes, and the
shaped text in both directions.  A new width then costs a greedy wrap over
words and, per line, string slices, plus the UAX #9 resolver only for lines
that mix directions.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, pairwise, repeat
from operator import add
from typing import NamedTuple

from reader.layout.bidi import MIRROR, bidi_class, resolve_levels, visual_order
from reader.layout.shaping import Run, Unit, make_run, shape_run, shape_runs
from reader.textsafe import PLACEHOLDER, neutralise


@dataclass(frozen=True, slots=True, eq=False)
class Paragraph:
    """Everything about a paragraph that does not depend on the width, computed once.

    The paragraph is a list of tokens (words and runs of spaces, alternating)
    kept as parallel lists.  Its shaped text is kept twice, each as one
    string: in logical order (``text_ltr``) and with all its units reversed
    and mirrored (``text_rtl``), with the logical offset of every character
    alongside.  A line, or a level run within it, is then one slice: from
    character ``a`` to ``b`` left to right reads ``text_ltr[a:b]``, right to
    left reads ``text_rtl[T - b:T - a]`` (``T`` the length).
    """

    text: str
    """Neutralised text, tabs as spaces."""
    rtl: bool
    hide_marks: bool
    offset: int
    """Where the paragraph starts in the text given to layout (added to every offset)."""
    starts: list[int]
    """Per token: offset in the paragraph."""
    ends: list[int]
    runs: list[Run]
    spaces: list[bool]
    pos: list[int]
    """Per token, and one past the last: where it starts in ``text_ltr`` (prefix sums)."""
    cells: list[int]
    """Prefix sums of token cells."""
    ltr: list[int]
    """Prefix sums of units that need resolution in a right-to-left line."""
    rtl_units: list[int]
    """Prefix sums of units that need resolution in a left-to-right line."""
    marks: list[int]
    """Prefix sums of marks that have no base in their word."""
    text_ltr: str
    off_ltr: array[int]
    end_ltr: array[int]
    text_rtl: str
    off_rtl: array[int]
    end_rtl: array[int]


Segment = tuple[tuple[Unit, ...], int]  # units and the paragraph offset their offsets count from
#: A paragraph's tokens as parallel lists: starts, ends, shaped runs, and which are spaces.
Tokens = tuple[list[int], list[int], list[Run], list[bool]]

#: Spaces a line may break at: Zs but the no-break ones (U+00A0, U+2007, U+202F).
_SPACES = frozenset(
    " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
_BREAK = re.compile("([" + "".join(sorted(_SPACES)) + "]+)")
_STRONG = {"L": False, "R": True, "AL": True}


def clean(text: str) -> str:
    """Neutralise (1:1, offsets kept) and turn tabs into spaces."""
    return neutralise(text, keep_tabs=True).replace("\t", " ")


def base_direction(paragraph: str) -> bool:
    """Find a paragraph's base direction by its first strong character (UAX #9 P2/P3).

    Args:
        paragraph: Logical text (controls are neutralised first, so an embedded
            U+202E cannot decide the direction).

    Returns:
        True for right-to-left; False for left-to-right, also when no character is strong.
    """
    for c in clean(paragraph):
        rtl = _STRONG.get(bidi_class(c))
        if rtl is not None:
            return rtl
    return False


def _shifted(offset: int, starts: list[int], seqs: Iterable[tuple[int, ...]]) -> array[int]:
    """Concatenate per-token relative offsets, each moved by ``offset`` + its token's start."""
    seqs = list(seqs)
    bases = chain.from_iterable(map(repeat, (offset + s for s in starts), map(len, seqs)))
    return array("l", map(add, chain.from_iterable(seqs), bases))


@lru_cache(maxsize=2048)
def prepare(paragraph: str, hide_marks: bool, offset: int = 0) -> Paragraph:
    """Build (or fetch from the cache) the width-independent model of one paragraph.

    Args:
        paragraph: Logical text of the paragraph.
        hide_marks: Leave harakat and tatweel out.
        offset: Where the paragraph starts in the caller's text.
    """
    text = clean(paragraph)
    starts, ends, runs, spaces = _split_tokens(text, hide_marks)
    back_starts = starts[::-1]
    back_runs = runs[::-1]
    return Paragraph(
        text=text, rtl=base_direction(text), hide_marks=hide_marks, offset=offset,
        starts=starts, ends=ends, runs=runs, spaces=spaces,
        pos=list(accumulate((len(r.text) for r in runs), initial=0)),
        cells=list(accumulate((r.cells for r in runs), initial=0)),
        ltr=list(accumulate((r.ltr for r in runs), initial=0)),
        rtl_units=list(accumulate((r.rtl for r in runs), initial=0)),
        marks=list(accumulate((r.marks for r in runs), initial=0)),
        text_ltr="".join(r.text for r in runs),
        off_ltr=_shifted(offset, starts, (r.offsets for r in runs)),
        end_ltr=_shifted(offset, starts, (r.ends for r in runs)),
        text_rtl="".join(r.rtext for r in back_runs),
        off_rtl=_shifted(offset, back_starts, (r.roffsets for r in back_runs)),
        end_rtl=_shifted(offset, back_starts, (r.rends for r in back_runs)),
    )


def _split_tokens(text: str, hide_marks: bool) -> Tokens:
    """Split neutralised text into words and runs of spaces, shaped: starts, ends, runs, spaces."""
    pieces = [x for x in _BREAK.split(text) if x]
    starts = list(accumulate(map(len, pieces), initial=0))
    ends = starts[1:]
    del starts[-1]
    runs = shape_runs(pieces, hide_marks)
    spaces = [x[0] in _SPACES for x in pieces]
    if hide_marks and any(not r.units for r in runs):
        return _drop_empty_words(starts, ends, runs, spaces)
    return starts, ends, runs, spaces


def _drop_empty_words(
    starts: list[int], ends: list[int], runs: list[Run], spaces: list[bool],
) -> Tokens:
    """Words left with nothing to draw (only tatweel, say) vanish; the spaces around them join."""
    out: list[tuple[int, int, Run, bool]] = []
    for a, b, run, space in zip(starts, ends, runs, spaces, strict=True):
        space = space or not run.units
        if space and out and out[-1][3]:
            pa, _, prun, _ = out[-1]
            shift = a - pa
            units = prun.units + tuple(
                u._replace(offsets=tuple(o + shift for o in u.offsets),
                           ends=tuple(o + shift for o in u.ends), start=u.start + shift)
                for u in run.units
            )
            out[-1] = (pa, b, make_run(units), True)
        else:
            out.append((a, b, run, space))
    return [x[0] for x in out], [x[1] for x in out], [x[2] for x in out], [x[3] for x in out]


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


def wrap(p: Paragraph, width: int) -> list[Line]:
    """Greedy word wrap in logical order, measured in cells after shaping."""
    lines: list[Line] = []
    starts, ends, spaces = p.starts, p.ends, p.spaces
    tcells = p.cells
    first = last = -1  # the current line is the whole words first..last ...
    segments: list[Segment] | None = None  # ... or segments, when it began with a piece
    seg_start = seg_end = 0
    cells = 0
    gap = -1
    for i in range(len(starts)):
        if spaces[i]:
            gap = i
            continue
        w = tcells[i + 1] - tcells[i]
        if gap >= 0 and (first >= 0 or segments is not None) \
                and cells + tcells[i + 1] - tcells[gap] <= width:
            cells += tcells[i + 1] - tcells[gap]
            if segments is not None:
                segments.append((p.runs[gap].units, starts[gap]))
                segments.append((p.runs[i].units, starts[i]))
                seg_end = ends[i]
            else:
                last = i
        else:
            if segments is not None:
                lines.append(Line(seg_start, seg_end, 0, 0, segments))
                segments = None
            elif first >= 0:
                lines.append(Line(starts[first], ends[last], first, last, None))
            if w > width:
                pieces = _split_word(p, i, width)
                lines.extend(Line(a, b, 0, 0, [seg]) for a, b, seg, _ in pieces[:-1])
                seg_start, seg_end, seg, cells = pieces[-1]
                segments = [seg]
                first = -1
            else:
                first = last = i
                cells = w
        gap = -1
    if segments is not None:
        lines.append(Line(seg_start, seg_end, 0, 0, segments))
    elif first >= 0:
        lines.append(Line(starts[first], ends[last], first, last, None))
    return lines


def visual_range(p: Paragraph, first: int,
                 last: int) -> tuple[str, tuple[int, ...], tuple[int, ...], int]:
    """Reorder the tokens ``first..last`` of a paragraph: slices of its two precomputed orders."""
    stop = last + 1
    cells = p.cells[stop] - p.cells[first]
    if p.marks[stop] != p.marks[first]:
        segments = [(p.runs[i].units, p.starts[i]) for i in range(first, stop)]
        return visual(segments, p.rtl, p.offset)
    a, b = p.pos[first], p.pos[stop]
    total = p.pos[-1]
    if p.rtl and p.ltr[stop] == p.ltr[first]:
        # Only right-to-left letters and neutrals: everything resolves to level 1.
        i, j = total - b, total - a
        return p.text_rtl[i:j], tuple(p.off_rtl[i:j]), tuple(p.end_rtl[i:j]), cells
    if not p.rtl and p.rtl_units[stop] == p.rtl_units[first]:
        return p.text_ltr[a:b], tuple(p.off_ltr[a:b]), tuple(p.end_ltr[a:b]), cells
    kinds: list[str] = []
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for i in range(first, stop):
        base = p.pos[i]
        for ga, gb, kind, char in p.runs[i].groups:
            kinds.append(kind)
            chars.append(char)
            spans.append((base + ga, base + gb))
    levels = resolve_levels(kinds, chars, p.rtl)
    parts: list[str] = []
    logical: list[int] = []
    ends: list[int] = []
    for r in visual_order(levels):
        a, b = spans[r]
        if levels[r] & 1:
            i, j = total - b, total - a
            parts.append(p.text_rtl[i:j])
            logical.extend(p.off_rtl[i:j])
            ends.extend(p.end_rtl[i:j])
        else:
            parts.append(p.text_ltr[a:b])
            logical.extend(p.off_ltr[a:b])
            ends.extend(p.end_ltr[a:b])
    return "".join(parts), tuple(logical), tuple(ends), cells


def visual(segments: list[Segment], rtl: bool,
           offset: int = 0) -> tuple[str, tuple[int, ...], tuple[int, ...], int]:
    """Reorder any list of units (pieces of words, titles): resolve, reorder, mirror (L4)."""
    items = _attach_marks(segments)
    levels = resolve_levels([u.bidi for u, _ in items], [u.base for u, _ in items], rtl)
    parts: list[str] = []
    logical: list[int] = []
    ends: list[int] = []
    cells = 0
    for i in visual_order(levels):
        u, base = items[i]
        base += offset
        text = u.text
        if levels[i] & 1 and u.base in MIRROR and text.startswith(u.base):
            text = MIRROR[u.base] + text[1:]
        parts.append(text)
        logical.extend(base + o for o in u.offsets)
        ends.extend(base + o for o in u.ends)
        cells += u.cells
    return "".join(parts), tuple(logical), tuple(ends), cells


def _attach_marks(segments: list[Segment]) -> list[tuple[Unit, int]]:
    """The units of the segments with their base offsets; a word-initial mark joins the unit before.

    A mark that starts a word (after a space) is drawn on what precedes it,
    so it moves with it (L3), as in any word.
    """
    items: list[tuple[Unit, int]] = []
    for units, base in segments:
        for u in units:
            if u.bidi == "NSM" and items:
                prev, pbase = items[-1]
                shift = base - pbase
                items[-1] = (prev._replace(
                    text=prev.text + u.text, cells=prev.cells + u.cells,
                    offsets=prev.offsets + tuple(o + shift for o in u.offsets),
                    ends=prev.ends + tuple(o + shift for o in u.ends),
                ), pbase)
            else:
                items.append((u, base))
    return items
