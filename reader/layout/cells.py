"""Provides what the screen needs of a visual line: cell widths, highlight ranges, padding.

:func:`render_article` lays out a whole article as padded lines ready to
print (``reader show``).
"""

from __future__ import annotations

from wcwidth import iter_graphemes, wcswidth

from reader.layout.lines import VisualLine, layout_text
from reader.layout.shaping import text_cells


def cell_width(s: str) -> int:
    """Terminal cells a string takes (wcwidth: combining marks 0, wide CJK 2; never ``len``).

    Characters that cannot be printed (controls) count 0: neutralise text before printing it.
    """
    return text_cells(s)


def char_cells_of(text: str) -> list[tuple[int, int]]:
    """The cells each character of ``text`` is drawn in: ``(first, past the last)``.

    Every character of a grapheme cluster is drawn in the cluster's cells (a
    mark on its letter, a skin tone or a ZWJ with its emoji); a cluster
    takes the cells wcwidth gives it.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for cluster in iter_graphemes(text):
        w = max(wcswidth(cluster), 0)
        out.extend([(pos, pos + w)] * len(cluster))
        pos += w
    return out


def pad(line: VisualLine, width: int) -> str:
    """Pad a line to ``width`` cells: right-to-left flush right, left-to-right flush left."""
    gap = width - line.cells
    if gap <= 0:
        return line.text
    return " " * gap + line.text if line.rtl else line.text + " " * gap


def spans_to_cells(line: VisualLine, start: int, end: int) -> list[tuple[int, int]]:
    """Map a logical range onto the cells of one visual line (to highlight a mention).

    Args:
        line: A line from this module.
        start: Logical start offset (same offsets as ``line.logical``).
        end: Logical end offset, exclusive.

    Returns:
        Sorted, merged ``[a, b)`` cell ranges from the left of ``line.text``
        (unpadded: add the padding for right-to-left lines).  Every character
        of a grapheme cluster counts as the cluster's cells (a combining mark
        as the cell of its letter); a lam-alef ligature is covered when its
        lam or its alef is.
    """
    ranges: list[tuple[int, int]] = []
    ends = line.logical_end
    for i, cell in enumerate(char_cells_of(line.text)):
        lo = line.logical[i]
        hi = ends[i] if ends else lo + 1
        if lo < end and hi > start and cell[1] > cell[0]:
            ranges.append(cell)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


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
