"""Provides what an import says: one report per file, its line, and the summary (no Textual).

Files and articles are counted apart: a file is imported, duplicate,
partial (some of its entries were skipped, the rest imported), failed
(nothing could be read from it) or skipped (a link the walk did not follow);
its articles are new, duplicates, or skipped entries, each with its reason.
The command line and the import dialog print the same lines.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.textsafe import one_line

#: Width of the status word at the start of a file's line.
STATUS_WIDTH = 10


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 article``, ``2 articles`` (``nouns``: an irregular plural, ``entries``)."""
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working directory when inside it, escaped.

    Nothing is resolved (a link loop in the path cannot make this fail).
    """
    text = str(path)
    try:
        rel = os.path.relpath(os.path.abspath(path), os.getcwd())
        if rel != "." and rel != ".." and not rel.startswith(".." + os.sep):
            text = rel
    except (ValueError, OSError):
        pass
    return one_line(text)


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    """One entry of a multi-article file that was not imported."""

    where: str
    """``entry 3`` (its place in a list or feed) or ``line 7`` (JSON Lines)."""
    reason: str
    """Why, in one line."""
    kind: str
    """The reason in two words (``no text``, ``invalid JSON``), to count by."""

    def line(self) -> str:
        """``entry 3: no title and no text``."""
        return one_line(f"{self.where}: {self.reason}")


def count_kinds(entries: Iterable[SkippedEntry]) -> str:
    """The skipped entries by kind: ``no text``, or ``30 no text, 6 invalid JSON``."""
    kinds = Counter(e.kind for e in entries)
    if len(kinds) == 1:
        return next(iter(kinds))
    return ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())


@dataclass(frozen=True, slots=True)
class FileReport:
    """What importing one file did (given only once its articles are committed)."""

    path: Path
    imported: int = 0
    """New articles stored."""
    duplicates: int = 0
    """Articles already in the store (or earlier in this import)."""
    skipped: tuple[SkippedEntry, ...] = ()
    """Entries of the file that were not imported, each with its reason."""
    failure: str | None = None
    """Why reading the file failed (as a whole, or part way through)."""
    refused: str | None = None
    """Why the folder's walk did not import it (a link it did not follow)."""

    @property
    def status(self) -> str:
        """``imported``, ``duplicate``, ``partial``, ``failed`` or ``skipped``."""
        if self.refused is not None:
            return "skipped"
        stored = self.imported or self.duplicates
        if self.failure is not None or self.skipped:
            return "partial" if stored else "failed"
        if self.imported:
            return "imported"
        return "duplicate" if self.duplicates else "failed"

    @property
    def failed(self) -> bool:
        """True when nothing of the file could be imported."""
        return self.status == "failed"

    @property
    def problems(self) -> tuple[str, ...]:
        """Every reason something of the file was not imported: the file's own, then its
        skipped entries' (one line each)."""
        own = tuple(r for r in (self.refused, self.failure) if r is not None)
        return own + tuple(e.line() for e in self.skipped)

    def describe(self) -> str:
        """One line for people: status, file name, counts and reasons (terminal-safe)."""
        head = f"{self.status:<{STATUS_WIDTH}} {display_path(self.path)}"
        status = self.status
        if status in ("failed", "skipped"):
            reason = self.refused or self.failure or (
                self.skipped[0].line() if self.skipped else "no articles found in the file")
            more = 0 if self.failure else len(self.skipped) - 1  # a failure counts them itself
            extra = f" ({plural(more, 'more entry', 'more entries')} skipped)" if more > 0 else ""
            return f"{head}: {one_line(reason)}{extra}"
        parts = []
        if self.imported:
            parts.append(f"{self.imported:,} new")
        if self.duplicates:
            parts.append(plural(self.duplicates, "duplicate"))
        counts = ", ".join(parts)
        if self.skipped:
            counts += (f"; {plural(len(self.skipped), 'entry', 'entries')} skipped: "
                       f"{count_kinds(self.skipped)}")
        if self.failure:
            counts += f"; then: {one_line(self.failure)}"
        return f"{head} ({counts})"

    def entry_lines(self, indent: int = STATUS_WIDTH + 1) -> list[str]:
        """A line per skipped entry, indented under the file's line (``--verbose``)."""
        return [" " * indent + e.line() for e in self.skipped]


def summary(reports: Sequence[FileReport], count: int | None = None) -> str:
    """The import's last line: files and articles counted apart.

    ``3 files: 3,871 articles imported, 0 duplicates, 36 entries skipped (no
    text); 0 files failed; the store holds 3,871 articles``.
    """
    new = sum(r.imported for r in reports)
    dups = sum(r.duplicates for r in reports)
    skipped = [e for r in reports for e in r.skipped]
    failed = sum(1 for r in reports if r.failed)
    refused = sum(1 for r in reports if r.status == "skipped")
    entries = plural(len(skipped), "entry", "entries") + " skipped"
    if skipped:
        entries += f" ({count_kinds(skipped)})"
    text = (f"{plural(len(reports), 'file')}: {plural(new, 'article')} imported, "
            f"{plural(dups, 'duplicate')}, {entries}; {plural(failed, 'file')} failed")
    if refused:
        text += f"; {plural(refused, 'file')} skipped"
    if count is not None:
        text += f"; the store holds {plural(count, 'article')}"
    return text
