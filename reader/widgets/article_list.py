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

from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader import keys
from reader.models import ArticleSummary
from reader.store.errors import StoreError
from reader.views import PagedRows, Painter, list_row_runs, paint_runs
from reader.views.dates import local_now
from reader.views.days import DayLines, day_header
from reader.widgets.line_view import LineView

PREFETCH_CHUNK = 8
"""Rows laid out ahead per idle step (a few milliseconds: a key waits at most that)."""


class ArticleList(LineView, can_focus=True):
    """The list of articles, newest first (or a filter's or search's results)."""

    BINDINGS = keys.bindings("list")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--unread-mark",
        "article-list--star",
        "article-list--date",
        "article-list--source",
        "article-list--empty",
        "article-list--day",
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
    | `article-list--day` | A day header (when day headers are on). |
    """

    STYLE_PREFIX = "article-list"
    STYLE_ALIASES: ClassVar[dict[str, str]] = {"title": "", "unread": "unread-mark"}
    STRIP_CACHE = 1024
    """Rows painted and kept (about 30 pages of a tall terminal), by (article id,
    width, cursor, read, starred, focus): a row looks the same wherever it is
    listed, so a new search or paging back reuses what was painted."""
    FOCUS_CHANGES_ROWS = True

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
        super().__init__(painter, name=name, id=id, classes=classes)
        self.rows: PagedRows | None = None
        """The view shown (set with :meth:`show_rows`)."""
        self.read_ids: set[str] = set()
        """Ids of the articles read (shared with the screen, which updates it)."""
        self.starred_ids: set[str] = set()
        """Ids of the starred articles."""
        self.empty_message = "No articles yet — press i to import"
        """Shown when the view is empty."""
        self.day_lines: DayLines | None = None
        """The lines of the rows with day headers (None: no headers; see :meth:`show_rows`)."""
        self._prefetch_scheduled = False
        self._prefetch_asked = False

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
        self,
        rows: PagedRows,
        *,
        keep_id: str | None = None,
        keep: ArticleSummary | None = None,
        empty_message: str | None = None,
        days: DayLines | None = None,
    ) -> None:
        """Show another view, keeping the article ``keep_id`` (or the listed
        article ``keep``, found by its docno) highlighted when it is in it;
        ``days``: a header line before each day's rows."""
        self.rows = rows
        self.day_lines = days if days is not None and days.rows == len(rows) else None
        if empty_message is not None:
            self.empty_message = empty_message
        if keep is not None:
            index = rows.index_of_summary(keep)
        else:
            index = rows.index_of(keep_id) if keep_id else None
        self._set_virtual_size(Size(self.scrollable_content_region.width, self.line_count()))
        self.cursor = index if index is not None else 0
        if index is None:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()
        self._schedule_prefetch()

    def _set_virtual_size(self, size: Size) -> None:
        """Set the scrollable size without a layout pass of the whole screen.

        The list's own size does not depend on how many rows it has (its
        scrollbar gutter is kept), so a new search only updates the scrollbar,
        as ScrollView does when it is resized: a layout pass at every
        keystroke would repaint every pane (12 ms).  Textual shows or hides
        the scrollbar with a layout of its own when that changes.
        """
        if size == self.virtual_size:
            return
        if not self.is_mounted or not self.container_size:
            self.virtual_size = size
            return
        self.set_reactive(ArticleList.virtual_size, size)
        self._scroll_update(size)  # scrollbar visibility and window (Textual 8.2)
        self.refresh()

    def refresh_marks(self) -> None:
        """Repaint after read/star marks changed."""
        self.repaint()

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.count - 1)) if self.count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self._scroll_to_cursor()
        self._schedule_prefetch()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._schedule_prefetch()  # the wheel or the scrollbar moved the view

    def _scroll_to_cursor(self) -> None:
        if not self.is_mounted or not self.count:
            return
        line = self.line_of(self.cursor)
        # With day headers, the header above a day's first row comes into view with it.
        above = 1 if line and self.day_lines is not None and self._line_row(line - 1) is None else 0
        self.scroll_to_region(
            Region(0, line - above, max(1, self.scrollable_content_region.width), 1 + above),
            animate=False,
            force=True,
            immediate=True,
        )

    def line_count(self) -> int:
        return self.count if self.day_lines is None else len(self.day_lines)

    def line_of(self, row: int) -> int:
        """The line row ``row`` is painted on (rows and lines differ with day headers)."""
        return row if self.day_lines is None else self.day_lines.line_of_row(row)

    def _line_row(self, line: int) -> int | None:
        """The row painted on ``line`` (None: a day header, or past the end)."""
        if self.day_lines is None:
            return line if 0 <= line < self.count else None
        return self.day_lines.at_line(line)[0]

    def fit_to_size(self) -> None:
        self.strips.clear()
        self.sync_virtual_size()
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
        index = self._line_row(self.scroll_offset.y + offset.y)
        if index is not None:
            self.focus()
            self.cursor = index
            self.action_open()

    # ------------------------------------------------------------ painting ahead

    def _schedule_prefetch(self) -> None:
        """Paint the pages above and below the view once the screen is idle.

        Laying out a page of new titles (shaping, bidi) takes longer than a
        frame; done ahead, between keys, Page Down and Page Up only copy
        painted rows.  Work is cut into small steps, so a key pressed
        meanwhile waits for one step at most.
        """
        self._prefetch_asked = True  # asked for by the next paint: never before the list shows

    def _prefetch_after_paint(self) -> None:
        if self._prefetch_asked and not self._prefetch_scheduled and self.is_mounted:
            self._prefetch_asked = False
            self._prefetch_scheduled = True
            self.call_after_refresh(self._prefetch)

    def _prefetch_wanted(self) -> list[int]:
        if not self.count:
            return []
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if self.day_lines is not None:
            top = self.day_lines.row_at_or_after(top) or 0
        below = range(top + height, min(self.count, top + 2 * height))
        above = range(max(0, top - height), top)
        return [*below, *reversed(above)]

    def _prefetch(self) -> None:
        self._prefetch_scheduled = False
        if not self.is_mounted or self.rows is None:
            return
        width = self.scrollable_content_region.width
        done = 0
        for index in self._prefetch_wanted():
            try:
                summary = self.rows.row(index)
            except StoreError:
                return  # painting the row itself will say what is wrong
            if summary is None:
                continue
            if self._row_key(summary, index, width) in self.strips:
                continue
            self._row_strip(summary, index, width)
            done += 1
            if done >= PREFETCH_CHUNK:
                self._prefetch_scheduled = True  # more at the next idle moment
                self.call_after_refresh(self._prefetch)
                return

    def _row_key(
        self, summary: ArticleSummary, index: int, width: int
    ) -> tuple[str, int, bool, bool, bool, bool]:
        return (summary.id, width, index == self.cursor, summary.id in self.read_ids,
                summary.id in self.starred_ids, self.has_focus)

    def _row_strip(self, summary: ArticleSummary, index: int, width: int) -> Strip:
        key = self._row_key(summary, index, width)
        strip = self.strips.get(key)
        if strip is None:
            _, _, is_cursor, read, starred, _ = key
            style = self.rich_style
            if not read:
                style += self.get_component_rich_style("article-list--unread", partial=True)
            if is_cursor:
                style += self.get_component_rich_style("article-list--cursor", partial=True)
            runs = list_row_runs(summary, width, self.painter, read=read, starred=starred,
                                 now=local_now())
            strip = self.strip(runs, width, style)
            self.strips[key] = strip
        return strip

    # ------------------------------------------------------------ painting

    def _day_strip(self, day: str, width: int) -> Strip:
        key = ("day", day, width)
        strip = self.strips.get(key)
        if strip is None:
            room = max(1, width - 1)
            line = self.painter.one_line(day_header(day, local_now()), room)
            runs = [(" ", "day"), *((t, "day") for t, _ in paint_runs(line, room))]
            strip = self.strip(runs, width)
            self.strips[key] = strip
        return strip

    def render_line(self, y: int) -> Strip:
        if self._prefetch_asked:
            self._prefetch_after_paint()
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index = line
        base = self.rich_style
        if self.day_lines is not None and self.count:
            row, day = self.day_lines.at_line(line)
            if day is not None:
                return self._day_strip(day, width)
            index = row if row is not None else self.count
        if not self.count:
            # The empty state, wrapped, from the second row.
            runs = self.message_runs(self.empty_message, y, width)
            if runs is not None:
                return self.strip(runs, width, base + self.style_of("empty"))
            return Strip.blank(width, base)
        summary = self.rows.row(index) if self.rows is not None and index < self.count else None
        if summary is None:
            return Strip.blank(width, base)
        return self._row_strip(summary, index, width)
