"""Provides reindex, check and repair of a store (no Textual).

Body shards are the source of truth: every other file (list, keys, docmap,
postings, catalog) is derived from them and can be rebuilt.  ``check`` proves
the derived files agree with the bodies; ``repair`` moves damaged files aside
(never deleting or overwriting them) and rebuilds from every body record that
can still be read.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.store.api import ListShardEntry
from reader.store.backend import ROOT_NAME, SHARD_DIR, STATE_NAME, DirBackend
from reader.store.errors import StoreCorrupt
from reader.store.files import check_tinydb_layout
from reader.store.postings import decode_postings
from reader.store.records import (
    LIST_FIELDS,
    REQUIRED_FIELDS,
    article_id,
    content_fingerprint,
    now_iso,
    sort_key,
)
from reader.store.shards import ENT_SHARDS, hash_shard, shard_table
from reader.store.store import ArticleStore

#: Index keys that are facets (e.g. ``country:KZ``), not entities with a catalog entry.
FACET_PREFIXES = ("country:",)
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
        n = session.add_records(store.files.body_records())
    return n


def _open_every_file(store: ArticleStore) -> None:
    """Open every file the root names (raises StoreCorrupt for the first damaged one)."""
    root = store.files.root()
    for name in [*root.get("files", {}).values(), *(e["name"] for e in root.get("lists", []))]:
        store.files.open(name)
        store.files.forget(name)  # only its readability is wanted here
    store.docmap()


def _damage(exc: StoreCorrupt) -> str:
    """A damaged file as one problem line (check's caller says what to do about it)."""
    return f"{exc.path} {exc.reason}"


def check(store: ArticleStore) -> list[str]:
    """Verify every file of the store against the bodies.

    Returns:
        One line per problem found (empty: the store is consistent).
    """
    problems: list[str] = []
    try:
        root = store.files.root()
    except StoreCorrupt as exc:
        return [_damage(exc)]
    files: dict[str, str] = root.get("files", {})
    try:
        bodies: dict[int, dict[str, Any]] = {}
        for docno, rec in store.files.body_records():
            # Nothing below reads the text itself: not keeping it lets a large
            # store be checked in a fraction of its size.
            rec.pop("body", None)
            bodies[docno] = rec
    except StoreCorrupt as exc:
        return [_damage(exc)]
    if len(bodies) != root.get("count", 0):
        problems.append(f"the root counts {root.get('count', 0)} articles but the bodies hold {len(bodies)}")
    ids: dict[str, int] = {}
    for docno, rec in list(bodies.items()):
        missing = [f for f in REQUIRED_FIELDS if not isinstance(rec.get(f), str) or not rec.get(f)]
        if missing:
            problems.append(f"article {docno} lacks {', '.join(missing)}")
            del bodies[docno]  # reported; the index checks below need these fields
            continue
        if rec["id"] in ids:
            problems.append(f"articles {ids[rec['id']]} and {docno} have the same id {rec['id']}")
        ids[rec["id"]] = docno
        if docno >= root.get("next_docno", 0):
            problems.append(f"article {docno} lies beyond next_docno")
    try:
        problems += _check_lists(store, root.get("lists", []), bodies)
        problems += _check_keys(store, files, bodies)
        sorts = store.docmap()
        for docno, rec in bodies.items():
            if docno >= len(sorts) or sorts[docno] != rec.get("sort"):
                problems.append(f"the docmap disagrees with article {docno}")
        problems += _check_postings(store, bodies)
        catalog = store.catalog()
        for key in {k for rec in bodies.values() for k, _ in rec.get("ents", [])}:
            if key not in catalog and not key.startswith(FACET_PREFIXES):
                problems.append(f"entity {key} is indexed but missing from the catalog")
    except StoreCorrupt as exc:
        problems.append(_damage(exc))
    try:
        store.marks()
    except StoreCorrupt as exc:
        problems.append(_damage(exc))
    except ValueError as exc:
        problems.append(f"{STATE_NAME}: {exc}")
    return problems


def _check_lists(store: ArticleStore, lists: list[ListShardEntry],
                 bodies: dict[int, dict[str, Any]]) -> list[str]:
    problems = []
    seen: set[int] = set()
    previous_hi = ""
    for entry in lists:
        shard = store.files.list_shard(entry["name"])
        if len(shard) != entry["count"]:
            problems.append(f"list shard {entry['name']} holds {len(shard)} records, the root says {entry['count']}")
        if entry["lo"] <= previous_hi:
            problems.append(f"list shard {entry['name']} overlaps the one before it")
        previous_hi = entry["hi"]
        for docno, rec in shard.items():
            seen.add(docno)
            body = bodies.get(docno)
            if body is None:
                problems.append(f"list shard {entry['name']} names article {docno}, which has no body")
            elif any(body.get(f) != rec.get(f) for f in LIST_FIELDS):
                problems.append(f"list record of article {docno} differs from its body")
            if not entry["lo"] <= rec["sort"] <= entry["hi"]:
                problems.append(f"article {docno} is outside the range of {entry['name']}")
    for docno in sorted(set(bodies) - seen)[:20]:
        problems.append(f"article {docno} is missing from the list")
    return problems


def _check_keys(store: ArticleStore, files: dict[str, str], bodies: dict[int, dict[str, Any]]) -> list[str]:
    problems = []
    for docno, rec in bodies.items():
        key = "i:" + rec["id"]
        if store.files.keys_shard(rec["id"][0]).get(key) != docno:
            problems.append(f"the id index does not lead to article {docno}")
        if "f:" + rec["fp"] not in store.files.keys_shard(rec["fp"][0]):
            problems.append(f"the fingerprint of article {docno} is not indexed")
    # And the other way: every key leads to an article that has that id or fingerprint.
    for ident in sorted(k for k in files if k.startswith("keys/")):
        for key, docno in store.files.keys_shard(ident.split("/", 1)[1]).items():
            target = bodies.get(docno) if isinstance(docno, int) else None
            field = "id" if key.startswith("i:") else "fp"
            if target is None or target.get(field) != key[2:]:
                problems.append(f"the {'id' if field == 'id' else 'fingerprint'} index entry "
                                f"{key[2:12]}… leads to article {docno}, which does not have it")
    return problems


def _each_postings(store: ArticleStore, kind: str,
                   problems: list[str]) -> Iterator[tuple[int, str, list[int]]]:
    """(shard number, key, flat postings) of every entry of one kind's shards;
    an entry that does not decode is reported in ``problems`` and skipped."""
    what = "entity" if kind == "ent" else "word"
    for shard_no, table in store.files.postings_shards(kind):
        for key, value in table.items():
            try:
                yield shard_no, key, decode_postings(value)
            except ValueError as exc:
                problems.append(f"{what} postings of {key!r} are damaged ({exc})")


def _check_postings(store: ArticleStore, bodies: dict[int, dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    expected: dict[str, dict[int, int]] = {}
    for docno, rec in bodies.items():
        for key, count in rec.get("ents", []):
            expected.setdefault(key, {})[docno] = count
    found: dict[str, dict[int, int]] = {}
    for shard_no, key, flat in _each_postings(store, "ent", problems):
        if hash_shard(key, ENT_SHARDS) != shard_no:
            problems.append(f"entity {key} is in the wrong postings shard")
        found[key] = dict(zip(flat[0::2], flat[1::2]))
    for key in sorted(set(expected) | set(found)):
        if expected.get(key) != found.get(key):
            problems.append(f"postings of entity {key} disagree with the articles")
    for _, key, flat in _each_postings(store, "word", problems):
        if any(d not in bodies for d in flat[0::2]):
            problems.append(f"word postings of {key!r} name an article that does not exist")
    return problems


@dataclass
class RepairReport:
    """What :func:`repair` found and did."""

    moved: list[str] = field(default_factory=list)
    """Damaged files moved aside (their new paths)."""
    recovered: int = 0
    """Articles in the rebuilt store."""
    lost_shards: list[str] = field(default_factory=list)
    """Body shards nothing could be read from."""
    problems_before: list[str] = field(default_factory=list)
    rebuilt: bool = False
    ok: bool = True

    def lines(self) -> list[str]:
        """A report for people."""
        if not self.rebuilt:
            return ["the store is consistent: nothing to repair"]
        out = [f"found {len(self.problems_before)} problem(s); first: {self.problems_before[0]}"
               if self.problems_before else "rebuilt the store"]
        for path in self.moved:
            out.append(f"moved damaged file aside: {path}")
        for name in self.lost_shards:
            out.append(f"could not read anything from {name} (kept aside)")
        out.append(f"rebuilt the indexes: the store holds {self.recovered} articles")
        return out


def repair(store: ArticleStore, *, on_wait: Callable[[str], None] | None = None) -> RepairReport:
    """Move damaged files aside and rebuild the store from every readable body record."""
    report = RepairReport()
    backend = store.backend
    with backend.writing(on_wait=on_wait):
        store.files.reload()  # another writer may have committed before we held the lock
        report.problems_before = check(store)
        if not report.problems_before:
            return report
        report.rebuilt = True
        if not isinstance(backend, DirBackend):  # memory stores cannot be damaged on disk
            n = reindex(store)
            report.recovered = n
            return report
        aside = backend.path / time.strftime("damaged-%Y%m%d-%H%M%S")
        records = _salvage(backend, aside, report)
        state_path = backend.path / STATE_NAME
        if state_path.exists():
            try:
                check_tinydb_layout(json.loads(state_path.read_bytes() or b"{}"))
            except (ValueError, UnicodeDecodeError):
                report.moved.append(_move_aside(state_path, aside))
                backend.reset_state_cache()
        store.files.reload()
        # A readable root is kept for its generation.  A damaged one is copied
        # aside and left in place until the rebuilt root replaces it at the
        # commit: moving it first would leave, should repair be interrupted, a
        # store that looks empty, and the next import would delete its files.
        root_path = backend.path / ROOT_NAME
        try:
            store.files.root()
        except StoreCorrupt:
            if root_path.exists():
                # (copied, then replaced at the commit: in effect moved aside)
                report.moved.append(_move_aside(root_path, aside, copy=True))
        seen_ids: set[str] = set()
        with store.writer(rebuild=True, replace_damaged_root=True) as session:
            unique = []
            for docno in sorted(records):
                rec = records[docno]
                if rec["id"] not in seen_ids:
                    seen_ids.add(rec["id"])
                    unique.append((docno, rec))
            session.add_records(unique)
            report.recovered = len(seen_ids)
    return report


def _complete(rec: dict[str, Any], docno: int) -> dict[str, Any]:
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
    if not isinstance(rec.get("sort"), str) or not rec.get("sort"):
        date, at = rec.get("date"), rec.get("at")
        rec["sort"] = sort_key(date if isinstance(date, str) else None,
                               at if isinstance(at, str) else now_iso(), docno)
    return rec


def _move_aside(path: Path, aside: Path, *, copy: bool = False) -> str:
    aside.mkdir(parents=True, exist_ok=True)
    target = aside / path.name
    if copy:
        shutil.copy2(path, target)
    else:
        shutil.move(str(path), str(target))
    return str(target)


def _salvage(backend: DirBackend, aside: Path, report: RepairReport) -> dict[int, dict[str, Any]]:
    """Read every body record any body file (of any generation) still holds."""
    by_shard: dict[int, list[tuple[int, Path]]] = {}
    shard_dir = backend.path / SHARD_DIR
    for path in sorted(shard_dir.glob("*.json")) if shard_dir.is_dir() else []:
        m = _BODY_NAME.match(path.name)
        if m:
            by_shard.setdefault(int(m.group(1)), []).append((int(m.group(2)), path))
            continue
        try:  # a derived file: keep it if it reads as one, else move it aside
            data = json.loads(path.read_bytes())
            check_tinydb_layout(data)
            table = shard_table(path.name)
            if table is not None and table not in data:
                raise ValueError(f"no {table} table")
        except (ValueError, UnicodeDecodeError, OSError):
            report.moved.append(_move_aside(path, aside))
    records: dict[int, dict[str, Any]] = {}
    for shard_no, versions in sorted(by_shard.items()):
        readable = 0
        for _gen, path in sorted(versions):  # older first: newer records win
            try:
                data = json.loads(path.read_bytes())
                table = data["articles"]
                if not isinstance(table, dict):
                    raise ValueError("no articles table")
            except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError):
                report.moved.append(_move_aside(path, aside))
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
