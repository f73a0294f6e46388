"""Provides the implicit part of the Unicode Bidirectional Algorithm (UAX #9) over display units.

Why not call python-bidi here: its fast ``get_display`` (Rust) returns only a
string, without levels or an index map, so the reading pane could not map a
visual cell back to a logical offset; and it stops before rule L4, so brackets
at right-to-left levels come out unmirrored.  Its legacy pure-Python
``bidi.algorithm`` exposes levels and mirrors, but predates rule N0 (paired
brackets: "قال رئيس Apple (Tim Cook)" shows its closing bracket at the far
left) and costs about 0.17 ms a line.

What is implemented is small because layout neutralises every explicit
embedding, override and isolate control before it gets here (see
:mod:`reader.textsafe`): a paragraph is then a single isolating run sequence
at the paragraph level, and only rules W1-W7, N0-N2, I1-I2 (resolution) and
L1-L2 (reordering) apply.  Boundary-neutral characters (X9) never reach this
module.  That neutralising is the one documented departure from UAX #9: the
conformance tests (tests/unit/test_bidi_conformance.py) run every case of
BidiTest.txt and BidiCharacterTest.txt without explicit controls and report
the others separately.

As UAX #9 section 3.4 says, levels are resolved once per paragraph
(:func:`paragraph_levels`: the X, W, N and I rules, one function per phase:
:func:`resolve_weak`, :func:`resolve_brackets`, :func:`resolve_neutrals`,
:func:`implicit_levels`), and each line is then reordered on its own:
:func:`line_levels` applies rule L1 to the line's slice of the levels and
:func:`visual_order` rule L2.  So a number keeps the context of the Arabic
before it (rule W2) when a line break falls between them, and reads the
same wherever the line breaks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from bidi.mirror import MIRRORED

#: Bidi_Mirroring_Glyph pairs (rule L4), from python-bidi's table.
MIRROR: dict[str, str] = dict(MIRRORED)

#: Opening paired brackets (BD14) mapped to their closing bracket.  The UCD
#: defines Bidi_Paired_Bracket on exactly the Ps/Pe characters that have a
#: mirroring glyph of the other category, which is how this is derived.
OPENING: dict[str, str] = {
    o: c for o, c in MIRROR.items()
    if unicodedata.category(o) == "Ps" and unicodedata.category(c) == "Pe"
}
CLOSING: frozenset[str] = frozenset(OPENING.values())
#: BD16 matches brackets up to canonical equivalence: the angle brackets
#: U+2329/U+232A decompose to U+3008/U+3009.
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}
_MAX_DEPTH = 63  # BD16: stack size

#: Classes that make a line need full resolution in a right-to-left paragraph.
LTR_CLASSES = frozenset({"L", "EN", "AN"})
#: Classes that make a line need full resolution in a left-to-right paragraph.
RTL_CLASSES = frozenset({"R", "AL", "AN"})

# Direction of a resolved type for N0/N1: numbers count as R.
_DIRECTION = {"L": "L", "R": "R", "EN": "R", "AN": "R"}
_NEUTRAL = frozenset({"ON", "WS", "S", "B"})


@cache
def bidi_class(char: str) -> str:
    """Return the Bidi_Class of one character (``"L"``, ``"AL"``, ``"NSM"`` ...)."""
    return unicodedata.bidirectional(char) or "L"


def first_strong_rtl(types: Iterable[str]) -> bool | None:
    """Rules P2/P3: True if the first strong type is R or AL, False if L, None if there is none."""
    for kind in types:
        if kind == "L":
            return False
        if kind == "R" or kind == "AL":
            return True
    return None


def resolve_levels(types: Sequence[str], chars: Sequence[str], rtl: bool) -> list[int]:
    """Resolve the levels of a paragraph shown as one line (UAX #9 W1-W7, N0-N2, I1-I2, L1).

    Args:
        types: Original Bidi_Class of each unit (no explicit controls, no BN).
        chars: The character each unit stands for (used to pair brackets).
        rtl: The paragraph's base direction.

    Returns:
        One level per unit: 0/2 left-to-right, 1/3 right-to-left, after rule L1.
    """
    return line_levels(paragraph_levels(types, chars, rtl), types, rtl)


def paragraph_levels(types: Sequence[str], chars: Sequence[str], rtl: bool,
                     before: str = "") -> list[int]:
    """Resolve the levels of a whole paragraph before it is cut into lines: rules X1-I2.

    The explicit rules (X) reduce to one isolating run sequence at the
    paragraph level, because explicit controls never get here: its
    embedding direction (also its sos and eos) is the paragraph's.

    Args:
        types: Original Bidi_Class of each unit (no explicit controls, no BN).
        chars: The character each unit stands for (used to pair brackets).
        rtl: The paragraph's base direction.
        before: When the text is a part of a longer paragraph (laid out in parts):
            the Bidi_Class (``L``, ``R`` or ``AL``) of the last strong character
            before it, which rules W2 and W7 look back to instead of sos; empty
            for a whole paragraph.

    Returns:
        One level per unit (0-3), before rule L1 (which is per line: :func:`line_levels`).
    """
    e = "R" if rtl else "L"  # embedding direction; also sos and eos
    t = resolve_weak(types, e, before)
    resolve_brackets(t, types, chars, e)
    resolve_neutrals(t, e)
    return implicit_levels(t, rtl)


def resolve_weak(types: Sequence[str], e: str, before: str = "") -> list[str]:
    """Rules W1-W7: resolve marks, numbers, separators and terminators.

    Args:
        types: Original Bidi_Class of each unit.
        e: The embedding direction (``"L"`` or ``"R"``), also sos and eos.
        before: The last strong class before the text (see :func:`paragraph_levels`).

    Returns:
        The types after W7: only L, R, EN, AN and neutrals (ON, WS, S, B) are left.
    """
    t = list(types)
    _marks_take_previous(t, e)
    _arabic_numbers(t, before or e)
    _join_separators(t)
    _join_terminators(t)
    _weak_to_neutral(t, "R" if before == "AL" else before or e)  # W3 made AL R
    return t


def _marks_take_previous(t: list[str], e: str) -> None:
    """W1: a non-spacing mark takes the type of the character before it (sos at the start)."""
    prev = e
    for i in range(len(t)):
        if t[i] == "NSM":
            t[i] = prev
        prev = t[i]


def _arabic_numbers(t: list[str], last: str) -> None:
    """W2: European numbers after Arabic letters are Arabic numbers; W3: AL becomes R.

    ``last`` is the strong type before the text (sos, or the part before it).
    """
    for i in range(len(t)):
        ti = t[i]
        if ti == "EN":
            if last == "AL":
                t[i] = "AN"
        elif ti in ("L", "R", "AL"):
            last = ti
            if ti == "AL":
                t[i] = "R"


def _join_separators(t: list[str]) -> None:
    """W4: a single separator between two numbers of the same kind joins them."""
    for i in range(1, len(t) - 1):
        ti = t[i]
        if ti == "ES" or ti == "CS":
            before, after = t[i - 1], t[i + 1]
            if before == after and (before == "EN" or (before == "AN" and ti == "CS")):
                t[i] = before


def _join_terminators(t: list[str]) -> None:
    """W5: terminators (%, $, ...) next to a European number become part of it."""
    n = len(t)
    i = 0
    while i < n:
        if t[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and t[j] == "ET":
            j += 1
        if (i > 0 and t[i - 1] == "EN") or (j < n and t[j] == "EN"):
            t[i:j] = ["EN"] * (j - i)
        i = j


def _weak_to_neutral(t: list[str], last: str) -> None:
    """W6: remaining separators and terminators are neutral; W7: EN after L (or sos L) is L.

    ``last`` is the strong type before the text (sos, or the part before it).
    """
    for i in range(len(t)):
        ti = t[i]
        if ti in ("ES", "ET", "CS"):
            t[i] = "ON"
        elif ti == "EN":
            if last == "L":
                t[i] = "L"
        elif ti in ("L", "R"):
            last = ti


def pair_brackets(t: Sequence[str], chars: Sequence[str]) -> list[tuple[int, int]]:
    """BD16: the bracket pairs of a line, as (opening, closing) indices sorted by opening.

    Args:
        t: Types after the weak rules (only brackets still ON can pair).
        chars: The character of each unit.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(chars):
        if t[i] != "ON":
            continue
        closing = OPENING.get(c)
        if closing is not None:
            if len(stack) == _MAX_DEPTH:
                break  # BD16: stop looking for pairs
            stack.append((_CANONICAL.get(closing, closing), i))
        elif c in CLOSING:
            c = _CANONICAL.get(c, c)
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == c:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    pairs.sort()
    return pairs


def resolve_brackets(t: list[str], original: Sequence[str], chars: Sequence[str], e: str) -> None:
    """Rule N0: give paired brackets the direction of what they enclose (in place).

    Args:
        t: Types after the weak rules; brackets resolved here are set to L or R.
        original: Original Bidi_Class of each unit (marks after a bracket follow it).
        chars: The character of each unit.
        e: The embedding direction.
    """
    for opening, closing_at in pair_brackets(t, chars):
        direction = _bracket_direction(t, opening, closing_at, e)
        if direction is None:
            continue
        for pos in (opening, closing_at):
            t[pos] = direction
            k = pos + 1
            while k < len(t) and original[k] == "NSM":
                t[k] = direction
                k += 1


def _bracket_direction(t: Sequence[str], opening: int, closing_at: int, e: str) -> str | None:
    """N0 b-d: the direction a bracket pair takes, or None when it encloses no strong type."""
    inside_other = False
    for k in range(opening + 1, closing_at):
        d = _DIRECTION.get(t[k])
        if d == e:
            return e  # N0 b: the embedding direction inside
        if d is not None:
            inside_other = True
    if not inside_other:
        return None  # N0 d
    # N0 c: the other direction if the context before the pair agrees, else e.
    for k in range(opening - 1, -1, -1):
        d = _DIRECTION.get(t[k])
        if d is not None:
            return d
    return e


def resolve_neutrals(t: list[str], e: str) -> None:
    """N1/N2: a run of neutrals between two of the same direction takes it, else ``e`` (in place).

    Numbers count as R; sos and eos are ``e``.
    """
    n = len(t)
    i = 0
    while i < n:
        if t[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and t[j] in _NEUTRAL:
            j += 1
        before = _DIRECTION[t[i - 1]] if i > 0 else e
        after = _DIRECTION[t[j]] if j < n else e
        t[i:j] = [before if before == after else e] * (j - i)
        i = j


def implicit_levels(t: Sequence[str], rtl: bool) -> list[int]:
    """I1/I2: levels from the resolved types at the paragraph level (0 or 1)."""
    if rtl:
        return [2 if ti != "R" else 1 for ti in t]
    return [1 if ti == "R" else 2 if ti != "L" else 0 for ti in t]


#: Classes rule L1 sends back to the paragraph level: segment and paragraph separators ...
_SEPARATORS = frozenset({"S", "B"})
#: ... and the whitespace (and isolate controls, which never get here) before them or at the end.
_WHITESPACE = frozenset({"WS", "FSI", "LRI", "RLI", "PDI"})


def line_levels(levels: Sequence[int], types: Sequence[str], rtl: bool) -> list[int]:
    """Rule L1 on one line: its levels with separators and the whitespace before them reset.

    Reset to the paragraph level: every segment separator (tab) and
    paragraph separator, any whitespace right before one of them, and any
    whitespace at the end of the line.

    Args:
        levels: The line's slice of :func:`paragraph_levels`.
        types: The original Bidi_Class of the same units.
        rtl: The paragraph's base direction.

    Returns:
        A new list of levels, ready for :func:`visual_order`.
    """
    out = list(levels)
    base = 1 if rtl else 0
    resetting = True  # the end of the line counts as a separator
    for k in range(len(out) - 1, -1, -1):
        kind = types[k]
        if kind in _SEPARATORS:
            out[k] = base
            resetting = True
        elif resetting and kind in _WHITESPACE:
            out[k] = base
        else:
            resetting = False
    return out


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the logical indices of a line in visual (left-to-right) order.

    Args:
        levels: Resolved levels, one per unit, in logical order.

    Returns:
        A permutation of ``range(len(levels))``.
    """
    order = list(range(len(levels)))
    odd = [lv for lv in levels if lv & 1]
    if not odd:
        return order
    lv = list(levels)
    n = len(lv)
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < n:
            if lv[i] < level:
                i += 1
                continue
            j = i
            while j < n and lv[j] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            lv[i:j] = lv[i:j][::-1]
            i = j
    return order
