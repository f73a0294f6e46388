"""Provides what commands print with: article rows (text or JSON) and laid-out lines.

Everything printed is terminal-safe: text rows are neutralised, JSON escapes
C0, C1 and bidi controls.  Text laid out by :mod:`reader.layout` (visual
order) goes to a terminal inside explicit bidi mode, so that a terminal that
reorders by itself does not undo the layout; a pipe gets no escapes.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import err
from reader.terminal import bidi_mode_sequences
from reader.textsafe import dumps_json, one_line

if TYPE_CHECKING:
    from reader.models import ArticleSummary
    from reader.store.api import ArticleReader

SHORT_ID = 10
"""Characters of an article id shown in a row (any unique prefix works as a reference)."""

#: A row's JSON value: the summary's fields, and whether it is read and starred.
RowJson = dict[str, str | bool | None]


def is_tty(out: TextIO) -> bool:
    """Whether ``out`` is a terminal (False for anything that cannot say)."""
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_width(out: TextIO) -> int:
    """Columns of the terminal ``out`` writes to (at least 20); 0 when it is not a terminal."""
    if out.isatty():
        return max(20, shutil.get_terminal_size((80, 24)).columns)
    return 0


@contextmanager
def laid_out(out: TextIO, *, terminal_bidi: bool, tty: bool) -> Iterator[None]:
    """Keep the terminal from reordering what is written inside (explicit bidi mode).

    Args:
        out: Where the lines go.
        terminal_bidi: The user hands bidi to the terminal: write no mode switch.
        tty: ``out`` is a terminal (never write escapes into a pipe or file).
    """
    before, after = bidi_mode_sequences(terminal_bidi=terminal_bidi, is_tty=tty)
    out.write(before)
    try:
        yield
    finally:
        out.write(after)


def summary_json(s: ArticleSummary, read: set[str], starred: set[str]) -> RowJson:
    """One row of ``list --json`` and ``search --json``."""
    return {
        "id": s.id, "title": s.title, "date": s.date, "source": s.source, "url": s.url,
        "author": s.author, "language": s.language, "imported_at": s.imported_at,
        "read": s.id in read, "starred": s.id in starred,
    }


def read_marks(store: ArticleReader) -> tuple[set[str], set[str]]:
    """Read and starred ids; damaged read marks are reported, not fatal (the articles are fine)."""
    from reader.store import StoreError

    try:
        return store.marks()
    except StoreError as exc:
        err(f"{one_line(str(exc))} (read marks are not shown)")
        return set(), set()


def deleted_ids(store: ArticleReader) -> set[str]:
    """Ids of the articles deleted from view in the app (left out of what is printed)."""
    from reader.store import StoreError

    try:
        return store.deleted()
    except StoreError:
        return set()


def print_rows(rows: list[ArticleSummary], out: TextIO, *, as_json: bool,
               store: ArticleReader) -> None:
    """Print article rows: a JSON array, or one line each (id, date, source, title); the
    articles deleted from view in the app are left out.

    Args:
        rows: The articles, in the order to print.
        out: Where to print.
        as_json: Print a JSON array (with read and starred marks).
        store: Where the read marks are kept.
    """
    deleted = deleted_ids(store) if rows else set()
    rows = [s for s in rows if s.id not in deleted]
    read, starred = read_marks(store) if rows else (set(), set())
    if as_json:
        # dumps_json escapes C0, C1 and bidi controls, so hostile text cannot reach the terminal.
        out.write(dumps_json([summary_json(s, read, starred) for s in rows]) + "\n")
        return
    width = terminal_width(out)
    # Titles are laid out (visual order) only for a terminal, which is then
    # kept from reordering them again; a pipe gets the logical text.
    with laid_out(out, terminal_bidi=False, tty=bool(width) and is_tty(out)):
        for s in rows:
            out.write(row_line(s, width) + "\n")


def row_line(s: ArticleSummary, width: int) -> str:
    """One article as a text row; with a terminal ``width``, the title is laid out to fit."""
    head = f"{s.id[:SHORT_ID]}  {s.display_date or '----------':<10}  "
    source = one_line(s.source or "", 18)
    head += f"{source:<18}  "
    title = one_line(s.title)
    if width:
        from reader.layout import pad, truncate

        room = max(10, width - len(head) - 1)
        title = pad(truncate(title, room), room).rstrip() if room else title
    return head + title
