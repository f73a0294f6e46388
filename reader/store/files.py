"""Provides crash-safe file writes, a TinyDB storage built on them, and the writer lock.

TinyDB's own JSONStorage rewrites its file in place (seek, write, truncate):
a crash half way leaves a broken file, and it is unsafe across processes
(tinydb #91, #467).  Here every write goes to a temporary file in the same
directory, is fsynced, and is renamed over the target, and the directory is
fsynced too, so a crash at any instant leaves either the old file or the new
one.  (A store's new shards, which nothing names until the next root, are
fsynced together just before that root: :func:`fsync_files`.)  Writers from
several processes are serialised by :class:`WriterLock`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson
from tinydb.storages import Storage

from reader.store.errors import NotAStore

try:  # POSIX advisory locks; the reader targets Linux and macOS terminals.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def fsync_dir(directory: Path) -> None:
    """Flush a directory entry (a rename) to disk where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse
        pass
    finally:
        os.close(fd)


#: Crash-test hooks: ``READER_CRASH_AT_WRITE=N[:phase]`` makes the process SIGKILL
#: itself during its Nth atomic write (1-based), so tests stop a writer at an exact
#: point instead of guessing with timers; ``READER_STOP_AT_WRITE=N[:phase]`` makes
#: it SIGSTOP itself there instead (holding the writer lock until the test sends
#: SIGCONT).  Phases: ``partial`` (half the temporary file written), ``unrenamed``
#: (temporary file complete, not renamed), ``renamed`` (the default: the new file
#: is in place, nothing after it ran).  ``READER_WRITE_LOG=PATH`` appends ``N name``
#: for every write, to pick N.  Unset (always, outside tests), they cost one lookup.
_FAULT_ENV = (("READER_CRASH_AT_WRITE", "SIGKILL"), ("READER_STOP_AT_WRITE", "SIGSTOP"))
_LOG_ENV = "READER_WRITE_LOG"
_writes = 0


def _fault_point(path: Path, phase: str, fh: IO[bytes] | None = None, data: bytes = b"") -> None:
    """Kill or stop the process here if a crash-test hook asks for this write and phase."""
    for env, signame in _FAULT_ENV:
        spec = os.environ.get(env)
        if not spec:
            continue
        number, _, wanted = spec.partition(":")
        if str(_writes) != number.strip() or (wanted.strip() or "renamed") != phase:
            continue
        if fh is not None and signame == "SIGKILL":  # die with a half-written file
            fh.write(data[: len(data) // 2])
            fh.flush()
            os.fsync(fh.fileno())
        import signal

        os.kill(os.getpid(), getattr(signal, signame))


def _count_write(path: Path) -> None:
    global _writes
    _writes += 1
    log = os.environ.get(_LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{_writes} {path.name}\n")


def atomic_write_bytes(path: Path, data: bytes, *, sync_dir: bool = True,
                       durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half.

    Args:
        path: The file to (re)place.
        data: Its new content.
        sync_dir: Also fsync the directory after the rename (skip when the
            caller renames many files and syncs the directory once).
        durable: fsync the file before its rename.  Only a new file that nothing
            names yet may skip it (a store's shard, until a root names it): the
            caller must :func:`fsync_files` it before anything names it.
    """
    directory = path.parent
    _count_write(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            _fault_point(path, "partial", fh, data)
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        _fault_point(path, "unrenamed")
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename is None:
            # A full disk raises from write() or fsync() with no file name:
            # say which file could not be written.
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise
    _fault_point(path, "renamed")
    if sync_dir:
        fsync_dir(directory)


#: Files synced at once by :func:`fsync_files` (each fsync waits on the disk, and
#: a journaling file system commits concurrent ones together).
SYNC_THREADS = 8


def fsync_files(paths: list[Path]) -> None:
    """Make files written with ``durable=False`` durable: fsync each, several at a time.

    On a 30,000-article import (about 400 shard files, 230 MB), one fsync after
    each write waited 0.26 s in the final commit alone; the same files synced
    together at the commit, by a few threads (an fsync holds no interpreter
    lock), take a fraction of that, and the import no longer stops for the disk
    after each full body shard.

    Raises:
        OSError: a file could not be synced (or is gone), with its path.
    """
    if len(paths) < 3:
        for path in paths:
            _fsync_path(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(SYNC_THREADS, len(paths)),
                            thread_name_prefix="fsync") as pool:
        try:
            synced: Iterator[None] = pool.map(_fsync_path, paths)
        except RuntimeError:  # the interpreter is shutting down: no new threads
            synced = map(_fsync_path, paths)
        for _ in synced:
            pass


def _fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.filename is None:
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise


Tables = dict[str, dict[str, Any]]
"""A TinyDB file's content (JSON): table name -> document id -> document."""

_SURROGATE = re.compile("[\ud800-\udfff]")

#: orjson would serialise datetimes and dataclasses, which json.dumps refuses: these
#: options make it refuse them too, so they take json.dumps's path and fail as before.
#: (Subclasses of str, int, dict and list, such as TinyDB's Document, come out the same
#: from both.)
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dump_json(data: object) -> bytes:
    """Serialise compactly, keeping Arabic readable in the file (no \\u escapes).

    orjson writes the store's data (str keys; str, int, bool and None values, in
    dicts and lists) byte for byte as ``json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))`` does, about seven times faster.  What orjson refuses --
    a lone surrogate, an int beyond 64 bits, a key that is not a str -- goes
    through json.dumps, as before.  Floats, which the store never writes, may
    differ: orjson writes ``1e-7`` for json's ``1e-07`` (the same number), and
    ``null`` for NaN and the infinities, which json writes as invalid JSON.
    """
    try:
        return orjson.dumps(data, option=_ORJSON_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError
        return _dump_json_std(data)


def _dump_json_std(data: object) -> bytes:
    """:func:`dump_json` through the standard library, for what orjson refuses."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (from a JSON "\\ud800" escape, or a file name that
        # is not UTF-8) has no UTF-8 form: write it as an escape, which reads
        # back as the same string, rather than fail the whole commit.
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def load_json(raw: bytes) -> Any:
    """Parse a store file: what :func:`dump_json` wrote reads back as it was given.

    orjson parses the files the reader writes in about a fifth less time than json.loads.
    What it refuses and json.loads accepts -- an escaped lone surrogate (which
    :func:`dump_json` writes), a byte order mark, NaN -- is parsed by json.loads;
    what neither can parse raises json.JSONDecodeError (or UnicodeDecodeError),
    as json.loads did.  An int beyond 64 bits, which the store never writes,
    would read back as a float.
    """
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def check_tinydb_layout(data: object) -> None:
    """Raise ValueError unless ``data`` is shaped like a TinyDB file: tables of documents.

    Valid JSON of another shape (another program's file, ``[]``) would
    otherwise fail later, deep in TinyDB, as an AttributeError.
    """
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")  # noqa: TRY004 - callers catch ValueError for bad files
    for table in data.values():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise ValueError("not a table of documents")


class AtomicJSONStorage(Storage):
    """A TinyDB storage that reads a JSON file once and replaces it atomically on write.

    Unlike TinyDB's JSONStorage it never truncates a live file, and it keeps
    the parsed document, so repeated reads cost nothing.  ``read_only``
    storages refuse writes (shard files are immutable once committed).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        super().__init__()
        self.path = Path(path)
        """The JSON file."""
        self.read_only = read_only
        """True for committed, immutable files."""
        self._cache: Tables | None = None

    def read(self) -> Tables | None:
        if self._cache is None:
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                return None
            if not raw:
                return None
            data = load_json(raw)
            check_tinydb_layout(data)
            self._cache = data
        return self._cache

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path} is read-only")
        atomic_write_bytes(self.path, dump_json(data))
        self._cache = data

    def close(self) -> None:
        self._cache = None


class StoreBusy(Exception):
    """Another process holds the writer lock and the caller chose not to wait."""


class WriterLock:
    """An exclusive advisory lock on ``<store>/lock``, one writer at a time.

    The second writer waits (telling the user why through ``on_wait``) rather
    than failing; ``timeout`` bounds the wait.
    """

    def __init__(self, directory: Path, *, on_wait: Callable[[str], None] | None = None,
                 timeout: float | None = None) -> None:
        self.path = directory / "lock"
        """The lock file (its content is the holder's pid, for messages only)."""
        self.on_wait = on_wait
        self.timeout = timeout
        self._fd: int | None = None
        self._depth = 0
        # flock is per open file, not per thread: threads of one process (the
        # app's import worker and its read-state writes) queue on this first.
        self._thread_lock = threading.RLock()

    def holder(self) -> str:
        """The pid written by the current holder, if readable."""
        try:
            return self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""

    def acquire(self) -> None:
        """Take the lock, waiting for another writer if needed (re-entrant)."""
        self._thread_lock.acquire()
        if self._depth:
            self._depth += 1
            return
        try:
            self._acquire_file()
        except BaseException:
            self._thread_lock.release()
            raise
        self._depth = 1

    def _acquire_file(self) -> None:
        try:
            # Never through a link: the pid is written into the lock file, and a
            # link named ``lock`` would have it written into someone else's file.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            raise NotAStore(self.path, "is a symbolic link",
                            "The reader writes its lock only to a file of its own: "
                            "remove the link.") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                holder = self.holder()
                if self.on_wait is not None:
                    who = f" (pid {holder})" if holder.isdigit() else ""
                    self.on_wait(f"another process{who} is writing to this store; "
                                 "waiting for it to finish…")
                self._wait(fd)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def _wait(self, fd: int) -> None:
        assert fcntl is not None
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
            if deadline is not None and time.monotonic() >= deadline:
                os.close(fd)
                raise StoreBusy("another process is still writing to this store")
            time.sleep(0.05)

    def release(self) -> None:
        """Give the lock back."""
        if not self._depth:
            return
        self._depth -= 1
        if not self._depth:
            fd, self._fd = self._fd, None
            if fd is not None:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
        self._thread_lock.release()

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
