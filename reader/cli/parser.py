"""Provides the command line's argument parser: every subcommand and option, with its help.

Every subcommand takes ``--db PATH`` (before or after the command); without
it the store is ``READER_DB``, else the platform data directory.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from reader import __version__
from reader.cli.errors import EXIT_USAGE
from reader.textsafe import one_line

_DB_HELP = "store directory (default: $READER_DB, else the platform data directory)"
_BIDI_HELP = "let a bidi-capable terminal (VTE, Konsole, mlterm) reorder text itself"


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one terminal-safe line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error (escaped, like argparse's own) and exit with status 2."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {one_line(message)}\n")
        raise SystemExit(EXIT_USAGE)


def positive(text: str) -> int:
    """Read a whole number of at least 1 (``--limit``, ``--width``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to print help)."""
    # --db is accepted before or after the command; SUPPRESS keeps a subcommand's
    # unset --db from overwriting one given before it.
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=_DB_HELP)
    parser = Parser(
        prog="reader",
        description="A terminal news reader for Arabic. With no command, opens the reader.",
    )
    parser.add_argument("--db", metavar="PATH", default=None, help=_DB_HELP)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--terminal-bidi", action="store_true", help=_BIDI_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("open", parents=[common], help="open the reader (the default)")
    p.add_argument("--terminal-bidi", action="store_true",
                   help="let a bidi-capable terminal reorder text itself")

    p = sub.add_parser("import", parents=[common], help="import article files or directories")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or directories (walked recursively)")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="print only failures and the summary")
    p.add_argument("--verbose", "-v", action="store_true",
                   help="also list every skipped entry of a file, with its reason")
    p.add_argument("--follow-links", action="store_true",
                   help="import files that symbolic links inside a folder lead to outside it")

    p = sub.add_parser("list", parents=[common], help="list articles, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=positive, metavar="N", help="at most N articles")

    p = sub.add_parser("show", parents=[common],
                       help="print one article laid out for the terminal")
    p.add_argument("ref", metavar="REF", help="article id or a unique prefix of it")
    p.add_argument("--width", type=positive, metavar="N",
                   help="line width in cells (default: terminal width)")
    p.add_argument("--hide-marks", action="store_true", help="hide harakat and tatweel")

    p = sub.add_parser(
        "search", parents=[common],
        help="articles about a leader, country, place or words",
        description="Articles about what the query names, then every other article holding "
                    "its words. Exit status: 0 found, 1 none, 2 error.",
        epilog='Query syntax: words, "a phrase", source:NAME, after:YYYY[-MM[-DD]], '
               "before:YYYY[-MM[-DD]], is:unread, is:read, is:starred, is:unstarred.")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help="Arabic or English: names, words, \"phrases\" and filters")
    p.add_argument("--json", action="store_true",
                   help="print the readings and the articles as JSON")
    p.add_argument("--limit", type=positive, metavar="N", help="at most N articles")
    pick = p.add_mutually_exclusive_group()
    pick.add_argument("--reading", type=positive, metavar="N",
                      help="search the query's Nth reading (as numbered on stderr or by --json)")
    pick.add_argument("--as", dest="as_key", metavar="KEY",
                      help="search the reading with this key (words, person:..., country:XX)")

    p = sub.add_parser("entities", parents=[common],
                       help="people and places of an article or a file")
    p.add_argument("ref", metavar="REF|FILE", help="stored article id (prefix) or an article file")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "export", parents=[common],
        help="write articles as Markdown, JSON or CSV",
        description="One article (REF), a search's results (--search) or every article, as "
                    "Markdown, JSON or CSV. Exit status: 0 written, 1 nothing to export or "
                    "the file cannot be written, 2 a query or format that cannot be read.")
    p.add_argument("ref", nargs="?", metavar="REF", help="article id or a unique prefix of it")
    p.add_argument("--search", metavar="QUERY", help="the articles this search finds, in order")
    p.add_argument("--format", choices=["md", "json", "csv"],
                   help="the format (default: the extension of -o, else md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: print)")

    sub.add_parser("reindex", parents=[common], help="rebuild the people/places and word indexes")

    p = sub.add_parser("check", parents=[common],
                       help="verify the store; --repair fixes what it can")
    p.add_argument("--repair", action="store_true", help="move damaged files aside and rebuild")
    p.add_argument("--force", action="store_true",
                   help="with --repair: repair a folder that does not prove to be a store "
                        "(touching only the reader's own files)")

    _add_feed_commands(sub, common)
    _add_correct_command(sub, common)

    p = sub.add_parser("locate", parents=[common], help="print where the store or config lives")
    p.add_argument("what", choices=["data", "config"],
                   help="data: the store; config: the config file")
    return parser


def _add_feed_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    """The subscription commands: subscribe, unsubscribe, feeds, refresh, opml."""
    p = sub.add_parser("subscribe", parents=[common], help="follow a feed (RSS or Atom) by URL")
    p.add_argument("url", metavar="URL", help="the feed's http or https address")
    p.add_argument("--name", metavar="NAME", help="what to call it (default: the host name)")

    p = sub.add_parser("unsubscribe", parents=[common],
                       help="stop following feeds (their articles stay)")
    p.add_argument("feeds", nargs="+", metavar="NAME|URL", help="feeds, by name or URL")

    p = sub.add_parser("feeds", parents=[common],
                       help="list the subscriptions: last refresh, articles, last error")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = sub.add_parser("refresh", parents=[common],
                       help="fetch subscribed feeds and store their new articles")
    p.add_argument("feeds", nargs="*", metavar="NAME|URL", help="only these feeds (default: all)")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="print only failures and the summary")

    p = sub.add_parser("opml", parents=[common],
                       help="import or export the subscriptions as OPML")
    p.add_argument("action", choices=["import", "export"],
                   help="import: subscribe to the feeds of FILE; export: write the list")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="the OPML file (export: default standard output)")


def _add_correct_command(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    """The ``correct`` subcommand and its actions."""
    p = sub.add_parser("correct", parents=[common],
                       help="correct people and places: hide, merge, link; list and undo",
                       description="Corrections apply at once to the app, lists and search, "
                                   "and survive `reader reindex`.")
    actions = p.add_subparsers(dest="correct_action", metavar="ACTION", required=True,
                               parser_class=Parser)
    a = actions.add_parser("hide", parents=[common], help="an entity is wrong: hide it")
    a.add_argument("entity", metavar="ENTITY", help="a key (person:...) or a name")
    a.add_argument("--article", metavar="REF", help="only in this article (id or prefix)")
    a = actions.add_parser("merge", parents=[common],
                           help="every mention of ENTITY counts as INTO (everywhere)")
    a.add_argument("entity", metavar="ENTITY", help="the entity merged away (key or name)")
    a.add_argument("into", metavar="INTO", help="who it is (key or name)")
    a = actions.add_parser("link", parents=[common], help="the name NAME means PERSON")
    a.add_argument("name", metavar="NAME", help="the name as written in the articles")
    a.add_argument("person", metavar="PERSON", help="who it is (key or name)")
    a.add_argument("--article", metavar="REF", help="only in this article (id or prefix)")
    a = actions.add_parser("list", parents=[common], help="list the corrections, numbered")
    a.add_argument("--json", action="store_true", help="print a JSON array")
    a = actions.add_parser("undo", parents=[common], help="undo corrections by number")
    a.add_argument("numbers", nargs="+", type=int, metavar="N", help="numbers from `list`")
