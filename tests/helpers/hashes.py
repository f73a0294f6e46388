"""Provides snapshots of folders, to prove that nothing around a store was touched.

A snapshot maps every path under a folder (relative, found without following
links) to the SHA-256 of a file's bytes, ``link -> TARGET`` for a symbolic
link, ``dir`` for a folder and its type for a FIFO (never opened): two
snapshots are equal only when no file was added, removed, changed or
replaced by a link.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

Snapshot = dict[str, str]
"""Relative path -> what is there (a file's digest, ``link -> target`` or ``dir``)."""


def snapshot(folder: Path) -> Snapshot:
    """Every entry under ``folder`` (not following links), with a digest of each file."""
    out: Snapshot = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for name in dirnames + filenames:
            path = base / name
            rel = str(path.relative_to(folder))
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                out[rel] = f"link -> {os.readlink(path)}"
            elif stat.S_ISDIR(mode):
                out[rel] = "dir"
            elif stat.S_ISREG(mode):
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:  # a FIFO or a socket: never opened (a FIFO would block)
                out[rel] = f"special {stat.S_IFMT(mode):o}"
    return out


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """What differs between two snapshots, one line per path (empty: nothing changed)."""
    lines = []
    for rel in sorted(set(before) | set(after)):
        old, new = before.get(rel), after.get(rel)
        if old != new:
            lines.append(f"{rel}: {old or 'absent'} -> {new or 'absent'}")
    return lines
