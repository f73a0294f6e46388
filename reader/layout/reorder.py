"""Provides the reordering of one line (UAX #9 L1-L4) from its paragraph's resolved levels.

Levels are resolved once per paragraph (:mod:`reader.layout.paragraph`);
here each line gets rule L1 (separators and the whitespace before them and
at the line's end back to the paragraph level), L2 (reverse runs from the
highest level down), L3 (a combining mark stays after its base: units are
never split) and L4 (brackets mirrored at right-to-left levels).
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping

from reader.layout.bidi import MIRROR, line_levels, resolve_levels, visual_order
from reader.layout.paragraph import Paragraph, unit_levels
from reader.layout.shaping import Unit

Segment = tuple[tuple[Unit, ...], int]
"""Units and the paragraph offset their offsets count from."""
Shown = tuple[str, "array[int]", "array[int]", int]
"""A line as drawn: text in visual order, the logical offset and end of each character, cells."""


def visual_range(p: Paragraph, first: int, last: int) -> Shown:
    """Reorder the tokens ``first..last`` of a paragraph: slices of its two precomputed orders."""
    stop = last + 1
    cells = p.cells[stop] - p.cells[first]
    if p.marks[stop] != p.marks[first]:
        segments = [(p.runs[i].units, p.starts[i]) for i in range(first, stop)]
        return visual(segments, p.rtl, p.offset, unit_levels(p))
    a, b = p.pos[first], p.pos[stop]
    total = p.pos[-1]
    if p.raised[stop] == p.raised[first]:
        # Every group at the paragraph level (L1 can only lower a level to it): one slice.
        if p.rtl:
            i, j = total - b, total - a
            return p.text_rtl[i:j], p.off_rtl[i:j], p.end_rtl[i:j], cells
        return p.text_ltr[a:b], p.off_ltr[a:b], p.end_ltr[a:b], cells
    g0, g1 = p.first_group[first], p.first_group[stop]
    levels = line_levels(p.levels[g0:g1], p.kinds[g0:g1], p.rtl)
    parts: list[str] = []
    logical: array[int] = array("l")
    ends: array[int] = array("l")
    for r in visual_order(levels):
        a, b = p.spans[g0 + r]
        if levels[r] & 1:
            i, j = total - b, total - a
            parts.append(p.text_rtl[i:j])
            logical.extend(p.off_rtl[i:j])
            ends.extend(p.end_rtl[i:j])
        else:
            parts.append(p.text_ltr[a:b])
            logical.extend(p.off_ltr[a:b])
            ends.extend(p.end_ltr[a:b])
    return "".join(parts), logical, ends, cells


def visual_piece(p: Paragraph, i: int, a: int, b: int, units: tuple[Unit, ...]) -> Shown | None:
    """Units ``a..b`` of word ``i`` as one line (``units``: them shaped as a piece), by slicing.

    Only for a word whose units are all at the paragraph level and start
    with no bare mark (else None: use :func:`visual`).  The slice of the
    paragraph's text is the piece but for its two ends, which shaping as a
    piece may change (same characters, same offsets): those are put in.
    """
    run = p.runs[i]
    if p.raised[i + 1] != p.raised[i] or run.marks or len(units) != b - a:
        return None
    if any(u.cells != o.cells for u, o in zip(units, run.units[a:b], strict=True)):
        return None  # a unit too wide for the line, shown as a placeholder
    x, y = p.pos[i] + run.unit_pos[a], p.pos[i] + run.unit_pos[b]
    cells = run.cell_pos[b] - run.cell_pos[a]
    first, last = units[0].text, units[-1].text
    if p.rtl:
        total = p.pos[-1]
        x, y = total - y, total - x
        text = p.text_rtl[x:y]
        text = _mirrored(units[-1]) + text[len(last):len(text) - len(first)] + _mirrored(units[0]) \
            if len(units) > 1 else _mirrored(units[0])
        return text, p.off_rtl[x:y], p.end_rtl[x:y], cells
    text = p.text_ltr[x:y]
    text = first + text[len(first):len(text) - len(last)] + last if len(units) > 1 else first
    return text, p.off_ltr[x:y], p.end_ltr[x:y], cells


def _mirrored(u: Unit) -> str:
    """A unit's text at a right-to-left level (L4)."""
    text = u.text
    mirror = MIRROR.get(u.base)
    return mirror + text[1:] if mirror and text.startswith(u.base) else text


def visual(segments: list[Segment], rtl: bool, offset: int = 0,
           levels: Mapping[int, int] | None = None) -> Shown:
    """Reorder any list of units (pieces of words, titles): L1-L4.

    Args:
        segments: The line's units, in logical order.
        rtl: The paragraph's base direction.
        offset: Added to every logical offset.
        levels: The paragraph's level of each unit, by the offset it starts at
            (:func:`reader.layout.paragraph.unit_levels`); None resolves the
            segments as a paragraph of their own (a title cut to fit, a query).
    """
    items = _attach_marks(segments)
    kinds = [u.bidi for u, _ in items]
    if levels is None:
        line = resolve_levels(kinds, [u.base for u, _ in items], rtl)
    else:
        level = 1 if rtl else 0
        line = line_levels([levels.get(base + u.start, level) for u, base in items], kinds, rtl)
    parts: list[str] = []
    logical: array[int] = array("l")
    ends: array[int] = array("l")
    cells = 0
    for i in visual_order(line):
        u, base = items[i]
        base += offset
        text = u.text
        if line[i] & 1 and u.base in MIRROR and text.startswith(u.base):
            text = MIRROR[u.base] + text[1:]
        parts.append(text)
        logical.extend(base + o for o in u.offsets)
        ends.extend(base + o for o in u.ends)
        cells += u.cells
    return "".join(parts), logical, ends, cells


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
