"""Provides a JSON file's top level read one entry at a time, in memory bounded by an entry.

``json.loads`` builds the whole document: a 63 MiB array of 1.45 million
two-word articles became gigabytes of dicts before the first was imported.
Here the top-level array (or, in a top-level object, the arrays under the
keys a caller names) is scanned once to check that the whole text is valid
JSON and to note where each entry starts and ends; the entries are then
decoded one at a time, as they are imported.  A broken file is refused by
the scan, before any entry of it is handed out.

Errors are :class:`json.JSONDecodeError` with the position, as ``json.loads``
raises them (``RecursionError`` for nesting too deep, ``ValueError`` for an
integer too long to read).
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

_DECODER = json.JSONDecoder()
#: A top-level array in a text of at most this many characters is decoded whole
#: (its entries at once: a few times the text in memory): a third of the time the
#: scan and then each entry's decoding take, which decode every entry twice
#: (9 -> 3 µs an article).  A text that does not decode takes the scan, which
#: says what is wrong and where.
WHOLE_ARRAY = 4 * 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")

if TYPE_CHECKING:
    Spans = array[int]
else:
    Spans = array
"""Start and end offsets of a list's entries, flat (``array('Q')``: 16 bytes an entry)."""


def _skip(text: str, i: int) -> int:
    match = _SPACE.match(text, i)
    return match.end() if match else i


def _value_end(text: str, i: int) -> int:
    """Where the JSON value starting at ``i`` ends (the value is decoded and dropped)."""
    if i >= len(text):
        raise json.JSONDecodeError("Expecting value", text, i)
    return int(_DECODER.raw_decode(text, i)[1])


def _next_item(text: str, end: int, closer: str) -> tuple[int, bool]:
    """After an item of a container ending at ``end``: where the next item starts, or
    where the container ends (and True) when ``closer`` comes first."""
    i = _skip(text, end)
    if text.startswith(",", i):
        return _skip(text, i + 1), False
    if text.startswith(closer, i):
        return i + 1, True
    raise json.JSONDecodeError("Expecting ',' delimiter", text, i)


class TooManyEntries(Exception):
    """A list has more entries than the scan was asked to note (the rest is not read)."""


def _array(text: str, i: int, most: int | None = None) -> tuple[Spans, int]:
    """The entries' spans of the array opening at ``text[i]`` (``[``), and where it ends.

    Raises:
        TooManyEntries: The array has more than ``most`` entries.
    """
    spans: Spans = array("Q")
    i = _skip(text, i + 1)
    if text.startswith("]", i):
        return spans, i + 1
    while True:
        if most is not None and len(spans) >= 2 * most:
            raise TooManyEntries(most)
        end = _value_end(text, i)
        spans.append(i)
        spans.append(end)
        i, closed = _next_item(text, end, "]")
        if closed:
            return spans, i


@dataclass
class Member:
    """One member of a top-level object."""

    key: str
    start: int
    end: int
    entries: Spans | None = None
    """The entries' spans, when the value is an array under a key the caller streams."""


@dataclass
class TopLevel:
    """What the scan found: an array, an object, or another value."""

    text: str
    kind: str
    """``array``, ``object`` or ``value``."""
    entries: Spans = field(default_factory=lambda: array("Q", ()))
    """The array's entries (``array``)."""
    members: list[Member] = field(default_factory=list)
    """The object's members in order (``object``)."""
    decoded: list[Any] | None = None
    """The array's entries, when the text was decoded whole (``array``)."""

    def value(self, start: int, end: int) -> Any:
        """The JSON value between two offsets, decoded now."""
        return json.loads(self.text[start:end])

    def items(self) -> Iterator[Any]:
        """The array's entries (``array``), decoded one at a time, or dropped one at a
        time once handed out when the text was decoded whole."""
        decoded = self.decoded
        if decoded is None:
            yield from self.each(self.entries)
            return
        for k in range(len(decoded)):
            entry, decoded[k] = decoded[k], None
            yield entry

    def each(self, spans: Spans) -> Iterator[Any]:
        """The entries of ``spans``, decoded one at a time."""
        for k in range(0, len(spans), 2):
            yield self.value(spans[k], spans[k + 1])


def _object(text: str, i: int, streamed: Callable[[str], bool],
            most: int | None) -> tuple[list[Member], int]:
    """The members of the object opening at ``text[i]`` (``{``), and where it ends."""
    members: list[Member] = []
    i = _skip(text, i + 1)
    if text.startswith("}", i):
        return members, i + 1
    while True:
        if not text.startswith('"', i):
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, i)
        key, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if not text.startswith(":", i):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, i)
        i = _skip(text, i + 1)
        if text.startswith("[", i) and streamed(key):
            entries, end = _array(text, i, most)
            members.append(Member(key, i, end, entries))
        else:
            end = _value_end(text, i)
            members.append(Member(key, i, end))
        i, closed = _next_item(text, end, "}")
        if closed:
            return members, i


def scan(text: str, streamed: Callable[[str], bool], most: int | None = None) -> TopLevel:
    """Check that ``text`` is one JSON value and note where its entries are.

    Args:
        text: The whole file.
        streamed: Whether the array under a key of a top-level object is a list
            of entries (to note one by one rather than decode).
        most: Stop at a list of more entries than this (None: no limit).

    Raises:
        json.JSONDecodeError: The text is not valid JSON (``Extra data``: more
            than one value, as in JSON Lines).
        RecursionError: An entry is nested too deeply.
        TooManyEntries: A list has more than ``most`` entries (the rest is not read).
    """
    i = _skip(text, 0)
    if text.startswith("[", i) and len(text) <= WHOLE_ARRAY:
        decoded = _whole_array(text)
        if decoded is not None:
            if most is not None and len(decoded) > most:
                raise TooManyEntries(most)
            return TopLevel(text, "array", decoded=decoded)
    if text.startswith("[", i):
        entries, end = _array(text, i, most)
        top = TopLevel(text, "array", entries=entries)
    elif text.startswith("{", i):
        members, end = _object(text, i, streamed, most)
        top = TopLevel(text, "object", members=members)
    else:
        end = _value_end(text, i)
        top = TopLevel(text, "value")
    end = _skip(text, end)
    if end < len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return top


def _whole_array(text: str) -> list[Any] | None:
    """The text decoded, if it is an array (else None: not one, or not valid JSON)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    return value if isinstance(value, list) else None


def line_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """``(line number, start, end)`` of every line of JSON Lines that is not blank.

    Lines end at ``\\n`` only: a JSON string may hold U+2028 and other line
    separators that ``str.splitlines`` would cut at.
    """
    start = 0
    number = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        number += 1
        if text[start:end].strip():
            yield number, start, end
        start = end + 1
