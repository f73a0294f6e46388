"""Provides the ? help screen: every key, generated from the one table in reader.keys."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader import keys

NARROW = 90
"""Under this many cells the binding ids go under each description, not in a column."""


def help_table(keymap: dict[str, str] | None = None, width: int | None = None) -> Table:
    """The keys as a Rich table (the user's keymap applied).

    On a narrow screen (``width`` under :data:`NARROW`) the binding id follows
    the description, dimmed, so the description keeps the room it needs.
    """
    narrow = width is not None and width < NARROW
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Keys", no_wrap=True, min_width=10 if narrow else 14,
                     max_width=16 if narrow else None)
    table.add_column("What it does", ratio=1, min_width=20)
    if not narrow:
        table.add_column("Binding id", no_wrap=True, style="dim")
    blank = ("", "") if narrow else ("", "", "")
    current = None
    for scope, key_text, text, op_id in keys.help_rows(keymap):
        if scope != current:
            if current is not None:
                table.add_row(*blank)
            table.add_row(f"[bold]{scope}[/bold]", *blank[1:])
            current = scope
        what = text.replace("[", r"\[")
        if narrow:
            table.add_row(key_text.replace("[", r"\["), f"{what} [dim]({op_id})[/dim]")
        else:
            table.add_row(key_text.replace("[", r"\["), what, op_id)
    return table


class HelpScreen(ModalScreen[None]):
    """What every key does, and how to remap it."""

    BINDINGS = keys.bindings("help")

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = dict(keymap or {})
        """The user's keymap (shown keys follow it)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(
                "Keys — Khabar, a terminal news reader for Arabic", id="help-title", markup=False
            )
            with VerticalScroll(id="help-scroll"):
                # The box is 90% of the screen, less its border and padding.
                width = int(self.app.size.width * 0.9) - 4
                yield Static(help_table(self.keymap, width), id="help-table")
                yield Static(
                    "\nMouse: click a row to open it, click a name to filter by it, "
                    "the wheel scrolls.\n"
                    "Remap any key by its binding id in config.toml (reader locate config), e.g.\n"
                    '  [keymap]\n  quit = "q,ctrl+q"',
                    markup=False,
                    id="help-footer",
                )

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def on_resize(self) -> None:
        width = int(self.size.width * 0.9) - 4
        self.query_one("#help-table", Static).update(help_table(self.keymap, width))

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
