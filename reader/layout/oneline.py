"""Provides one-line layouts cut to fit: titles (:func:`truncate`) and typed queries.

A title is cut at its logical end (an ellipsis then shows on the left of a
right-to-left title); a query being typed keeps its logical end, where the
typing happens.  A word that does not fit whole is cut between units and the
piece shaped on its own, as wrapping does.
"""

from __future__ import annotations

from array import array
from typing import NamedTuple

from reader.layout.lines import VisualLine, check_width
from reader.layout.paragraph import Paragraph, prepare
from reader.layout.reorder import Segment, visual
from reader.layout.shaping import Run, Unit, text_cells
from reader.layout.wrapping import fit, piece


def _one_line(text: str) -> Paragraph:
    # Newlines become spaces (1:1) so that offsets still point into ``text``.
    return prepare(text.replace("\r", " ").replace("\n", " "), False)


def _ellipsis_unit(ellipsis: str, at: int, end: int) -> Unit:
    # A neutral: at the logical end of a right-to-left title it lands on the left.
    return Unit(ellipsis, (at,) * len(ellipsis), (end,) * len(ellipsis), at, text_cells(ellipsis),
                "ON", "")


def truncate(text: str, width: int, *, ellipsis: str = "…") -> VisualLine:
    """Lay out one line (a title) cut at its logical end to fit ``width`` cells.

    Args:
        text: Logical text; newlines count as spaces.
        width: Cells available, at least 1.
        ellipsis: Put at the logical end when something was cut (so on the
            left of a right-to-left title), unless it is itself wider than
            ``width``.  It maps to the offset where the cut starts and covers
            everything cut.

    Returns:
        One visual line (paragraph 0), at most ``width`` cells.
    """
    check_width(width)
    p = _one_line(text)
    words = [i for i, space in enumerate(p.spaces) if not space]
    if not words:
        return VisualLine("", 0, 0, p.rtl, 0, (), 0, ())
    inner = _tokens(p)[words[0]:words[-1] + 1]
    if sum(t.run.cells for t in inner) <= width:
        return _make_line(p, [(fit(t.run.units, width), t.start) for t in inner],
                          inner[0].start, inner[-1].end)
    e_cells = text_cells(ellipsis)
    room = width - e_cells if e_cells <= width else width
    kept, cut = _head(p, inner, room)
    if e_cells <= width:
        kept.append(((_ellipsis_unit(ellipsis, cut, len(text)),), 0))
    return _make_line(p, kept, inner[0].start, cut)


def _head(p: Paragraph, tokens: list[_Token], room: int) -> tuple[list[Segment], int]:
    """What fits of ``tokens`` in ``room`` cells from the logical start, and where the cut is.

    Whole tokens are kept while they fit; a word that does not fit gives the
    piece of it that does.  Spaces left at the end are dropped (the cut moves
    back to where they start).
    """
    kept: list[Segment] = []
    cells = 0
    cut = tokens[0].start
    for tok in tokens:
        units = tok.run.units
        if cells + tok.run.cells <= room:
            kept.append((units, tok.start))
            cells += tok.run.cells
            cut = tok.end
            continue
        if not tok.space:
            k = _leading_units(units, room - cells)
            if k:
                piece_end = tok.start + units[k].start
                kept.append(piece(p, tok.number, 0, k, room))
                cut = piece_end
        break
    while kept and kept[-1][0] and kept[-1][0][0].bidi == "WS":
        units, base = kept.pop()
        cut = base + units[0].start
    return kept, cut


def _leading_units(units: tuple[Unit, ...], room: int) -> int:
    """How many units from the start fit in ``room`` cells (the whole run must not fit)."""
    k = 0
    while units[k].cells <= room:  # stops inside: the whole run does not fit
        room -= units[k].cells
        k += 1
    return k


class _Token(NamedTuple):
    start: int
    end: int
    run: Run
    space: bool
    number: int


def _tokens(p: Paragraph) -> list[_Token]:
    return [_Token(*t, i) for i, t in enumerate(zip(p.starts, p.ends, p.runs, p.spaces,
                                                      strict=True))]


def _make_line(p: Paragraph, segments: list[Segment], start: int, end: int) -> VisualLine:
    text, logical, ends, cells = visual(segments, p.rtl)
    origin = p.origin
    if origin is not None:  # runs were left out of the layout: offsets into the text as given
        start, end = origin(start), origin(end)
        logical, ends = array("l", map(origin, logical)), array("l", map(origin, ends))
    return VisualLine(text, start, end, p.rtl, cells, logical, 0, ends)


def field_line(text: str) -> VisualLine:
    """Lay out what the user is typing as one line, whatever its width: every space kept.

    The whole text is one paragraph (so its direction is its first strong
    character's, and a number typed after Arabic reads as in an article);
    nothing is cut: a text field shows the part around its cursor.

    Args:
        text: The value as typed, logical order; newlines count as spaces.
    """
    p = _one_line(text)
    return _make_line(p, [(t.run.units, t.start) for t in _tokens(p)], 0, len(p.text))


def shape_query(text: str, width: int) -> str:
    """Render what the user is typing (a search box preview) as one visual line.

    Spaces are kept (the user may be about to type the next word).  When the
    text is wider than ``width``, its logical end (where the typing happens)
    is kept and an ellipsis marks the cut logical start.

    Args:
        text: The query as typed, logical order.
        width: Cells available, at least 1.

    Returns:
        Visual, shaped text of at most ``width`` cells, not padded (pad it flush
        right when :func:`base_direction` says right-to-left).
    """
    check_width(width)
    p = _one_line(text)
    tokens = _tokens(p)
    if sum(t.run.cells for t in tokens) <= width:
        return visual([(fit(t.run.units, width), t.start) for t in tokens], p.rtl)[0]
    room = width - 1
    kept: list[Segment] = []
    cells = 0
    for tok in reversed(tokens):
        units = tok.run.units
        if cells + tok.run.cells <= room:
            kept.append((units, tok.start))
            cells += tok.run.cells
            continue
        k = len(units)
        while cells + units[k - 1].cells <= room:  # stops inside: the whole run does not fit
            cells += units[k - 1].cells
            k -= 1
        if k < len(units):
            kept.append(piece(p, tok.number, k, len(units), room))
        break
    kept.append(((_ellipsis_unit("…", 0, 0),), 0))
    kept.reverse()
    return visual(kept, p.rtl)[0]
