"""Provides the one-line status bar: the active filter (with a ✕ that removes it) and counts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.content import Content
from textual.widgets import Static

from reader.layout import cell_width
from reader.views import Painter

LABEL_CELLS = 40
"""Cells at most for the filter's name."""
NOTE_MIN = 48
"""Cells of the note (how a search was read) kept before the counts' extras are dropped."""
LABEL_MIN = 6
"""Cells the filter's name keeps before other parts of the line are dropped."""


@dataclass(frozen=True, slots=True)
class StatusState:
    """What the status line says (see :meth:`StatusBar.show_status`)."""

    kind: str | None = None
    label: str = ""
    count: int = 0
    total: int = 0
    note: str = ""
    unread: int | None = None
    hint: str = ""


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' if n != 1 else ''}"


class StatusBar(Static):
    """ "Filter: Tokayev ✕ · 3 of 1,234 · 2 unread · x clears" or "All articles · 1,234"."""

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
        self.state = StatusState()
        """What is shown."""
        self._shown = False

    def show_status(
        self,
        *,
        kind: str | None,
        label: str,
        count: int,
        total: int,
        note: str = "",
        unread: int | None = None,
    ) -> None:
        """Show the filter (``kind`` "entity" / "search" / a view / None) and how many articles
        are listed.

        Args:
            kind: What narrows the list, or None for the whole archive.
            label: Logical name of the filter (laid out here).
            count: Articles listed.
            total: Articles in the store.
            note: Extra text on the right (an import running, a problem).
            unread: Unread articles among those listed (None: not known).
        """
        self.state = replace(self.state, kind=kind, label=label, count=count, total=total,
                             note=note, unread=unread)
        self._render_state()

    def show_hint(self, hint: str) -> None:
        """Say something about what has focus on the right (the full name of a cut entry);
        ``""`` takes it away."""
        if hint != self.state.hint:
            self.state = replace(self.state, hint=hint)
            self._render_state()

    def on_resize(self) -> None:
        self._render_state(force=True)

    def _tail(self, many: str, level: int) -> str:
        """The counts after the filter's name; higher levels drop more (for narrow lines)."""
        st = self.state
        unread = f" · {st.unread:,} unread" if st.unread is not None and level < 2 else ""
        total = f" of {st.total:,}" if level < 3 else ""
        clears = " · x clears" if level < 1 else ""
        return f" · {many}{total}{unread}{clears}"

    def _render_state(self, *, force: bool = False) -> None:
        st = self.state
        width = self.size.width or 120
        many = _plural(st.count, "article")
        parts: list[str | Content | tuple[str, str]] = []
        if st.kind is None:
            unread = f" · {st.unread:,} unread" if st.unread is not None else ""
            plain = f" All articles · {many}{unread}"
            parts.append(plain)
        else:
            word = {"entity": "Filter", "search": "Search"}.get(st.kind, "View")
            head = f" {word}: "
            extra = st.hint or st.note
            # The name and some of the note first; then the counts' extras are dropped.
            need_label = min(cell_width(self.painter.one_line(st.label, LABEL_CELLS).text),
                             LABEL_CELLS)
            need_note = min(cell_width(extra), NOTE_MIN) + 3 if extra else 0
            level = 0
            tail = self._tail(many, level)
            while level < 3 and (len(head) + 2 + cell_width(tail) + need_label + need_note
                                 > width):
                level += 1
                tail = self._tail(many, level)
            room = max(LABEL_MIN, min(LABEL_CELLS,
                                      width - len(head) - 2 - cell_width(tail) - need_note))
            name = self.painter.one_line(st.label, room).text
            parts += [head, (name, "bold"), " "]
            parts.append(Content.from_markup("[@click=screen.clear_filter]✕[/]"))
            parts.append(tail)
            plain = f"{head}{name} ✕{tail}"
        extra = st.hint or st.note
        room = width - cell_width(plain) - 3
        if extra and room > 8:
            shown = self.painter.one_line(extra, min(room, LABEL_CELLS + 40)).text
            parts.append(f"   {shown}")
            plain += f"   {shown}"
        if plain == self.text and self._shown and not force:
            return
        self.text = plain
        self._shown = True
        # One row, always: no layout pass (it would repaint the whole screen).
        self.update(Content.assemble(*parts), layout=False)
