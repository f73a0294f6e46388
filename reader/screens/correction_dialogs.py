"""Provides the dialogs of corrections: the name picker (merge, link) and the list (undo).

:class:`NamePicker` searches names as you type (the archive's entities, then
the people of the leaders data; :mod:`reader.corrections.people`) and returns
the one chosen, with whether a link holds everywhere.  :class:`CorrectionsDialog`
lists the store's corrections; Enter (or a click) undoes one.  Both lay names
out like every other pane (Arabic shaped, right to left).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader import keys
from reader.corrections.people import Candidate, matching, pool
from reader.widgets.bidi_input import BidiInput

if TYPE_CHECKING:
    from reader.corrections import Correction, Target
    from reader.store.api import CatalogEntry
    from reader.views import Painter

NAME_CELLS = 34
"""Cells a name takes in a picker row."""
ROW_CELLS = 84
"""Cells of a correction's line in the list."""


@dataclass(frozen=True, slots=True)
class Picked:
    """What the picker returns: who, and whether everywhere (a link can be in one article)."""

    target: Target
    everywhere: bool


class NamePicker(ModalScreen["Picked | None"]):
    """Choose a person (or place) by typing part of a name, in Arabic or English."""

    BINDINGS = keys.bindings("picker")

    def __init__(self, painter: Painter, title: str, catalog: Mapping[str, CatalogEntry], *,
                 kind: str | None, leaders: bool, exclude: str,
                 everywhere: bool | None) -> None:
        """A picker.

        Args:
            painter: Lays names out.
            title: What is being done ("Link آشتون to…").
            catalog: The archive's entities (as corrected).
            kind: Offer only entities of this kind.
            leaders: Offer the people of the leaders data too.
            exclude: The entity corrected (never offered).
            everywhere: Where the correction holds, when the user may choose
                (F2 switches it); None: everywhere, no choice.
        """
        super().__init__()
        self.painter = painter
        self.heading = title
        self.candidates = pool(catalog, kind=kind, leaders=leaders, exclude=exclude)
        """Everyone offered, in the order listed."""
        self.shown: list[Candidate] = []
        """Those matching what is typed."""
        self.everywhere = everywhere

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Static(self.painter.one_line(self.heading, 100).text, classes="title",
                         markup=False)
            yield BidiInput(placeholder="a name, in Arabic or English", id="picker-query",
                            painter=self.painter)
            yield OptionList(id="picker-options")
            if self.everywhere is not None:
                yield Static(self._scope_text(), id="picker-scope", markup=False)
            yield Static("↑↓ choose · Enter or a click picks · Esc cancels", id="picker-hint",
                         markup=False)

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#picker-query", Input).focus()

    def _scope_text(self) -> str:
        where = "every article" if self.everywhere else "this article only"
        return f"Where: {where} (F2 or a click switches)"

    def _fill(self, query: str) -> None:
        self.shown = matching(self.candidates, query)
        options = self.query_one("#picker-options", OptionList)
        options.clear_options()
        options.add_options([Option(self._row(c)) for c in self.shown])
        if self.shown:
            options.highlighted = 0

    def _row(self, c: Candidate) -> Text:
        name = self.painter.one_line(c.target.name, NAME_CELLS).text
        english = c.target.label if c.target.english else (c.target.country or "")
        return Text(f"{name}  {' · '.join(p for p in (english, c.detail) if p)}")

    @on(Input.Changed, "#picker-query")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_accept()

    @on(OptionList.OptionSelected, "#picker-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.shown):
            self.notify("No name matches: type another spelling", severity="warning", timeout=2)
            return
        self.dismiss(Picked(self.shown[index].target, self.everywhere is not False))

    def action_accept(self) -> None:
        """Pick the highlighted name."""
        self._choose(self.query_one("#picker-options", OptionList).highlighted)

    def action_cursor_down(self) -> None:
        """Highlight the next name."""
        self.query_one("#picker-options", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous name."""
        self.query_one("#picker-options", OptionList).action_cursor_up()

    def action_toggle_scope(self) -> None:
        """Switch a link between this article and every article."""
        if self.everywhere is None:
            return
        self.everywhere = not self.everywhere
        self.query_one("#picker-scope", Static).update(self._scope_text())

    @on(events.Click, "#picker-scope")
    def _scope_clicked(self) -> None:
        self.action_toggle_scope()

    def action_cancel(self) -> None:
        """Close, correcting nothing."""
        self.dismiss(None)


class CorrectionsDialog(ModalScreen[None]):
    """The store's corrections, newest first; Enter or a click undoes one."""

    BINDINGS = keys.bindings("corrections")

    def __init__(self, painter: Painter, items: list[Correction],
                 undo: Callable[[Correction], None]) -> None:
        super().__init__()
        self.painter = painter
        self.items = sorted(items, key=lambda c: -c.id)
        """The corrections listed, newest first."""
        self.undo = undo
        """Called with a correction to undo (the screen writes it)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="corrections-box"):
            yield Static("Your corrections", classes="title", markup=False)
            yield OptionList(id="corrections-options")
            yield Static("", id="corrections-empty", markup=False)
            yield Static("Enter or a click undoes the highlighted one · Esc closes",
                         id="corrections-hint", markup=False)

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#corrections-options", OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one("#corrections-options", OptionList)
        options.clear_options()
        options.add_options([Option(self._row(c)) for c in self.items])
        if self.items:
            options.highlighted = 0
        empty = "" if self.items else (
            "No corrections yet. In the people and places pane: h hides a name, "
            "M merges it with another, L links it to the right person.")
        self.query_one("#corrections-empty", Static).update(empty)

    def _row(self, c: Correction) -> Text:
        line = self.painter.one_line(f"{c.id}. {c.describe()}", ROW_CELLS).text
        return Text(f"{c.made[:10]}  {line}")

    @on(OptionList.OptionSelected, "#corrections-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._undo(event.option_index)

    def _undo(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.items):
            return
        self.undo(self.items.pop(index))
        self._fill()
        options = self.query_one("#corrections-options", OptionList)
        if self.items:
            options.highlighted = min(index, len(self.items) - 1)

    def action_undo(self) -> None:
        """Undo the highlighted correction."""
        self._undo(self.query_one("#corrections-options", OptionList).highlighted)

    def action_close(self) -> None:
        """Close the list."""
        self.dismiss(None)
