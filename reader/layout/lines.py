"""Provides visual lines: a text or a paragraph laid out at a width, with logical offsets.

A :class:`VisualLine` is what the terminal shows, in visual order and shaped,
with the logical offset behind every character.  :func:`layout_text` lays out
a whole text (one paragraph a line, one empty line between paragraphs);
results are cached per paragraph and width, and the width-independent work
per paragraph (:func:`reader.layout.paragraph.prepare`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reader.layout import shaping
from reader.layout.paragraph import prepare, visual, visual_range, wrap


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
    logical: tuple[int, ...]
    """For each character of ``text``, the logical offset it came from (a lam-alef
    ligature: the lam's)."""
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
    check_width(width)
    return _layout(paragraph, width, hide_marks, offset, index)


def _blank(paragraph: str, hide_marks: bool, offset: int) -> bool:
    """Whether a paragraph has nothing to draw (only spaces, or only hidden marks)."""
    if not paragraph.strip():
        return True
    p = prepare(paragraph, hide_marks, offset)
    words = (run for run, space in zip(p.runs, p.spaces, strict=True) if not space)
    return not any(u.text for run in words for u in run.units)


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
    check_width(width)
    out: list[VisualLine] = []
    index = 0
    pos = 0
    previous_end, previous_rtl = 0, False
    for raw in text.split("\n"):
        line = raw.removesuffix("\r")
        if not _blank(line, hide_marks, pos):
            if index:
                out.append(VisualLine("", previous_end, previous_end, previous_rtl, 0, (),
                                      index - 1, ()))
            lines = layout_paragraph(line, width, offset=pos, index=index, hide_marks=hide_marks)
            out.extend(lines)
            previous_end, previous_rtl = pos + len(line), lines[-1].rtl
            index += 1
        pos += len(raw) + 1
    return tuple(out)


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
