"""Provides visual lines: a text or a paragraph laid out at a width, with logical offsets.

A :class:`VisualLine` is what the terminal shows, in visual order and shaped,
with the logical offset behind every character.  :func:`layout_text` lays out
a whole text (one paragraph a line, one empty line between paragraphs);
results are cached per paragraph and width, and the width-independent work
per paragraph (:func:`reader.layout.paragraph.prepare`).

:func:`iter_layout` gives the same lines a batch at a time, so that a caller
can show the start of a long text at once and stop at any moment.  For that,
a paragraph longer than :data:`MAX_PARAGRAPH` characters is laid out in parts
of about that size, cut at a space (or between the pieces of a very long
word): the bidi algorithm then sees each part as a paragraph of its own, with
the whole paragraph's direction and the last strong character before the part
(rules W2 and W7: a number at the start of a part after Arabic letters still
reads as an Arabic number).  Few real paragraphs are that long (3 in the 2,603
articles of the SaudiNewsNet sample, the longest 9,857 characters).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from reader.layout import shaping
from reader.layout.bidi import bidi_class
from reader.layout.paragraph import (
    MAX_WORD,
    SPACES,
    Paragraph,
    base_direction,
    clean,
    cut_excess,
    prepare,
    unit_levels,
)
from reader.layout.reorder import visual, visual_piece, visual_range
from reader.layout.wrapping import wrap

MAX_PARAGRAPH = 8_000
"""Characters of a paragraph laid out in one go, about (longer ones are laid out in parts)."""
#: A character that is always drawn: not a space, not a format character.
_DRAWN = regex.compile(r"[^\p{Zs}\p{Cf}\t]")
_LAST_SPACE = regex.compile("[" + "".join(sorted(SPACES)) + "]", flags=regex.REVERSE)


def check_width(width: int) -> None:
    """Refuse a width under one cell (ValueError)."""
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
    logical: Sequence[int]
    """For each character of ``text``, the logical offset it came from (a lam-alef
    ligature: the lam's).  An ``array('l')`` from the layout engine (8 bytes an offset)."""
    paragraph: int
    """Paragraph number, from 0."""
    logical_end: Sequence[int] = ()
    """For each character of ``text``, the logical offset just past what it stands for
    (past the alef for a lam-alef ligature); empty means ``logical[i] + 1`` each."""


# Bounded: a 20,000-word article costs about 11 MB of lines per width.
@lru_cache(maxsize=2048)
def _layout(paragraph: str, width: int, hide_marks: bool, offset: int, index: int,
            rtl: bool | None = None, before: str = "") -> tuple[VisualLine, ...]:
    p = prepare(paragraph, hide_marks, offset, rtl, before)
    lines = []
    for line in wrap(p, width):
        if line.segments is None:
            text, logical, ends, cells = visual_range(p, line.first, line.last)
        else:
            shown = None if line.cut is None else visual_piece(p, *line.cut, line.segments[0][0])
            if shown is None:
                shown = visual(line.segments, p.rtl, offset, unit_levels(p))
            text, logical, ends, cells = shown
        start, end = line.start + offset, line.end + offset
        if p.origin is not None:
            start, end, logical, ends = _restore(p, start, end, logical, ends)
        lines.append(VisualLine(text, start, end, p.rtl, cells, logical, index, ends))
    if not lines:
        lines.append(VisualLine("", offset, offset, p.rtl, 0, (), index, ()))
    return tuple(lines)


def _restore(p: Paragraph, start: int, end: int, logical: Sequence[int],
             ends: Sequence[int]) -> tuple[int, int, array[int], array[int]]:
    """Offsets into the paragraph as given, where runs were left out of its layout."""
    origin, off = p.origin, p.offset
    assert origin is not None

    def back(value: int) -> int:
        return off + origin(value - off)

    return back(start), back(end), array("l", map(back, logical)), array("l", map(back, ends))


def _parts(paragraph: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts a paragraph is laid out in (one when it is short).

    Parts are cut in the text as laid out (long runs of marks or spaces left
    out, so that no cut falls inside them) at a space, or between the pieces
    of a very long word, and mapped back to the paragraph.
    """
    if len(paragraph) <= MAX_PARAGRAPH:
        return [(0, len(paragraph))]
    text, origin = cut_excess(clean(paragraph))
    cuts = [0]
    while len(text) - cuts[-1] > MAX_PARAGRAPH:
        start = cuts[-1]
        m = _LAST_SPACE.search(text, start + MAX_PARAGRAPH // 2, start + MAX_PARAGRAPH)
        cuts.append(m.end() if m else start + MAX_WORD * (MAX_PARAGRAPH // MAX_WORD))
    back = origin if origin is not None else (lambda position: position)
    bounds = [back(c) for c in cuts[1:]]
    return list(zip([0, *bounds], [*bounds, len(paragraph)], strict=True))


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
    check_width(width)
    if len(paragraph) <= MAX_PARAGRAPH:  # one part (see _parts)
        return _layout(paragraph, width, hide_marks, offset, index)
    return tuple(line for batch in _paragraph_batches(paragraph, width, offset, index, hide_marks)
                 for line in batch)


_STRONG = frozenset({"L", "R", "AL"})


def _strong_before(paragraph: str, at: int) -> str:
    """The Bidi_Class of the last strong character before ``at`` ("" if none in a part's length)."""
    for char in reversed(paragraph[max(0, at - MAX_PARAGRAPH):at]):
        kind = bidi_class(char)
        if kind in _STRONG:
            return kind
    return ""


def _part_contexts(paragraph: str) -> list[tuple[int, int, bool | None, str]]:
    """Each part of a paragraph with what its levels depend on outside it.

    ``(start, end, rtl, before)``: rtl is None for a paragraph in one part (its
    own direction), else the whole paragraph's; before is the Bidi_Class of
    the last strong character before the part (see :func:`reader.layout.prepare`).
    """
    parts = _parts(paragraph)
    if len(parts) == 1:
        return [(0, len(paragraph), None, "")]
    rtl = base_direction(paragraph)
    return [(a, b, rtl, _strong_before(paragraph, a)) for a, b in parts]


def _paragraph_batches(paragraph: str, width: int, offset: int, index: int,
                       hide_marks: bool) -> Iterator[tuple[VisualLine, ...]]:
    for a, b, rtl, before in _part_contexts(paragraph):
        yield _layout(paragraph[a:b], width, hide_marks, offset + a, index, rtl, before)


def _blank(paragraph: str, hide_marks: bool, offset: int) -> bool:
    """Whether a paragraph has nothing to draw (only spaces, or only hidden marks)."""
    if not paragraph.strip():
        return True
    if not hide_marks and _DRAWN.search(paragraph):
        return False  # a character that is drawn (controls are, neutralised)
    return all(not u.text for a, b, rtl, before in _part_contexts(paragraph)  # as laid out
               for u in _units_of(prepare(paragraph[a:b], hide_marks, offset + a, rtl, before)))


def _units_of(p: Paragraph) -> Iterator[shaping.Unit]:
    return (u for run, space in zip(p.runs, p.spaces, strict=True) if not space
            for u in run.units)


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
    return tuple(line for batch in iter_layout(text, width, hide_marks=hide_marks)
                 for line in batch)


def iter_layout(text: str, width: int, *,
                hide_marks: bool = False) -> Iterator[tuple[VisualLine, ...]]:
    """The lines of :func:`layout_text`, a batch at a time (a paragraph, or a part of a long one).

    Each batch takes a bounded time, so a caller laying out a long text can
    show what is done and stop between two batches.
    """
    check_width(width)
    index = 0
    pos = 0
    previous_end, previous_rtl = 0, False
    for raw in text.split("\n"):
        line = raw.removesuffix("\r")
        if not _blank(line, hide_marks, pos):
            if index:
                yield (VisualLine("", previous_end, previous_end, previous_rtl, 0, (), index - 1,
                                  ()),)
            last = None
            for batch in _paragraph_batches(line, width, pos, index, hide_marks):
                yield batch
                last = batch[-1] if batch else last
            previous_end = pos + len(line)
            previous_rtl = last.rtl if last is not None else False
            index += 1
        pos += len(raw) + 1


def forget_lines() -> None:
    """Forget laid-out lines but keep the width-independent work (as a resize does)."""
    layout_text.cache_clear()
    _layout.cache_clear()


def clear_caches() -> None:
    """Forget every cached layout and shaped word (to free memory, or for benchmarks)."""
    layout_text.cache_clear()
    _layout.cache_clear()
    prepare.cache_clear()
    shaping.cache_clear()
