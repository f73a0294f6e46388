"""Provides the ? help screen: every key, generated from the one table in reader.keys."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader import keys


def help_table(keymap: dict[str, str] | None = None) -> Table:
    """The keys as a Rich table (the user's keymap applied)."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Keys", no_wrap=True, min_width=14)
    table.add_column("What it does", ratio=1)
    table.add_column("Binding id", no_wrap=True, style="dim")
    current = None
    for scope, key_text, text, op_id in keys.help_rows(keymap):
        if scope != current:
            if current is not None:
                table.add_row("", "", "")
            table.add_row(f"[bold]{scope}[/bold]", "", "")
            current = scope
        table.add_row(key_text.replace("[", r"\["), text.replace("[", r"\["), op_id)
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
                yield Static(help_table(self.keymap), id="help-table")
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

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
