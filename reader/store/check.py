"""Provides check(): every derived file of a store proved against the bodies, a shard at a time.

Body shards are the source of truth: the list, keys, docmap, postings and
catalogue are derived from them.  ``check`` reads every file through the
store's inspection API (:class:`reader.store.reading.StoreFiles`) and says,
one line each, where they disagree; it changes nothing.

It holds one shard file at a time.  A first pass over the body shards keeps,
per article, a few fixed-size digests (of its id, its fingerprint and its
list fields: :class:`Seen`, some 35 bytes an article) and, per entity
postings shard, a sum over the postings its articles should have; every
other shard is then read once and compared with those.  Holding every body
record, as it once did, took gigabytes for a large store.  Only when a
postings shard's sum disagrees is that shard's part of the bodies read
again, to name the entities that disagree.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import takewhile

from reader.store.api import ListShardEntry, RootDoc
from reader.store.backend import STATE_NAME
from reader.store.errors import StoreCorrupt
from reader.store.postings import StoredPostings, decode_postings
from reader.store.reading import StoreFiles
from reader.store.records import LIST_FIELDS, REQUIRED_FIELDS, Record
from reader.store.shards import ENT_SHARDS, hash_shard
from reader.store.store import ArticleStore

FACET_PREFIXES = ("country:",)
"""Index keys that are facets (e.g. ``country:KZ``), not entities with a catalog entry."""

_MASK = (1 << 64) - 1
_DIGEST = 8
"""Bytes of a digest kept per article (a collision would hide a problem: 1 in 2**64)."""


def damage(exc: StoreCorrupt) -> str:
    """A damaged file as one problem line (check's caller says what to do about it)."""
    return f"{exc.path} {exc.reason}"


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=_DIGEST).digest()


def _list_digest(rec: Record) -> bytes:
    """A digest of the fields a list record repeats from its body."""
    return _digest(json.dumps([rec.get(f) for f in LIST_FIELDS]))


def _posting(key: str, docno: int, count: object) -> int:
    """One (entity, article, mentions) posting as a number to sum (order does not matter)."""
    return int.from_bytes(_digest(f"{key}\0{docno}\0{count}"), "little")


@dataclass
class Seen:
    """What the pass over the bodies keeps of each article: fixed-size digests by docno."""

    size: int = 0
    present: bytearray = field(default_factory=bytearray)
    """1 where a body record with every required field is."""
    ids: bytearray = field(default_factory=bytearray)
    fps: bytearray = field(default_factory=bytearray)
    lists: bytearray = field(default_factory=bytearray)
    by_id_digit: dict[str, array[int]] = field(default_factory=dict)
    """First character of the id -> the docnos (the keys shard that indexes them)."""
    by_fp_digit: dict[str, array[int]] = field(default_factory=dict)
    ent_sums: list[int] = field(default_factory=lambda: [0] * ENT_SHARDS)
    """Per entity postings shard: the sum of :func:`_posting` over what the bodies say."""
    records: int = 0
    """Body records read, with or without their required fields."""

    def _grow(self, docno: int) -> None:
        if docno >= self.size:
            more = max(docno + 1, 2 * self.size) - self.size
            self.present.extend(bytes(more))
            for table in (self.ids, self.fps, self.lists):
                table.extend(bytes(_DIGEST * more))
            self.size += more

    def add(self, docno: int, rec: Record) -> None:
        """Keep what the other checks need of a valid body record."""
        self._grow(docno)
        self.present[docno] = 1
        at = slice(_DIGEST * docno, _DIGEST * (docno + 1))
        self.ids[at] = _digest(rec["id"])
        self.fps[at] = _digest(rec["fp"])
        self.lists[at] = _list_digest(rec)
        self.by_id_digit.setdefault(rec["id"][0], array("I")).append(docno)
        self.by_fp_digit.setdefault(rec["fp"][0], array("I")).append(docno)
        for key, count in rec.get("ents", []):
            shard = hash_shard(key, ENT_SHARDS)
            self.ent_sums[shard] = (self.ent_sums[shard] + _posting(key, docno, count)) & _MASK

    def has(self, docno: object) -> bool:
        """Whether ``docno`` is an article with a valid body record."""
        return isinstance(docno, int) and 0 <= docno < self.size and bool(self.present[docno])

    def digest_of(self, table: bytearray, docno: int) -> bytes:
        return bytes(table[_DIGEST * docno:_DIGEST * (docno + 1)])


def check(store: ArticleStore) -> list[str]:
    """Verify every file of the store against the bodies.

    Returns:
        One line per problem found (empty: the store is consistent).
    """
    files = store.files
    problems: list[str] = []
    try:
        root = files.root()
        seen = _read_bodies(files, root, problems)
        problems += _check_lists(files, root.get("lists", []), seen)
        problems += _check_keys(files, root, seen)
        problems += _check_postings(files, seen)
    except StoreCorrupt as exc:
        problems.append(damage(exc))
    problems += _check_state(store)
    return problems


def entity_keys(rec: Record) -> list[str]:
    """The keys of a body record's ``ents`` that are entities, each with a catalogue
    entry: not its facets (``country:XX``, and the people found on weaker evidence,
    whom the archive's lists leave out).

    The facets are the record's last ``facets`` entries; a record staged before that
    count was kept has them from its first ``country:`` entry on (or, with no country,
    cannot tell them apart: ``reader check --repair`` stages it again).
    """
    ents = rec.get("ents", [])
    keys = [k for k, _ in ents]
    facets = rec.get("facets")
    if type(facets) is int and 0 <= facets <= len(keys):
        return keys[:len(keys) - facets]
    return list(takewhile(lambda k: not k.startswith(FACET_PREFIXES), keys))


def _read_bodies(files: StoreFiles, root: RootDoc, problems: list[str]) -> Seen:
    """One pass over the body shards: the records against the root, the docmap and the
    catalogue, and what the later checks need (a record lacking a required field is
    reported and left out of them)."""
    seen = Seen()
    docmap = files.read_docmap()
    catalog = files.read_catalog()
    next_docno = root.get("next_docno", 0)
    stale_docmap: list[str] = []
    uncatalogued: set[str] = set()
    for docno, rec in files.body_records():
        seen.records += 1
        missing = [f for f in REQUIRED_FIELDS if not isinstance(rec.get(f), str) or not rec.get(f)]
        if missing:
            problems.append(f"article {docno} lacks {', '.join(missing)}")
            continue
        if docno >= next_docno:
            problems.append(f"article {docno} lies beyond next_docno")
        seen.add(docno, rec)
        if docno >= len(docmap) or docmap[docno] != rec.get("sort"):
            stale_docmap.append(f"the docmap disagrees with article {docno}")
        uncatalogued.update(k for k in entity_keys(rec) if k not in catalog)
    if seen.records != root.get("count", 0):
        problems.insert(0, f"the root counts {root.get('count', 0)} articles "
                           f"but the bodies hold {seen.records}")
    problems += stale_docmap
    problems += [f"entity {key} is indexed but missing from the catalog"
                 for key in sorted(uncatalogued)]
    return seen


def _check_lists(files: StoreFiles, lists: list[ListShardEntry], seen: Seen) -> list[str]:
    problems = []
    listed = bytearray(seen.size)
    previous_hi = ""
    for entry in lists:
        name = entry["name"]
        shard = files.read_list_shard(name)
        if len(shard) != entry["count"]:
            problems.append(f"list shard {name} holds {len(shard)} records, "
                            f"the root says {entry['count']}")
        if entry["lo"] <= previous_hi:
            problems.append(f"list shard {name} overlaps the one before it")
        previous_hi = entry["hi"]
        for docno, rec in shard.items():
            if not seen.has(docno):
                problems.append(f"list shard {name} names article {docno}, which has no body")
            else:
                listed[docno] = 1
                if seen.digest_of(seen.lists, docno) != _list_digest(rec):
                    problems.append(f"list record of article {docno} differs from its body")
            if not entry["lo"] <= rec["sort"] <= entry["hi"]:
                problems.append(f"article {docno} is outside the range of {name}")
    unlisted = (d for d in range(seen.size) if seen.present[d] and not listed[d])
    problems += [f"article {docno} is missing from the list" for docno, _ in zip(
        unlisted, range(20), strict=False)]
    return problems


def _check_keys(files: StoreFiles, root: RootDoc, seen: Seen) -> list[str]:
    """Each keys shard (one per first character of the ids and fingerprints) against the
    bodies: every entry leads to an article that has its id or fingerprint, and every
    article's id and fingerprint are indexed."""
    digits = set(seen.by_id_digit) | set(seen.by_fp_digit)
    digits |= {ident.split("/", 1)[1] for ident in root.get("files", {})
               if ident.startswith("keys/")}
    problems: list[str] = []
    for digit in sorted(digits):
        problems += _check_keys_shard(files, digit, seen)
    return problems


def _check_keys_shard(files: StoreFiles, digit: str, seen: Seen) -> list[str]:
    problems = []
    led_to: dict[bytes, int] = {}
    """Id digest -> the article an ``i:`` entry rightly leads to."""
    fps_indexed: set[bytes] = set()
    for key, docno in files.read_keys_shard(digit).items():
        is_id = key.startswith("i:")
        digest = _digest(key[2:])
        if seen.has(docno) and seen.digest_of(seen.ids if is_id else seen.fps, docno) == digest:
            if is_id:
                led_to[digest] = docno
            else:
                fps_indexed.add(digest)
            continue
        what = "id" if is_id else "fingerprint"
        problems.append(f"the {what} index entry {key[2:12]}… leads to article "
                        f"{docno}, which does not have it")
    for docno in seen.by_id_digit.get(digit, ()):
        digest = seen.digest_of(seen.ids, docno)
        if led_to.get(digest) == docno:
            continue
        first = led_to.get(digest)
        if first is not None:
            same = (files.body_record(docno) or {}).get("id", "")
            problems.append(f"articles {first} and {docno} have the same id {same}")
        problems.append(f"the id index does not lead to article {docno}")
    problems += [f"the fingerprint of article {docno} is not indexed"
                 for docno in seen.by_fp_digit.get(digit, ())
                 if seen.digest_of(seen.fps, docno) not in fps_indexed]
    return problems


def _each_postings(files: StoreFiles, kind: str,
                   problems: list[str]) -> Iterator[tuple[int, str, list[int]]]:
    """(shard number, key, flat postings) of every entry of one kind's shards;
    an entry that does not decode is reported in ``problems`` and skipped."""
    what = "entity" if kind == "ent" else "word"
    for shard_no, table in files.postings_shards(kind):
        for key, value in table.items():
            yield from _decoded(shard_no, key, value, what, problems)


def _decoded(shard_no: int, key: str, value: StoredPostings, what: str,
             problems: list[str]) -> Iterator[tuple[int, str, list[int]]]:
    try:
        yield shard_no, key, decode_postings(value)
    except ValueError as exc:
        problems.append(f"{what} postings of {key!r} are damaged ({exc})")


def _check_postings(files: StoreFiles, seen: Seen) -> list[str]:
    problems: list[str] = []
    found_sums = [0] * ENT_SHARDS
    found: dict[int, dict[str, dict[int, int]]] = {}
    """Postings of the shards whose sum disagrees (read again to name the entities)."""
    for shard_no, key, flat in _each_postings(files, "ent", problems):
        if hash_shard(key, ENT_SHARDS) != shard_no:
            problems.append(f"entity {key} is in the wrong postings shard")
        for docno, count in zip(flat[0::2], flat[1::2], strict=True):
            found_sums[shard_no] = (found_sums[shard_no] + _posting(key, docno, count)) & _MASK
    bad = {n for n in range(ENT_SHARDS) if found_sums[n] != seen.ent_sums[n]}
    if bad:
        for shard_no, key, flat in _each_postings(files, "ent", []):
            if shard_no in bad:
                found.setdefault(shard_no, {})[key] = dict(zip(flat[0::2], flat[1::2],
                                                               strict=True))
        problems += _disagreeing_entities(files, bad, found)
    for _, key, flat in _each_postings(files, "word", problems):
        if any(not seen.has(d) for d in flat[0::2]):
            problems.append(f"word postings of {key!r} name an article that does not exist")
    return problems


def _disagreeing_entities(files: StoreFiles, bad: set[int],
                          found: dict[int, dict[str, dict[int, int]]]) -> list[str]:
    """The entities of the postings shards ``bad`` whose postings are not what the bodies
    say (the bodies read again, keeping only those shards' postings)."""
    expected: dict[str, dict[int, int]] = {}
    for docno, rec in files.body_records():
        if not all(isinstance(rec.get(f), str) and rec.get(f) for f in REQUIRED_FIELDS):
            continue
        for key, count in rec.get("ents", []):
            if hash_shard(key, ENT_SHARDS) in bad:
                expected.setdefault(key, {})[docno] = count
    stored = {key: postings for shard in found.values() for key, postings in shard.items()}
    return [f"postings of entity {key} disagree with the articles"
            for key in sorted(set(expected) | set(stored))
            if expected.get(key) != stored.get(key)]


def _check_state(store: ArticleStore) -> list[str]:
    try:
        store.marks()
    except StoreCorrupt as exc:
        return [damage(exc)]
    except ValueError as exc:
        return [f"{STATE_NAME}: {exc}"]
    return []
