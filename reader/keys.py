"""Provides the one table of named operations: keys, footer, help screen and docs come from it.

Like newsboat's ``doc/keycmds.dsv``: every key the app answers to is a row
here, with a binding id users can remap in ``config.toml`` (``[keymap]``,
applied with ``App.set_keymap``), the default keys, where it works, and what
it does.  Widgets build their ``BINDINGS`` with :func:`bindings`; the ``?``
screen and the README table are generated from :data:`OPERATIONS`, so they
cannot drift apart.  ``python -m reader.keys`` prints the Markdown table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.textsafe import one_line

if TYPE_CHECKING:
    from textual.binding import BindingType


@dataclass(frozen=True, slots=True)
class Operation:
    """One named operation: a binding id with its default keys and help."""

    id: str
    """Binding id (remap it in the ``[keymap]`` table of config.toml)."""
    keys: str
    """Default keys, comma-separated, in Textual's key names."""
    scope: str
    """Where it works: a key of :data:`SCOPES`."""
    action: str
    """The Textual action it runs (on the widget or screen of ``scope``)."""
    label: str
    """Short label for the footer."""
    help: str
    """One sentence for the help screen and the README."""
    show: bool = True
    """Shown in the footer."""
    key_display: str | None = None
    """How the footer shows the keys, when Textual's default is clumsy."""
    priority: bool = False
    """Checked before the focused widget sees the key."""


#: Where operations apply, in the order the help screen lists them.
SCOPES: dict[str, str] = {
    "app": "Anywhere",
    "main": "Main screen",
    "list": "Article list",
    "reader": "Reading pane",
    "sidebar": "People and places",
    "search": "Search field",
    "picker": "Name picker (merge, link)",
    "corrections": "Corrections dialog",
    "import": "Import dialog",
    "refresh": "Refresh dialog",
    "help": "Help screen",
}

OPERATIONS: tuple[Operation, ...] = (
    # Anywhere
    Operation("quit", "q", "app", "quit", "Quit", "Quit the reader (in a dialog: close it)."),
    Operation(
        "quit_now",
        "ctrl+c",
        "app",
        "quit",
        "Quit",
        "Quit at once, from anywhere, even while a long article is being laid out (in a text "
        "field with text selected: copy it).",
        show=False,
    ),
    Operation(
        "help", "question_mark", "app", "help", "Keys", "Show this list of keys.", key_display="?"
    ),
    Operation(
        "import",
        "i",
        "app",
        "import_files",
        "Import",
        "Import article files or a folder (text, Markdown, HTML, JSON, RSS/Atom).",
    ),
    Operation(
        "refresh",
        "R",
        "app",
        "refresh_feeds",
        "Refresh",
        "Refresh every subscribed feed: a bar per feed, new articles land in the list "
        "(subscribe with `reader subscribe URL`).",
    ),
    Operation(
        "command_palette",
        "ctrl+p",
        "app",
        "command_palette",
        "palette",
        "Open the command palette: filter by a leader, country or place by name.",
        show=False,
        priority=True,
    ),
    # Main screen
    Operation(
        "search",
        "slash",
        "main",
        "search",
        "Search",
        "Search by leader, country, place or words, Arabic or English; the list filters as you "
        "type. Filters in the field: source:NAME after:DATE before:DATE is:unread is:starred, "
        '"a phrase".',
        key_display="/",
        priority=True,
    ),
    Operation(
        "next_pane",
        "tab",
        "main",
        "focus_pane(1)",
        "Next pane",
        "Move to the next pane (list, reader, people and places).",
        show=False,
    ),
    Operation(
        "previous_pane",
        "shift+tab",
        "main",
        "focus_pane(-1)",
        "Previous pane",
        "Move to the previous pane.",
        show=False,
    ),
    Operation(
        "clear_filter",
        "x,escape",
        "main",
        "clear_filter",
        "Clear",
        "Remove the filter or search and show every article again.",
        key_display="x",
    ),
    Operation(
        "back",
        "escape",
        "main",
        "back",
        "Back",
        "On a narrow terminal: back from the reading pane (or the people pane) to the list.",
    ),
    Operation(
        "toggle_read", "m", "main", "toggle_read", "Read",
        "Mark the article read or unread: the highlighted one when the list has focus, else "
        "the open one (the notification says which)."
    ),
    Operation("toggle_star", "s", "main", "toggle_star", "Star",
              "Star or unstar the article (as m: the highlighted one from the list, else the "
              "open one)."),
    Operation("archive_names", "a", "main", "archive_names", "Archive names",
              "Switch the people and places pane between this article's names and the "
              "archive's (ordered and counted by articles), from any pane.", show=False),
    Operation("view_unread", "U", "main", "toggle_view('is:unread')", "Unread",
              "Show only unread articles, or all again (the search filter is:unread, so it "
              "combines with a search).", show=False),
    Operation("view_starred", "asterisk", "main", "toggle_view('is:starred')", "Starred",
              "Show only starred articles, or all again (is:starred). By source: the command "
              "palette's \"Show source\" commands (source:NAME).", show=False, key_display="*"),
    Operation("sort", "O", "main", "cycle_order", "Sort",
              "Sort the list newest first, by source, or (for a search) by relevance; the "
              "status line names any order but the usual one.", show=False),
    Operation("day_headers", "D", "main", "toggle_day_headers", "Days",
              "Day headers on or off: when the list is newest first, each day's articles "
              "come under a line naming the day (and how long ago it was).", show=False),
    Operation("open_link", "o", "main", "open_link", "Open link",
              "Open the article's address in the web browser.", show=False),
    Operation("copy_link", "y", "main", "copy_link", "Copy link",
              "Copy the article's address to the clipboard (through the terminal: OSC 52).",
              show=False),
    Operation("delete", "d", "main", "delete_article", "Delete",
              "Delete the article from view: it leaves the list, searches, reader list, "
              "search and export; u brings it back.", show=False),
    Operation("undo_delete", "u", "main", "undo_delete", "Undo",
              "Bring back the article deleted last (in the people pane: undo the last "
              "correction).", show=False),
    Operation("export", "e", "main", "export", "Export",
              "Export to a Markdown file in the current folder (its name is shown): the open "
              "article from the reading pane, the listed articles from the list. The palette "
              "exports JSON and CSV too.", show=False),
    Operation(
        "toggle_sidebar",
        "p",
        "main",
        "toggle_sidebar",
        "People",
        "Show or hide the people and places pane (hidden by itself on narrow terminals).",
    ),
    # Article list
    Operation("list.down", "j,down", "list", "cursor_down", "Down", "Next article.", show=False),
    Operation("list.up", "k,up", "list", "cursor_up", "Up", "Previous article.", show=False),
    Operation(
        "list.page_down",
        "pagedown,space",
        "list",
        "page_down",
        "Page down",
        "One page of articles down.",
        show=False,
    ),
    Operation(
        "list.page_up",
        "pageup,b",
        "list",
        "page_up",
        "Page up",
        "One page of articles up.",
        show=False,
    ),
    Operation(
        "list.top", "g,home", "list", "first", "Newest", "Go to the first article.", show=False
    ),
    Operation(
        "list.bottom", "G,end", "list", "last", "Oldest", "Go to the last article.", show=False
    ),
    Operation(
        "list.open", "enter", "list", "open", "Open", "Open the article in the reading pane."
    ),
    # Reading pane
    Operation(
        "reader.down", "j,down", "reader", "line_down", "Down", "Scroll one line down.", show=False
    ),
    Operation("reader.up", "k,up", "reader", "line_up", "Up", "Scroll one line up.", show=False),
    Operation(
        "reader.page_down",
        "space,pagedown",
        "reader",
        "page_down",
        "Page",
        "Scroll one page down.",
        key_display="space",
    ),
    Operation(
        "reader.page_up", "b,pageup", "reader", "page_up", "Back", "Scroll one page up.", show=False
    ),
    Operation(
        "reader.top", "g,home", "reader", "top", "Top", "Go to the top of the article.", show=False
    ),
    Operation(
        "reader.bottom",
        "G,end",
        "reader",
        "bottom",
        "End",
        "Go to the end of the article.",
        show=False,
    ),
    Operation(
        "reader.next_hit",
        "n",
        "reader",
        "next_hit",
        "Next hit",
        "Go to the next search hit (or mention of the filtered person or place).",
    ),
    Operation(
        "reader.previous_hit",
        "N",
        "reader",
        "previous_hit",
        "Prev hit",
        "Go to the previous search hit.",
    ),
    # People and places
    Operation("sidebar.down", "j,down", "sidebar", "cursor_down", "Down", "Next name.", show=False),
    Operation("sidebar.up", "k,up", "sidebar", "cursor_up", "Up", "Previous name.", show=False),
    Operation("sidebar.top", "g,home", "sidebar", "first", "First", "First name.", show=False),
    Operation("sidebar.bottom", "G,end", "sidebar", "last", "Last", "Last name.", show=False),
    Operation(
        "sidebar.pick",
        "enter",
        "sidebar",
        "pick",
        "Filter",
        "Show only the articles about this person or place.",
    ),
    Operation(
        "sidebar.unsure",
        "r",
        "sidebar",
        "toggle_unsure",
        "Show/hide unsure",
        "Show or hide the names found on weaker evidence (each says why).",
    ),
    Operation("sidebar.hide", "h", "sidebar", "correct('hide')", "Hide",
              "The highlighted name is wrong: hide it in this article (in the archive view: "
              "everywhere)."),
    Operation("sidebar.hide_everywhere", "H", "sidebar", "correct('hide_everywhere')",
              "Hide everywhere", "The highlighted name is wrong: hide it in every article.",
              show=False),
    Operation("sidebar.merge", "M", "sidebar", "correct('merge')", "Merge",
              "Merge the highlighted name with another (a picker searches names): every "
              "mention of it counts as the other's, everywhere."),
    Operation("sidebar.link", "L", "sidebar", "correct('link')", "Link",
              "Link the highlighted name to the right person, from the archive or the leaders "
              "data (a picker searches names), in this article or everywhere."),
    Operation("sidebar.undo", "u", "sidebar", "correct('undo')", "Undo",
              "Undo the last correction made in this session.", show=False),
    Operation("sidebar.corrections", "C", "sidebar", "correct('list')", "Corrections",
              "List your corrections (hidden, merged and linked names); undo any of them."),
    # Search field
    Operation(
        "search.accept",
        "enter",
        "search",
        "accept",
        "Open first",
        "Keep the results and open the first one.",
    ),
    Operation(
        "search.cancel",
        "escape",
        "search",
        "cancel",
        "Cancel",
        "Clear the search and close the field.",
    ),
    Operation(
        "search.next_reading",
        "tab,down",
        "search",
        "next_reading",
        "Next reading",
        "Read the query another way (another person of that name, or words only); "
        "the line under the field lists the readings: click one to pick it.",
        key_display="Tab",
    ),
    Operation(
        "search.previous_reading",
        "shift+tab,up",
        "search",
        "previous_reading",
        "Previous reading",
        "Go back to the previous reading of the query.",
        show=False,
    ),
    # Picker dialog
    Operation("picker.accept", "enter", "picker", "accept", "Choose",
              "Choose the highlighted name."),
    Operation("picker.down", "down", "picker", "cursor_down", "Next", "Highlight the next name.",
              show=False),
    Operation("picker.up", "up", "picker", "cursor_up", "Previous",
              "Highlight the previous name.", show=False),
    Operation("picker.scope", "f2", "picker", "toggle_scope", "Everywhere",
              "Link: switch between this article only and every article."),
    Operation("picker.cancel", "escape", "picker", "cancel", "Cancel",
              "Close the picker, correcting nothing."),
    # Corrections dialog
    Operation("corrections.undo", "enter,u,delete", "corrections", "undo", "Undo",
              "Undo the highlighted correction."),
    Operation("corrections.close", "escape,q", "corrections", "close", "Close",
              "Close the list of corrections."),
    # Import dialog
    Operation(
        "import.close",
        "escape",
        "import",
        "close",
        "Close",
        "Close the dialog (an import running stops after the current file); q too, "
        "when the path field is not focused.",
    ),
    Operation("import.close_q", "q", "import", "close", "Close", "", show=False),
    # Refresh dialog
    Operation(
        "refresh.close",
        "escape,q",
        "refresh",
        "close",
        "Close",
        "Close the dialog; the refresh goes on (articles keep landing) and R shows it again.",
        key_display="esc",
    ),
    # Help screen
    Operation(
        "help.close",
        "escape,q,question_mark",
        "help",
        "close",
        "Close",
        "Close the help screen.",
        key_display="esc",
    ),
)

_BY_ID = {op.id: op for op in OPERATIONS}


def operation(op_id: str) -> Operation:
    """The operation with this binding id.

    Raises:
        KeyError: no such operation.
    """
    return _BY_ID[op_id]


def operations(scope: str | None = None) -> list[Operation]:
    """Operations of one scope (all when ``scope`` is None), in table order."""
    return [op for op in OPERATIONS if scope is None or op.scope == scope]


def bindings(scope: str) -> list[BindingType]:
    """Textual bindings for a scope, each with its operation's id (so keymaps apply).

    Args:
        scope: A key of :data:`SCOPES`.
    """
    from textual.binding import Binding

    # The palette's binding is declared here with an id so that it can be remapped
    # too; Textual then does not add its own (id-less) ctrl+p binding.
    found: list[BindingType] = [
        Binding(
            op.keys,
            op.action,
            op.label,
            show=op.show,
            key_display=op.key_display,
            priority=op.priority,
            id=op.id,
            tooltip=op.help,
        )
        for op in operations(scope)
    ]
    return found


_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "Space",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "ctrl+p": "Ctrl+P",
    "ctrl+c": "Ctrl+C",
    "asterisk": "*",
}


def key_label(text: str) -> str:
    """A key name as shown (footer, help screen, README): neutralised, on one line.

    Key names come from the user's config (``[keymap]``) too: whatever they
    hold is drawn, never sent to the terminal (an escape shows as ``␛``).
    """
    return one_line(text, 40)


def describe_keys(keys: str) -> str:
    """Keys as people write them: ``"j,down"`` -> ``"j / ↓"``."""
    return " / ".join(key_label(_KEY_NAMES.get(k.strip(), k.strip()))
                      for k in keys.split(",") if k.strip())


def effective_keys(op: Operation, keymap: dict[str, str] | None = None) -> str:
    """The keys an operation answers to, after the user's keymap."""
    return (keymap or {}).get(op.id, op.keys)


def help_rows(keymap: dict[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    """Rows for the help screen and docs: (scope title, keys, help, binding id)."""
    rows = []
    for scope, title in SCOPES.items():
        for op in operations(scope):
            if op.help:
                rows.append((title, describe_keys(effective_keys(op, keymap)), op.help, op.id))
    return rows


def markdown_table() -> str:
    """The README's key table (Markdown), generated from :data:`OPERATIONS`."""
    lines = ["| Where | Keys | What it does | Binding id |", "| --- | --- | --- | --- |"]
    for title, keys, text, op_id in help_rows():
        keys_md = keys.replace("|", "\\|")
        lines.append(f"| {title} | `{keys_md}` | {text} | `{op_id}` |")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - documentation helper
    print(markdown_table())
