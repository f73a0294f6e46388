"""Provides :class:`LineView`, the base of the widgets that paint laid-out lines one row at a time.

The article list, the reading pane, the people and places pane and the
import log are line-API ScrollViews: Textual asks each for the strip of one
row (``render_line``), and only the rows on screen are painted.  What they
share lives here: their CSS, the style of a style name (a component class),
strips from ``(text, style name)`` runs (:func:`reader.views.paint_runs`),
a cache of painted strips, a message shown instead of content, and what
happens when the size or the styles change.  Each widget keeps only what is
its own: its rows, its cursor and keys.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.views import Painter, paint_runs
from reader.widgets.painting import strip_from_runs

MESSAGE_INDENT = 2
"""Cells left of a message shown instead of content (and as many kept free on its right)."""


class LineView(ScrollView):
    """A ScrollView of laid-out lines, painted row by row with named styles."""

    DEFAULT_CSS = """
    LineView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    STYLE_PREFIX: ClassVar[str] = ""
    """Style names are the component classes ``<STYLE_PREFIX>--<name>``."""
    STYLE_ALIASES: ClassVar[Mapping[str, str]] = {}
    """Style names painted with another component class ("": with none)."""
    STRIP_CACHE: ClassVar[int] = 256
    """Painted rows kept in :attr:`strips`."""
    FOCUS_CHANGES_ROWS: ClassVar[bool] = False
    """Rows look different when the widget has focus (a cursor): repaint on focus and blur."""

    def __init__(
        self,
        painter: Painter,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.painter = painter
        """Lays text out (visual, or logical for a bidi terminal)."""
        self.strips: LRUCache[Hashable, Strip] = LRUCache(self.STRIP_CACHE)
        """Painted rows, by whatever decides how a row looks (emptied when styles change)."""

    # ------------------------------------------------------------ size

    def line_count(self) -> int:
        """Rows to scroll through (the scrollable height)."""
        return 0

    def sync_virtual_size(self) -> None:
        """Make the scrollable size the content width by :meth:`line_count` rows."""
        self.virtual_size = Size(self.scrollable_content_region.width, self.line_count())

    def fit_to_size(self) -> None:
        """Called when the widget was resized (default: :meth:`sync_virtual_size`)."""
        self.sync_virtual_size()

    def on_resize(self, event: events.Resize) -> None:
        self.fit_to_size()

    # ------------------------------------------------------------ styles

    def style_of(self, name: str) -> Style:
        """The Rich style a style name is painted with (none for ``""``)."""
        name = self.STYLE_ALIASES.get(name, name)
        if not name:
            return Style()
        return self.get_component_rich_style(f"{self.STYLE_PREFIX}--{name}", partial=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.strips.clear()

    def repaint(self) -> None:
        """Forget the painted rows and paint again."""
        self.strips.clear()
        self.refresh()

    def on_focus(self) -> None:
        if self.FOCUS_CHANGES_ROWS:
            self.repaint()

    def on_blur(self) -> None:
        if self.FOCUS_CHANGES_ROWS:
            self.repaint()

    # ------------------------------------------------------------ strips

    def strip(
        self, runs: Iterable[tuple[str, str]], width: int, base: Style | None = None
    ) -> Strip:
        """A row of exactly ``width`` cells from ``(text, style name)`` runs.

        Args:
            runs: Text in visual order, terminal-safe.
            width: Cells of the row.
            base: The row's style under the runs' (default: the widget's).
        """
        style = self.rich_style if base is None else base
        return strip_from_runs(runs, style, self.style_of, width)

    def blank(self, width: int) -> Strip:
        """An empty row."""
        return Strip.blank(width, self.rich_style)

    def message_runs(self, message: str, y: int, width: int) -> list[tuple[str, str]] | None:
        """Row ``y`` of a message shown instead of content: wrapped, indented, from the second row.

        Returns:
            The row's runs, or None for a row the message does not reach.
        """
        room = max(1, width - 2 * MESSAGE_INDENT)
        lines = self.painter.lines(message, room)
        if 1 <= y <= len(lines):
            return [(" " * MESSAGE_INDENT, "")] + paint_runs(lines[y - 1], room)
        return None
