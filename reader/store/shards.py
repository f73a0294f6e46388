"""Provides the kinds of shard files, their names, their tables and hash sharding (no Textual).

A shard is named in a root by its identity, ``kind/number`` (``body/3``,
``ent/12``, ``keys/a``) or just ``kind`` (``docmap``, ``catalog``); its file
name adds the generation that wrote it (``body-3.7.json``, ``docmap.7.json``).
List shards are not identities but ranges of the sort order, listed in the
root with their bounds (``list-G-S.json``).  See :mod:`reader.store.store`
for what each kind holds.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from reader.store.api import RootDoc

BODY_SHARD_SIZE = 500
"""Articles per body shard: docnos ``N*500 .. N*500+499`` are in ``body/N``."""
LIST_SHARD_MAX = 1000
"""Records per list shard at most (a full one is split in two)."""
KEY_SHARDS = 16
"""Duplicate-key shards, one per hex digit of the id or fingerprint."""
ENT_SHARDS = 64
"""Entity postings shards (by hash of the key)."""
WORD_SHARDS = 256
"""Word postings shards (by hash of the stem)."""

SHARD_TABLES = {"body": "articles", "list": "articles", "keys": "keys", "docmap": "docs",
                "ent": "postings", "word": "postings", "catalog": "entities"}
"""The table every kind of shard file holds (by the file name's first part)."""

POSTINGS_SHARDS = {"ent": ENT_SHARDS, "word": WORD_SHARDS}
"""How many shards each kind of postings is hashed over."""


_OWN_NAME = re.compile(
    r"(?:(?:body|ent|word)-\d+\.\d+|keys-[0-9a-f]\.\d+|(?:docmap|catalog)\.\d+"
    r"|list-\d+-\d{5,})\.json")
"""Every name :func:`shard_file_name` and :func:`list_file_name` can give."""
_OWN_TEMP = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")
"""A temporary file ``atomic_write_bytes`` makes beside its target (``mkstemp``'s pattern)."""


def is_shard_file(name: str) -> bool:
    """Whether ``name`` is one the store gives its shard files (``body-3.7.json``, ...)."""
    return _OWN_NAME.fullmatch(name) is not None


def is_own_file(name: str) -> bool:
    """Whether the store can have written a file of this name in ``shards/``: a shard
    file's name, or the temporary name a shard file is written under before its rename.

    The store deletes nothing else (another program's files, a user's, ever).
    """
    if is_shard_file(name):
        return True
    temp = _OWN_TEMP.fullmatch(name)
    return temp is not None and is_shard_file(temp.group(1))


def shard_table(name: str) -> str | None:
    """The table a shard file of this name must hold (None: not a shard file name)."""
    return SHARD_TABLES.get(name.split(".", 1)[0].split("-", 1)[0])


def hash_shard(key: str, shards: int) -> int:
    """The shard (of ``shards``) a postings key is stored in."""
    return zlib.crc32(key.encode("utf-8")) % shards


def postings_ident(kind: str, key: str) -> str:
    """The shard identity holding ``key``'s postings (``kind``: ``ent``, else ``word``)."""
    shards = ENT_SHARDS if kind == "ent" else WORD_SHARDS
    return f"{kind}/{hash_shard(key, shards)}"


def body_ident(docno: int) -> str:
    """The body shard identity holding article ``docno``."""
    return f"body/{docno // BODY_SHARD_SIZE}"


def shard_file_name(ident: str, generation: int) -> str:
    """The file name of shard ``ident`` written by ``generation``: ``kind-N.G.json``
    (``kind.G.json`` for a shard without a number)."""
    kind, _, shard = ident.partition("/")
    return f"{kind}-{shard}.{generation}.json" if shard else f"{kind}.{generation}.json"


def list_file_name(generation: int, seq: int) -> str:
    """The file name of the ``seq``-th list shard (from 1) written by ``generation``."""
    return f"list-{generation}-{seq:05d}.json"


def named_files(root: RootDoc) -> set[str]:
    """Every shard file a root names as current (its shards and its list shards)."""
    return set(root.get("files", {}).values()) | {e["name"] for e in root.get("lists", [])}


def highest_generation(names: Iterable[str]) -> int:
    """The highest generation among shard file names (``kind[-shard].G.json``,
    ``list-G-S.json``); 0 when there are none."""
    best = 0
    for name in names:
        parts = name.split(".")
        if parts[0].startswith("list-"):
            gen = parts[0].split("-")[1]
        elif len(parts) == 3:
            gen = parts[1]
        else:
            continue
        if gen.isdigit():
            best = max(best, int(gen))
    return best
