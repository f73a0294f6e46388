"""Neutralises characters that must never reach a terminal raw (no Textual).

Article text comes from anywhere on the web.  A C0 or C1 control can start an
escape sequence that retitles the window, rewrites the clipboard (OSC 52),
queries the terminal or fakes the screen; bidi embedding, override and isolate
controls can make text read differently from what it is ("Trojan Source",
CVE-2021-42574).  Every string that is printed or painted goes through
:func:`neutralise` first.

The replacement is one character for one character, so logical offsets into
the stored text (search hits, entity spans) stay valid after neutralising.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Bidi embedding, override and isolate controls, shown as a visible mark.
#: LRM, RLM and ALM (U+200E, U+200F, U+061C) are plain marks that cannot
#: reorder anything on their own; they are kept, and the layout engine drops
#: them after reordering (they have no width).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: Shown instead of a bidi control or a C1 control.
PLACEHOLDER = "\ufffd"

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE: dict[int, str] = {}
_TABLE.update(_C0_PICTURES)
_TABLE[0x7F] = "\u2421"  # DEL -> SYMBOL FOR DELETE
for _code in range(0x80, 0xA0):  # C1 controls (CSI 0x9B, OSC 0x9D, DCS 0x90 ...)
    _TABLE[_code] = PLACEHOLDER
for _ch in BIDI_CONTROLS:
    _TABLE[ord(_ch)] = PLACEHOLDER
# Line separators would break a line where the layout does not expect it.
_TABLE[0x2028] = " "
_TABLE[0x2029] = " "
_TABLE[0x85] = " "  # NEL
# Lone surrogates: a file name that is not UTF-8 reaches Python as U+DC80-U+DCFF
# (surrogateescape), and a stream with errors="surrogateescape" (stdout under the
# C.UTF-8 locale) writes them back as the raw bytes, e.g. 0x9B, an 8-bit CSI.
for _code in range(0xD800, 0xE000):
    _TABLE[_code] = PLACEHOLDER

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + BIDI_CONTROLS + "]"
)


#: What json.dumps(ensure_ascii=False) leaves raw and a terminal must not see (it escapes C0).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff" + BIDI_CONTROLS + "]")


def neutralise(text: str, *, keep_newlines: bool = False, keep_tabs: bool = False) -> str:
    """Replace every unsafe character by a visible placeholder of the same length.

    Args:
        text: Any text.
        keep_newlines: Leave ``\\n`` alone (for multi-line output that is split later).
        keep_tabs: Leave ``\\t`` alone.

    Returns:
        The text with C0 controls shown as control pictures (``␛`` for ESC),
        DEL as ``␡``, C1 and bidi controls as ``�`` and line/paragraph
        separators as spaces.  ``len(result) == len(text)``.
    """
    if not _UNSAFE.search(text):
        return text
    table = _TABLE
    if keep_newlines or keep_tabs:
        table = dict(_TABLE)
        if keep_newlines:
            table.pop(0x0A)
        if keep_tabs:
            table.pop(0x09)
    return text.translate(table)


def dumps_json(data: Any, *, indent: int | None = 1) -> str:
    """Serialise ``data`` as JSON that is safe to print: no control reaches the terminal raw.

    ``json.dumps(..., ensure_ascii=False)`` escapes C0 controls but writes C1
    controls (U+0080-U+009F, which UTF-8 terminals obey), bidi controls and
    lone surrogates as they are.  Those are written as ``\\uXXXX`` escapes
    here; outside strings JSON holds none of them, so the document still
    parses to exactly the same value.  Arabic stays readable.

    Args:
        data: Anything :func:`json.dumps` accepts.
        indent: As for :func:`json.dumps`.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_SURROGATES = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Replace lone surrogates (text that is not Unicode, e.g. from a JSON ``\\ud800``) by U+FFFD.

    Such a string cannot be written as UTF-8; decoders replace them the same way.
    """
    return _SURROGATES.sub(PLACEHOLDER, text) if _SURROGATES.search(text) else text


def is_safe(text: str) -> bool:
    """Return True when ``text`` holds nothing :func:`neutralise` replaces (newlines allowed)."""
    return _UNSAFE.search(text.replace("\n", "")) is None


def one_line(text: str, limit: int = 0) -> str:
    """Neutralise and fold to a single line (for messages naming files or titles).

    Args:
        text: Any text, e.g. a file name taken from disk.
        limit: Cut to this many characters with an ellipsis (0 means no limit).
    """
    out = neutralise(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
    if limit and len(out) > limit:
        out = out[: max(0, limit - 1)] + "…"
    return out
