"""Provides the article list: a line-API ScrollView over a lazily paged view of the store.

Only the visible rows are painted, and rows are fetched from the store a page
at a time (:class:`reader.views.ArchiveRows` / :class:`reader.views.DocnoRows`),
so 30,000 articles open and scroll like ten.  Titles are laid out by
:mod:`reader.layout` (shaped, visual order, right-aligned when Arabic, cut at
their logical end).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader import keys
from reader.models import ArticleSummary
from reader.views import Painter, _PagedRows, list_row_runs, paint_runs
from reader.widgets.painting import strip_from_runs


class ArticleList(ScrollView, can_focus=True):
    """The list of articles, newest first (or a filter's or search's results)."""

    DEFAULT_CSS = """
    ArticleList {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    BINDINGS = keys.bindings("list")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--unread-mark",
        "article-list--star",
        "article-list--date",
        "article-list--source",
        "article-list--empty",
    }
    """
    | Class | Description |
    | :- | :- |
    | `article-list--cursor` | The highlighted row. |
    | `article-list--unread` | A row not read yet (the whole row). |
    | `article-list--unread-mark` | The unread dot. |
    | `article-list--star` | The star of a starred article. |
    | `article-list--date` | The date column. |
    | `article-list--source` | The source column. |
    | `article-list--empty` | The message shown when there is nothing to list. |
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Index of the highlighted row."""

    @dataclass
    class Selected(Message):
        """An article was chosen (Enter or a click)."""

        summary: ArticleSummary
        """The chosen article."""

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
        """Lays titles out (visual, or logical for a bidi terminal)."""
        self.rows: _PagedRows | None = None
        """The view shown (set with :meth:`show_rows`)."""
        self.read_ids: set[str] = set()
        """Ids of the articles read (shared with the screen, which updates it)."""
        self.starred_ids: set[str] = set()
        """Ids of the starred articles."""
        self.empty_message = "No articles yet — press i to import"
        """Shown when the view is empty."""
        self._cache: LRUCache[tuple[int, int, bool, bool, bool, bool], Strip] = LRUCache(512)

    # ------------------------------------------------------------- state

    @property
    def count(self) -> int:
        """Rows in the current view."""
        return 0 if self.rows is None else len(self.rows)

    @property
    def current(self) -> ArticleSummary | None:
        """The highlighted article."""
        return None if self.rows is None else self.rows.row(self.cursor)

    def show_rows(
        self, rows: _PagedRows, *, keep_id: str | None = None, empty_message: str | None = None
    ) -> None:
        """Show another view, keeping the article ``keep_id`` highlighted when it is in it."""
        self.rows = rows
        if empty_message is not None:
            self.empty_message = empty_message
        self._cache.clear()
        index = rows.index_of(keep_id) if keep_id else None
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.cursor = index if index is not None else 0
        if index is None:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def refresh_marks(self) -> None:
        """Repaint after read/star marks changed."""
        self._cache.clear()
        self.refresh()

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.count - 1)) if self.count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if not self.is_mounted or not self.count:
            return
        self.scroll_to_region(
            Region(0, self.cursor, max(1, self.scrollable_content_region.width), 1),
            animate=False,
            force=True,
            immediate=True,
        )

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.count)
        self._scroll_to_cursor()

    # ------------------------------------------------------------ actions

    def action_cursor_down(self) -> None:
        """Next article."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Previous article."""
        self.cursor -= 1

    def action_page_down(self) -> None:
        """One page down."""
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        """One page up."""
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        """The newest article."""
        self.cursor = 0

    def action_last(self) -> None:
        """The oldest article."""
        self.cursor = self.count - 1

    def action_open(self) -> None:
        """Tell the screen to open the highlighted article."""
        summary = self.current
        if summary is not None:
            self.post_message(self.Selected(summary))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < self.count:
            self.focus()
            self.cursor = index
            self.action_open()

    # ------------------------------------------------------------ painting

    def _style_of(self, name: str) -> Style:
        if name == "title" or not name:
            return Style()
        if name == "unread":
            name = "unread-mark"
        return self.get_component_rich_style(f"article-list--{name}", partial=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        base = self.rich_style
        if not self.count:
            # The empty state, wrapped, from the second row.
            lines = self.painter.lines(self.empty_message, max(1, width - 4))
            if 1 <= y <= len(lines):
                runs = [("  ", "")] + paint_runs(lines[y - 1], max(1, width - 4))
                style = base + self.get_component_rich_style("article-list--empty", partial=True)
                return strip_from_runs(runs, style, self._style_of, width)
            return Strip.blank(width, base)
        summary = self.rows.row(index) if self.rows is not None and index < self.count else None
        if summary is None:
            return Strip.blank(width, base)
        read = summary.id in self.read_ids
        starred = summary.id in self.starred_ids
        is_cursor = index == self.cursor
        key = (index, width, is_cursor, read, starred, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            style = base
            if not read:
                style += self.get_component_rich_style("article-list--unread", partial=True)
            if is_cursor:
                style += self.get_component_rich_style("article-list--cursor", partial=True)
            runs = list_row_runs(summary, width, self.painter, read=read, starred=starred)
            strip = strip_from_runs(runs, style, self._style_of, width)
            self._cache[key] = strip
        return strip

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()
