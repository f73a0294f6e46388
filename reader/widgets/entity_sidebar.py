"""Provides the people and places pane: the open article's names, or the archive's most mentioned.

A line-API view like the list: each name is laid out by :mod:`reader.layout`
(Arabic shaped, right to left) with its English name, country or kind, and
mention count.  The rows, section by section, come from
:func:`reader.views.sidebar_rows` (the sections from :mod:`reader.sections`).
Enter or a click posts :class:`EntitySidebar.Picked`; the screen filters the
list.  The correction keys (hide, merge, link, undo, list) post
:class:`EntitySidebar.Correct`; the screen carries them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader import keys
from reader.keys import describe_keys, effective_keys, operation
from reader.models import Entity
from reader.sections import SECTION_KINDS
from reader.views import Painter, SidebarRow, paint_runs, sidebar_rows
from reader.views.sidebar import entity_summary
from reader.widgets.line_view import LineView
from reader.widgets.painting import tell

COUNT_CELLS = 4
"""Cells of the mention count left of a name (and of the indent of its second line)."""


class EntitySidebar(LineView, can_focus=True):
    """People and places, with counts; pick one to filter the list."""

    BINDINGS = keys.bindings("sidebar")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entity-sidebar--heading",
        "entity-sidebar--cursor",
        *(f"entity-sidebar--{kind}" for kind in SECTION_KINDS),
        "entity-sidebar--detail",
        "entity-sidebar--count",
        "entity-sidebar--note",
    }
    """
    | Class | Description |
    | :- | :- |
    | `entity-sidebar--heading` | Section headings. |
    | `entity-sidebar--cursor` | The highlighted entry (both of its lines). |
    | `entity-sidebar--person` | A person's name (one class per section: ``--<kind>``). |
    | `entity-sidebar--place` | A place's name. |
    | `entity-sidebar--detail` | English name, country or kind. |
    | `entity-sidebar--count` | Mention counts. |
    | `entity-sidebar--note` | "none found" and similar notes. |
    """

    STYLE_PREFIX = "entity-sidebar"
    FOCUS_CHANGES_ROWS = True

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Index of the highlighted entity."""

    archive: reactive[bool] = reactive(False, init=False)
    """Showing the archive's most mentioned names instead of the article's."""

    show_unsure: reactive[bool] = reactive(False, init=False)
    """Listing the names found on weaker evidence too (``r``)."""

    @dataclass
    class Picked(Message):
        """A person or place was chosen (Enter or a click)."""

        entity: Entity

    @dataclass
    class ArchiveToggled(Message):
        """The user switched between the article's names and the archive's (the screen fills it)."""

        archive: bool

    @dataclass
    class Highlighted(Message):
        """The highlighted entry changed, or focus came or went: its whole text, for the
        status line (``""``: nothing to say)."""

        text: str

    @dataclass
    class Correct(Message):
        """A correction was asked for: ``hide``, ``hide_everywhere``, ``merge``, ``link`` (of
        ``entity``, the highlighted one), ``undo`` or ``list`` (the screen carries it out)."""

        what: str
        entity: Entity | None
        archive: bool
        """The archive's names were shown (a hide or a link is then everywhere)."""

    def __init__(
        self,
        painter: Painter,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(painter, name=name, id=id, classes=classes)
        self.rows: list[SidebarRow] = []
        """What is painted, top to bottom."""
        self.items: list[Entity] = []
        """The entities listed, in cursor order."""
        self.entities: list[Entity] = []
        """Every entity given, the unsure ones included."""
        self._item_rows: list[int] = []

    def show_entities(self, entities: Iterable[Entity], *, archive: bool) -> None:
        """List these entities, section by section (the article's, or the archive's)."""
        self.set_reactive(EntitySidebar.archive, archive)
        self.entities = list(entities)
        self._layout_rows()
        self.cursor = 0
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _layout_rows(self) -> None:
        keys = keys_for(self, "sidebar.unsure")
        self.rows, self.items = sidebar_rows(self.entities, archive=self.archive,
                                             show_unsure=self.show_unsure, reveal_key=keys)
        self._item_rows = [y for y, r in enumerate(self.rows) if r.kind == "name"]
        self.sync_virtual_size()

    @property
    def current(self) -> Entity | None:
        """The highlighted entity."""
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def line_count(self) -> int:
        return len(self.rows)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.items) - 1)) if self.items else 0

    def _post_hint(self) -> None:
        entity = self.current
        text = "" if entity is None or not self.has_focus else entity_summary(entity, self.archive)
        self.post_message(self.Highlighted(text))

    def on_focus(self) -> None:
        # Textual calls LineView's on_focus too (handlers run up the class hierarchy).
        self._post_hint()

    def on_blur(self) -> None:
        self._post_hint()

    def watch_cursor(self) -> None:
        self.refresh()
        self._post_hint()
        if self._item_rows and self.is_mounted:
            y = self._item_rows[self.cursor]
            self.scroll_to_region(Region(0, y, 1, 2), animate=False, force=True, immediate=True)

    # ------------------------------------------------------------ actions

    def action_cursor_down(self) -> None:
        """Next name."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Previous name."""
        self.cursor -= 1

    def action_first(self) -> None:
        """First name."""
        self.cursor = 0

    def action_last(self) -> None:
        """Last name."""
        self.cursor = len(self.items) - 1

    def action_pick(self) -> None:
        """Filter the list by the highlighted name."""
        entity = self.current
        if entity is not None:
            self.post_message(self.Picked(entity))

    def action_toggle_archive(self) -> None:
        """Switch between this article's names and the archive's."""
        self.post_message(self.ArchiveToggled(not self.archive))

    def action_toggle_unsure(self) -> None:
        """Show or hide the names found on weaker evidence, keeping the highlighted one."""
        current = self.current
        self.show_unsure = not self.show_unsure
        self._layout_rows()
        self.cursor = self.items.index(current) if current in self.items else 0
        self.refresh()

    def action_correct(self, what: str) -> None:
        """Ask the screen to correct the highlighted name (or to list or undo corrections)."""
        entity = self.current
        if entity is None and what not in ("undo", "list"):
            tell(self, "No name is highlighted", severity="warning", timeout=2)
            return
        self.post_message(self.Correct(what, entity, self.archive))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        y = self.scroll_offset.y + offset.y
        if 0 <= y < len(self.rows) and self.rows[y].kind == "more":
            self.focus()
            self.action_toggle_unsure()
        elif 0 <= y < len(self.rows) and self.rows[y].item >= 0:
            self.focus()
            self.cursor = self.rows[y].item
            self.action_pick()

    # ------------------------------------------------------------ painting

    def _row_runs(self, row: SidebarRow, inner: int) -> list[tuple[str, str]]:
        """The runs of one row, ``inner`` cells wide (the name's style is its kind)."""
        if row.kind not in ("name", "detail"):
            line = self.painter.one_line(row.text, inner)
            name = "heading" if row.kind == "heading" else "note"
            return [(t, name) for t, _ in paint_runs(line, inner)]
        room = max(1, inner - COUNT_CELLS)
        line = self.painter.one_line(row.text, room)
        if row.kind == "detail":
            return [(" " * COUNT_CELLS, "")] + [(t, "detail") for t, _ in paint_runs(line, room)]
        kind = self.items[row.item].kind
        count = f"{row.count:>{COUNT_CELLS - 1}} " if row.count else " " * COUNT_CELLS
        return [(count, "count")] + [(t, kind) for t, _ in paint_runs(line, room)]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self.rows) or width < 2:
            return self.blank(width)
        row = self.rows[index]
        style = self.rich_style
        if row.item >= 0 and row.item == self.cursor and self.has_focus:
            style = style + self.style_of("cursor")
        return self.strip(self._row_runs(row, max(1, width - 1)), width, style)


def keys_for(widget: EntitySidebar, op_id: str) -> str:
    """The keys an operation is bound to now (the user's keymap applied), as shown."""
    config = getattr(widget.app, "config", None) if widget.is_attached else None
    keymap = getattr(config, "keymap", None)
    return describe_keys(effective_keys(operation(op_id),
                                        keymap if isinstance(keymap, dict) else None))
