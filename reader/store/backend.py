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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from reader.store.api import RootDoc
from reader.store.errors import StoreCorrupt, StoreNotFound, StoreTooNew
from reader.store.files import (
    AtomicJSONStorage,
    Tables,
    WriterLock,
    atomic_write_bytes,
    dump_json,
    fsync_dir,
)

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


def _parse_problem(exc: Exception) -> str:
    """Why a store file could not be read, for a StoreCorrupt message."""
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)):
        return "is not valid JSON (truncated or damaged)"
    return "is damaged (valid JSON, but not a store file)"


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

    def sync(self) -> None:
        """Make every shard written so far durable before the root names it."""

    def shard_names(self) -> list[str]:
        """Every shard file present, committed or not."""
        raise NotImplementedError

    def remove_shards(self, names: Iterable[str]) -> None:
        """Delete shard files that no root names any more."""
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
        self._lock: WriterLock | None = None

    @property
    def shard_dir(self) -> Path:
        return self.path / SHARD_DIR

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
        if not (self.path / ROOT_NAME).exists() and not self.shard_dir.exists():
            self.write_root({"format": "khabar-store", "version": FORMAT_VERSION,
                             "generation": 0, "count": 0})
        self.shard_dir.mkdir(exist_ok=True)

    def read_root(self) -> RootDoc | None:
        root = self.path / ROOT_NAME
        try:
            raw = root.read_bytes()
        except FileNotFoundError:
            if self.shard_dir.is_dir():
                # Every store gets its root before its shards directory (see
                # writing()), so this store lost its root: reading it as empty
                # would let the next import delete the articles' files.
                raise StoreCorrupt(root,
                                   "is missing but the store's other files are there") from None
            return None
        except IsADirectoryError as exc:
            raise StoreCorrupt(root, "is a directory, not a file") from exc
        try:
            data = json.loads(raw)
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

    def write_root(self, root: RootDoc) -> None:
        atomic_write_bytes(self.path / ROOT_NAME, dump_json(root))
        # Called under the writer lock: any other temporary file next to the
        # root or the state was left by a writer that was killed mid-write.
        for pattern in (f".{ROOT_NAME}.*.tmp", f".{STATE_NAME}.*.tmp"):
            for stale in self.path.glob(pattern):
                with contextlib.suppress(OSError):
                    stale.unlink()

    def open_shard(self, name: str) -> TinyDB:
        db = self._shards.get(name)
        if db is None:
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
        # No per-file directory fsync: sync() syncs the directory once per commit.
        atomic_write_bytes(self.shard_dir / name, dump_json(tables), sync_dir=False)

    def sync(self) -> None:
        fsync_dir(self.shard_dir)

    def shard_names(self) -> list[str]:
        try:
            return sorted(p.name for p in self.shard_dir.iterdir() if p.is_file())
        except FileNotFoundError:
            return []

    def remove_shards(self, names: Iterable[str]) -> None:
        for name in names:
            self._shards.pop(name, None)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.shard_dir / name)

    def forget(self, name: str) -> None:
        self._shards.pop(name, None)

    def state_db(self) -> TinyDB:
        if self._state is None:
            path = self.path / STATE_NAME
            storage_box: list[AtomicJSONStorage] = []

            def factory() -> AtomicJSONStorage:
                st = AtomicJSONStorage(path)
                storage_box.append(st)
                return st

            self._state = TinyDB(storage=factory)
            try:
                storage_box[0].read()
            except (ValueError, UnicodeDecodeError) as exc:
                self._state = None
                raise StoreCorrupt(path, _parse_problem(exc)) from exc
        return self._state

    def reset_state_cache(self) -> None:
        """Re-read state.json on next use (another process may have written it)."""
        self._state = None

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
        self.create()
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

    def remove_shards(self, names: Iterable[str]) -> None:
        for name in names:
            self._files.pop(name, None)
            self._shards.pop(name, None)

    def forget(self, name: str) -> None:
        self._shards.pop(name, None)

    def state_db(self) -> TinyDB:
        return self._state

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
        self.create()
        yield
