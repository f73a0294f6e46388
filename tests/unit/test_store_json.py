"""Unit tests of the store's JSON (reader.store.files.dump_json and load_json).

dump_json writes through orjson and load_json reads through it; both must give
what the standard library gave before (json.dumps with ensure_ascii=False and
compact separators; json.loads), byte for byte and value for value, so that a
store written by one version reads and rewrites identically in the other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb.table import Document

from helpers.drafts import draft, simple_analyser
from reader.store import StoreCorrupt, open_store
from reader.store.files import dump_json, load_json


def stdlib_dump(data: object) -> bytes:
    """What dump_json wrote before orjson (the standard library's form)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# What the store writes: str keys; str, int (64-bit), bool and None values, in dicts and lists.
_keys = st.text()
_texts = st.text(st.characters(exclude_categories=("Cs",)))  # no lone surrogates
_scalars = (st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | _texts)
_docs = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(_texts, inner, max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_docs)
def test_dump_json_writes_what_json_dumps_wrote_and_reads_back(data: Any) -> None:
    written = dump_json(data)
    assert written == stdlib_dump(data)
    assert load_json(written) == data == json.loads(written)


@pytest.mark.parametrize("text", [
    "مرحبا بالعالم",  # Arabic stays readable, no \u escapes
    "\u2028\u2029",  # line and paragraph separators: raw, as json.dumps writes them
    "\x7f\x85\xa0\ufeff",  # DEL, NEL, no-break space, BOM: raw
    "\x00\x01\x1f\t\n\r\b\f",  # control characters: escaped the same way
    '"\\/',  # quote, backslash; the slash is not escaped
    "\U0001f600",  # astral: raw UTF-8, not a surrogate pair
])
def test_escapes_are_those_of_json_dumps(text: str) -> None:
    data = {"t": {text: [text]}}
    assert dump_json(data) == stdlib_dump(data)
    assert load_json(dump_json(data)) == data


def test_a_lone_surrogate_is_written_as_an_escape_and_reads_back() -> None:
    # From a "\ud800" escape in an imported file, or a file name that is not UTF-8.
    data = {"articles": {"1": {"title": "a\udc80b", "source": "\ud800"}}}
    written = dump_json(data)
    assert written == b'{"articles":{"1":{"title":"a\\udc80b","source":"\\ud800"}}}'
    assert load_json(written) == data  # orjson refuses the escape; json.loads reads it


def test_what_orjson_refuses_goes_through_json_dumps() -> None:
    for data in ({2: "a", None: 2, True: 3, 1.5: 4},  # keys that are not str
                 [2**64, -(2**63) - 1, 10**30]):  # ints beyond 64 bits
        assert dump_json(data) == stdlib_dump(data)
    assert load_json(dump_json({1: "a"})) == {"1": "a"}


def test_subclasses_are_written_as_their_base_type() -> None:
    class Text(str):
        pass

    data = {"docs": Document({"id": Text("x"), "n": 3}, doc_id=1), "l": [Text("y")]}
    assert dump_json(data) == stdlib_dump(data) == b'{"docs":{"id":"x","n":3},"l":["y"]}'


def test_datetimes_and_dataclasses_are_refused_as_json_dumps_refuses_them() -> None:
    @dataclasses.dataclass
    class Point:
        x: int

    for value in (dt.datetime(2024, 5, 18), dt.date(2024, 5, 18), Point(1)):
        with pytest.raises(TypeError):
            dump_json({"v": value})


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbf{}", b'{"a":NaN}', b'{"a":1e400}', b'{"a":1,"a":2}'])
def test_load_json_reads_what_json_loads_read(raw: bytes) -> None:
    assert repr(load_json(raw)) == repr(json.loads(raw))


@pytest.mark.parametrize("raw", [b"", b"{", b'{"a":}', b"\xff\xfe", b'{"a":"\xff"}', b"[1,]"])
def test_load_json_fails_with_the_errors_of_json_loads(raw: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)):
        load_json(raw)


def test_a_store_with_lone_surrogates_reopens_unchanged(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1, title="عنوان \udc80 أول", body="نص \ud800 الخبر")])
    body = next((tmp_path / "db" / "shards").glob("body-*.json"))
    assert b"\\udc80" in body.read_bytes() and b"\\ud800" in body.read_bytes()
    again = open_store(tmp_path / "db", simple_analyser)
    [summary] = again.latest()
    article = again.get(summary.id)
    assert (summary.title, article.title, article.body) == (
        "عنوان \udc80 أول", "عنوان \udc80 أول", "نص \ud800 الخبر")


def test_a_shard_orjson_and_json_both_refuse_is_reported_damaged(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1)])
    body = next((tmp_path / "db" / "shards").glob("body-*.json"))
    body.write_bytes(body.read_bytes()[:-5])
    with pytest.raises(StoreCorrupt, match="not valid JSON"):
        open_store(tmp_path / "db", simple_analyser).get(s.latest()[0].id)
