"""Provides the command line: `reader` (the app) and its subcommands (no widgets).

Every subcommand takes ``--db PATH``; without it the store is ``READER_DB``,
else the platform data directory.  Errors are one line on stderr and a
non-zero exit status, never a traceback (set ``READER_DEBUG=1`` to see one).

The package, one idea a module:

- :mod:`reader.cli.parser`: the argument parser;
- :mod:`reader.cli.errors`: exit statuses, message lines, exceptions to statuses;
- :mod:`reader.cli.opening`: the store a command works on, and articles in it;
- :mod:`reader.cli.output`: article rows and laid-out lines as printed;
- :mod:`reader.cli.importing`, :mod:`reader.cli.reading`, :mod:`reader.cli.searching`,
  :mod:`reader.cli.maintenance`, :mod:`reader.cli.correcting`, :mod:`reader.cli.exporting`:
  the commands.

A new command is a ``cmd_*`` function, a subparser, and a row of :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from reader.cli.correcting import cmd_correct
from reader.cli.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    failure_status,
)
from reader.cli.exporting import cmd_export
from reader.cli.feeds import cmd_feeds, cmd_opml, cmd_refresh, cmd_subscribe, cmd_unsubscribe
from reader.cli.importing import cmd_import
from reader.cli.maintenance import cmd_check, cmd_locate, cmd_reindex
from reader.cli.parser import build_parser
from reader.cli.reading import cmd_entities, cmd_list, cmd_open, cmd_show
from reader.cli.searching import cmd_search

__all__ = [
    "COMMANDS", "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "Command",
    "UsageError", "build_parser", "main",
]

#: A subcommand: the parsed command line and where to print; returns the exit status.
Command = Callable[[argparse.Namespace, TextIO], int]

#: Subcommand name (None: no command given) -> what runs it.
COMMANDS: dict[str | None, Command] = {
    None: cmd_open, "open": cmd_open, "import": cmd_import, "list": cmd_list, "show": cmd_show,
    "search": cmd_search, "entities": cmd_entities, "reindex": cmd_reindex, "check": cmd_check,
    "locate": cmd_locate, "subscribe": cmd_subscribe, "unsubscribe": cmd_unsubscribe,
    "feeds": cmd_feeds, "refresh": cmd_refresh, "opml": cmd_opml, "correct": cmd_correct,
    "export": cmd_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, sys.stdout)
    except (Exception, KeyboardInterrupt) as exc:  # the last line of defence for people
        status = failure_status(exc)
        if status is None:  # READER_DEBUG: show the traceback
            raise
        return status
