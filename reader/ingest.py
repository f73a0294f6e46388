"""Provides import_paths(): files in, articles stored, one report per file (no Textual).

The command line and the app's import dialog both import through here, so
they agree on what counts as imported, duplicate or failed.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.importers import ImportProblem, iter_article_files, read_article_file
from reader.models import ArticleDraft
from reader.store import ArticleStore, ImportOutcome, ImportSession
from reader.textsafe import one_line, replace_surrogates

#: With ``commit_as_files_land``, the least time between two commits.
COMMIT_EVERY_S = 1.0
_clock = time.monotonic


@dataclass(frozen=True, slots=True)
class FileReport:
    """What importing one file did."""

    path: Path
    imported: int = 0
    """New articles stored."""
    duplicates: int = 0
    """Articles already in the store (or earlier in this import)."""
    problems: tuple[str, ...] = ()
    """Reasons the file, or some of its entries, could not be imported."""

    @property
    def failed(self) -> bool:
        """True when the file, or part of it, could not be imported."""
        return bool(self.problems)

    @property
    def status(self) -> str:
        """``imported``, ``duplicate``, ``partial`` or ``failed``."""
        if self.problems:
            return "partial" if self.imported or self.duplicates else "failed"
        if self.imported:
            return "imported"
        return "duplicate"

    def describe(self) -> str:
        """One line for people: status, file name, counts or reason (terminal-safe)."""
        name = display_path(self.path)
        if self.status == "failed":
            return f"failed     {name}: {one_line(self.problems[0])}"
        parts = []
        if self.imported:
            parts.append(f"{self.imported} new")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate" + ("s" if self.duplicates > 1 else ""))
        if self.status == "partial":
            extra = f"; {len(self.problems) - 1} more problems" if len(self.problems) > 1 else ""
            return f"partial    {name} ({', '.join(parts)}): {one_line(self.problems[0])}{extra}"
        return f"{self.status:<10} {name} ({', '.join(parts)})"


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working directory when inside it, escaped."""
    try:
        rel = path.resolve().relative_to(Path.cwd().resolve())
        text = str(rel) if str(rel) != "." else str(path)
    except (ValueError, OSError):
        text = str(path)
    return one_line(text)


def _read(path: Path) -> tuple[list[ArticleDraft], list[str]]:
    drafts: list[ArticleDraft] = []
    problems: list[str] = []
    try:
        for item in read_article_file(path):
            if isinstance(item, ImportProblem):
                problems.append(str(item))
            else:
                drafts.append(_valid_unicode(item))
    except ImportProblem as exc:
        problems.append(str(exc))
    except (OSError, MemoryError, RecursionError, ValueError, UnicodeError) as exc:
        # Importers promise ImportProblem only; this is the last line of defence
        # so that one strange file never stops an import of many.
        problems.append(f"could not be read ({type(exc).__name__}: {exc})")
    return drafts, problems


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


def import_paths(
    store: ArticleStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_wait: Callable[[str], None] | None = None,
    on_file: Callable[[FileReport], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    commit_as_files_land: bool = False,
    should_stop: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """Import every article file under ``paths`` into ``store``.

    Files are read one at a time; the store commits in batches (and at the
    end), or after files as they finish when ``commit_as_files_land`` is set so that a
    watching view sees articles land.  A file that fails never stops the
    others and never touches what the store holds.

    Args:
        store: Where the articles go.
        paths: Files and directories (walked recursively).
        on_wait: Told when another process holds the store and we wait.
        on_file: Called with each file's report as soon as it is done.
        on_total: Called once with the number of files found, before importing.
        commit_as_files_land: Commit after a file as soon as a second has passed
            since the last commit (the app does, to show progress), and no
            sooner than twice the last commit's time after it.
        should_stop: Polled between files; True stops early (what was added is kept).

    Returns:
        One report per file, in the order imported.
    """
    files = list(iter_article_files([Path(p) for p in paths]))
    if on_total is not None:
        on_total(len(files))
    reports: list[FileReport] = []
    next_commit = 0.0
    with store.writer(on_wait=on_wait) as session:
        for path in files:
            if should_stop is not None and should_stop():
                break
            drafts, problems = _read(path)
            outcomes = session.add(drafts)
            if commit_as_files_land:
                next_commit = _commit_if_due(session, next_commit)
            report = _report(path, drafts, problems, outcomes)
            reports.append(report)
            if on_file is not None:
                on_file(report)
    return reports


def _commit_if_due(session: ImportSession, next_commit: float) -> float:
    """Commit what is pending if the clock has reached ``next_commit``; the next one's time."""
    if session.pending and _clock() >= next_commit:
        started = _clock()
        session.commit()
        # A commit rewrites the indexes it touches, which takes longer
        # as the store grows: commit at most once a second, and leave
        # at least twice a commit's time to importing in between.
        took = _clock() - started
        next_commit = _clock() + max(COMMIT_EVERY_S, 2 * took)
    return next_commit


def _report(path: Path, drafts: list[ArticleDraft], problems: list[str],
            outcomes: list[ImportOutcome]) -> FileReport:
    """What importing one file did (no drafts and no problems: nothing was found in it)."""
    return FileReport(
        path=path,
        imported=sum(1 for o in outcomes if o.status == "imported"),
        duplicates=sum(1 for o in outcomes if o.status == "duplicate"),
        problems=tuple(problems) if problems or drafts else ("no articles found in the file",),
    )
