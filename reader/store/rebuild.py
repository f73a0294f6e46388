"""Provides reindex() and repair(): a store's derived files rebuilt from its bodies (no Textual).

``reindex`` re-runs the extractor over every committed article and rewrites
every derived file in one commit.  ``repair`` moves damaged files aside
(never deleting or overwriting them) and rebuilds from every body record
that any body file, of any generation, still holds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.store.backend import ROOT_NAME, SHARD_DIR, STATE_NAME, DirBackend
from reader.store.check import check
from reader.store.errors import StoreCorrupt
from reader.store.files import check_tinydb_layout
from reader.store.records import (
    REQUIRED_FIELDS,
    Record,
    article_id,
    content_fingerprint,
    record_sort_key,
)
from reader.store.shards import is_shard_file, shard_table
from reader.store.store import ArticleStore

_BODY_NAME = re.compile(r"^body-(\d+)\.(\d+)\.json$")


def reindex(store: ArticleStore, *, on_wait: Callable[[str], None] | None = None) -> int:
    """Re-run the extractor over every article and rebuild all derived files in one commit.

    Returns:
        The number of articles reindexed.
    """
    with store.writer(on_wait=on_wait, rebuild=True) as session:
        # Every file the rebuild supersedes must be readable: a damaged one is
        # for `check --repair` to move aside, not for a commit to collect.
        _open_every_file(store)
        n = session.add_records(_resorted(store.files.body_records()))
    return n


def _resorted(records: Iterable[tuple[int, Record]]) -> Iterator[tuple[int, Record]]:
    """Each record with its sort key made again by the current rule (undated articles
    last: a store written before that rule is put in order by a reindex)."""
    for docno, rec in records:
        rec["sort"] = record_sort_key(rec, docno)
        yield docno, rec


def _open_every_file(store: ArticleStore) -> None:
    """Open every file the root names (raises StoreCorrupt for the first damaged one)."""
    files = store.files
    root = files.root()
    for name in [*root.get("files", {}).values(), *(e["name"] for e in root.get("lists", []))]:
        files.open(name)
        files.forget(name)  # only its readability is wanted here
    store.docmap()


@dataclass
class RepairReport:
    """What :func:`repair` found and did: every file it touched, and where it went."""

    moved: list[str] = field(default_factory=list)
    """Damaged files moved aside (their new paths)."""
    removed: list[str] = field(default_factory=list)
    """The store's own superseded shard files the rebuild's commit deleted (names in shards/)."""
    left_alone: list[str] = field(default_factory=list)
    """Entries of shards/ the reader did not write: never read, moved nor deleted."""
    recovered: int = 0
    """Articles in the rebuilt store."""
    lost_shards: list[str] = field(default_factory=list)
    """Body shards nothing could be read from."""
    problems_before: list[str] = field(default_factory=list)
    rebuilt: bool = False
    ok: bool = True

    def lines(self) -> list[str]:
        """A report for people: one line per file touched, then the result."""
        if not self.rebuilt:
            return ["the store is consistent: nothing to repair"]
        out = [f"found {len(self.problems_before)} problem(s); first: {self.problems_before[0]}"
               if self.problems_before else "rebuilt the store"]
        for path in self.moved:
            out.append(f"moved damaged file aside: {path}")
        for name in self.lost_shards:
            out.append(f"could not read anything from {name} (kept aside)")
        for name in self.removed:
            out.append(f"deleted superseded store file: {SHARD_DIR}/{name}")
        if self.left_alone:
            shown = ", ".join(self.left_alone)
            out.append(f"left alone {len(self.left_alone)} "
                       f"file{'s' if len(self.left_alone) != 1 else ''} in {SHARD_DIR}/ that the "
                       f"reader did not write: {shown}")
        out.append(f"rebuilt the indexes: the store holds {self.recovered} "
                   f"article{'s' if self.recovered != 1 else ''}")
        return out


class _Aside:
    """The folder damaged files are moved to: ``damaged-<time>`` in the store, made new
    (never one that exists already, nor a link) when the first file is moved."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir
        self.path: Path | None = None

    def _folder(self) -> Path:
        if self.path is None:
            stem = time.strftime("damaged-%Y%m%d-%H%M%S")
            for n in range(1, 1000):
                candidate = self.store_dir / (stem if n == 1 else f"{stem}-{n}")
                try:
                    candidate.mkdir()
                except FileExistsError:
                    continue
                self.path = candidate
                break
            else:  # pragma: no cover - a thousand repairs in one second
                raise FileExistsError(self.store_dir / stem)
        return self.path

    def move(self, path: Path, *, copy: bool = False) -> str:
        """Move (or copy) ``path`` into the folder; its new path."""
        target = self._folder() / path.name
        if copy:
            shutil.copy2(path, target)
        else:
            os.rename(path, target)  # same file system: the store's own folder
        return str(target)


def repair(store: ArticleStore, *, on_wait: Callable[[str], None] | None = None,
           force: bool = False) -> RepairReport:
    """Move damaged files aside and rebuild the store from every readable body record.

    Only the store's own files are moved or deleted (shard files by the names
    it gives them, its root and its state); anything else in the folder is
    left where it is and listed in the report.

    Args:
        store: The store to repair.
        on_wait: Told when another process holds the lock and we wait.
        force: Repair a folder that does not prove to be a store (no root, and
            files the reader did not write in ``shards/``): ``--force``.

    Raises:
        NotAStore: the folder is not a store and ``force`` is not given, or its
            ``shards/`` is a symbolic link (never repaired).
    """
    report = RepairReport()
    backend = store.backend
    if isinstance(backend, DirBackend):
        backend.adopt = force
    with backend.writing(on_wait=on_wait):
        store.files.reload()  # another writer may have committed before we held the lock
        report.problems_before = check(store)
        if not report.problems_before:
            return report
        report.rebuilt = True
        if not isinstance(backend, DirBackend):  # memory stores cannot be damaged on disk
            report.recovered = reindex(store)
            return report
        aside = _Aside(backend.path)
        report.left_alone = backend.shard_dir_entries()[1]
        records = _salvage(backend, aside, report)
        _set_aside_damaged_state(backend, aside, report)
        store.files.reload()
        _copy_damaged_root(store, backend.path / ROOT_NAME, aside, report)
        with store.writer(rebuild=True, replace_damaged_root=True) as session:
            unique = _first_of_each_id(records)
            session.add_records(unique)
            report.recovered = len(unique)
        report.removed = session.collected
    return report


def _set_aside_damaged_state(backend: DirBackend, aside: _Aside, report: RepairReport) -> None:
    """Move ``state.json`` aside if it is not a TinyDB file (read marks start afresh)."""
    state_path = backend.path / STATE_NAME
    if state_path.exists():
        try:
            check_tinydb_layout(json.loads(state_path.read_bytes() or b"{}"))
        except (ValueError, UnicodeDecodeError):
            report.moved.append(aside.move(state_path))
            backend.reset_state_cache()


def _copy_damaged_root(store: ArticleStore, root_path: Path, aside: _Aside,
                       report: RepairReport) -> None:
    """Copy a damaged root aside (a readable one is kept for its generation).

    A damaged root is left in place until the rebuilt root replaces it at the
    commit: moving it first would leave, should repair be interrupted, a
    store that looks empty, and the next import would delete its files.
    """
    try:
        store.files.root()
    except StoreCorrupt:
        if root_path.exists():
            # (copied, then replaced at the commit: in effect moved aside)
            report.moved.append(aside.move(root_path, copy=True))


def _first_of_each_id(records: dict[int, Record]) -> list[tuple[int, Record]]:
    """(docno, record) in docno order, but only the first record of each id."""
    seen_ids: set[str] = set()
    unique = []
    for docno in sorted(records):
        rec = records[docno]
        if rec["id"] not in seen_ids:
            seen_ids.add(rec["id"])
            unique.append((docno, rec))
    return unique


def _complete(rec: Record, docno: int) -> Record:
    """A body record with its derivable fields (fingerprint, id, sort key) made again if lost.

    They follow from the title, body, url and date, which are what matters:
    an article whose id was damaged is recovered, not dropped.
    """
    title, body = rec.get("title"), rec.get("body")
    if not (isinstance(title, str) and title and isinstance(body, str)):
        return rec
    rec = dict(rec)
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    if not isinstance(rec.get("fp"), str) or not rec.get("fp"):
        rec["fp"] = content_fingerprint(title, body)
    if not isinstance(rec.get("id"), str) or not rec.get("id"):
        rec["id"] = article_id(url, rec["fp"])
    rec["sort"] = record_sort_key(rec, docno)  # derived: made again by the current rule
    return rec


def _salvage(backend: DirBackend, aside: _Aside, report: RepairReport) -> dict[int, Record]:
    """Read every body record any body file (of any generation) still holds."""
    records: dict[int, Record] = {}
    for shard_no, versions in sorted(_body_files(backend, aside, report).items()):
        readable = 0
        for _gen, path in sorted(versions):  # older first: newer records win
            table = _read_body_file(path, aside, report)
            if table is None:
                continue
            readable += 1
            for key, rec in table.items():
                if isinstance(rec, dict) and key.isdigit():
                    rec = _complete(rec, int(key))
                    if all(isinstance(rec.get(f), str) and rec.get(f) for f in REQUIRED_FIELDS):
                        records[int(key)] = rec
        if not readable:
            report.lost_shards.append(f"body shard {shard_no}")
    return records


def _body_files(backend: DirBackend, aside: _Aside,
                report: RepairReport) -> dict[int, list[tuple[int, Path]]]:
    """Body shard number -> (generation, path) of its files; any other shard file
    that does not read as its kind is moved aside on the way.  Only the store's
    own files are looked at (temporary ones are collected by the commit)."""
    by_shard: dict[int, list[tuple[int, Path]]] = {}
    for name in backend.shard_dir_entries()[0]:
        if not is_shard_file(name):
            continue
        path = backend.shard_dir / name
        m = _BODY_NAME.match(name)
        if m:
            by_shard.setdefault(int(m.group(1)), []).append((int(m.group(2)), path))
        elif not _reads_as_shard(path):  # a derived file: keep it if it reads as one
            report.moved.append(aside.move(path))
    return by_shard


def _reads_as_shard(path: Path) -> bool:
    """Whether the file is a TinyDB file with the table its name says it holds."""
    try:
        data = json.loads(path.read_bytes())
        check_tinydb_layout(data)
    except (ValueError, UnicodeDecodeError, OSError):
        return False
    table = shard_table(path.name)
    return table is None or table in data


def _read_body_file(path: Path, aside: _Aside, report: RepairReport) -> dict[str, object] | None:
    """The ``articles`` table of a body file (None: unreadable, and moved aside)."""
    try:
        data = json.loads(path.read_bytes())
        table: object = data["articles"]
        if not isinstance(table, dict):
            raise ValueError("no articles table")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError):
        report.moved.append(aside.move(path))
        return None
    return table
