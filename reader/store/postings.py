"""Provides the postings codec: (docno, count) lists as base64 text, and their tables (no Textual).

A postings list is flat, ``[docno, count, docno, count, ...]``.  On disk it
is one base64 string of little-endian uint32 values (format 2; format 1
wrote JSON lists, which are still read).  A postings shard holds one table,
``postings``, of ``{"k": key, "p": postings}`` documents.
"""

from __future__ import annotations

import base64
import sys
from array import array
from binascii import b2a_base64
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from tinydb import TinyDB

from reader.store.errors import StoreCorrupt

_BIG_ENDIAN = sys.byteorder == "big"
UINT32 = next(code for code in "IL" if array(code).itemsize == 4)
"""The array typecode of a 4-byte unsigned int (``I`` on every common platform)."""

new_postings = partial(array, UINT32)
"""An empty flat postings list as a uint32 array: a third of a list's memory,
and already the bytes :func:`encode_postings` writes."""

StoredPostings = str | list[int]
"""Postings as a shard holds them: base64 text (format 2) or a JSON list (format 1)."""


def encode_postings(flat: Iterable[int]) -> str:
    """Postings ``[docno, count, docno, count, ...]`` as one base64 string of
    little-endian uint32 values.

    A shard of postings is mostly numbers: as JSON lists, writing and parsing
    them was most of what an import's commits cost, and a query parsed every
    list of a shard to use one.  As strings, JSON copies them whole, and only
    the list a query asks for is decoded (see :func:`decode_postings`).
    """
    return b2a_base64(_raw_postings(flat), newline=False).decode("ascii")


def decode_postings(value: object) -> list[int]:
    """The flat postings list of :func:`encode_postings` (a format-1 JSON list
    is checked and read as is).

    Raises:
        ValueError: ``value`` is neither, or a list that is not uint32 pairs (a damaged shard).
    """
    if isinstance(value, list):
        if len(value) % 2 or not all(type(v) is int and 0 <= v <= 0xFFFFFFFF for v in value):
            raise ValueError("a postings list is not pairs of counts")
        return value
    if not isinstance(value, str):
        raise ValueError("a postings entry is neither text nor a list")
    raw = base64.b64decode(value, validate=True)
    if len(raw) % 8:
        raise ValueError("a postings entry has an odd length")
    values = array(UINT32)
    values.frombytes(raw)
    if _BIG_ENDIAN:
        values.byteswap()
    return values.tolist()


def append_postings(encoded: str, flat: Iterable[int]) -> str:
    """``encoded`` with ``flat`` added, as bytes (a long list is never turned into ints).

    Raises:
        ValueError: ``encoded`` is not postings (a damaged shard).
    """
    raw = base64.b64decode(encoded, validate=True)
    if len(raw) % 8:
        raise ValueError("a postings entry has an odd length")
    return b2a_base64(b"".join((raw, _raw_postings(flat))), newline=False).decode("ascii")


def merge_postings(stored: object, added: Iterable[int]) -> str:
    """Postings as stored (either format) with ``added`` after them, encoded.

    Raises:
        ValueError: ``stored`` is not postings (a damaged shard).
    """
    if isinstance(stored, str):
        return append_postings(stored, added)
    return encode_postings([*decode_postings(stored), *added])  # format 1 wrote JSON lists


def _raw_postings(flat: Iterable[int]) -> bytes | array[int]:
    """The little-endian uint32 bytes of ``flat`` (a uint32 array on a little-endian
    machine is its own bytes: not copied)."""
    if isinstance(flat, array) and not _BIG_ENDIAN:
        return flat
    values = array(UINT32, flat)
    if _BIG_ENDIAN:
        values.byteswap()
    return values.tobytes()


def postings_table(postings: dict[str, StoredPostings]) -> dict[str, dict[str, object]]:
    """The tables of a postings shard holding ``postings`` (key -> stored postings), by key."""
    return {"postings": {str(i): {"k": k, "p": p}
                         for i, (k, p) in enumerate(sorted(postings.items()), 1)}}


def read_postings(db: TinyDB) -> dict[str, StoredPostings]:
    """Key -> postings as stored in a postings shard (decode one with :func:`decode_postings`).

    Read from the parsed file directly: wrapping each entry in a TinyDB
    Document only to read two fields cost more than the parse.

    Raises:
        StoreCorrupt: an entry lacks its key or its list.
    """
    data = db.storage.read() or {}
    try:
        return {doc["k"]: doc["p"] for doc in data["postings"].values()}
    except (KeyError, TypeError):
        path = getattr(db.storage, "path", None)
        raise StoreCorrupt(Path(path) if path else Path("postings"),
                           "is damaged (a postings entry lacks its key or its list)") from None
