"""Provides the store's exceptions; each one reads as a single line for people."""

from __future__ import annotations

from pathlib import Path

from reader.textsafe import one_line


class StoreError(Exception):
    """Something is wrong with a store; ``str(exc)`` is one line naming the file and the reason."""


class StoreNotFound(StoreError):
    """The path given for the store cannot be a store (e.g. it is a plain file)."""


class NotAStore(StoreError):
    """The path holds files the reader did not write where a store's would be (a folder
    that merely has a ``shards/`` subfolder), or a link where a store's folder must be.

    Nothing is read, written or repaired there without ``reader check --repair --force``
    (and a symlinked ``shards/`` not even then): the store deletes only files it can prove
    are its own.
    """

    def __init__(self, path: Path, reason: str, advice: str) -> None:
        self.path = path
        """The folder (or link) in question."""
        self.reason = reason
        """What is wrong with it."""
        super().__init__(f"{one_line(str(path))} {reason}; nothing was changed. {advice}")


class StoreCorrupt(StoreError):
    """A store file is damaged: truncated, overwritten or missing."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        """The damaged file."""
        self.reason = reason
        """What is wrong with it."""
        super().__init__(
            f"{one_line(str(path))} {reason}; nothing was changed. "
            "Run `reader check --repair` to move damaged files aside and recover what can be read."
        )


class ArticleNotFound(StoreError):
    """No article has that id or id prefix."""


class AmbiguousReference(StoreError):
    """An id prefix matches more than one article."""


class StoreTooNew(StoreError):
    """The store was written by a newer reader whose format this one cannot read safely."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        self.path = path
        self.found = found
        """The format version the store's root records."""
        super().__init__(
            f"{one_line(str(path))} is in store format {found}, written by a newer version of "
            f"the reader (this one reads formats up to {known}); nothing was changed. "
            "Upgrade khabar-reader to open this store."
        )
