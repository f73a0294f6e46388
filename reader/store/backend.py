"""Provides where a store's files live: a directory on disk, or memory (for tests).

A store is a set of immutable TinyDB files ("shards") plus one small root file
naming the current set.  New data is written to new shard files; the root is
then replaced atomically, and that rename is the commit: a reader, or a
process that crashed half way, sees either the old set or the new one.  This
module knows nothing of articles; :mod:`reader.store.store` gives the files
their meaning.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from reader.store.api import RootDoc
from reader.store.errors import NotAStore, StoreCorrupt, StoreNotFound, StoreTooNew
from reader.store.files import (
    AtomicJSONStorage,
    Tables,
    WriterLock,
    atomic_write_bytes,
    dump_json,
    fsync_dir,
    fsync_files,
    load_json,
)
from reader.store.shards import is_own_file

FORMAT_VERSION = 2
"""The store format this code writes, recorded in every root as ``version``.

1: postings as JSON lists of [docno, count] pairs.  2: postings may also be
base64 strings of little-endian uint32 pairs (an older reader cannot read
them).  A root with no version is format 1; one with a higher version than
this is refused with :class:`StoreTooNew`, before anything reads or writes it.
"""

ROOT_NAME = "store.json"
STATE_NAME = "state.json"
SHARD_DIR = "shards"

#: What to do about a shards/ folder that is a link, or holds files the reader did not write.
_LINK_ADVICE = ("A store keeps its files in a real shards folder inside it, so that it never "
                "deletes anything elsewhere: replace the link with the folder it points to.")
_FOREIGN_ADVICE = ("If it is a store that lost its store.json, `reader check --repair --force` "
                   "rebuilds it from the reader's own files there and touches no other file.")


def _parse_problem(exc: Exception) -> str:
    """Why a store file could not be read, for a StoreCorrupt message."""
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)):
        return "is not valid JSON (truncated or damaged)"
    return "is damaged (valid JSON, but not a store file)"


class _StateStorage(AtomicJSONStorage):
    """``state.json``: damaged, it is a :class:`StoreCorrupt` at every read, the first
    and any later one (a missing file is read again until it exists)."""

    def read(self) -> Tables | None:
        try:
            return super().read()
        except (ValueError, UnicodeDecodeError) as exc:
            raise StoreCorrupt(self.path, _parse_problem(exc)) from exc


class Backend:
    """Interface shared by :class:`DirBackend` and :class:`MemoryBackend`."""

    label: str
    """How messages name this store (its path, or ``:memory:``)."""

    def exists(self) -> bool:
        """True when a store has been created here."""
        raise NotImplementedError

    def create(self) -> None:
        """Create an empty store here (idempotent)."""
        raise NotImplementedError

    def read_root(self) -> RootDoc | None:
        """The committed root document, or None for a store with no commit yet."""
        raise NotImplementedError

    def write_root(self, root: RootDoc) -> None:
        """Commit: atomically replace the root document."""
        raise NotImplementedError

    def open_shard(self, name: str) -> TinyDB:
        """Open a committed shard read-only (cheap to call again: cached)."""
        raise NotImplementedError

    def write_shard(self, name: str, tables: Tables) -> None:
        """Write a new, not yet committed, shard file (``tables``: TinyDB layout)."""
        raise NotImplementedError

    def sync(self, names: Iterable[str]) -> None:
        """Make the shards ``names`` (written since the last commit) durable, before
        the root names them."""

    def shard_names(self) -> list[str]:
        """Every shard file present, committed or not."""
        raise NotImplementedError

    def remove_shards(self, names: Iterable[str]) -> list[str]:
        """Delete shard files that no root names any more; the names deleted.

        Only the store's own files are deleted (see :func:`is_own_file`): a
        name it cannot have written is left alone, whoever asks.
        """
        raise NotImplementedError

    def state_db(self) -> TinyDB:
        """The small mutable database of user state (read marks, stars, last article)."""
        raise NotImplementedError

    def reset_state_cache(self) -> None:
        """Re-read the user state on next use (another process may have written it)."""

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
        """Hold the writer lock for the duration of the block."""
        raise NotImplementedError
        yield  # pragma: no cover

    def forget(self, name: str) -> None:
        """Drop a cached shard (after a commit replaced it)."""


class DirBackend(Backend):
    """A store directory: ``store.json``, ``state.json``, ``lock`` and ``shards/``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        """The store directory."""
        self.label = str(path)
        self._shards: dict[str, TinyDB] = {}
        self._state: TinyDB | None = None
        self._state_guard = threading.Lock()
        self._lock: WriterLock | None = None
        self.adopt = False
        """``reader check --repair --force``: read a folder whose ``shards/`` holds files
        the reader did not write, and has no root, as a store that lost its root (its
        repair then rebuilds from the reader's own files there, touching no other)."""

    @property
    def shard_dir(self) -> Path:
        return self.path / SHARD_DIR

    def _check_shard_dir(self) -> None:
        """Refuse a ``shards/`` that is a symbolic link: nothing is read or written through it."""
        if self.shard_dir.is_symlink():
            try:
                target = f" (to {os.readlink(self.shard_dir)})"
            except OSError:
                target = ""
            raise NotAStore(self.shard_dir, f"is a symbolic link{target}", _LINK_ADVICE)

    def shard_dir_entries(self) -> tuple[list[str], list[str]]:
        """The names in ``shards/``: the store's own files (regular files with a name it
        gives), and every other entry (another program's, a link, a folder)."""
        own: list[str] = []
        foreign: list[str] = []
        try:
            with os.scandir(self.shard_dir) as entries:
                for entry in entries:
                    mine = is_own_file(entry.name) and entry.is_file(follow_symlinks=False)
                    (own if mine else foreign).append(entry.name)
        except (FileNotFoundError, NotADirectoryError):
            pass
        return sorted(own), sorted(foreign)

    def exists(self) -> bool:
        if self.path.exists() and not self.path.is_dir():
            raise StoreNotFound(
                f"{self.path} is a file, not a reader store (a store is a directory)"
            )
        return (self.path / ROOT_NAME).exists() or self.shard_dir.is_dir()

    def create(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreNotFound(
                f"{self.path} is a file, not a reader store (a store is a directory)"
            )
        self.path.mkdir(parents=True, exist_ok=True)

    def _initialise(self) -> None:
        """Give a new store its (empty) root, then its shards directory; under the lock.

        The order matters: a shards directory without a root then always
        means a lost root (see read_root), never a store still being created.
        """
        self._check_shard_dir()
        if not (self.path / ROOT_NAME).exists() and not any(self.shard_dir_entries()):
            self.write_root({"format": "khabar-store", "version": FORMAT_VERSION,
                             "generation": 0, "count": 0})
        self.shard_dir.mkdir(exist_ok=True)

    def read_root(self) -> RootDoc | None:
        self._check_shard_dir()
        root = self.path / ROOT_NAME
        try:
            raw = root.read_bytes()
        except FileNotFoundError:
            self._no_root(root)
            return None
        except IsADirectoryError as exc:
            raise StoreCorrupt(root, "is a directory, not a file") from exc
        try:
            data = load_json(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise StoreCorrupt(root, "is not valid JSON (truncated or overwritten)") from exc
        if not isinstance(data, dict) or data.get("format") != "khabar-store":
            raise StoreCorrupt(root, "is not a reader store root file")
        version = data.get("version", 1)
        if type(version) is not int or version < 1:
            raise StoreCorrupt(root, f"records no valid store format version ({version!r})")
        if version > FORMAT_VERSION:
            raise StoreTooNew(root, version, FORMAT_VERSION)
        return cast(RootDoc, data)

    def _check_ownership(self) -> None:
        """Refuse a folder that does not prove to be a store: ``shards/`` a link, or no
        root and files in ``shards/`` the reader did not write (unless :attr:`adopt`)."""
        self._check_shard_dir()
        if self.adopt or (self.path / ROOT_NAME).exists():
            return
        foreign = self.shard_dir_entries()[1]
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise NotAStore(
                self.path,
                f"is not a reader store: it has no {ROOT_NAME}, and its {SHARD_DIR} folder holds "
                f"{len(foreign)} file{'s' if len(foreign) != 1 else ''} the reader did not write "
                f"({shown})", _FOREIGN_ADVICE)

    def _no_root(self, root: Path) -> None:
        """Say what a folder without a root is: nothing yet (fine), a store that lost its
        root (StoreCorrupt), or not a store at all (NotAStore)."""
        self._check_ownership()
        if any(self.shard_dir_entries()):
            # Every store gets its root before its shards directory (see
            # writing()), so this store lost its root: reading it as empty
            # would let the next import delete the articles' files.
            raise StoreCorrupt(root, "is missing but the store's other files are there")

    def write_root(self, root: RootDoc) -> None:
        atomic_write_bytes(self.path / ROOT_NAME, dump_json(root))
        # Called under the writer lock: any other temporary file next to the
        # root or the state was left by a writer that was killed mid-write.
        for pattern in (f".{ROOT_NAME}.*.tmp", f".{STATE_NAME}.*.tmp"):
            for stale in self.path.glob(pattern):
                if stale.is_file() and not stale.is_symlink():
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def open_shard(self, name: str) -> TinyDB:
        db = self._shards.get(name)
        if db is None:
            if not is_own_file(name) or name.startswith("."):
                raise StoreCorrupt(self.path / ROOT_NAME,
                                   f"names {name!r}, which is not a shard file of a store")
            path = self.shard_dir / name
            storage_box: list[AtomicJSONStorage] = []

            def factory() -> AtomicJSONStorage:
                st = AtomicJSONStorage(path, read_only=True)
                storage_box.append(st)
                return st

            db = TinyDB(storage=factory)
            try:
                data = storage_box[0].read()
            except FileNotFoundError as exc:  # pragma: no cover - read() returns None
                raise StoreCorrupt(path, "is missing") from exc
            except (ValueError, UnicodeDecodeError) as exc:
                raise StoreCorrupt(path, _parse_problem(exc)) from exc
            if data is None:
                if not path.exists():
                    raise StoreCorrupt(path, "is missing")
                raise StoreCorrupt(path, "is empty")
            self._shards[name] = db
        return db

    def write_shard(self, name: str, tables: Tables) -> None:
        # A new shard is named by no root until the next commit, which syncs it
        # (with the others, and the directory once) before it writes the root.
        atomic_write_bytes(self.shard_dir / name, dump_json(tables), sync_dir=False,
                           durable=False)

    def sync(self, names: Iterable[str]) -> None:
        fsync_files([self.shard_dir / name for name in sorted(names)])
        fsync_dir(self.shard_dir)

    def shard_names(self) -> list[str]:
        return self.shard_dir_entries()[0]

    def remove_shards(self, names: Iterable[str]) -> list[str]:
        wanted = [n for n in names if is_own_file(n)]
        if not wanted:
            return []
        # Through a descriptor of the folder opened without following a link:
        # should shards/ be swapped for a link meanwhile, nothing is deleted.
        try:
            fd = os.open(self.shard_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            return []
        removed = []
        try:
            for name in wanted:
                self._shards.pop(name, None)
                try:
                    if not stat.S_ISREG(os.lstat(name, dir_fd=fd).st_mode):
                        continue
                    os.unlink(name, dir_fd=fd)
                except FileNotFoundError:
                    continue
                removed.append(name)
        finally:
            os.close(fd)
        return removed

    def forget(self, name: str) -> None:
        self._shards.pop(name, None)

    def state_db(self) -> TinyDB:
        # The UI thread reads the user state while the state writer's thread
        # resets and re-opens it to write: one opens it at a time, and a copy is
        # shared only once read and checked, so a thread never uses another's
        # unchecked file, nor a copy read before a reset (it would write it back).
        with self._state_guard:
            state = self._state
            if state is None:
                path = self.path / STATE_NAME
                state = TinyDB(path, storage=_StateStorage)
                state.storage.read()
                self._state = state
        return state

    def reset_state_cache(self) -> None:
        """Re-read state.json on next use (another process may have written it)."""
        with self._state_guard:
            self._state = None

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
        self.create()
        self._check_ownership()  # before the lock file: nothing is added to a foreign folder
        if self._lock is None:
            self._lock = WriterLock(self.path)
        self._lock.on_wait = on_wait
        self._lock.timeout = timeout
        with self._lock:
            self._initialise()
            yield


class MemoryBackend(Backend):
    """Everything in memory, through TinyDB's MemoryStorage: for tests and ``open_store(None)``."""

    def __init__(self) -> None:
        self.label = ":memory:"
        self._root: RootDoc | None = None
        self._created = False
        self._files: dict[str, Tables] = {}
        self._shards: dict[str, TinyDB] = {}
        self._state = TinyDB(storage=MemoryStorage)

    def exists(self) -> bool:
        return self._created

    def create(self) -> None:
        self._created = True

    def read_root(self) -> RootDoc | None:
        return None if self._root is None else cast(RootDoc, json.loads(json.dumps(self._root)))

    def write_root(self, root: RootDoc) -> None:
        self._root = cast(RootDoc, json.loads(json.dumps(root)))

    def open_shard(self, name: str) -> TinyDB:
        db = self._shards.get(name)
        if db is None:
            if name not in self._files:
                raise StoreCorrupt(Path(name), "is missing")
            db = TinyDB(storage=MemoryStorage)
            db.storage.write(self._files[name])
            self._shards[name] = db
        return db

    def write_shard(self, name: str, tables: Tables) -> None:
        # A round trip through JSON, as on disk: keys become strings, tuples lists.
        self._files[name] = json.loads(json.dumps(tables))

    def shard_names(self) -> list[str]:
        return sorted(self._files)

    def remove_shards(self, names: Iterable[str]) -> list[str]:
        removed = []
        for name in names:
            if self._files.pop(name, None) is not None:
                removed.append(name)
            self._shards.pop(name, None)
        return removed

    def forget(self, name: str) -> None:
        self._shards.pop(name, None)

    def state_db(self) -> TinyDB:
        return self._state

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
        self.create()
        yield
