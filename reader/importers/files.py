"""Provides the files an import reads: paths walked, and each file's bytes read within limits.

Nothing here knows formats: :mod:`reader.importers` reads what these give.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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
        if exc.errno == errno.ELOOP:
            raise ImportProblem("symbolic link loop (the link leads back to itself)") from None
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


@dataclass(frozen=True, slots=True)
class Refused:
    """A path a folder's walk does not import, and why (it yields these between the files)."""

    path: Path
    reason: str
    """One line: why (a link that leaves the folder, a loop back into it)."""
    failed: bool
    """True for a problem to fix (a loop); False for a choice (a link not followed)."""


Found = Path | Refused
"""What walking the paths gives: a file to import, or a path it refused."""


def iter_article_files(paths: Iterable[str | os.PathLike[str]], *,
                       follow_links: bool = False) -> Iterator[Found]:
    """Yield the files to import: each path given, and every file under a directory.

    Directories are walked depth first in sorted name order.  Dot-files and
    dot-directories found while walking are left out, and a collection's
    documentation (README, LICENSE...) is refused as not an article (a path
    given explicitly is always yielded, and followed if it is a link: the
    user named it).

    Symbolic links found while walking a folder are followed only when what
    they lead to lies inside that folder; a link that leaves it is yielded as
    a :class:`Refused` ("not followed") unless ``follow_links``.  A link back
    to a folder being walked is a :class:`Refused` loop.  A dangling link,
    or a link in a loop of links, is yielded as it is, and
    :func:`~reader.importers.read_article_file` says which it is; so is a path
    that does not exist, and a directory that cannot be listed.

    Args:
        paths: Files and directories, as given on the command line.
        follow_links: Also follow links that lead out of the folder walked.

    Yields:
        Paths in import order, and the paths refused.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, os.path.realpath(path), frozenset(), follow_links)
        else:
            yield path


def _walk(directory: Path, root: str, active: frozenset[tuple[int, int]],
          follow_links: bool) -> Iterator[Found]:
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in active:
            yield Refused(directory, "symbolic link loop (it leads back to a folder being "
                          "imported)", failed=True)
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
        if is_documentation(entry.name):
            yield Refused(child, "a documentation file of the folder, not an article "
                          "(give its path to import it)", failed=False)
            continue
        refused = _outside(child, root) if entry.is_symlink() and not follow_links else None
        if refused is not None:
            yield refused
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, root, active, follow_links)
        else:
            yield child


#: Names (before the first dot, any case) of the files a collection ships beside its
#: articles: they are not news, and a folder's walk skips them (with a line saying so).
DOCUMENTATION_NAMES = frozenset(
    ("readme", "license", "licence", "copying", "changelog", "notice", "authors", "contributing"))


def is_documentation(name: str) -> bool:
    """Whether a file name is a collection's documentation (``README.md``, ``LICENSE``...)."""
    stem = name.split(".", 1)[0].lower()
    return stem in DOCUMENTATION_NAMES or stem.startswith(("license-", "licence-"))


def _outside(link: Path, root: str) -> Refused | None:
    """A link that leads out of the folder ``root`` (a real path) as refused; else None
    (inside, dangling or looping: those are followed or reported as read)."""
    try:
        target = os.stat(link)
    except OSError:
        return None
    real = os.path.realpath(link)
    if os.path.commonpath([real, root]) == root:
        return None
    kind = "folder" if stat.S_ISDIR(target.st_mode) else "file"
    return Refused(link, f"a symbolic link to a {kind} outside the folder, not followed "
                   "(`reader import --follow-links` imports it)", failed=False)
