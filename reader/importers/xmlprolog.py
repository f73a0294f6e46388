"""Provides the prolog of an XML file (declaration, comments, doctype) told from its root.

Format sniffing looks past the prolog for the root element, whatever its
size; the feed reader removes the doctype before parsing, so that entities
it declares are never expanded (nor external ones fetched).  Nothing here
parses XML: it only finds where each part of the prolog ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPACE = re.compile(r"\s*")


def _parts(text: str) -> Iterator[tuple[str, int, int]]:
    """``(kind, start, end)`` of each part of the prolog (``decl``, ``comment``,
    ``doctype``), then ``("root", i, i)`` where the first element starts; ``end`` is -1
    for a part that does not close (nothing follows it).  Doctypes are told apart
    case-insensitively (``text`` need not be lower-cased); ``<!DOCTYPE html`` is a root."""
    i = 0
    while True:
        i = _SPACE.match(text, i).end()  # type: ignore[union-attr] # always matches
        if text.startswith("<?", i):
            kind, end = "decl", _after(text, "?>", i + 2)
        elif text.startswith("<!--", i):
            kind, end = "comment", _after(text, "-->", i + 4)
        elif text[i:i + 9].lower() == "<!doctype" and text[i + 9:i + 14].lower() != " html":
            kind, end = "doctype", _doctype_end(text, i + 9)
        else:
            yield "root", i, i
            return
        yield kind, i, end
        if end < 0:
            return
        i = end


def skip_prolog(text: str) -> str | None:
    """Drop the XML declaration, comments, processing instructions and doctype before the
    root (a prolog of any size; a doctype's internal subset may declare entities, which
    are skipped, never expanded).

    Returns:
        The text from the first element on; None when the text ends inside the prolog
        (a longer head is needed to see the root).
    """
    for kind, start, end in _parts(text):
        if end < 0:
            return None
        if kind == "root":
            return text[start:] if start < len(text) else None
    return None  # unreachable: the parts end with the root or an unclosed part


def _after(text: str, closer: str, start: int) -> int:
    """Where the text continues after the next ``closer`` (-1: it does not close)."""
    end = text.find(closer, start)
    return -1 if end < 0 else end + len(closer)


def _doctype_end(text: str, i: int) -> int:
    """Where the text continues after a doctype whose name starts at ``i`` (-1: unclosed).

    Quoted strings and the internal subset (``[...]``, with its declarations,
    comments and processing instructions) may hold ``>`` and ``]``.
    """
    in_subset = False
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _after(text, c, i + 1)
        elif in_subset and text.startswith("<!--", i):
            i = _after(text, "-->", i + 4)
        elif in_subset and text.startswith("<?", i):
            i = _after(text, "?>", i + 2)
        elif c == "[" and not in_subset:
            in_subset, i = True, i + 1
        elif c == "]" and in_subset:
            in_subset, i = False, i + 1
        elif c == ">" and not in_subset:
            return i + 1
        else:
            i += 1
        if i < 0:
            return -1
    return -1


def without_doctype(text: str) -> str:
    """``text`` with its doctype (and the entities its internal subset declares) removed;
    unchanged when it has none before the root, or one that does not close."""
    for kind, start, end in _parts(text):
        if kind == "doctype" and end >= 0:
            return text[:start] + text[end:]
    return text
