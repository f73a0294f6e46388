"""Provides the import dialog's list of per-file results: a line-API log that lays lines out.

File names and reasons may be Arabic, so lines go through the layout engine
(like everything painted) and are wrapped at the current width, reflowing on
resize; each line keeps its kind (ok / partial / failed) for its colour.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.layout import VisualLine
from reader.views import Painter, paint_runs
from reader.widgets.painting import strip_from_runs


class ReportLog(ScrollView):
    """Lines of an import report, newest at the bottom, coloured by kind."""

    DEFAULT_CSS = """
    ReportLog {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "report-log--ok",
        "report-log--partial",
        "report-log--failed",
    }
    """
    | Class | Description |
    | :- | :- |
    | `report-log--ok` | A file imported (or already there). |
    | `report-log--partial` | A file of which some entries could not be imported, or a wait. |
    | `report-log--failed` | A file that could not be imported, with the reason. |
    """

    def __init__(
        self, painter: Painter, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.painter = painter
        """Lays lines out."""
        self.entries: list[tuple[str, str]] = []
        """``(logical text, kind)`` in the order written."""
        self._rows: list[tuple[VisualLine, str]] = []
        self._width = 0

    def write(self, text: str, kind: str = "ok") -> None:
        """Add a line (``kind``: ok, partial or failed) and scroll to it."""
        self.entries.append((text, kind))
        width = self._wrap_width()
        if width:
            self._rows.extend((line, kind) for line in self.painter.lines(text, width))
        self._update_size()
        self.scroll_end(animate=False, immediate=True, x_axis=False)

    def _wrap_width(self) -> int:
        return max(0, self.scrollable_content_region.width)

    def _rewrap(self) -> None:
        width = self._wrap_width()
        self._width = width
        self._rows = []
        if width:
            for text, kind in self.entries:
                self._rows.extend((line, kind) for line in self.painter.lines(text, width))
        self._update_size()

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self._wrap_width() != self._width:
            self._rewrap()

    def _style_of(self, name: str) -> Style:
        return (
            self.get_component_rich_style(f"report-log--{name}", partial=True) if name else Style()
        )

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        line, kind = self._rows[index]
        runs = [(t, kind) for t, _ in paint_runs(line, width)]
        return strip_from_runs(runs, self.rich_style, self._style_of, width)
