"""Provides the reading pane: a line-API ScrollView painting the layout engine's visual lines.

The pane never wraps or reorders text itself: it asks :mod:`reader.layout`
(through :class:`reader.views.Painter`) for the lines of ``title + "\\n\\n" +
body`` at its width, inserts a meta line (date · source · url) under the
title, and paints only the rows on screen, with entity mentions and search
hits coloured on the cells :func:`reader.layout.spans_to_cells` gives for
their logical offsets.  Lines are recomputed when the width changes (the
layout engine caches per paragraph and width); an article longer than
:data:`BACKGROUND_CHARS` is laid out in a thread worker, a batch at a time
(:func:`reader.views.iter_lines`): the pane shows the first rows at once and
more as they come, and the worker stops between two batches as soon as it is
cancelled (another article, another width, or quitting: ``q`` and Ctrl+C
never wait for a long layout).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from textual import on, work
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.worker import get_current_worker

from reader import keys
from reader.models import Article, Span
from reader.sections import SECTION_KINDS
from reader.views import Painter, PaneLine, build_lines, iter_lines, line_marks, paint_runs
from reader.views.article import LINK, link_target, meta_link_range
from reader.widgets.line_view import LineView
from reader.widgets.painting import tell

BACKGROUND_CHARS = 60_000
"""Articles longer than this are laid out off the UI thread."""
BATCH_SECONDS = 0.1
"""A background layout hands its rows to the pane at most this often (the first batch at once)."""


META_SCAN = 40
"""Rows looked at for the meta line (it follows the title)."""


class ReadingPane(LineView, can_focus=True):
    """Shows one article, laid out right to left where it is Arabic."""

    BINDINGS = keys.bindings("reader")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading-pane--title",
        "reading-pane--meta",
        "reading-pane--link",
        *(f"reading-pane--{kind}" for kind in SECTION_KINDS),
        "reading-pane--hit",
        "reading-pane--current-hit",
        "reading-pane--empty",
    }
    """
    | Class | Description |
    | :- | :- |
    | `reading-pane--title` | The headline. |
    | `reading-pane--meta` | Date, source and address under the headline. |
    | `reading-pane--link` | The address, a hyperlink where the terminal supports OSC 8. |
    | `reading-pane--person` | A mention of a person (one class per section: ``--<kind>``). |
    | `reading-pane--place` | A mention of a place. |
    | `reading-pane--hit` | A search hit (or a mention of what the list is filtered by). |
    | `reading-pane--current-hit` | The hit that n / N went to. |
    | `reading-pane--empty` | The message shown when no article is open. |
    """

    STYLE_PREFIX = "reading-pane"
    STRIP_CACHE = 512

    def __init__(
        self,
        painter: Painter,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(painter, name=name, id=id, classes=classes)
        self.article: Article | None = None
        """The article shown (set with :meth:`show`)."""
        self.spans: tuple[Span, ...] = ()
        """Entity mentions (logical offsets into the article text)."""
        self.hits: list[tuple[int, int]] = []
        """Search hits, logical ranges in text order."""
        self._hit_keys_shown = False
        self.current_hit: int = -1
        """Index into :attr:`hits` of the hit n / N went to (-1: none yet)."""
        self.empty_message = "No article open — choose one in the list and press Enter"
        """Shown when no article is open."""
        self._lines: list[PaneLine] = []
        self._starts: list[int] = []
        self._width = 0

    # -------------------------------------------------------------- state

    @property
    def lines(self) -> list[PaneLine]:
        """The rows laid out at the current width."""
        return self._lines

    def show(
        self,
        article: Article | None,
        *,
        spans: tuple[Span, ...] = (),
        hits: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show an article from the top."""
        self.article = article
        self.spans = spans
        self.hits = list(hits or [])
        self.current_hit = -1
        self._sync_hit_keys()
        self._width = 0
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_highlights(
        self, *, spans: tuple[Span, ...] | None = None, hits: list[tuple[int, int]] | None = None
    ) -> None:
        """Change what is highlighted without moving."""
        unchanged = hits is not None and self.current_hit == -1 and list(hits) == self.hits
        if spans is None and unchanged:
            return  # the same hits (search as you type, one letter more): nothing to repaint
        if spans is not None:
            self.spans = spans
        if hits is not None:
            self.hits = list(hits)
            self.current_hit = -1
            self._sync_hit_keys()
        self.strips.clear()
        self.refresh()

    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width - 1)

    def _relayout(self) -> None:
        if self.scrollable_content_region.width < 2:
            return  # not sized yet: the first Resize lays out
        width = self._content_width()
        if width == self._width and self._lines:
            return
        self._width = width
        self.strips.clear()
        self.workers.cancel_group(self, "reading-pane-layout")  # a layout of what was shown
        article = self.article
        if article is None or not self.is_mounted:
            self._set_lines([])
            return
        if len(article.body) > BACKGROUND_CHARS:
            self._layout_in_background(article, width)
            return
        self._set_lines(build_lines(article, width, self.painter))

    @dataclass
    class LinesReady(Message):
        """Rows laid out in the background: the first ones (``first``), or more after them."""

        article: Article
        width: int
        lines: list[PaneLine]
        first: bool

    @work(thread=True, exclusive=True, group="reading-pane-layout")
    def _layout_in_background(self, article: Article, width: int) -> None:
        worker = get_current_worker()
        ready: list[PaneLine] = []
        first = True
        posted = 0.0
        for batch in iter_lines(article, width, self.painter):
            if worker.is_cancelled:
                return  # another article, another width, or the app is quitting
            ready.extend(batch)
            if first or time.monotonic() - posted >= BATCH_SECONDS:
                # A message, not call_from_thread: never wait on a UI that may be gone.
                self.post_message(self.LinesReady(article, width, ready, first))
                ready, first, posted = [], False, time.monotonic()
        if not worker.is_cancelled and (ready or first):
            self.post_message(self.LinesReady(article, width, ready, first))

    @on(LinesReady)
    def _lines_ready(self, event: LinesReady) -> None:
        event.stop()
        if event.article is not self.article or event.width != self._width:
            return
        if event.first:
            self._set_lines(event.lines)
        else:
            self._lines.extend(event.lines)
            self._starts.extend(pl.line.start if pl.role != "meta" else -1 for pl in event.lines)
            self.sync_virtual_size()
            self.refresh()

    def _set_lines(self, lines: list[PaneLine]) -> None:
        self._lines = lines
        self._starts = [pl.line.start if pl.role != "meta" else -1 for pl in lines]
        self.strips.clear()
        self.sync_virtual_size()
        self.refresh()

    def line_of(self, offset: int) -> int | None:
        """The row showing logical ``offset`` (None if not laid out)."""
        best = None
        for y, pl in enumerate(self._lines):
            if pl.role == "meta":
                continue
            if pl.line.start <= offset < max(pl.line.end, pl.line.start + 1):
                return y
            if pl.line.start <= offset:
                best = y
        return best

    def line_count(self) -> int:
        return len(self._lines)

    def fit_to_size(self) -> None:
        top = self._top_offset()
        self._relayout()
        if top is not None:
            y = self.line_of(top)
            if y is not None:
                self.scroll_to(y=y, animate=False, immediate=True)

    def _top_offset(self) -> int | None:
        y = self.scroll_offset.y
        for pl in self._lines[y:]:
            if pl.role != "meta" and pl.line.text:
                return pl.line.start
        return None

    def on_mount(self) -> None:
        self._relayout()

    # ------------------------------------------------------------ actions

    def action_line_down(self) -> None:
        """Scroll one line down."""
        self.scroll_to(y=self.scroll_offset.y + 1, animate=False, immediate=True)

    def action_line_up(self) -> None:
        """Scroll one line up."""
        self.scroll_to(y=self.scroll_offset.y - 1, animate=False, immediate=True)

    def action_page_down(self) -> None:
        """Scroll one page down."""
        self.scroll_to(
            y=self.scroll_offset.y + max(1, self.scrollable_content_region.height - 1),
            animate=False,
            immediate=True,
        )

    def action_page_up(self) -> None:
        """Scroll one page up."""
        self.scroll_to(
            y=self.scroll_offset.y - max(1, self.scrollable_content_region.height - 1),
            animate=False,
            immediate=True,
        )

    def action_top(self) -> None:
        """Go to the top."""
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        """Go to the end."""
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # n and N only when there are hits: the footer has no room for keys that do nothing
        # (at 60 columns they pushed "esc Back" under the palette's key).
        if action in ("next_hit", "previous_hit"):
            return bool(self.hits)
        return True

    def _sync_hit_keys(self) -> None:
        """Show or hide n / N in the footer when hits come or go (only then: it costs a
        layout of the screen)."""
        shown = bool(self.hits)
        if shown != self._hit_keys_shown:
            self._hit_keys_shown = shown
            if self.is_attached:
                self.screen.refresh_bindings()

    def action_next_hit(self) -> None:
        """Go to the next hit (wrapping round)."""
        self._go_hit(1)

    def action_previous_hit(self) -> None:
        """Go to the previous hit (wrapping round)."""
        self._go_hit(-1)

    def _go_hit(self, step: int) -> None:
        if not self.hits:
            tell(
                self,
                "No hits to go to: search with / or pick a name in the people pane",
                severity="information",
                timeout=3,
            )
            return
        if self.current_hit < 0:
            self.current_hit = 0 if step > 0 else len(self.hits) - 1
        else:
            self.current_hit = (self.current_hit + step) % len(self.hits)
        self.strips.clear()
        self.refresh()
        y = self.line_of(self.hits[self.current_hit][0])
        if y is not None:
            self.scroll_to_region(
                Region(0, y, 1, 1), animate=False, force=True, immediate=True, center=True
            )

    # ------------------------------------------------------------ painting

    def _link_marks(self) -> list[tuple[int, int, str]]:
        """The address in the meta line, painted as a hyperlink (OSC 8)."""
        article = self.article
        if article is None:
            return []
        found = meta_link_range(article, self._lines[:META_SCAN])
        return [] if found is None else [(found[0], found[1], LINK)]

    def style_of(self, name: str) -> Style:
        if name == LINK and self.article is not None:
            # Terminals that know OSC 8 make it a link; others show the text.
            target = link_target(self.article.url)
            link = Style(link=target) if target else Style()
            return self.get_component_rich_style("reading-pane--link", partial=True) + link
        return super().style_of(name)

    def top_offset(self) -> int | None:
        """The logical offset of the first line on screen (None at the top of the article)."""
        return self._top_offset() if self.scroll_offset.y > 0 else None

    def scroll_to_offset(self, offset: int) -> bool:
        """Scroll so that logical ``offset`` is on the first line; False when it is not laid
        out (yet)."""
        y = self.line_of(offset)
        if y is None or y >= len(self._lines):
            return False
        self.scroll_to(y=y, animate=False, immediate=True)
        return True

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if self.article is None:
            runs = self.message_runs(self.empty_message, y, width)
            if runs is not None:
                return self.strip([(t, "empty") for t, _ in runs], width)
            return self.blank(width)
        if index >= len(self._lines):
            return self.blank(width)
        key = (index, width)
        strip = self.strips.get(key)
        if strip is None:
            pl = self._lines[index]
            style = self.rich_style
            if pl.role in ("title", "meta"):
                style = style + self.style_of(pl.role)
            marks = (line_marks(pl.line, self.spans, self.hits, self.current_hit)
                     if pl.role != "meta" else self._link_marks())
            # One blank cell on the right keeps RTL text off the scrollbar.
            runs = paint_runs(pl.line, self._width, marks)
            strip = self.strip(runs, width, style)
            self.strips[key] = strip
        return strip
