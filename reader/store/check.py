"""Provides check(): every derived file of a store proved against the bodies (no Textual).

Body shards are the source of truth: the list, keys, docmap, postings and
catalogue are derived from them.  ``check`` reads every file through the
store's inspection API (:class:`reader.store.reading.StoreFiles`) and says,
one line each, where they disagree; it changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.store.api import ListShardEntry, RootDoc
from reader.store.backend import STATE_NAME
from reader.store.errors import StoreCorrupt
from reader.store.postings import decode_postings
from reader.store.reading import StoreFiles
from reader.store.records import LIST_FIELDS, REQUIRED_FIELDS, Record
from reader.store.shards import ENT_SHARDS, hash_shard
from reader.store.store import ArticleStore

FACET_PREFIXES = ("country:",)
"""Index keys that are facets (e.g. ``country:KZ``), not entities with a catalog entry."""

Bodies = dict[int, Record]
"""Docno -> body record without its text (what the checks compare with)."""


def damage(exc: StoreCorrupt) -> str:
    """A damaged file as one problem line (check's caller says what to do about it)."""
    return f"{exc.path} {exc.reason}"


def check(store: ArticleStore) -> list[str]:
    """Verify every file of the store against the bodies.

    Returns:
        One line per problem found (empty: the store is consistent).
    """
    try:
        root = store.files.root()
        bodies = _bodies(store.files)
    except StoreCorrupt as exc:
        return [damage(exc)]
    problems = _check_records(root, bodies)
    try:
        problems += _check_lists(store.files, root.get("lists", []), bodies)
        problems += _check_keys(store.files, root.get("files", {}), bodies)
        problems += _check_docmap(store.docmap(), bodies)
        problems += _check_postings(store.files, bodies)
        problems += _check_catalog(store, bodies)
    except StoreCorrupt as exc:
        problems.append(damage(exc))
    problems += _check_state(store)
    return problems


def _bodies(files: StoreFiles) -> Bodies:
    bodies: Bodies = {}
    for docno, rec in files.body_records():
        # Nothing below reads the text itself: not keeping it lets a large
        # store be checked in a fraction of its size.
        rec.pop("body", None)
        bodies[docno] = rec
    return bodies


def _check_records(root: RootDoc, bodies: Bodies) -> list[str]:
    """The bodies against the root and each other; a record lacking a required
    field is reported and dropped from ``bodies`` (the index checks need them)."""
    problems = []
    if len(bodies) != root.get("count", 0):
        problems.append(f"the root counts {root.get('count', 0)} articles "
                        f"but the bodies hold {len(bodies)}")
    ids: dict[str, int] = {}
    for docno, rec in list(bodies.items()):
        missing = [f for f in REQUIRED_FIELDS if not isinstance(rec.get(f), str) or not rec.get(f)]
        if missing:
            problems.append(f"article {docno} lacks {', '.join(missing)}")
            del bodies[docno]
            continue
        if rec["id"] in ids:
            problems.append(f"articles {ids[rec['id']]} and {docno} have the same id {rec['id']}")
        ids[rec["id"]] = docno
        if docno >= root.get("next_docno", 0):
            problems.append(f"article {docno} lies beyond next_docno")
    return problems


def _check_lists(files: StoreFiles, lists: list[ListShardEntry], bodies: Bodies) -> list[str]:
    problems = []
    seen: set[int] = set()
    previous_hi = ""
    for entry in lists:
        name = entry["name"]
        shard = files.list_shard(name)
        if len(shard) != entry["count"]:
            problems.append(f"list shard {name} holds {len(shard)} records, "
                            f"the root says {entry['count']}")
        if entry["lo"] <= previous_hi:
            problems.append(f"list shard {name} overlaps the one before it")
        previous_hi = entry["hi"]
        for docno, rec in shard.items():
            seen.add(docno)
            body = bodies.get(docno)
            if body is None:
                problems.append(f"list shard {name} names article {docno}, which has no body")
            elif any(body.get(f) != rec.get(f) for f in LIST_FIELDS):
                problems.append(f"list record of article {docno} differs from its body")
            if not entry["lo"] <= rec["sort"] <= entry["hi"]:
                problems.append(f"article {docno} is outside the range of {name}")
    for docno in sorted(set(bodies) - seen)[:20]:
        problems.append(f"article {docno} is missing from the list")
    return problems


def _check_keys(files: StoreFiles, shard_files: Mapping[str, str], bodies: Bodies) -> list[str]:
    problems = []
    for docno, rec in bodies.items():
        if files.keys_shard(rec["id"][0]).get("i:" + rec["id"]) != docno:
            problems.append(f"the id index does not lead to article {docno}")
        if "f:" + rec["fp"] not in files.keys_shard(rec["fp"][0]):
            problems.append(f"the fingerprint of article {docno} is not indexed")
    # And the other way: every key leads to an article that has that id or fingerprint.
    for ident in sorted(k for k in shard_files if k.startswith("keys/")):
        for key, docno in files.keys_shard(ident.split("/", 1)[1]).items():
            target = bodies.get(docno) if isinstance(docno, int) else None
            field = "id" if key.startswith("i:") else "fp"
            if target is None or target.get(field) != key[2:]:
                what = "id" if field == "id" else "fingerprint"
                problems.append(f"the {what} index entry {key[2:12]}… leads to article "
                                f"{docno}, which does not have it")
    return problems


def _check_docmap(sorts: list[str], bodies: Bodies) -> list[str]:
    return [f"the docmap disagrees with article {docno}" for docno, rec in bodies.items()
            if docno >= len(sorts) or sorts[docno] != rec.get("sort")]


def _each_postings(files: StoreFiles, kind: str,
                   problems: list[str]) -> Iterator[tuple[int, str, list[int]]]:
    """(shard number, key, flat postings) of every entry of one kind's shards;
    an entry that does not decode is reported in ``problems`` and skipped."""
    what = "entity" if kind == "ent" else "word"
    for shard_no, table in files.postings_shards(kind):
        for key, value in table.items():
            try:
                yield shard_no, key, decode_postings(value)
            except ValueError as exc:
                problems.append(f"{what} postings of {key!r} are damaged ({exc})")


def _check_postings(files: StoreFiles, bodies: Bodies) -> list[str]:
    problems: list[str] = []
    expected: dict[str, dict[int, int]] = {}
    for docno, rec in bodies.items():
        for key, count in rec.get("ents", []):
            expected.setdefault(key, {})[docno] = count
    found: dict[str, dict[int, int]] = {}
    for shard_no, key, flat in _each_postings(files, "ent", problems):
        if hash_shard(key, ENT_SHARDS) != shard_no:
            problems.append(f"entity {key} is in the wrong postings shard")
        found[key] = dict(zip(flat[0::2], flat[1::2], strict=True))
    for key in sorted(set(expected) | set(found)):
        if expected.get(key) != found.get(key):
            problems.append(f"postings of entity {key} disagree with the articles")
    for _, key, flat in _each_postings(files, "word", problems):
        if any(d not in bodies for d in flat[0::2]):
            problems.append(f"word postings of {key!r} name an article that does not exist")
    return problems


def _check_catalog(store: ArticleStore, bodies: Bodies) -> list[str]:
    catalog = store.catalog()
    return [f"entity {key} is indexed but missing from the catalog"
            for key in {k for rec in bodies.values() for k, _ in rec.get("ents", [])}
            if key not in catalog and not key.startswith(FACET_PREFIXES)]


def _check_state(store: ArticleStore) -> list[str]:
    try:
        store.marks()
    except StoreCorrupt as exc:
        return [damage(exc)]
    except ValueError as exc:
        return [f"{STATE_NAME}: {exc}"]
    return []
