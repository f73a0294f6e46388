"""Provides the files an import reads: paths walked, and each file's bytes read within limits.

Nothing here knows formats: :mod:`reader.importers` reads what these give.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.importers.base import ImportProblem, max_file_bytes


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, after checks that it is a readable regular file within the size limit.

    The limit is :func:`~reader.importers.base.max_file_bytes`; a file above
    it is refused before it is read.

    Raises:
        ImportProblem: Missing, a broken link, not readable, a directory, a
            pipe or device, empty, or too large.
    """
    info = _stat(path)
    _check_regular(path, info)
    limit = max_file_bytes()
    if info.st_size > limit:
        raise _too_large(info.st_size, limit)
    if info.st_size == 0:
        raise ImportProblem("empty file")
    data = _read_at_most(path, limit + 1)
    if len(data) > limit:
        raise _too_large(info.st_size, limit)
    if not data:
        raise ImportProblem("empty file")
    return data


def _cannot_read(exc: OSError) -> ImportProblem:
    return ImportProblem(f"cannot read the file ({exc.strerror or type(exc).__name__})")


def _stat(path: Path) -> os.stat_result:
    """The file's status, following symlinks; a missing file, or a broken link, is a problem."""
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ImportProblem("broken symbolic link") from None
        raise ImportProblem("no such file") from None
    except PermissionError:
        raise ImportProblem("permission denied") from None
    except OSError as exc:
        raise _cannot_read(exc) from None


def _check_regular(path: Path, info: os.stat_result) -> None:
    """Refuse a directory (saying whether it can be listed) and anything but a regular file."""
    if stat.S_ISDIR(info.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise ImportProblem(
                f"cannot list the directory ({exc.strerror or type(exc).__name__})"
            ) from None
        raise ImportProblem("is a directory")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO would block forever; a device may never end.
        raise ImportProblem("not a regular file (a pipe, socket or device)")


def _too_large(size: int, limit: int) -> ImportProblem:
    return ImportProblem(
        f"file too large ({_megabytes(size)} MiB; the limit is {_megabytes(limit)} MiB, "
        "set READER_MAX_FILE_MB to change it)"
    )


def _read_at_most(path: Path, size: int) -> bytes:
    """Up to ``size`` bytes from the start of the file."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except PermissionError:
        raise ImportProblem("permission denied") from None
    except IsADirectoryError:
        raise ImportProblem("is a directory") from None
    except OSError as exc:
        raise _cannot_read(exc) from None


def iter_article_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Yield the files to import: each path given, and every file under a directory.

    Directories are walked depth first in sorted name order.  Dot-files and
    dot-directories found while walking are skipped (a path given explicitly
    is always yielded).  Symlinks are followed, but a directory already being
    walked (by its real path) is not entered again, so loops end.  A path that
    does not exist, and a directory that cannot be listed, are yielded as they
    are so that :func:`~reader.importers.read_article_file` reports them.

    Args:
        paths: Files and directories, as given on the command line.

    Yields:
        Paths in import order.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(directory: Path, active: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in active:
            return
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        yield directory  # read_article_file will say why it cannot be read
        return
    active = active | {key}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, active)
        else:
            yield child
