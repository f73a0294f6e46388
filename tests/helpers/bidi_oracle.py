"""Provides an independent reference layout for the golden tests: own wrapper, FriBidi, reshaper.

Nothing here comes from reader.layout.  The pipeline is the issue's, written
the plain way:

1. wrap the logical paragraph greedily at spaces, measuring each word in cells
   after shaping it (a word wider than the line is cut by cells, never inside a
   letter+marks cluster or a lam-alef pair);
2. per line: shape it in logical order with arabic-reshaper (contextual forms
   must be chosen in logical order, and presentation forms keep the letters'
   bidi class, so this commutes with reordering);
3. for the paragraph (the shaped lines with the spaces between them): run GNU
   FriBidi (libfribidi, the C implementation behind GTK, libass and mpv; a
   different UAX #9 implementation from reader.layout.bidi and from
   python-bidi's Rust one) with the paragraph's base direction: levels with
   bracket pairs (N0) once for the paragraph, L4 mirroring; then per line
   ``fribidi_reorder_line``: L1, L2 reordering, and L3 (marks after their
   base, FRIBIDI_FLAG_REORDER_NSM).

The oracle expects plain article text: no bidi controls, no LRM/RLM/ALM, no
ZWJ/ZWNJ (asserted).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import unicodedata

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from wcwidth import wcswidth

_LAM_ALEF = {
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
}
_CONFIG: dict[str, bool] = {name: name in _LAM_ALEF for name, _ in LIGATURES}
_CONFIG.update(delete_harakat=False, delete_tatweel=False, support_ligatures=True)
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration=_CONFIG)

_FRIBIDI_PAR_LTR = 0x00000110
_FRIBIDI_PAR_RTL = 0x00000111
_FRIBIDI_FLAG_REORDER_NSM = 0x00000002


def _load() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("fribidi") or "libfribidi.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    u32p = ctypes.POINTER(ctypes.c_uint32)
    i8p = ctypes.POINTER(ctypes.c_int8)
    lib.fribidi_get_bidi_types.argtypes = [u32p, ctypes.c_int, u32p]
    lib.fribidi_get_bracket_types.argtypes = [u32p, ctypes.c_int, u32p, u32p]
    lib.fribidi_get_par_embedding_levels_ex.argtypes = [u32p, u32p, ctypes.c_int, u32p, i8p]
    lib.fribidi_get_par_embedding_levels_ex.restype = ctypes.c_int8
    lib.fribidi_shape_mirroring.argtypes = [i8p, ctypes.c_int, u32p]
    lib.fribidi_reorder_line.argtypes = [
        ctypes.c_uint32, u32p, ctypes.c_int, ctypes.c_int, ctypes.c_uint32, i8p, u32p,
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.fribidi_reorder_line.restype = ctypes.c_int8
    return lib


FRIBIDI = _load()
HIDDEN = "\u0640"  # plus Arabic-block combining marks, see hidden()


def hidden(char: str) -> bool:
    """What the hide_marks option removes: tatweel and Arabic harakat."""
    return char == HIDDEN or (0x0610 <= ord(char) <= 0x08FF and unicodedata.category(char) == "Mn")


def fribidi_line(line: str, rtl: bool) -> str:
    """Reorder one logical line as a paragraph of its own (see :func:`fribidi_paragraph`)."""
    return fribidi_paragraph(line, [(0, len(line))], rtl)[0] if line else ""


def fribidi_paragraph(text: str, lines: list[tuple[int, int]], rtl: bool,
                      hidden: frozenset[int] = frozenset()) -> list[str]:
    """Resolve a paragraph with FriBidi (base direction forced), then reorder each line.

    Args:
        text: The paragraph, shaped.
        lines: ``(start, end)`` of each line in ``text``.
        rtl: The base direction.
        hidden: Indices of characters resolved as written but drawn as one U+FFFD
            (with the characters after them in that set: a cluster too wide for the line).

    Returns:
        Each line in visual order, mirrored, marks after their base.
    """
    assert FRIBIDI is not None
    n = len(text)
    chars = (ctypes.c_uint32 * n)(*map(ord, text))
    types = (ctypes.c_uint32 * n)()
    brackets = (ctypes.c_uint32 * n)()
    levels = (ctypes.c_int8 * n)()
    FRIBIDI.fribidi_get_bidi_types(chars, n, types)
    FRIBIDI.fribidi_get_bracket_types(chars, n, types, brackets)
    base = ctypes.c_uint32(_FRIBIDI_PAR_RTL if rtl else _FRIBIDI_PAR_LTR)
    if not FRIBIDI.fribidi_get_par_embedding_levels_ex(types, brackets, n, ctypes.byref(base),
                                                       levels):
        raise RuntimeError("fribidi failed")
    FRIBIDI.fribidi_shape_mirroring(levels, n, chars)
    index = (ctypes.c_int * n)(*range(n))
    out = []
    for start, end in lines:
        FRIBIDI.fribidi_reorder_line(_FRIBIDI_FLAG_REORDER_NSM, types, end - start, start,
                                     base.value, levels, chars, index)
        shown = []
        for k in range(start, end):
            if index[k] in hidden:
                if not shown or shown[-1][1] not in hidden or index[k] - 1 not in hidden:
                    shown.append(("\ufffd", index[k]))
                continue
            shown.append((chr(chars[k]), index[k]))
        out.append("".join(c for c, _ in shown))
    return out


def _clusters(word: str) -> list[str]:
    """A letter with its combining marks, and a lam-alef pair, stay together when a word is cut."""
    out: list[str] = []
    for c in word:
        mark = unicodedata.combining(c) or unicodedata.bidirectional(c) == "NSM"
        alef_after_lam = c in "\u0622\u0623\u0625\u0627" and bool(out) and out[-1].rstrip(
            "".join(chr(x) for x in range(0x064B, 0x0660))).endswith("\u0644")
        if out and (mark or alef_after_lam):
            out[-1] += c
        else:
            out.append(c)
    return out


def _cells(s: str) -> int:
    return wcswidth(_RESHAPER.reshape(s))


def wrap(paragraph: str, width: int) -> list[tuple[str, int, bool]]:
    """Greedy word wrap in logical order at runs of spaces (kept in a line, dropped at breaks).

    Returns:
        The paragraph cut in pieces, in order: ``(text, line number, whether the piece
        is a cluster too wide for the line)``; pieces with line number -1 are the
        spaces dropped at breaks.  Their texts put together are the paragraph.
    """
    pieces: list[tuple[str, int, bool]] = []
    line = -1
    cells = 0  # of the current line; 0 and line -1 before the first word
    gap = ""
    for token in re.split("( +)", paragraph):
        if not token:
            continue
        if token.startswith(" "):
            gap = token
            continue
        if _cells(token) > width:
            pieces.append((gap, -1, False))
            line += 1
            cells = 0
            for cl in _clusters(token):
                w = _cells(cl)
                too_wide = w > width
                w = 1 if too_wide else w
                if cells and cells + w > width:
                    line += 1
                    cells = 0
                pieces.append((cl, line, too_wide))
                cells += w
        elif line >= 0 and cells and cells + _cells(gap + token) <= width:
            pieces.append((gap, line, False))
            pieces.append((token, line, False))
            cells += _cells(gap + token)
        else:
            pieces.append((gap, -1, False))
            line += 1
            pieces.append((token, line, False))
            cells = _cells(token)
        gap = ""
    return [p for p in pieces if p[0]]


def first_strong_rtl(paragraph: str) -> bool:
    """UAX #9 P2/P3 on plain text."""
    for c in paragraph:
        cls = unicodedata.bidirectional(c)
        if cls == "L":
            return False
        if cls in ("R", "AL"):
            return True
    return False


def layout(paragraph: str, width: int, *, hide_marks: bool = False) -> list[str]:
    """Visual lines of a paragraph: wrap, shape each line, resolve the paragraph, reorder lines."""
    assert not any(c in paragraph for c in "\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c"
                   "\u202d\u202e\u2066\u2067\u2068\u2069\t")
    rtl = first_strong_rtl(paragraph)
    if hide_marks:
        paragraph = "".join(c for c in paragraph if not hidden(c))
    pieces = wrap(paragraph, width)
    count = 1 + max((line for _, line, _ in pieces), default=-1)
    # Shape each line alone (the dropped spaces between lines shape as themselves).
    shaped: list[tuple[str, int, bool]] = []
    k = 0
    while k < len(pieces):
        line = pieces[k][1]
        j = k
        while j < len(pieces) and pieces[j][1] == line:
            j += 1
        group = pieces[k:j]
        if line < 0 or not any(wide for _, _, wide in group):
            shaped.append((_RESHAPER.reshape("".join(t for t, _, _ in group)), line, False))
        else:  # shaped around the clusters too wide for the line, which are left as they are
            shaped.extend((t if wide else _RESHAPER.reshape(t), line, wide) for t, _, wide in group)
        k = j
    text = ""
    spans: list[list[int]] = [[-1, -1] for _ in range(count)]
    wide: set[int] = set()
    for piece, line, too_wide in shaped:
        if line >= 0:
            if spans[line][0] < 0:
                spans[line][0] = len(text)
            spans[line][1] = len(text) + len(piece)
        if too_wide:
            wide.update(range(len(text), len(text) + len(piece)))
        text += piece
    if not text:
        return []
    return fribidi_paragraph(text, [(a, b) for a, b in spans], rtl, frozenset(wide))


def layout_article(text: str, width: int, *, hide_marks: bool = False) -> list[str]:
    """Every non-blank line of ``text`` is a paragraph; one empty line between paragraphs."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        if out:
            out.append("")
        out.extend(layout(paragraph, width, hide_marks=hide_marks))
    return out
