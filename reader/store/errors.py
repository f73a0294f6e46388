"""Provides the store's exceptions; each one reads as a single line for people."""

from __future__ import annotations

from pathlib import Path

from reader.textsafe import one_line


class StoreError(Exception):
    """Something is wrong with a store; ``str(exc)`` is one line naming the file and the reason."""


class StoreNotFound(StoreError):
    """The path given for the store cannot be a store (e.g. it is a plain file)."""


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
