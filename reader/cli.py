"""Provides the command line: `reader` (the app) and its subcommands (no widgets).

Every subcommand takes ``--db PATH``; without it the store is ``READER_DB``,
else the platform data directory.  Errors are one line on stderr and a
non-zero exit status, never a traceback (set ``READER_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import errno
import os
import shutil
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from reader import __version__
from reader.terminal import bidi_mode_sequences
from reader.textsafe import dumps_json, neutralise, one_line

#: A full disk or quota: the write failed; what earlier commits stored stands.
_NO_SPACE = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
EXIT_USAGE = 2
SHORT_ID = 10


class UsageError(Exception):
    """A command line that cannot be carried out as given (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, status 2, like argparse but escaped
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {one_line(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to print help)."""
    db_help = "store directory (default: $READER_DB, else the platform data directory)"
    # --db is accepted before or after the command; SUPPRESS keeps a subcommand's
    # unset --db from overwriting one given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser = _Parser(
        prog="reader",
        description="A terminal news reader for Arabic. With no command, opens the reader.",
    )
    parser.add_argument("--db", metavar="PATH", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--terminal-bidi", action="store_true",
                        help="let a bidi-capable terminal (VTE, Konsole, mlterm) reorder text itself")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("open", parents=[common], help="open the reader (the default)")
    p.add_argument("--terminal-bidi", action="store_true",
                   help="let a bidi-capable terminal reorder text itself")

    p = sub.add_parser("import", parents=[common], help="import article files or directories")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (walked recursively)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only failures and the summary")

    p = sub.add_parser("list", parents=[common], help="list articles, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N articles")

    p = sub.add_parser("show", parents=[common], help="print one article laid out for the terminal")
    p.add_argument("ref", metavar="REF", help="article id or a unique prefix of it")
    p.add_argument("--width", type=_positive, metavar="N", help="line width in cells (default: terminal width)")
    p.add_argument("--hide-marks", action="store_true", help="hide harakat and tatweel")

    p = sub.add_parser("search", parents=[common], help="articles about a leader, country, place or words")
    p.add_argument("query", nargs="+", metavar="QUERY", help="Arabic or English: a name, a country, words")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N articles")

    p = sub.add_parser("entities", parents=[common], help="people and places of an article or a file")
    p.add_argument("ref", metavar="REF|FILE", help="stored article id (prefix) or an article file")
    p.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser("reindex", parents=[common], help="rebuild the people/places and word indexes")

    p = sub.add_parser("check", parents=[common], help="verify the store; --repair fixes what it can")
    p.add_argument("--repair", action="store_true", help="move damaged files aside and rebuild")

    p = sub.add_parser("locate", parents=[common], help="print where the store or config lives")
    p.add_argument("what", choices=["data", "config"], help="data: the store; config: the config file")
    return parser


# ---------------------------------------------------------------- helpers


def _store_path(args: argparse.Namespace) -> tuple[str, bool]:
    """The store path, and whether it was chosen by default (no --db)."""
    from reader.store import default_store_path

    if args.db:
        return args.db, False
    return default_store_path(), True


def _open(args: argparse.Namespace, *, seed: bool = True) -> Any:
    """Open the store; on first use of the default store, import the bundled samples."""
    from reader.store import open_store

    path, by_default = _store_path(args)
    store = open_store(path)
    if seed and by_default and not store.backend.exists():
        _seed_samples(store)
    return store


def _seed_samples(store: Any) -> None:
    from reader.ingest import import_paths
    from reader.samples import bundled_articles_dir

    samples = bundled_articles_dir()
    if samples is None:
        return
    reports = import_paths(store, [samples])
    n = sum(r.imported for r in reports)
    _err(f"first run: imported {n} sample articles into {one_line(store.label)}")


def _err(message: str) -> None:
    sys.stderr.write(f"reader: {message}\n")
    sys.stderr.flush()


def _term_width(out: TextIO) -> int:
    if out.isatty():
        return max(20, shutil.get_terminal_size((80, 24)).columns)
    return 0


def _summary_json(s: Any, read: set[str], starred: set[str]) -> dict[str, Any]:
    return {
        "id": s.id, "title": s.title, "date": s.date, "source": s.source, "url": s.url,
        "author": s.author, "language": s.language, "imported_at": s.imported_at,
        "read": s.id in read, "starred": s.id in starred,
    }


def _marks(store: Any) -> tuple[set[str], set[str]]:
    """Read and starred ids; damaged read marks are reported, not fatal (the articles are fine)."""
    from reader.store import StoreError

    try:
        return store.marks()
    except StoreError as exc:
        _err(f"{one_line(str(exc))} (read marks are not shown)")
        return set(), set()


def _print_rows(rows: list[Any], out: TextIO, *, as_json: bool, store: Any) -> None:
    read, starred = _marks(store) if rows else (set(), set())
    if as_json:
        # dumps_json escapes C0, C1 and bidi controls, so hostile text cannot reach the terminal.
        out.write(dumps_json([_summary_json(s, read, starred) for s in rows]) + "\n")
        return
    width = _term_width(out)
    # Titles are laid out (visual order) only for a terminal, which is then
    # kept from reordering them again; a pipe gets the logical text.
    before, after = bidi_mode_sequences(terminal_bidi=False, is_tty=bool(width) and _isatty(out))
    out.write(before)
    try:
        for s in rows:
            head = f"{s.id[:SHORT_ID]}  {s.display_date or '----------':<10}  "
            source = one_line(s.source or "", 18)
            head += f"{source:<18}  "
            title = one_line(s.title)
            if width:
                from reader.layout import pad, truncate

                room = max(10, width - len(head) - 1)
                title = pad(truncate(title, room), room).rstrip() if room else title
            out.write(head + title + "\n")
    finally:
        out.write(after)


# --------------------------------------------------------------- commands


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from reader.ingest import FileReport, import_paths

    store = _open(args, seed=False)
    progress: Any = None
    task: Any = None
    interactive = sys.stderr.isatty()

    total = 0

    def on_total(n: int) -> None:
        nonlocal progress, task, total
        total = n
        if interactive and n >= 3:
            from rich.console import Console
            from rich.progress import Progress

            progress = Progress(console=Console(stderr=True), transient=True)
            progress.start()
            task = progress.add_task("importing", total=n)

    def on_file(report: FileReport) -> None:
        if report.failed or not args.quiet:
            line = report.describe()
            if progress is not None:
                progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                out.write(line + "\n")
                out.flush()
        if progress is not None:
            progress.advance(task)

    # Ctrl+C stops after the file being imported, and what was imported is
    # committed; a second Ctrl+C stops at once (only committed batches stay).
    stop = threading.Event()

    def on_interrupt(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        _err("stopping after this file and keeping what was imported (Ctrl+C again: stop at once)")

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (tests calling main() from a thread)
        previous = None
    try:
        reports = import_paths(store, args.paths, on_wait=_err, on_file=on_file, on_total=on_total,
                               should_stop=stop.is_set)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if progress is not None:
            progress.stop()
    files = len(reports)
    new = sum(r.imported for r in reports)
    dups = sum(r.duplicates for r in reports)
    failed = sum(1 for r in reports if r.failed)
    out.write(
        f"{files} file{'s' if files != 1 else ''}: {new} imported, {dups} duplicate, "
        f"{failed} failed; the store holds {store.count()} articles\n"
    )
    stale = _stale_index(store) if new else None
    if stale:
        _err(stale)
    if stop.is_set() and files < total:
        _err(f"interrupted after {files} of {total} files; "
             "import the same paths again to finish (what is stored is skipped as duplicate)")
        return EXIT_INTERRUPTED
    return EXIT_FAILED if failed else EXIT_OK


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    store = _open(args)
    rows = store.latest(args.limit) if store.backend.exists() else []
    _print_rows(rows, out, as_json=args.json, store=store)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from reader.search import search

    store = _open(args)
    query = " ".join(args.query)
    result = search(store, query, limit=args.limit) if store.backend.exists() else None
    rows = result.summaries if result is not None else []
    if not args.json and result is not None and result.interpretation and out.isatty():
        _err(one_line(result.interpretation))
    _print_rows(rows, out, as_json=args.json, store=store)
    return EXIT_OK


def _resolve(store: Any, ref: str) -> Any:
    from reader.store import AmbiguousReference, ArticleNotFound

    if not store.backend.exists():
        raise UsageError(f"no article {one_line(ref)!s}: the store {one_line(store.label)} is empty")
    try:
        return store.get(ref)
    except (ArticleNotFound, AmbiguousReference) as exc:
        raise UsageError(str(exc)) from None


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from reader.layout import render_article

    store = _open(args)
    article = _resolve(store, args.ref)
    width = args.width or _term_width(out) or 80
    meta = " · ".join(x for x in (article.display_date, article.source or "", article.url or "") if x)
    kwargs = {"hide_marks": True} if args.hide_marks else {}
    lines = render_article(article.title, meta, article.body, width, **kwargs)
    # A terminal that reorders by itself would undo our layout: explicit mode around it.
    before, after = bidi_mode_sequences(terminal_bidi=bool(getattr(args, "terminal_bidi", False)),
                                        is_tty=_isatty(out))
    out.write(before)
    try:
        for line in lines:
            out.write(line + "\n")
    finally:
        out.write(after)
    return EXIT_OK


def _isatty(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_entities(args: argparse.Namespace, out: TextIO) -> int:
    from reader.entities import extract, merge_results

    path = Path(args.ref)
    if path.is_file() or (not path.exists() and ("/" in args.ref or "." in args.ref)):
        from reader.importers import ImportProblem, read_article_file

        try:
            items = list(read_article_file(path))
        except ImportProblem as exc:
            _err(f"{one_line(args.ref)}: {one_line(str(exc))}")
            return EXIT_FAILED
        drafts = [d for d in items if not isinstance(d, ImportProblem)]
        if not drafts:
            _err(f"{one_line(args.ref)}: no articles found in the file")
            return EXIT_FAILED
        results = [extract(d.title, d.body, d.language) for d in drafts]
    else:
        store = _open(args)
        article = _resolve(store, args.ref)
        results = [extract(article.title, article.body, article.language)]
    result = merge_results(results)
    if args.json:
        out.write(dumps_json(result.to_json()) + "\n")
        return EXIT_OK
    people = [e for e in result.entities if e.kind == "person"]
    places = [e for e in result.entities if e.kind == "place"]
    out.write(f"People ({len(people)})\n")
    for e in people:
        extra = ", ".join(x for x in (e.english, e.country) if x)
        aliases = f"  also: {'، '.join(e.aliases)}" if e.aliases else ""
        out.write(f"  {e.count:>3}  {neutralise(e.name)}" + (f"  ({extra})" if extra else "") + neutralise(aliases) + "\n")
    out.write(f"Places ({len(places)})\n")
    for e in places:
        extra = ", ".join(x for x in (e.english, e.place_kind, e.code) if x)
        aliases = f"  also: {'، '.join(e.aliases)}" if e.aliases else ""
        out.write(f"  {e.count:>3}  {neutralise(e.name)}" + (f"  ({extra})" if extra else "") + neutralise(aliases) + "\n")
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace, out: TextIO) -> int:
    from reader.store.maintenance import reindex

    store = _open(args, seed=False)
    if not store.backend.exists():
        out.write("the store is empty: nothing to reindex\n")
        return EXIT_OK
    n = reindex(store, on_wait=_err)
    out.write(f"reindexed {n} articles\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from reader.store.maintenance import check, repair

    store = _open(args, seed=False)
    if not store.backend.exists():
        out.write(f"no store at {one_line(store.label)}: nothing to check\n")
        return EXIT_OK
    if args.repair:
        report = repair(store, on_wait=_err)
        for line in report.lines():
            out.write(one_line(line) + "\n")
        return EXIT_OK if report.ok else EXIT_FAILED
    problems = check(store)
    if not problems:
        out.write(f"store {one_line(store.label)} is consistent: {store.count()} articles\n")
        stale = _stale_index(store)
        if stale:
            out.write(stale + "\n")
        return EXIT_OK
    for line in problems:
        out.write(one_line(line) + "\n")
    out.write(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}; run `reader check --repair`\n")
    return EXIT_FAILED


def _stale_index(store: Any) -> str | None:
    """A line saying the people/places index is from another extractor version, if it is."""
    from reader.entities import ANALYSER_VERSION

    built = store.analyser_version
    if not built or built == ANALYSER_VERSION or not store.count():
        return None
    return (f"people and places were indexed by extractor version {one_line(built)}; this reader "
            f"has version {ANALYSER_VERSION}: run `reader reindex` for its results")


def cmd_locate(args: argparse.Namespace, out: TextIO) -> int:
    if args.what == "data":
        out.write(one_line(_store_path(args)[0]) + "\n")
    else:
        from reader.config import config_path

        out.write(one_line(str(config_path())) + "\n")
    return EXIT_OK


def cmd_open(args: argparse.Namespace, out: TextIO) -> int:
    from reader.app import run_app

    store = _open(args)
    return run_app(store, terminal_bidi=bool(getattr(args, "terminal_bidi", False)))


COMMANDS = {
    None: cmd_open, "open": cmd_open, "import": cmd_import, "list": cmd_list, "show": cmd_show,
    "search": cmd_search, "entities": cmd_entities, "reindex": cmd_reindex, "check": cmd_check,
    "locate": cmd_locate,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from reader.store import StoreBusy, StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        return COMMANDS[args.command](args, out)
    except UsageError as exc:
        _err(one_line(str(exc)))
        return EXIT_USAGE
    except (StoreError, StoreBusy) as exc:
        _err(one_line(str(exc)))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted; what was committed is kept, nothing half-written")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `reader list | head`: the reader of our output went away.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        name = f" {one_line(exc.filename)}" if getattr(exc, "filename", None) else ""
        if exc.errno in _NO_SPACE:
            _err(f"cannot write{name}: {one_line(exc.strerror or str(exc))}; "
                 "the store keeps what was committed before the failure")
        else:
            _err(f"cannot access{name}: {one_line(exc.strerror or str(exc))}")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the last line of defence for people
        if os.environ.get("READER_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {one_line(str(exc), 300)} "
             "(set READER_DEBUG=1 to see where)")
        return EXIT_FAILED
