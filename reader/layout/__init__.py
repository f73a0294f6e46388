"""Provides bidi layout: logical text in, shaped visual lines that map back to logical offsets out.

Terminals draw cells left to right and do no bidi reordering or Arabic
shaping; Textual does neither.  So every line that reaches the screen is laid
out here: wrapped in logical order at spaces, reordered by UAX #9 with its
paragraph's base direction, with Arabic already in presentation forms, and
with the logical offset of every character it shows (search hits and entity
mentions are logical spans; :func:`spans_to_cells` turns them into cells).

Decisions (see also :mod:`reader.layout.bidi` and :mod:`reader.layout.shaping`):

- Widths are cells after shaping: a lam-alef ligature is one character and
  one cell, so "السلام" takes 5 cells, not 6.  Combining marks take 0, wide
  CJK 2.  No line is wider than ``width``.
- A character wider than the whole line (a wide CJK character at width 1) is
  shown as U+FFFD, one cell, mapped to the character's offset.
- A word wider than the line starts a new line and is cut by cells, never
  between a letter and its marks nor inside a lam-alef ligature; each piece
  is shaped on its own, as if the pieces were separate words.
- Breaking spaces (and leading or trailing ones) belong to no line.
- LRM, RLM and ALM steer the reordering and are then dropped; ZWJ, ZWNJ,
  soft hyphens and other boundary-neutral characters are never drawn.
- ``hide_marks`` lays the text out as if harakat and tatweel were not there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reader.layout import shaping
from reader.layout.paragraph import (
    Paragraph,
    Segment,
    base_direction,
    fit,
    piece,
    prepare,
    visual,
    visual_range,
    wrap,
)
from reader.layout.shaping import Run, Unit, char_cells, text_cells

__all__ = [
    "VisualLine", "base_direction", "cell_width", "clear_caches", "layout_paragraph", "layout_text",
    "pad", "render_article", "shape_query", "spans_to_cells", "truncate",
]


def _check_width(width: int) -> None:
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One line as the terminal shows it, with the logical offset behind every character."""

    text: str
    """Visual order, shaped (presentation forms), safe to print, not padded."""
    start: int
    """Logical offset (into the text given) of the line's first logical character."""
    end: int
    """Logical offset just past its last character (breaking spaces excluded)."""
    rtl: bool
    """The paragraph's base direction (True: the line is drawn flush right)."""
    cells: int
    """Terminal cells ``text`` takes (at most the width asked for)."""
    logical: tuple[int, ...]
    """For each character of ``text``, the logical offset it came from (a lam-alef ligature: the lam's)."""
    paragraph: int
    """Paragraph number, from 0."""
    logical_end: tuple[int, ...] = ()
    """For each character of ``text``, the logical offset just past what it stands for
    (past the alef for a lam-alef ligature); empty means ``logical[i] + 1`` each."""


# Bounded: a 20,000-word article costs about 11 MB of lines per width.
@lru_cache(maxsize=2048)
def _layout(paragraph: str, width: int, hide_marks: bool, offset: int,
            index: int) -> tuple[VisualLine, ...]:
    p = prepare(paragraph, hide_marks, offset)
    lines = []
    for line in wrap(p, width):
        if line.segments is None:
            text, logical, ends, cells = visual_range(p, line.first, line.last)
        else:
            text, logical, ends, cells = visual(line.segments, p.rtl, offset)
        lines.append(VisualLine(text, line.start + offset, line.end + offset, p.rtl, cells,
                                logical, index, ends))
    if not lines:
        lines.append(VisualLine("", offset, offset, p.rtl, 0, (), index, ()))
    return tuple(lines)


def layout_paragraph(paragraph: str, width: int, *, offset: int = 0, index: int = 0,
                     hide_marks: bool = False) -> tuple[VisualLine, ...]:
    """Lay out one paragraph at a width.

    Args:
        paragraph: Logical text of one paragraph (no newline).
        width: Line width in cells, at least 1.
        offset: Added to every logical offset (where the paragraph starts in a larger text).
        index: Paragraph number to record in the lines.
        hide_marks: Lay the text out without harakat and tatweel.

    Returns:
        The visual lines, top to bottom; at least one (empty for a blank paragraph).
    """
    _check_width(width)
    return _layout(paragraph, width, hide_marks, offset, index)


def _blank(paragraph: str, hide_marks: bool, offset: int) -> bool:
    if not paragraph.strip():
        return True
    p = prepare(paragraph, hide_marks, offset)
    return not any(u.text for r, space in zip(p.runs, p.spaces) if not space for u in r.units)


@lru_cache(maxsize=8)
def layout_text(text: str, width: int, *, hide_marks: bool = False) -> tuple[VisualLine, ...]:
    """Lay out a whole text: one paragraph per line, one empty line between paragraphs.

    Args:
        text: Logical text; ``\\n`` or ``\\r\\n`` ends a paragraph.  Blank lines
            (only spaces, or nothing drawable) separate paragraphs and collapse:
            exactly one empty line between two paragraphs, none before the
            first or after the last.
        width: Line width in cells, at least 1.
        hide_marks: Lay the text out without harakat and tatweel.

    Returns:
        The visual lines, top to bottom.  Offsets are offsets into ``text``.
        An empty separator line has ``start == end ==`` the offset where the
        previous paragraph ends and carries that paragraph's number.
    """
    _check_width(width)
    out: list[VisualLine] = []
    index = 0
    pos = 0
    previous_end, previous_rtl = 0, False
    for raw in text.split("\n"):
        line = raw.removesuffix("\r")
        if not _blank(line, hide_marks, pos):
            if index:
                out.append(VisualLine("", previous_end, previous_end, previous_rtl, 0, (), index - 1, ()))
            lines = layout_paragraph(line, width, offset=pos, index=index, hide_marks=hide_marks)
            out.extend(lines)
            previous_end, previous_rtl = pos + len(line), lines[-1].rtl
            index += 1
        pos += len(raw) + 1
    return tuple(out)


def clear_caches() -> None:
    """Forget every cached layout and shaped word (to free memory, or for benchmarks)."""
    layout_text.cache_clear()
    _layout.cache_clear()
    prepare.cache_clear()
    shaping.cache_clear()


def pad(line: VisualLine, width: int) -> str:
    """Pad a line to ``width`` cells: right-to-left flush right, left-to-right flush left."""
    gap = width - line.cells
    if gap <= 0:
        return line.text
    return " " * gap + line.text if line.rtl else line.text + " " * gap


def cell_width(s: str) -> int:
    """Terminal cells a string takes (wcwidth: combining marks 0, wide CJK 2; never ``len``).

    Characters that cannot be printed (controls) count 0: neutralise text before printing it.
    """
    return text_cells(s)


def spans_to_cells(line: VisualLine, start: int, end: int) -> list[tuple[int, int]]:
    """Map a logical range onto the cells of one visual line (to highlight a mention).

    Args:
        line: A line from this module.
        start: Logical start offset (same offsets as ``line.logical``).
        end: Logical end offset, exclusive.

    Returns:
        Sorted, merged ``[a, b)`` cell ranges from the left of ``line.text``
        (unpadded: add the padding for right-to-left lines).  A combining mark
        counts as the cell of the character it is drawn on; a lam-alef
        ligature is covered when its lam or its alef is.
    """
    ranges: list[tuple[int, int]] = []
    pos = 0
    last = (0, 0)
    ends = line.logical_end
    for i, ch in enumerate(line.text):
        w = char_cells(ch)
        cell = (pos, pos + w) if w else last
        lo = line.logical[i]
        hi = ends[i] if ends else lo + 1
        if lo < end and hi > start and cell[1] > cell[0]:
            ranges.append(cell)
        if w:
            last = cell
        pos += w
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


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
    _check_width(width)
    p = _one_line(text)
    words = [i for i, space in enumerate(p.spaces) if not space]
    if not words:
        return VisualLine("", 0, 0, p.rtl, 0, (), 0, ())
    inner = _tokens(p)[words[0]:words[-1] + 1]
    if sum(t.run.cells for t in inner) <= width:
        return _make_line([(fit(t.run.units, width), t.start) for t in inner], p.rtl,
                          inner[0].start, inner[-1].end)
    e_cells = text_cells(ellipsis)
    room = width - e_cells if e_cells <= width else width
    kept: list[Segment] = []
    cells = 0
    cut = inner[0].start
    for tok in inner:
        units = tok.run.units
        if cells + tok.run.cells <= room:
            kept.append((units, tok.start))
            cells += tok.run.cells
            cut = tok.end
            continue
        if not tok.space:
            k = 0
            while cells + units[k].cells <= room:  # stops inside: the whole word does not fit
                cells += units[k].cells
                k += 1
            if k:
                piece_end = tok.start + units[k].start
                kept.append(piece(p, tok.start, piece_end, units[:k], tok.start, room))
                cut = piece_end
        break
    while kept and kept[-1][0] and kept[-1][0][0].bidi == "WS":
        units, base = kept.pop()
        cut = base + units[0].start
    if e_cells <= width:
        kept.append(((_ellipsis_unit(ellipsis, cut, len(text)),), 0))
    return _make_line(kept, p.rtl, inner[0].start, cut)


class _Token(NamedTuple):
    start: int
    end: int
    run: Run
    space: bool


def _tokens(p: Paragraph) -> list[_Token]:
    return [_Token(*t) for t in zip(p.starts, p.ends, p.runs, p.spaces)]


def _make_line(segments: list[Segment], rtl: bool, start: int, end: int) -> VisualLine:
    text, logical, ends, cells = visual(segments, rtl)
    return VisualLine(text, start, end, rtl, cells, logical, 0, ends)


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
    _check_width(width)
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
            start = tok.start + units[k].start
            kept.append(piece(p, start, tok.end, units[k:], tok.start, room))
        break
    kept.append(((_ellipsis_unit("…", 0, 0),), 0))
    kept.reverse()
    return visual(kept, p.rtl)[0]


def render_article(title: str, meta: str, body: str, width: int, *,
                   hide_marks: bool = False) -> list[str]:
    """Lay out an article for ``reader show``: padded lines ready to print.

    Args:
        title: Headline (logical).
        meta: A line such as "date · source" (omitted when empty).
        body: Body text, one paragraph per line.
        width: Line width in cells, at least 1.
        hide_marks: Hide harakat and tatweel.

    Returns:
        Title lines, the meta line, a blank line, then the body with one blank
        line between paragraphs.  Right-to-left lines are padded to end at
        column ``width``; left-to-right lines start at column 1 and carry no
        trailing spaces; no line is wider than ``width`` cells.
    """
    out: list[str] = []
    for part in (title, meta):
        out.extend(_render(line, width) for line in layout_text(part, width, hide_marks=hide_marks))
    out.append("")
    out.extend(_render(line, width) for line in layout_text(body, width, hide_marks=hide_marks))
    return out


def _render(line: VisualLine, width: int) -> str:
    if not line.text:
        return ""
    return pad(line, width) if line.rtl else line.text.rstrip()
