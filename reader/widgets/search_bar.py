"""Provides the search field and its preview line (the query shaped, and how it was understood).

The field is a :class:`reader.widgets.bidi_input.BidiInput`: the query reads
as typed (shaped, in visual order, the caret moving on screen).  The line
under it shows the query as the layout engine draws it
(:func:`reader.layout.shape_query`) and how the query was understood.
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
from textual.widgets import Static

from reader import keys
from reader.layout import cell_width
from reader.views import Painter
from reader.widgets.bidi_input import BidiInput


class SearchInput(BidiInput):
    """The query field: Enter accepts, Escape cancels (binding ids ``search.*``)."""

    BINDINGS = keys.bindings("search")

    def __init__(
        self, painter: Painter, *, on_value: Callable[[str], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(painter=painter, **kwargs)
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
