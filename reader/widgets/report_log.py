"""Provides the import dialog's list of per-file results: a line-API log that lays lines out.

File names and reasons may be Arabic, so lines go through the layout engine
(like everything painted) and are wrapped at the current width, reflowing on
resize; each line keeps its kind (ok / partial / failed) for its colour.
"""

from __future__ import annotations

from typing import ClassVar

from textual.strip import Strip

from reader.layout import VisualLine
from reader.views import Painter, paint_runs
from reader.widgets.line_view import LineView


class ReportLog(LineView):
    """Lines of an import report, newest at the bottom, coloured by kind."""

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

    STYLE_PREFIX = "report-log"

    def __init__(
        self, painter: Painter, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(painter, id=id, classes=classes)
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
        self.sync_virtual_size()
        self.refresh()

    def line_count(self) -> int:
        return len(self._rows)

    def fit_to_size(self) -> None:
        if self._wrap_width() != self._width:
            self._rewrap()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self._rows):
            return self.blank(width)
        line, kind = self._rows[index]
        return self.strip([(t, kind) for t, _ in paint_runs(line, width)], width)
