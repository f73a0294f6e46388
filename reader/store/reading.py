"""Provides StoreFiles: the root and the shard files it names, read lazily and cached (no Textual).

:class:`~reader.store.store.ArticleStore` reads articles through this;
the import session, ``check`` and ``repair`` use it directly to inspect a
store's files (it is their public inspection API: nothing outside it touches
the cached root or shards).  Everything is read lazily: opening a store reads
only its root, and only when something is first asked.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Generic, TypeVar, cast

from tinydb import TinyDB

from reader.store.api import CatalogEntry, ListShardEntry, RootDoc
from reader.store.backend import Backend
from reader.store.errors import StoreCorrupt
from reader.store.postings import StoredPostings, read_postings
from reader.store.records import Record
from reader.store.shards import POSTINGS_SHARDS, body_ident, shard_table

#: List shards kept parsed at most (about 1,000 records each): the list and search
#: results of any store page from memory up to some 60,000 articles; past that the
#: least recently read are read again when needed, so memory does not grow with the store.
LIST_CACHE_SHARDS = 64
#: Postings shards kept parsed at most (of 64 entity and 256 word shards).
POSTINGS_CACHE_SHARDS = 96

_V = TypeVar("_V")


class _Recent(Generic[_V]):
    """A mapping that keeps the ``size`` most recently used entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, _V] = OrderedDict()

    def get(self, key: str) -> _V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def __setitem__(self, key: str, value: _V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()


class StaleView(Exception):
    """A shard vanished because another process committed: retry on the new root.

    Raised by :meth:`StoreFiles.open` after it has read the new root;
    readers catch it and read again (see ``ArticleStore``'s reads).
    """


class StoreFiles:
    """The committed files of a store as this process sees them: one root, cached shards.

    The root is read once and kept until :meth:`refresh` finds a newer
    commit, :meth:`reload` forgets it, or a writer hands over the root it
    committed (:meth:`use_root`).  Shards are immutable once committed, so
    what was read of them is cached until the root changes.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        """Where the files live."""
        self._root: RootDoc | None = None
        self._loaded = False
        self._docmap: list[str] | None = None
        self._catalog: dict[str, CatalogEntry] | None = None
        self._postings_cache: _Recent[dict[str, StoredPostings]] = _Recent(POSTINGS_CACHE_SHARDS)
        self._list_cache: _Recent[dict[int, Record]] = _Recent(LIST_CACHE_SHARDS)
        self._keys_cache: dict[str, dict[str, int]] = {}
        self._epoch = 0
        # Bumped whenever the caches are dropped.  A read started before a
        # commit (another thread of this process, say the app's warm-up while
        # its import commits) keeps what it read only if no drop came while
        # it read: else the old root's catalogue would be cached for the new.

    # ------------------------------------------------------------------ root

    def root(self) -> RootDoc:
        """The committed root (empty when nothing was committed), read on first use.

        Raises:
            StoreCorrupt: the root file is damaged (asked again, it is read again).
        """
        if not self._loaded:
            self._root = self.backend.read_root() if self.backend.exists() else None
            self._loaded = True
        return self._root or {}

    def generation(self) -> int:
        """Commit number of the root seen (0: nothing committed)."""
        return int(self.root().get("generation", 0))

    def refresh(self) -> bool:
        """Read the root again now; True (and the cached shards dropped) if another commit came."""
        before = self.generation()
        self._loaded = False
        self._root = None
        if self.generation() != before:
            self.drop_caches()
            return True
        return False

    def reload(self) -> None:
        """Forget the root and every cached shard: the next read starts from the disk again."""
        self._loaded = False
        self._root = None
        self.drop_caches()

    def use_root(self, root: RootDoc) -> None:
        """See ``root`` as the committed one without reading it (the writer that just
        committed it; or an empty root that a repair will replace)."""
        self._root = root
        self._loaded = True
        self.drop_caches()

    def drop_caches(self) -> None:
        """Forget what was read of the shards (not the root)."""
        self._epoch += 1
        self._docmap = None
        self._catalog = None
        self._postings_cache.clear()
        self._list_cache.clear()
        self._keys_cache.clear()

    def file(self, ident: str) -> str | None:
        """The current file of shard ``ident`` (``body/3``, ``docmap``), if the root names one."""
        return self.root().get("files", {}).get(ident)

    def lists(self) -> list[ListShardEntry]:
        """The root's list shards, in sort order."""
        return list(self.root().get("lists", []))

    def path_of(self, ident: str, *, is_file: bool = False) -> Path:
        """The path messages give for shard ``ident`` (or, with ``is_file``, the file ``ident``)."""
        name = ident if is_file else (self.file(ident) or ident)
        return Path(self.backend.label) / "shards" / name

    # ----------------------------------------------------------------- files

    def open(self, name: str) -> TinyDB:
        """The shard file ``name``, parsed (cached by the backend until :meth:`forget`).

        Raises:
            StoreCorrupt: the file is missing, is not JSON, or lacks its table.
            StaleView: it is missing because another process committed since.
        """
        try:
            db = self.backend.open_shard(name)
        except StoreCorrupt as exc:
            # A writer in another process may have committed and removed the
            # file we were about to read: look at the new root once.
            if exc.reason == "is missing" and self.refresh():
                raise StaleView() from exc
            raise
        # A file of the right shape but without its table (``{}``) would read
        # as "no articles" or "no such id": say it is damaged instead.
        table = shard_table(name)
        if table is not None and table not in (db.storage.read() or {}):
            raise StoreCorrupt(self.path_of(name, is_file=True),
                               f"is damaged (its {table!r} table is missing)")
        return db

    def forget(self, name: str) -> None:
        """Drop the parsed file ``name`` (read once, it need not stay in memory)."""
        self.backend.forget(name)

    # ---------------------------------------------------------------- shards

    def list_shard(self, name: str) -> dict[int, Record]:
        """Docno -> list record of the list shard file ``name`` (cached)."""
        shard = self._list_cache.get(name)
        if shard is None:
            epoch = self._epoch
            shard = self.read_list_shard(name, keep=True)
            if epoch == self._epoch:
                self._list_cache[name] = shard
        return shard

    def read_list_shard(self, name: str, *, keep: bool = False) -> dict[int, Record]:
        """Docno -> list record of the list shard file ``name``, read now (not cached unless
        ``keep``: ``check`` reads every shard once)."""
        # The table as stored ({"docno": record}), without building TinyDB Documents:
        # a search's five results can sit in five shards, and that was a quarter of each.
        stored = (self.open(name).storage.read() or {}).get("articles", {})
        shard = {int(docno): dict(record) for docno, record in stored.items()}
        if not keep:
            self.forget(name)
        return shard

    def keys_shard(self, hexdigit: str) -> dict[str, int]:
        """Duplicate key (``i:`` id, ``f:`` fingerprint) -> docno, of the keys whose
        id or fingerprint starts with ``hexdigit`` (cached)."""
        shard = self._keys_cache.get(hexdigit)
        if shard is None:
            epoch = self._epoch
            shard = self.read_keys_shard(hexdigit, keep=True)
            if epoch == self._epoch:
                self._keys_cache[hexdigit] = shard
        return shard

    def read_keys_shard(self, hexdigit: str, *, keep: bool = False) -> dict[str, int]:
        """:meth:`keys_shard`, read now (not cached unless ``keep``)."""
        name = self.file(f"keys/{hexdigit}")
        shard: dict[str, int] = {}
        if name is not None:
            for doc in self.open(name).table("keys").all():
                shard[doc["k"]] = doc["d"]
            if not keep:
                self.forget(name)
        return shard

    def postings_shard(self, ident: str) -> dict[str, StoredPostings]:
        """Key -> postings as stored, of postings shard ``ident`` (``ent/12``; cached)."""
        table = self._postings_cache.get(ident)
        if table is None:
            epoch = self._epoch
            name = self.file(ident)
            table = read_postings(self.open(name)) if name else {}
            if epoch == self._epoch:
                self._postings_cache[ident] = table
        return table

    def postings_file(self, name: str) -> dict[str, StoredPostings]:
        """Key -> postings as stored, of the postings shard file ``name``: read now, a
        new dict every time (a writer adds to it)."""
        return read_postings(self.open(name))

    def postings_shards(self, kind: str) -> Iterator[tuple[int, dict[str, StoredPostings]]]:
        """(shard number, key -> postings as stored) of every ``kind`` shard (``ent``,
        ``word``) the root names, each read once and not kept (``check``)."""
        for shard_no in range(POSTINGS_SHARDS[kind]):
            name = self.file(f"{kind}/{shard_no}")
            if name is None:
                continue
            table = read_postings(self.open(name))
            self.forget(name)
            yield shard_no, table

    def docmap(self) -> list[str]:
        """Sort key of every docno (an empty string for a docno not in use; cached)."""
        docmap = self._docmap
        if docmap is None:
            epoch = self._epoch
            docmap = self.read_docmap(keep=True)
            if epoch == self._epoch:
                self._docmap = docmap
        return docmap

    def read_docmap(self, *, keep: bool = False) -> list[str]:
        """:meth:`docmap`, read now (not cached unless ``keep``)."""
        name = self.file("docmap")
        if name is None:
            return []
        doc = self.open(name).table("docs").get(doc_id=1)
        if not isinstance(doc, dict) or not isinstance(doc.get("sort"), list):
            raise StoreCorrupt(self.path_of(name, is_file=True),
                               "is damaged (it holds no sort keys)")
        sorts = list(doc["sort"])
        if not keep:
            self.forget(name)
        return sorts

    def read_catalog(self) -> dict[str, CatalogEntry]:
        """:meth:`catalog`, read now and not cached."""
        name = self.file("catalog")
        if name is None:
            return {}
        catalog = {doc["key"]: cast(CatalogEntry, dict(doc))
                   for doc in self.open(name).table("entities").all()}
        self.forget(name)
        return catalog

    def catalog(self) -> dict[str, CatalogEntry]:
        """Every entity of the archive, by key (cached)."""
        catalog = self._catalog
        if catalog is None:
            epoch = self._epoch
            name = self.file("catalog")
            catalog = {} if name is None else {
                doc["key"]: cast(CatalogEntry, dict(doc))
                for doc in self.open(name).table("entities").all()}
            if epoch == self._epoch:
                self._catalog = catalog
        return catalog

    def body_record(self, docno: int) -> Record | None:
        """The full record of article ``docno`` (None: no such article)."""
        name = self.file(body_ident(docno))
        if name is None:
            return None
        doc = self.open(name).table("articles").get(doc_id=docno)
        return None if doc is None else dict(doc)

    def body_records(self) -> Iterator[tuple[int, Record]]:
        """Every committed body record, in docno order (each shard read once and not kept)."""
        files = self.root().get("files", {})
        shards = sorted(int(k.split("/")[1]) for k in files if k.startswith("body/"))
        for shard_no in shards:
            name = files[f"body/{shard_no}"]
            docs = sorted(self.open(name).table("articles").all(), key=lambda d: d.doc_id)
            self.forget(name)  # read once: do not keep every body of the store parsed
            for doc in docs:
                yield doc.doc_id, dict(doc)
