"""Provides ``reader import``: files in, one line per file, a summary, Ctrl+C kept safe.

Ctrl+C stops after the file being imported, and what was imported is
committed; a second Ctrl+C stops at once (only committed batches stay).  On
an interactive stderr, three files or more get a progress bar.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, err
from reader.cli.opening import open_store, stale_index

if TYPE_CHECKING:
    from types import FrameType

    from rich.progress import Progress, TaskID

    from reader.ingest import FileReport

#: Files an import needs before it shows a progress bar.
PROGRESS_MIN_FILES = 3
#: Seconds between two commits at most (after a file): the per-file lines, which
#: wait for the commit that stores their articles, come at least this often.
COMMIT_EVERY_S = 30.0


class ImportProgress:
    """Reports an import as it goes: a line per file, and a progress bar when interactive."""

    def __init__(self, out: TextIO, *, quiet: bool, interactive: bool,
                 verbose: bool = False) -> None:
        self.out = out
        """Where the per-file lines go (without a progress bar)."""
        self.quiet = quiet
        """Print only the files that failed."""
        self.verbose = verbose
        """Also print every skipped entry under its file's line."""
        self.interactive = interactive
        """stderr is a terminal, where a progress bar can be drawn."""
        self.total = 0
        """Files the import found (0 until it has counted them)."""
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def on_total(self, n: int) -> None:
        """The import found ``n`` files: start the progress bar if it is worth one."""
        self.total = n
        if self.interactive and n >= PROGRESS_MIN_FILES:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("importing", total=n)

    def on_read(self, path: object) -> None:
        """One file is read (its articles staged): advance the bar."""
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)

    def on_file(self, report: FileReport) -> None:
        """One file's articles are committed: print its line (unless quiet and fine)."""
        if report.failed or not self.quiet:
            lines = [report.describe()]
            if self.verbose:
                lines += report.entry_lines()
            for line in lines:
                self._print(line)

    def _print(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.out.write(line + "\n")
            self.out.flush()

    def stop(self) -> None:
        """Take the progress bar off the screen."""
        if self._bar is not None:
            self._bar.stop()


@contextmanager
def stop_on_interrupt(
    message: str = "stopping after this file and keeping what was imported "
    "(Ctrl+C again: stop at once)",
) -> Iterator[threading.Event]:
    """Make the first Ctrl+C set the event it yields (saying ``message``); a second raises
    KeyboardInterrupt."""
    stop = threading.Event()

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        err(message)

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (tests calling main() from a thread)
        previous = None
    try:
        yield stop
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def summary_line(reports: list[FileReport], count: int) -> str:
    """The import's last line: files and articles counted apart, and the store's total."""
    from reader.import_report import summary

    return summary(reports, count) + "\n"


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    """``reader import PATH...``: import files and directories, one line per file.

    Exit status: 0 when every file was imported, partly imported (entries
    skipped, each reported) or already there; 1 when some file could not be
    imported at all, or the store could not be written; 130 when interrupted.
    """
    from reader.ingest import import_paths

    store = open_store(args, seed=False)
    progress = ImportProgress(out, quiet=args.quiet, verbose=args.verbose,
                              interactive=sys.stderr.isatty())
    try:
        with stop_on_interrupt() as stop:
            reports = import_paths(store, args.paths, on_wait=err, on_file=progress.on_file,
                                   on_total=progress.on_total, on_read=progress.on_read,
                                   commit_every=COMMIT_EVERY_S, follow_links=args.follow_links,
                                   should_stop=stop.is_set)
    finally:
        progress.stop()
    out.write(summary_line(reports, store.count()))
    skipped = sum(len(r.skipped) for r in reports)
    if skipped and not args.verbose:
        err(f"{skipped:,} entr{'y was' if skipped == 1 else 'ies were'} skipped; "
            "`reader import --verbose` lists each with its reason")
    stale = stale_index(store) if any(r.imported for r in reports) else None
    if stale:
        err(stale)
    if stop.is_set() and len(reports) < progress.total:
        err(f"interrupted after {len(reports)} of {progress.total} files; "
            "import the same paths again to finish (what is stored is skipped as duplicate)")
        return EXIT_INTERRUPTED
    return EXIT_FAILED if any(r.failed for r in reports) else EXIT_OK
