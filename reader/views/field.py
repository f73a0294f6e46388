"""Provides a text field's view: its value shaped in visual order, a caret that moves on screen.

What the user types is kept in logical order (edits happen there); what the
field shows is the value laid out like any line (shaped, reordered by UAX #9,
neutralised), with the block caret on the cell of the character it stands
before and, at the end of the value, on one more cell at the logical end
(left of a right-to-left value).  The caret's stops are the cells in visual
order, so Left always moves it one cell left on screen and Right one cell
right, whatever the directions inside the value; a click puts it on the
clicked cell.  A value wider than the field is shown through a window that
follows the caret.  No Textual here: :class:`reader.widgets.bidi_input.BidiInput`
only passes keys and paints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.layout import VisualLine, char_cells_of
from reader.views.painting import char_styles

CURSOR = "cursor"
"""Style name of the caret's cell."""
SELECTION = "selection"
"""Style name of selected text."""
SUGGESTION = "suggestion"
"""Style name of the suggested rest of the value (a completion)."""


@dataclass(frozen=True, slots=True)
class Stop:
    """A place the caret can be: a cell on screen and the logical positions it stands for."""

    cell: int
    """Cell in the full row (the end cell included, see :func:`row_cells`)."""
    width: int
    """Cells it takes (a wide character: 2)."""
    position: int
    """Logical position in the value: the caret stands before this character."""
    end: int
    """Past the last logical position its cluster covers (a ligature: past its alef)."""


def row_cells(line: VisualLine) -> int:
    """Cells of the full row: the value and the end cell."""
    return line.cells + 1


def stops(line: VisualLine, length: int) -> list[Stop]:
    """The caret's stops, left to right: one per drawn cluster and the end cell.

    Args:
        line: The value laid out (:func:`reader.layout.field_line`), or value and suggestion.
        length: Characters of the value (positions past it are the suggestion's).
    """
    shift = 1 if line.rtl else 0  # the end cell is on the left of a right-to-left value
    ends = line.logical_end or tuple(o + 1 for o in line.logical)
    out: list[Stop] = []
    last = (-1, -1)
    for i, cell in enumerate(char_cells_of(line.text)):
        if cell[1] <= cell[0]:
            continue  # a mark at the start with nothing to sit on
        if cell == last:  # the rest of a cluster
            s = out[-1] if out and out[-1].cell == cell[0] + shift else None
            if s is not None:
                out[-1] = Stop(s.cell, s.width, min(s.position, line.logical[i]),
                               max(s.end, ends[i]))
            continue
        last = cell
        if line.logical[i] < length:
            out.append(Stop(cell[0] + shift, cell[1] - cell[0], line.logical[i], ends[i]))
    end = Stop(0 if line.rtl else line.cells, 1, length, length + 1)
    return [end, *out] if line.rtl else [*out, end]


def stop_of(all_stops: Sequence[Stop], position: int) -> int:
    """Index of the stop the caret at ``position`` is drawn on.

    A position inside a cluster (after a mark, before a ZWJ) is drawn on its
    cluster; one before characters that are not drawn (an LRM) on the next
    drawn one; the end on the end cell.
    """
    best, best_position = -1, 1 << 62
    for k, s in enumerate(all_stops):
        if s.position <= position < s.end:
            return k
        if position < s.position < best_position:
            best, best_position = k, s.position
    return best


def move(line: VisualLine, length: int, position: int, step: int) -> int:
    """The logical position one stop left (``step`` -1) or right (+1) of the caret on screen."""
    all_stops = stops(line, length)
    k = max(0, min(len(all_stops) - 1, stop_of(all_stops, position) + step))
    return all_stops[k].position


def position_at(line: VisualLine, length: int, x: int) -> int:
    """The logical position of the stop at cell ``x`` of the full row (a click)."""
    all_stops = stops(line, length)
    for s in all_stops:
        if s.cell <= x < s.cell + s.width:
            return s.position
    return all_stops[0].position if x < all_stops[0].cell else all_stops[-1].position


@dataclass(frozen=True, slots=True)
class FieldView:
    """What a field shows: its runs, exactly ``width`` cells, and where the caret is."""

    runs: list[tuple[str, str]]
    """``(text, style name)`` left to right (``""``: the field's own style)."""
    caret: int
    """Cell of the caret in the field."""
    scroll: int
    """First cell of the full row shown (keep it for the next view: the window moves little)."""


def field_view(line: VisualLine, length: int, position: int, width: int, *,
               scroll: int = 0, selection: tuple[int, int] = (0, 0), caret: bool = True,
               ) -> FieldView:
    """The field's row: the value (and a suggestion), the caret and selection, windowed.

    Args:
        line: The value laid out, maybe with a suggested rest after it (logical
            positions from ``length`` on are the suggestion's).
        length: Characters of the value.
        position: The caret's logical position.
        width: Cells of the field.
        scroll: The window's first cell last time.
        selection: A logical range shown selected (empty: none).
        caret: Draw the caret (False: blinked off, or the field has no focus).
    """
    width = max(1, width)
    styles = [(length, 1 << 62, SUGGESTION)] if line.end > length else []
    lo, hi = sorted(selection)
    if hi > lo:
        styles.append((lo, hi, SELECTION))
    names = char_styles(line, styles)
    all_stops = stops(line, length)
    stop = all_stops[stop_of(all_stops, position)]
    cells = _row(line, names)
    if caret:
        cells = _with_caret(cells, stop)
    total = row_cells(line)
    if total <= width:  # it all fits: flush right when right to left
        lead = width - total
        cells = [(" ", "")] * lead + cells if line.rtl else cells + [(" ", "")] * lead
        return FieldView(_merge(cells), stop.cell + (lead if line.rtl else 0), 0)
    scroll = max(0, min(scroll, total - width))
    if stop.cell < scroll:
        scroll = stop.cell
    elif stop.cell + stop.width > scroll + width:  # (a wide caret cell in a 1-cell field: its half)
        scroll = stop.cell + min(stop.width, width) - width
    return FieldView(_merge(_window(cells, scroll, width)), stop.cell - scroll, scroll)


def _row(line: VisualLine, names: list[str]) -> list[tuple[str, str]]:
    """The full row, one entry per cell: a cluster's text on its first cell, "" on the others."""
    out: list[tuple[str, str]] = []
    head = -1  # index in out of the current cluster's first cell
    last = (-1, -1)
    for ch, cell, name in zip(line.text, char_cells_of(line.text), names, strict=True):
        width = cell[1] - cell[0]
        if cell == last or not width:
            if head >= 0:  # the rest of a cluster (or a lone mark): drawn with what is before
                out[head] = (out[head][0] + ch, out[head][1])
            continue
        last = cell
        head = len(out)
        out.append((ch, name))
        out.extend([("", name)] * (width - 1))
    end = [(" ", "")]
    return end + out if line.rtl else out + end


def _with_caret(cells: list[tuple[str, str]], stop: Stop) -> list[tuple[str, str]]:
    """The row with the caret's cells styled :data:`CURSOR`."""
    out = list(cells)
    for x in range(stop.cell, min(len(out), stop.cell + stop.width)):
        out[x] = (out[x][0], CURSOR)
    return out


def _window(cells: list[tuple[str, str]], scroll: int, width: int) -> list[tuple[str, str]]:
    """Cells ``scroll..scroll + width``; a wide cluster cut by an edge shows as spaces."""
    shown = cells[scroll:scroll + width]
    k = 0
    while k < len(shown) and not shown[k][0]:  # the rest of a cluster begun left of the window
        shown[k] = (" ", shown[k][1])
        k += 1
    right = scroll + len(shown)
    if right < len(cells) and not cells[right][0]:  # a cluster going on right of the window
        k = len(shown) - 1
        while k > 0 and not shown[k][0]:
            k -= 1
        for j in range(k, len(shown)):
            shown[j] = (" ", shown[j][1])
    return shown


def _merge(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Cells joined into runs of one style."""
    runs: list[tuple[str, str]] = []
    for text, name in cells:
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + text, name)
        else:
            runs.append((text, name))
    return runs
