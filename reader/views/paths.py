"""Provides path completion for the import dialog, from the file system (no Textual)."""

from __future__ import annotations

import os


def complete_path(value: str, *, limit: int = 500) -> str | None:
    """Complete a typed path from the file system (first match, directories end in ``/``).

    Args:
        value: What the user typed (``~`` allowed).
        limit: Directory entries looked at, at most (a huge folder never stalls typing).

    Returns:
        ``value`` plus the completed rest, or None when nothing matches.
    """
    if not value:
        return None
    head, sep, tail = value.rpartition("/")
    directory = os.path.expanduser(head + sep) if sep else "."
    if not directory:
        directory = "/"
    names = matching_entries(directory, tail, limit)
    if not names:
        return None
    name, is_dir = min(names)
    completed = value + name[len(tail) :] + ("/" if is_dir else "")
    return None if completed == value else completed


def matching_entries(directory: str, start: str, limit: int) -> list[tuple[str, bool]]:
    """``(name, is a directory)`` of the entries of ``directory`` whose name begins with ``start``.

    Hidden entries only when ``start`` begins with a dot; only the first
    ``limit`` entries are looked at; none when the directory cannot be read.
    """
    names = []
    try:
        with os.scandir(directory) as it:
            for n, entry in enumerate(it):
                if n >= limit:
                    break
                if entry.name.startswith(start) and (
                    start.startswith(".") or not entry.name.startswith(".")
                ):
                    names.append((entry.name, entry.is_dir()))
    except OSError:
        return []
    return names
