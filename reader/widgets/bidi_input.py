"""Provides :class:`BidiInput`, the text field of the app: Arabic shaped, caret moving on screen.

Textual's Input paints its value in logical order, unjoined, and its arrows
move in logical order: typed Arabic reads backwards and Left moves the caret
right.  This field keeps Input's editing (logical: typing, deleting,
selecting, pasting, completion, messages) and replaces what is seen and how
the caret moves, from :mod:`reader.views.field`: the value is laid out by the
layout engine (shaped, reordered, neutralised: a file name holding an escape
sequence shows ``␛``, never sends it), Left and Right move one cell on
screen, a click puts the caret on the clicked cell, and the caret's cell is
where the terminal cursor goes (for input methods).  The search field, the
command palette and the import dialog's path all use it.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets._input import Selection

from reader.layout import VisualLine
from reader.views import Painter
from reader.views.field import (
    CURSOR,
    SELECTION,
    SUGGESTION,
    FieldView,
    field_view,
    move,
    position_at,
    row_cells,
)
from reader.widgets.painting import strip_from_runs

_COMPONENT = {CURSOR: "input--cursor", SELECTION: "input--selection",
              SUGGESTION: "input--suggestion"}


class BidiInput(Input):
    """A one-line text field that shows its value as it reads (see the module)."""

    def __init__(self, *args: Any, painter: Painter | None = None, **kwargs: Any) -> None:
        # Set first: Input's constructor sets the value, whose watchers lay it out.
        self._painter = painter
        self._scroll = 0
        self._shown: tuple[str, VisualLine] | None = None
        super().__init__(*args, **kwargs)

    @property
    def painter(self) -> Painter:
        """Lays the value out (the app's, so that ``--terminal-bidi`` applies here too)."""
        if self._painter is None:
            found = getattr(self.app, "painter", None)
            self._painter = found if isinstance(found, Painter) else Painter()
        return self._painter

    @painter.setter
    def painter(self, painter: Painter) -> None:
        self._painter = painter

    # ------------------------------------------------------------ layout

    @property
    def rtl(self) -> bool:
        """The value reads right to left (its first strong character is Arabic)."""
        return self.line().rtl

    def line(self) -> VisualLine:
        """The value, and the suggested rest when one is shown, laid out as one line."""
        text = self._suggestion if self._suggestion_shown() else self.value
        shown = self._shown
        if shown is None or shown[0] != text:
            shown = (text, self.painter.field_line(text))
            self._shown = shown
        return shown[1]

    def _suggestion_shown(self) -> bool:
        return (self.has_focus and len(self._suggestion) > len(self.value)
                and self._suggestion.startswith(self.value))

    def view(self) -> FieldView:
        """What the field shows now (the caret, the selection, the window)."""
        show_caret = self.has_focus and self._cursor_visible
        start, end = self.selection
        view = field_view(self.line(), len(self.value), self.cursor_position, self._room(),
                          scroll=self._scroll, selection=(start, end) if self.has_focus else (0, 0),
                          caret=show_caret)
        self._scroll = view.scroll
        return view

    def _room(self) -> int:
        return max(1, self.scrollable_content_region.width)

    # Textual's Input scrolls its virtual width; this field windows itself.
    @property
    def content_width(self) -> int:
        return self._room()

    @property
    def _cursor_offset(self) -> int:
        if not self.value:
            return 0
        return self.view().caret

    # ------------------------------------------------------------ painting

    def render_line(self, y: int) -> Strip:
        if y != 0 or not self.value or self.password:
            return super().render_line(y)
        view = self.view()
        return strip_from_runs(view.runs, self.rich_style, self._style_of, self._room())

    def _style_of(self, name: str) -> Style:
        return self.get_component_rich_style(_COMPONENT[name])

    # ------------------------------------------------------------ the caret

    def _moved(self, step: int) -> int:
        return move(self.line(), len(self.value), self.cursor_position, step)

    def _forward(self, step: int) -> bool:
        """Whether a visual step moves towards the value's logical end."""
        return (step > 0) != self.rtl

    def _step(self, step: int, select: bool) -> None:
        if self._forward(step) and self.cursor_at_end and self._suggestion_shown() and not select:
            self.value = self._suggestion  # the arrow towards the end takes the completion
            self.cursor_position = len(self.value)
            return
        start, end = self.selection
        if select:
            self.selection = Selection(start, self._moved(step))
        elif not self.selection.is_empty:
            self.cursor_position = (max if self._forward(step) else min)(start, end)
        else:
            self.cursor_position = self._moved(step)

    def action_cursor_left(self, select: bool = False) -> None:
        """Move the caret one cell left on screen."""
        self._step(-1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        """Move the caret one cell right on screen (at the end: take the completion)."""
        self._step(1, select)

    def action_cursor_left_word(self, select: bool = False) -> None:
        """A word left on screen: the next word in a right-to-left value."""
        if self.rtl:
            super().action_cursor_right_word(select)
        else:
            super().action_cursor_left_word(select)

    def action_cursor_right_word(self, select: bool = False) -> None:
        """A word right on screen: the previous word in a right-to-left value."""
        if self.rtl:
            super().action_cursor_left_word(select)
        else:
            super().action_cursor_right_word(select)

    def action_copy(self) -> None:
        """Ctrl+C: copy the selection; with nothing selected, quit as Ctrl+C does everywhere."""
        if self.selection.is_empty:
            self.app.exit(0)
        else:
            super().action_copy()

    # ------------------------------------------------------------ the mouse

    def _cell_offset_to_index(self, offset: int) -> int:
        if not self.value:
            return 0
        view = self.view()
        total = row_cells(self.line())
        lead = max(0, self._room() - total) if self.rtl else 0
        return position_at(self.line(), len(self.value), offset - lead + view.scroll)

