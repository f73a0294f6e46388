"""Provides the import dialog: a path field with completion, a progress bar, and a line per file.

The import runs in a thread worker through :func:`reader.ingest.import_paths`
with ``commit_as_files_land=True`` (a commit after a file once a second has
passed), on its own :class:`reader.store.ArticleStore`
over the same files (the UI thread's store object keeps its caches to itself).
Each finished file is posted back as a message; the app then tells the main
screen to reload, so articles appear in the list as they land and the UI never
waits for the import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, ProgressBar, Static
from textual.worker import get_current_worker

from reader import keys
from reader.import_report import summary
from reader.textsafe import one_line
from reader.views import Painter, complete_path
from reader.widgets.bidi_input import BidiInput
from reader.widgets.painting import tell
from reader.widgets.report_log import ReportLog

if TYPE_CHECKING:
    from reader.ingest import FileReport
    from reader.store import ArticleStore


#: Skipped entries of one file listed in the log (each is laid out as it is written);
#: `reader import --verbose` lists them all.
MAX_ENTRY_LINES = 1000


class PathSuggester(Suggester):
    """Suggests the rest of a file or folder name as you type (→ or End accepts)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class ImportDialog(ModalScreen[None]):
    """Import files or a folder into the store."""

    BINDINGS = keys.bindings("import")

    @dataclass
    class Total(Message):
        """The import found this many files."""

        files: int

    @dataclass
    class FileDone(Message):
        """One file was imported (its articles are committed)."""

        report: FileReport
        """What importing the file did."""

    @dataclass
    class Waiting(Message):
        """Another process holds the store; the import waits for it."""

        text: str

    @dataclass
    class Finished(Message):
        """The import ended (``error``: why it stopped early, if it did)."""

        reports: list[FileReport]
        error: str = ""
        stopped: bool = False

    @dataclass
    class Landed(Message):
        """Articles were committed: views should reload (handled by the app)."""

    def __init__(
        self, store: ArticleStore, painter: Painter, *, start_dir: str | None = None
    ) -> None:
        super().__init__()
        self.store = store
        """The app's store (the worker opens its own view of the same files)."""
        self.painter = painter
        """Lays report lines out (file names may be Arabic)."""
        self.start_dir = start_dir if start_dir is not None else os.getcwd()
        self.reports: list[FileReport] = []
        """Reports of the files done so far."""
        self.running = False
        """An import is under way."""
        self.lines: list[str] = []
        """The report lines shown, as logical text (for tests)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box"):
            yield Static("Import articles", classes="title", markup=False)
            start = self.start_dir.rstrip("/") + "/" if self.start_dir else ""
            yield BidiInput(
                value=start,
                placeholder="a file or a folder",
                suggester=PathSuggester(),
                id="import-path",
                painter=self.painter,
            )
            yield Static(
                "Enter imports a file or a whole folder · → completes the path · Esc closes",
                id="import-hint",
                markup=False,
            )
            # Hidden until an import starts: an idle bar would animate for nothing.
            bar = ProgressBar(total=None, show_eta=False, id="import-progress")
            bar.display = False
            yield bar
            yield ReportLog(self.painter, id="import-log")
            yield Static("", id="import-summary", markup=False)

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @property
    def summary(self) -> str:
        """The summary line (empty until the import ends)."""
        return str(self.query_one("#import-summary", Static).content)

    # ---------------------------------------------------------------- import

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.start_import(event.value)

    def start_import(self, value: str) -> None:
        """Import what ``value`` names (a file or a folder)."""
        if self.running:
            tell(self, "An import is already running", severity="warning")
            return
        text = value.strip()
        if not text:
            tell(self, "Type the path of a file or a folder", severity="warning")
            return
        path = Path(os.path.expanduser(text))
        if not path.exists():
            self._write(f"not found  {one_line(text)}: no such file or folder", "failed")
            return
        self.running = True
        self.reports = []
        self.query_one("#import-summary", Static).update("")
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._write(f"importing  {one_line(str(path))} …", "ok")
        self._import([path])

    @work(thread=True, exclusive=True, group="import")
    def _import(self, paths: list[Path]) -> None:
        from reader.ingest import import_paths
        from reader.store import ArticleStore, StoreBusy, StoreError

        worker = get_current_worker()
        store = ArticleStore(self.store.backend, self.store.analyser)
        reports: list[FileReport] = []
        error = ""

        def on_total(n: int) -> None:
            self.post_message(self.Total(n))

        def on_file(report: FileReport) -> None:
            self.post_message(self.FileDone(report))

        def on_wait(text: str) -> None:
            self.post_message(self.Waiting(text))

        try:
            reports = import_paths(
                store,
                paths,
                commit_as_files_land=True,
                on_total=on_total,
                on_file=on_file,
                on_wait=on_wait,
                should_stop=lambda: worker.is_cancelled,
            )
        except (StoreError, StoreBusy, OSError) as exc:
            error = one_line(str(exc))
        except Exception as exc:  # noqa: BLE001 - never let a worker take the app down
            error = f"internal error: {type(exc).__name__}: {one_line(str(exc), 200)}"
        self.post_message(self.Finished(reports, error, worker.is_cancelled))

    @on(Total)
    def _total(self, event: Total) -> None:
        event.stop()
        self.query_one(ProgressBar).update(total=max(1, event.files), progress=0)
        if not event.files:
            self._write("no article files found there", "failed")

    @on(Waiting)
    def _waiting(self, event: Waiting) -> None:
        event.stop()
        self._write(one_line(event.text), "partial")

    @on(FileDone)
    def _file_done(self, event: FileDone) -> None:
        event.stop()
        report = event.report
        self.reports.append(report)
        self.query_one(ProgressBar).advance(1)
        status = report.status
        self._write(
            report.describe(),
            "failed" if status == "failed" else "partial" if status == "partial" else "ok",
        )
        entries = report.entry_lines()
        for line in entries[:MAX_ENTRY_LINES]:
            self._write(line, "failed")
        if len(entries) > MAX_ENTRY_LINES:
            self._write(f"           … and {len(entries) - MAX_ENTRY_LINES:,} more: `reader "
                        "import --verbose` lists every one", "failed")
        if report.imported:
            self.post_message(self.Landed())

    @on(Finished)
    def _finished(self, event: Finished) -> None:
        event.stop()
        self.running = False
        reports = event.reports or self.reports
        text = summary(reports)
        if event.stopped:
            text += " (stopped)"
        if event.error:
            text += f" — stopped: {event.error}"
            self._write(event.error, "failed")
        self.query_one("#import-summary", Static).update(text)
        bar = self.query_one(ProgressBar)
        if bar.total is None:
            bar.update(total=1, progress=1)
        self.post_message(self.Landed())

    def _write(self, line: str, kind: str) -> None:
        self.lines.append(line)
        self.query_one(ReportLog).write(line, kind)

    # ----------------------------------------------------------------- close

    def action_close(self) -> None:
        """Close the dialog; a running import stops after the file it is on."""
        if self.running:
            self.workers.cancel_group(self, "import")
            tell(self, "Import stopped: the files already done are kept", timeout=4)
        self.dismiss(None)
