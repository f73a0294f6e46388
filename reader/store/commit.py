"""Provides GenerationWriter: a store's next generation of shard files, and its commit (no Textual).

A commit writes, in order: the body shards still staged, the duplicate
keys, the docmap, the list shards, the entity and word postings, the
catalogue; then it syncs them, replaces the root (the commit point) and
collects the files no root names any more.  Every shard it writes is a
new file named with the new generation; a shard it does not touch stays
the file the last root named.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from reader.store.api import CatalogEntry, ListShardEntry, RootDoc
from reader.store.backend import FORMAT_VERSION
from reader.store.errors import StoreCorrupt
from reader.store.files import Tables
from reader.store.pending import PendingBatch, merge_entry
from reader.store.postings import StoredPostings, encode_postings, merge_postings, postings_table
from reader.store.records import Record, as_list_record, now_iso
from reader.store.shards import (
    LIST_SHARD_MAX,
    POSTINGS_SHARDS,
    hash_shard,
    list_file_name,
    named_files,
    shard_file_name,
)

if TYPE_CHECKING:
    from reader.store.store import ArticleStore

ListRows = list[tuple[int, Record]]
"""(docno, list record) pairs of one list shard."""


class GenerationWriter:
    """Writes the shard files of the generation after ``base``, then commits them.

    Files written before the commit (full body shards) are invisible until
    a root names them; :attr:`uncommitted` says which they are, so a failed
    session can delete them.
    """

    def __init__(self, store: ArticleStore, base: RootDoc, *, rebuild: bool) -> None:
        self.store = store
        """The store written to (its reads give the files this generation extends)."""
        self.base = base
        """The root this generation builds on (the last one committed)."""
        self.files: dict[str, str] = {} if rebuild else dict(base.get("files", {}))
        """Current file of each shard: the base root's, plus ones written since."""
        self.lists: list[ListShardEntry] = (
            [] if rebuild else [e.copy() for e in base.get("lists", [])])
        """Current list shards, in sort order."""
        self.uncommitted: set[str] = set()
        """Shard files written since the last commit (deleted if the session fails)."""
        self.collected: list[str] = []
        """Superseded shard files the commits deleted (``repair`` reports them)."""

    @property
    def generation(self) -> int:
        """The generation being written."""
        return int(self.base.get("generation", 0)) + 1

    def put(self, ident: str, tables: Tables) -> None:
        """Write shard ``ident`` of this generation (it becomes the current file of ``ident``)."""
        name = shard_file_name(ident, self.generation)
        self.store.backend.write_shard(name, tables)
        self.uncommitted.add(name)
        self.files[ident] = name

    # ----------------------------------------------------------------- shards

    def write_body(self, shard_no: int, staged: Mapping[int, Record]) -> None:
        """Write body shard ``shard_no`` with ``staged`` (full records) added to what it holds."""
        ident = f"body/{shard_no}"
        table: dict[str, Record] = {}
        if ident in self.files:
            stored = self.store.files.open(self.files[ident]).storage.read() or {}
            table = dict(stored["articles"])
        for docno, rec in staged.items():
            table[str(docno)] = rec
        self.put(ident, {"articles": table})

    def write_keys(self, keys: Mapping[str, int]) -> None:
        """Add duplicate keys to their shards (one per hex digit after the ``i:``/``f:``)."""
        by_key: dict[str, dict[str, int]] = {}
        for key, docno in keys.items():
            by_key.setdefault(key[2], {})[key] = docno
        for hexdigit, new in sorted(by_key.items()):
            merged = (dict(self.store.files.keys_shard(hexdigit))
                      if f"keys/{hexdigit}" in self.files else {})
            merged.update(new)
            self.put(f"keys/{hexdigit}", {"keys": {
                str(i): {"k": k, "d": d} for i, (k, d) in enumerate(sorted(merged.items()), 1)}})

    def write_docmap(self, records: Mapping[int, Record]) -> None:
        """Rewrite the docmap with the sort keys of ``records``."""
        sorts = list(self.store.docmap()) if "docmap" in self.files else []
        top = max(records, default=-1) + 1
        if len(sorts) < top:
            sorts.extend([""] * (top - len(sorts)))
        for docno, rec in records.items():
            sorts[docno] = rec["sort"]
        self.put("docmap", {"docs": {"1": {"sort": sorts}}})

    def write_lists(self, records: Mapping[int, Record]) -> None:
        """Add ``records`` to the list shards whose ranges they fall in (or to new
        ones), rewriting only those: contiguous ranges of the sort order."""
        lists = self.lists
        if not lists:
            fresh = [(docno, as_list_record(rec)) for docno, rec in records.items()]
            self.lists = self._emit_lists(fresh, 0)
            return
        his = [e["hi"] for e in lists]
        touched: dict[int, dict[int, Record]] = {}
        for docno, rec in records.items():
            i = min(bisect.bisect_left(his, rec["sort"]), len(lists) - 1)
            if i not in touched:
                touched[i] = dict(self.store.files.list_shard(lists[i]["name"]))
            touched[i][docno] = as_list_record(rec)
        out: list[ListShardEntry] = []
        written = 0
        for i, entry in enumerate(lists):
            if i in touched:
                emitted = self._emit_lists(list(touched[i].items()), written)
                written += len(emitted)
                out += emitted
            else:
                out.append(entry)
        self.lists = out

    def _emit_lists(self, rows: ListRows, seq: int) -> list[ListShardEntry]:
        """Write ``rows`` as list shards in sort order, numbered after the ``seq`` this
        commit wrote before: one, or halves of the limit when it is passed (room
        for later imports); none for no rows."""
        rows.sort(key=lambda kv: kv[1]["sort"])
        per = LIST_SHARD_MAX // 2 if len(rows) > LIST_SHARD_MAX else LIST_SHARD_MAX
        out: list[ListShardEntry] = []
        for start in range(0, len(rows), per):
            chunk = rows[start:start + per]
            seq += 1
            name = list_file_name(self.generation, seq)
            self.store.backend.write_shard(name, {"articles": {str(d): r for d, r in chunk}})
            self.uncommitted.add(name)
            out.append({"name": name, "lo": chunk[0][1]["sort"], "hi": chunk[-1][1]["sort"],
                        "count": len(chunk)})
        return out

    def write_postings(self, kind: str, new_postings: Mapping[str, Iterable[int]]) -> None:
        """Append ``new_postings`` (key -> flat pairs) to the ``kind`` shards they hash to.

        Raises:
            StoreCorrupt: a stored postings list to append to is damaged.
        """
        shards = POSTINGS_SHARDS[kind]
        grouped: dict[int, dict[str, Iterable[int]]] = {}
        for key, flat in new_postings.items():
            grouped.setdefault(hash_shard(key, shards), {})[key] = flat
        for shard_no, additions in sorted(grouped.items()):
            ident = f"{kind}/{shard_no}"
            table: dict[str, StoredPostings] = {}
            if ident in self.files:
                table = self.store.files.postings_file(self.files[ident])
            for key, added in additions.items():
                if key not in table:
                    table[key] = encode_postings(added)
                    continue
                try:
                    table[key] = merge_postings(table[key], added)
                except ValueError as exc:
                    raise StoreCorrupt(self.store.files.path_of(ident),
                                       f"is damaged ({exc})") from None
            self.put(ident, postings_table(table))

    def write_catalog(self, additions: Mapping[str, CatalogEntry]) -> None:
        """Rewrite the catalogue with a batch's entities merged in."""
        catalog: dict[str, CatalogEntry] = (
            {k: v.copy() for k, v in self.store.catalog().items()}
            if "catalog" in self.files else {})
        for key, add in additions.items():
            cur = catalog.get(key)
            if cur is None:
                catalog[key] = add
            else:
                merge_entry(cur, add)
        self.put("catalog", {"entities": {str(i): v for i, v in enumerate(catalog.values(), 1)}})

    def write_indexes(self, pending: PendingBatch) -> None:
        """Write every derived shard a batch touches (its body shards are written already)."""
        self.write_keys(pending.keys)
        self.write_docmap(pending.records)
        self.write_lists(pending.records)
        self.write_postings("ent", pending.ent)
        self.write_postings("word", pending.word_postings())
        self.write_catalog(pending.catalog)

    # ------------------------------------------------------------------ root

    def commit(self, *, count: int, next_docno: int, analyser: str) -> RootDoc:
        """Sync the shards written, replace the root (the commit point), collect what no
        root names, and start the next generation on the new root.

        Returns:
            The new root.
        """
        backend = self.store.backend
        backend.sync(self.uncommitted)
        root = self.base
        old_files = named_files(root)
        current = set(self.files.values()) | {e["name"] for e in self.lists}
        new_root: RootDoc = {
            "format": "khabar-store",
            "version": FORMAT_VERSION,
            "generation": self.generation,
            "created_at": root.get("created_at") or now_iso(),
            "committed_at": now_iso(),
            "count": count,
            "next_docno": next_docno,
            "analyser": analyser,
            "files": dict(self.files),
            "lists": self.lists,
            "prev_files": sorted(old_files - current),
        }
        backend.write_root(new_root)  # the commit point
        self.uncommitted.clear()

        # After the commit: collect files no root names (superseded two
        # commits ago, or left by a writer that crashed before its commit).
        keep = current | set(new_root["prev_files"])
        self.collected += backend.remove_shards(n for n in backend.shard_names() if n not in keep)
        for name in old_files - current:
            backend.forget(name)
        self.base = new_root
        return new_root
