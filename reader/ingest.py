"""Provides import_paths(): files in, articles stored, one report per file (no Textual).

The command line and the app's import dialog both import through here, so
they agree on what counts as imported, duplicate, partial, failed or skipped
(see :mod:`reader.import_report`).

A file's articles are read, checked for duplicates and staged a batch at a
time (a file of 100,000 articles is never held whole), one batch ahead: the
next batch goes to the analysis workers before the last is staged, so they
work while the importer reads, stages and commits.  A file's report
is handed out only once the commit holding its articles is on disk: a line
never says "imported" for an article a failed commit did not store.  When a
commit fails (a full disk), every file not yet reported is reported failed
("not stored") and the error is raised.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.import_report import FileReport, SkippedEntry, display_path
from reader.importers import (
    EntryProblem,
    ImportProblem,
    Refused,
    iter_article_files,
    read_article_file,
)
from reader.models import ArticleDraft
from reader.store import ArticleStore, ImportSession
from reader.store.session import Begun, ImportOutcome
from reader.textsafe import replace_surrogates

__all__ = ["COMMIT_EVERY_S", "FileReport", "display_path", "import_paths"]

#: With ``commit_as_files_land``, the least time between two commits.
COMMIT_EVERY_S = 1.0
#: Drafts read from a file before they are staged (bounds what a file holds in memory).
STAGE_BATCH = 1000
#: Article files of this many bytes in all start the analysis workers before the
#: first is read (a few hundred articles: enough to need them).
MANY_BYTES = 2 * 1024 * 1024
#: Batches sent to the analysis workers and not yet staged, besides the one being
#: staged: enough to keep them busy while the importer commits.
BATCHES_AHEAD = 2
_clock = time.monotonic


@dataclass(frozen=True, slots=True)
class _Failure:
    """Reading a file stopped: why (the last item :func:`_items` gives for it)."""

    reason: str


def _items(path: Path) -> Iterator[ArticleDraft | ImportProblem | _Failure]:
    """The file's drafts and entry problems; a failure to read it as a last item, never raised.

    Only the reading is guarded here: an error of the store while the caller
    stages what this yields is the caller's, and stops the import.
    """
    try:
        for item in read_article_file(path):
            yield item if isinstance(item, ImportProblem) else _valid_unicode(item)
    except ImportProblem as exc:
        yield _Failure(str(exc))
    except (OSError, MemoryError, RecursionError, ValueError, UnicodeError) as exc:
        # Importers promise ImportProblem only; this is the last line of defence
        # so that one strange file never stops an import of many.
        yield _Failure(f"could not be read ({type(exc).__name__}: {exc})")


def _valid_unicode(draft: ArticleDraft) -> ArticleDraft:
    """The draft with lone surrogates replaced: a JSON file may hold ``"\\ud800"``,
    which has no UTF-8 form."""
    changes = {}
    for name in ("title", "body", "date", "source", "url", "author", "language", "origin"):
        value = getattr(draft, name)
        if isinstance(value, str):
            fixed = replace_surrogates(value)
            if fixed is not value:
                changes[name] = fixed
    return dataclasses.replace(draft, **changes) if changes else draft


def _skipped(problem: ImportProblem) -> SkippedEntry:
    """An entry problem (or another problem a reader yielded) as a skipped entry."""
    if isinstance(problem, EntryProblem):
        return SkippedEntry(problem.where, problem.detail, problem.kind)
    return SkippedEntry("the article", str(problem), problem.kind)


@dataclass
class _FileImport:
    """One file being imported: what it came to so far."""

    path: Path
    imported: int = 0
    duplicates: int = 0
    skipped: list[SkippedEntry] = field(default_factory=list)
    failure: str | None = None
    batches: int = 0
    """Batches of its drafts begun and not yet finished."""

    def batches_of_drafts(self) -> Iterator[list[ArticleDraft]]:
        """Read the file: its drafts, :data:`STAGE_BATCH` at a time; the entries
        skipped and a failure to read it are noted."""
        batch: list[ArticleDraft] = []
        for item in _items(self.path):
            if isinstance(item, _Failure):
                self.failure = item.reason
            elif isinstance(item, ImportProblem):
                self.skipped.append(_skipped(item))
            else:
                batch.append(item)
                if len(batch) >= STAGE_BATCH:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def count(self, outcomes: Iterable[ImportOutcome]) -> None:
        for outcome in outcomes:
            if outcome.status == "imported":
                self.imported += 1
            else:
                self.duplicates += 1

    def report(self) -> FileReport:
        failure = self.failure
        if failure is None and not (self.imported or self.duplicates or self.skipped):
            failure = "no articles found in the file"
        return FileReport(self.path, self.imported, self.duplicates, tuple(self.skipped), failure)


@dataclass
class _Reporter:
    """Hands reports out in file order, each once the commit that stored it is on disk."""

    on_file: Callable[[FileReport], None] | None
    reports: list[FileReport] = field(default_factory=list)
    waiting: list[tuple[FileReport, int]] = field(default_factory=list)
    """Reports not handed out yet, with how many articles the session had staged in all
    once each file was read (the file is committed when the session has committed that many)."""

    def add(self, report: FileReport, session: ImportSession) -> None:
        self.waiting.append((report, session.committed + session.pending))
        self.release(session.committed)

    def release(self, committed: int | None = None) -> None:
        """Hand out the reports whose articles are committed (all, when ``committed`` is None)."""
        while self.waiting and (committed is None or self.waiting[0][1] <= committed):
            report = self.waiting.pop(0)[0]
            self.reports.append(report)
            if self.on_file is not None:
                self.on_file(report)

    def not_stored(self, exc: BaseException, committed: int,
                   unreported: Iterable[FileReport | Path]) -> None:
        """Writing the store failed: the files still waiting, and those read or being read
        and not yet added (``unreported``: by path, a file whose articles may not be
        staged), are reported failed (not stored)."""
        self.release(committed)
        reason = f"not stored: the store could not be written ({_why(exc)})"
        self.waiting = [(FileReport(r.path, skipped=r.skipped, failure=reason) if r.imported
                         else r, n) for r, n in self.waiting]
        for item in unreported:
            report = FileReport(item, failure=reason) if isinstance(item, Path) else item
            self.waiting.append((report, 0))
        self.release()


def _why(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or \
        type(exc).__name__


def import_paths(
    store: ArticleStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_wait: Callable[[str], None] | None = None,
    on_file: Callable[[FileReport], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_read: Callable[[Path], None] | None = None,
    commit_as_files_land: bool = False,
    commit_every: float | None = None,
    follow_links: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """Import every article file under ``paths`` into ``store``.

    Files are read one at a time; the store commits in batches (and at the
    end), and after a file once ``commit_every`` seconds have passed since
    the last commit (``commit_as_files_land``: every second, so that a
    watching view sees articles land).  A file that fails never stops the
    others and never touches what the store holds.

    Args:
        store: Where the articles go.
        paths: Files and directories (walked recursively).
        on_wait: Told when another process holds the store and we wait.
        on_file: Called with each file's report once its articles are committed
            (in file order).
        on_total: Called once with the number of files found, before importing.
        on_read: Called with each file's path as soon as it is read (progress).
        commit_as_files_land: Commit after a file as soon as a second has passed
            since the last commit (the app does, to show progress), and no
            sooner than twice the last commit's time after it.
        commit_every: The same, after this many seconds (the command line's
            lines follow the commits).
        follow_links: Follow links that lead out of a folder being walked.
        should_stop: Polled between files; True stops early (what was added is kept).

    Returns:
        One report per file, in the order imported.

    Raises:
        StoreError, OSError: The store could not be written; the files whose
            articles were not committed were reported failed first.
    """
    found = list(iter_article_files([Path(p) for p in paths], follow_links=follow_links))
    if on_total is not None:
        on_total(len(found))
    every = COMMIT_EVERY_S if commit_as_files_land else commit_every
    reporter = _Reporter(on_file)
    # In the app the first file lands at once; the command line commits in batches.
    next_commit = 0.0 if commit_as_files_land else _clock() + (every or 0.0)
    session = store.writer(on_wait=on_wait)
    many = _at_least(found, MANY_BYTES)

    def staged(report: FileReport) -> None:
        nonlocal next_commit
        if on_read is not None:
            on_read(report.path)
        if every is not None:
            next_commit = _commit_if_due(session, next_commit, every)
        reporter.add(report, session)

    pipe = _Pipeline(session, staged)
    current: _FileImport | None = None
    try:
        with session:
            if many:
                session.expect_many()
            for item in found:
                if should_stop is not None and should_stop():
                    break
                if isinstance(item, Refused):
                    pipe.read(_refused(item))
                    continue
                current = _FileImport(item)
                for drafts in current.batches_of_drafts():
                    pipe.send(current, drafts)
                pipe.read(current)
                current = None
            pipe.finish_all()
    except BaseException as exc:
        if not isinstance(exc, KeyboardInterrupt):
            reporter.not_stored(exc, session.committed, pipe.unreported(current))
        raise
    reporter.release()
    return reporter.reports


@dataclass
class _Pipeline:
    """Batches staged behind the reading, files handed on in order once staged.

    :data:`BATCHES_AHEAD` batches are begun (screened, sent to the analysis
    workers) before the oldest is finished (staged): the workers analyse them
    while the importer stages, commits and reads the next file, instead of
    waiting for it.
    """

    session: ImportSession
    staged: Callable[[FileReport], None]
    """Told of each file, in order, once all its articles are staged."""
    ahead: deque[tuple[_FileImport, Begun]] = field(default_factory=deque)
    """The batches begun and not yet finished, oldest first, with their files."""
    waiting: deque[_FileImport | FileReport] = field(default_factory=deque)
    """Files read whose batches are not all finished (and those behind them)."""

    def send(self, file: _FileImport, drafts: list[ArticleDraft]) -> None:
        """Begin a batch of ``file``'s drafts; finish the oldest if too many are begun."""
        self.ahead.append((file, self.session.begin(drafts)))
        file.batches += 1
        if len(self.ahead) > BATCHES_AHEAD:
            self.finish_oldest()

    def read(self, file: _FileImport | FileReport) -> None:
        """Every batch of ``file`` is begun (or it had none: a report already)."""
        self.waiting.append(file)
        self._hand_on()

    def finish_oldest(self) -> None:
        """Stage the oldest batch begun."""
        file, begun = self.ahead.popleft()
        file.batches -= 1
        file.count(self.session.finish(begun))
        self._hand_on()

    def finish_all(self) -> None:
        while self.ahead:
            self.finish_oldest()

    def _hand_on(self) -> None:
        waiting = self.waiting
        while waiting and (isinstance(waiting[0], FileReport) or not waiting[0].batches):
            item = waiting.popleft()
            self.staged(item if isinstance(item, FileReport) else item.report())

    def unreported(self, current: _FileImport | None) -> list[FileReport | Path]:
        """What was read and not handed on (and ``current``, being read): a file with
        articles maybe not stored by its path, the others' reports."""
        files: list[_FileImport | FileReport] = list(self.waiting)
        if current is not None and all(f is not current for f in files):
            files.append(current)
        return [f if isinstance(f, FileReport) else f.path for f in files]


def _at_least(found: list[Path | Refused], size: int) -> bool:
    """Are the files found ``size`` bytes or more in all?"""
    total = 0
    for item in found:
        if isinstance(item, Path):
            with contextlib.suppress(OSError):
                total += item.stat().st_size
            if total >= size:
                return True
    return False


def _refused(item: Refused) -> FileReport:
    """The report of a path the walk refused: a loop fails, a link not followed is skipped."""
    if item.failed:
        return FileReport(item.path, failure=item.reason)
    return FileReport(item.path, refused=item.reason)


def _commit_if_due(session: ImportSession, next_commit: float, every: float) -> float:
    """Commit what is pending if the clock has reached ``next_commit``; the next one's time."""
    if session.pending and _clock() >= next_commit:
        started = _clock()
        session.commit()
        # A commit rewrites the indexes it touches, which takes longer
        # as the store grows: commit at most once every ``every`` seconds,
        # and leave at least twice a commit's time to importing in between.
        took = _clock() - started
        next_commit = _clock() + max(every, 2 * took)
    return next_commit
