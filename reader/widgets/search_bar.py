"""Provides the search field and its preview line (the query shaped, and how it was understood).

The field is a :class:`reader.widgets.bidi_input.BidiInput`: the query reads
as typed (shaped, in visual order, the caret moving on screen).  The line
under it shows the query as the layout engine draws it
(:func:`reader.layout.shape_query`), how the query was understood, and the
other readings of it (Tab / Shift+Tab, or a click, picks one), or, when
nothing was found, the closest names (a click searches for one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.style import Style
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
        self.readings_offered = 0
        """How many readings the query has (Tab picks among them when there are two or more;
        otherwise Tab moves to the next pane, as elsewhere)."""

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

    @dataclass
    class ReadingStep(Message):
        """Tab / Shift+Tab: read the query the next (1) or previous (-1) way."""

        step: int

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_reading", "previous_reading") and self.readings_offered < 2:
            return False  # one reading: the key does what it does elsewhere
        return super().check_action(action, parameters)

    def action_next_reading(self) -> None:
        """Read the query the next way."""
        self.post_message(self.ReadingStep(1))

    def action_previous_reading(self) -> None:
        """Read the query the previous way."""
        self.post_message(self.ReadingStep(-1))


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
        self._readings: tuple[str, ...] = ()
        self._chosen = 0
        self._suggestions: tuple[str, ...] = ()

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

    def show_preview(
        self,
        query: str,
        understood: str = "",
        *,
        readings: Sequence[str] = (),
        chosen: int = 0,
        suggestions: Sequence[str] = (),
    ) -> None:
        """Show the query as it reads, how it was understood, and what else it may mean.

        Args:
            query: The text typed.
            understood: How it was read (one line), or why nothing was found.
            readings: Every reading's label, when there are several (the screen's
                ``pick_reading(i)`` action picks one: the preview makes each clickable).
            chosen: The index of the reading shown.
            suggestions: The closest names when nothing was found (``use_suggestion(i)``).
        """
        self._query = query
        self._understood = understood
        self._readings = tuple(readings)
        self._chosen = chosen
        self._suggestions = tuple(suggestions)
        field = self.input
        if field.readings_offered != len(self._readings):
            field.readings_offered = len(self._readings)
            field.refresh_bindings()  # Tab picks a reading now, or moves between panes again
        self._paint()

    def on_resize(self) -> None:
        self._paint()

    def _paint(self) -> None:
        preview = self.query_one("#search-preview", Static)
        width = max(10, preview.size.width or self.size.width or 80)
        # The preview is one row, always: no layout pass (it would repaint the whole screen).
        if not self._query.strip():
            preview.update(
                Content(" Type to search; Enter opens the first result, Escape clears. "
                        'Filters: source:NAME after:DATE before:DATE is:unread, "a phrase".'),
                layout=False,
            )
            return
        right = ""
        if self._understood:
            right_line = self.painter.one_line(self._understood, max(1, width // 2 - 3))
            right = "  → " + right_line.text
        tail = self._choices_content(max(0, width - cell_width(right) - 12))
        room = max(1, width - cell_width(right) - tail.cell_length - 2)
        shown = self.painter.preview(self._query, room).strip()
        line = Content.assemble(" " + shown + right, tail)
        preview.update(line.truncate(width), layout=False)

    def _choices_content(self, room: int) -> Content:
        """The other readings (or the closest names), each clickable, in ``room`` cells."""
        if len(self._readings) > 1:
            head = f"  Tab {self._chosen + 1}/{len(self._readings)}:"
            items = [(i, label) for i, label in enumerate(self._readings) if i != self._chosen]
            action = "screen.pick_reading"
        elif self._suggestions:
            head = "  did you mean:"
            items = list(enumerate(self._suggestions))
            action = "screen.use_suggestion"
        else:
            return Content("")
        parts: list[Content | str] = [head]
        used = cell_width(head)
        for n, (i, label) in enumerate(items):
            text = self.painter.one_line(label, 28).text
            cost = cell_width(text) + 3
            if used + cost > room:
                if n:
                    parts.append(" …")
                break
            parts += [" · " if n else " ", Content.styled(text, Style.from_meta(
                {"@click": f"{action}({i})"}))]
            used += cost
        return Content.assemble(*parts)
