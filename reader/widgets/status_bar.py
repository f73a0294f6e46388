"""Provides the one-line status bar: the active filter (with a ✕ that removes it) and counts."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.views import Painter

LABEL_CELLS = 40
"""Cells at most for the filter's name."""


class StatusBar(Static):
    """ "Filter: Tokayev ✕ · 3 articles" or "All articles · 1,234"."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        width: 1fr;
    }
    """

    def __init__(
        self, painter: Painter, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.painter = painter
        """Lays the filter's name out (it may be Arabic)."""
        self.text = ""
        """The status as plain text (for tests and the screen reader of the future)."""
        self._shown = False

    def show_status(
        self, *, kind: str | None, label: str, count: int, total: int, note: str = ""
    ) -> None:
        """Show the filter (``kind`` "entity" / "search" / None) and how many articles are listed.

        Args:
            kind: What narrows the list, or None for the whole archive.
            label: Logical name of the filter (laid out here).
            count: Articles listed.
            total: Articles in the store.
            note: Extra text on the right (an import running, a problem).
        """
        many = f"{count:,} article{'s' if count != 1 else ''}"
        parts: list[str | Content | tuple[str, str]] = []
        if kind is None:
            plain = f" All articles · {many}"
            parts.append(plain)
        else:
            word = "Filter" if kind == "entity" else "Search"
            name = self.painter.one_line(label, LABEL_CELLS).text
            parts += [f" {word}: ", (name, "bold"), " "]
            parts.append(Content.from_markup("[@click=screen.clear_filter]✕[/]"))
            parts.append(f" · {many} of {total:,} · x clears")
            plain = f" {word}: {name} ✕ · {many} of {total:,} · x clears"
        if note:
            shown = self.painter.one_line(note, LABEL_CELLS + 20).text
            parts.append(f"   {shown}")
            plain += f"   {shown}"
        if plain == self.text and self._shown:
            return
        self.text = plain
        self._shown = True
        # One row, always: no layout pass (it would repaint the whole screen).
        self.update(Content.assemble(*parts), layout=False)
