"""Provides the search field and its preview line (the query shaped and in visual order).

Textual's Input shows Arabic in logical order, unjoined: readable only to a
machine.  The line under it shows what was typed as the layout engine draws it
(:func:`reader.layout.shape_query`), and how the query was understood.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Input, Static

from reader import keys
from reader.layout import cell_width, spans_to_cells
from reader.views import Painter, end_cursor_runs, paint_runs
from reader.widgets.painting import strip_from_runs


class SearchInput(Input):
    """The query field: Enter accepts, Escape cancels (binding ids ``search.*``).

    Textual's Input paints its value in logical order, so Arabic would show
    reversed and unjoined while typed; this one paints the value laid out
    (shaped, visual order, flush right when Arabic) with the cursor on the
    cell of the character it stands before.
    """

    BINDINGS = keys.bindings("search")

    def __init__(
        self, painter: Painter, *, on_value: Callable[[str], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.painter = painter
        """Lays the value out."""
        self.on_value = on_value
        """Told of every new value at once, before the screen is painted again.

        Input.Changed reaches the screen a moment later, after a frame that
        shows the letter typed without what it finds: told here, the screen
        can search before that frame, and both show together."""
        self._value_changing = False

    def _watch_value(self, value: str) -> None:
        self._value_changing = True
        try:
            super()._watch_value(value)
        finally:
            self._value_changing = False
        if self.on_value is not None:
            self.on_value(value)

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> Self:
        # Textual's Input sets its virtual width to its text's at each keystroke,
        # which lays the whole screen out again (12 ms a key).  This field is one
        # row whose size never depends on its value, and it paints the value
        # itself (render_line, not scrolled): a repaint is all a keystroke needs.
        if layout and self._value_changing:
            layout = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def render_line(self, y: int) -> Strip:
        if y != 0 or not self.value or self.password:
            return super().render_line(y)
        width = self.scrollable_content_region.width
        runs = self._value_runs(max(1, width - 1))
        cursor_style = self.get_component_rich_style("input--cursor")
        return strip_from_runs(runs, self.rich_style, lambda name: cursor_style, width)

    def _value_runs(self, room: int) -> list[tuple[str, str]]:
        """The value laid out in ``room`` cells, the cursor (when shown) on its cell."""
        value = self.value
        line = self.painter.one_line(value, room)
        show_cursor = self.has_focus and self._cursor_visible
        pos = self.cursor_position
        at_end = pos >= len(value.rstrip()) or not spans_to_cells(line, pos, pos + 1)
        marks = [(pos, pos + 1, "cursor")] if show_cursor and not at_end else []
        runs = paint_runs(line, room, marks, pad_to_width=False)
        if show_cursor and at_end:
            return end_cursor_runs(runs, rtl=line.rtl)
        return runs

    @dataclass
    class Accepted(Message):
        """Enter: keep the results and open the first."""

        value: str

    @dataclass
    class Cancelled(Message):
        """Escape: clear the search."""

    def action_accept(self) -> None:
        """Accept the query."""
        self.post_message(self.Accepted(self.value))

    def action_cancel(self) -> None:
        """Cancel the search."""
        self.post_message(self.Cancelled())


class SearchBar(Vertical):
    """The field and, under it, the shaped preview and the interpretation."""

    DEFAULT_CSS = """
    SearchBar {
        height: auto;
    }
    """

    def __init__(
        self,
        painter: Painter,
        *,
        on_value: Callable[[str], None] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.painter = painter
        """Lays the preview out."""
        self.on_value = on_value
        """Given to the field (see :attr:`SearchInput.on_value`)."""
        self._query = ""
        self._understood = ""

    def compose(self) -> ComposeResult:
        yield SearchInput(
            self.painter,
            on_value=self.on_value,
            placeholder="Search: a leader, a country, a place or words (Arabic or English)",
            id="search-input",
        )
        yield Static(id="search-preview", markup=False)

    @property
    def input(self) -> SearchInput:
        """The query field."""
        return self.query_one(SearchInput)

    def show_preview(self, query: str, understood: str = "") -> None:
        """Show the query as it reads, and how it was understood."""
        self._query = query
        self._understood = understood
        self._paint()

    def on_resize(self) -> None:
        self._paint()

    def _paint(self) -> None:
        preview = self.query_one("#search-preview", Static)
        width = max(10, preview.size.width or self.size.width or 80)
        # The preview is one row, always: no layout pass (it would repaint the whole screen).
        if not self._query.strip():
            preview.update(
                Text(" Type to search; Enter opens the first result, Escape clears.", no_wrap=True),
                layout=False,
            )
            return
        right = ""
        if self._understood:
            right_line = self.painter.one_line(self._understood, max(1, width // 2 - 3))
            right = "  → " + right_line.text
        room = max(1, width - cell_width(right) - 2)
        shown = self.painter.preview(self._query, room).strip()
        preview.update(Text(" " + shown + right, no_wrap=True, overflow="crop"), layout=False)
