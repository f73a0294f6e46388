"""Provides the cells of one line, in visual (or logical) order, with style names (no Textual).

:class:`Painter` lays text out for every widget; :func:`paint_runs` splits a
laid-out line into runs of text sharing a style name, padded flush by
direction.  Widgets turn the runs into strips
(:func:`reader.widgets.painting.strip_from_runs`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from reader.layout import (
    VisualLine,
    base_direction,
    cell_width,
    char_cells_of,
    field_line,
    iter_layout,
    layout_text,
    shape_query,
    spans_to_cells,
    truncate,
)
from reader.views.logical import logical_line, logical_lines, logical_truncate

ONE_LINE_CACHE = 8192
"""Titles and names laid out, remembered (about 2 KB each)."""


class Painter:
    """Lays out text for the screen: visual order and shaped, or logical for a bidi terminal.

    With ``terminal_bidi`` the terminal reorders and shapes by itself (VTE,
    Konsole, mlterm in implicit mode), so lines are wrapped here but painted in
    logical order, unshaped; doing both would reverse Arabic twice.
    """

    def __init__(self, *, terminal_bidi: bool = False, hide_marks: bool = False) -> None:
        self.terminal_bidi = terminal_bidi
        """Paint logical text and let the terminal reorder it."""
        self.hide_marks = hide_marks
        """Hide harakat and tatweel."""

    def lines(self, text: str, width: int) -> tuple[VisualLine, ...]:
        """Lines of a multi-paragraph text at ``width`` cells."""
        width = max(1, width)
        if self.terminal_bidi:
            return logical_lines(text, width)
        return layout_text(text, width, hide_marks=self.hide_marks)

    def iter_lines(self, text: str, width: int) -> Iterator[tuple[VisualLine, ...]]:
        """The lines of :meth:`lines`, a batch at a time (a paragraph, or part of a long one)."""
        width = max(1, width)
        if self.terminal_bidi:
            yield logical_lines(text, width)
        else:
            yield from iter_layout(text, width, hide_marks=self.hide_marks)

    def one_line(self, text: str, width: int) -> VisualLine:
        """One line (a title, a name), cut at its logical end with an ellipsis.

        Remembered (the list lays out the same titles again and again: paging
        back, search results of one query after the next).
        """
        return _one_line(text, max(1, width), self.terminal_bidi)

    def field_line(self, text: str) -> VisualLine:
        """What the user types in a field, as one line, whatever its width (every space kept)."""
        if self.terminal_bidi:
            flat = text.replace("\n", " ").replace("\r", " ")
            return logical_line(flat, 0, len(flat), base_direction(flat), 0)
        return field_line(text)

    def preview(self, text: str, width: int) -> str:
        """What the user types, readable while typing (padded flush by direction)."""
        width = max(1, width)
        if self.terminal_bidi:
            line = logical_truncate(text, width)
            shown = line.text
        else:
            shown = shape_query(text, width)
        gap = max(0, width - cell_width(shown))
        return " " * gap + shown if base_direction(text) else shown + " " * gap


@lru_cache(maxsize=ONE_LINE_CACHE)
def _one_line(text: str, width: int, terminal_bidi: bool) -> VisualLine:
    if terminal_bidi:
        return logical_truncate(text, width)
    return truncate(text, width)


def char_styles(line: VisualLine, styles: Sequence[tuple[int, int, str]]) -> list[str]:
    """The style name of each character of ``line.text`` (``""``: none; later ranges win).

    Args:
        line: A visual (or logical) line.
        styles: ``(start, end, name)`` logical ranges.
    """
    text = line.text
    per_char = [""] * len(text)
    if not styles or not text:
        return per_char
    # The cell each character is drawn in: every character of a cluster shares it.
    starts = [a for a, _ in char_cells_of(text)]
    for start, end, name in styles:
        if end <= line.start or start >= line.end:
            continue
        for a, b in spans_to_cells(line, start, end):
            for i, s in enumerate(starts):
                if a <= s < b:
                    per_char[i] = name
    return per_char


def paint_runs(
    line: VisualLine,
    width: int,
    styles: Sequence[tuple[int, int, str]] = (),
    *,
    pad_to_width: bool = True,
) -> list[tuple[str, str]]:
    """Split a line into runs of text sharing a style, padded flush by direction.

    Args:
        line: A visual (or logical) line.
        width: Cells of the row; right-to-left lines are padded on the left.
        styles: ``(start, end, name)`` logical ranges, later ones drawn over
            earlier ones (give mentions first, then hits, then the current hit).
        pad_to_width: Pad to ``width`` (else only the left padding of RTL lines).

    Returns:
        ``(text, style name)`` runs left to right; the name is ``""`` for none.
    """
    text = line.text
    per_char = char_styles(line, styles)
    lead = max(0, width - line.cells) if line.rtl else 0
    runs: list[tuple[str, str]] = []
    if lead:
        runs.append((" " * lead, ""))
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and per_char[j] == per_char[i]:
            j += 1
        runs.append((text[i:j], per_char[i]))
        i = j
    if pad_to_width and not line.rtl and line.cells < width:
        runs.append((" " * (width - line.cells), ""))
    return runs
