"""Provides Arabic cursive joining: each letter's contextual form, by Unicode's own data.

Which form a letter takes (isolated, final, initial, medial) follows from the
Joining_Type of it and its neighbours (Unicode chapter 9.2, ArabicShaping.txt):

- D (dual-joining) and C (join-causing: ZWJ, tatweel) join on both sides,
  R (right-joining: alef, dal, waw ...) only to the letter before it, L only
  to the one after it, U (non-joining, including ZWNJ) to neither;
- T (transparent: every combining mark, U+0898-U+089F and U+08CA-U+08E1
  among them, and format characters such as LRM or the soft hyphen) is
  skipped: a letter joins across its marks.

Joining types come from the ``regex`` module's Unicode database (kept up to
date with each Unicode version), so letters such as U+06BA DOTLESS NOON (D)
or U+0677 HIGH HAMZA WAW (R) join as the standard says even where no
presentation form exists for the position (the letter is then drawn as it
is, and its neighbours still take their joined forms).  Presentation forms
come from the compatibility decompositions of U+FB50-U+FDFF and
U+FE70-U+FEFF (``<initial> 0628`` ...).  Of the ligatures only lam-alef is
made: every Arabic font has it and Arabic is never written without it.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

#: The four positional forms, in the order of :data:`FORMS`' tuples.
ISOLATED, FINAL, INITIAL, MEDIAL = 0, 1, 2, 3
_TAGS = {"<isolated>": ISOLATED, "<final>": FINAL, "<initial>": INITIAL, "<medial>": MEDIAL}

LAM = "\u0644"
#: Alefs that make a ligature with a lam before them.
ALEFS = frozenset("\u0622\u0623\u0625\u0627")

_JOINING = regex.compile(
    r"(?P<D>\p{Joining_Type=D})|(?P<R>\p{Joining_Type=R})|(?P<L>\p{Joining_Type=L})"
    r"|(?P<C>\p{Joining_Type=C})|(?P<T>\p{Joining_Type=T})"
)
#: Join to the letter after them / before them.
_JOINS_AFTER = frozenset("DLC")
_JOINS_BEFORE = frozenset("DRC")


@cache
def joining_type(char: str) -> str:
    """The Joining_Type of one character: ``D``, ``R``, ``L``, ``C``, ``T`` or ``U``."""
    m = _JOINING.match(char)
    return m.lastgroup or "U" if m else "U"


def _presentation_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """Letter -> its four forms (``""`` where Unicode has none); alef -> lam-alef forms."""
    forms: dict[str, list[str]] = {}
    ligatures: dict[str, list[str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        form = chr(code)
        tag, _, rest = unicodedata.decomposition(form).partition(" ")
        position = _TAGS.get(tag)
        letters = [chr(int(h, 16)) for h in rest.split()]
        if position is None or not letters:
            continue
        if len(letters) == 1:
            forms.setdefault(letters[0], ["", "", "", ""])[position] = form
        elif len(letters) == 2 and letters[0] == LAM and letters[1] in ALEFS:
            ligatures.setdefault(letters[1], ["", ""])[position] = form
    return ({k: tuple(v) for k, v in forms.items()},
            {k: (v[ISOLATED], v[FINAL]) for k, v in ligatures.items()})


FORMS, LAM_ALEF = _presentation_forms()
#: Every lam-alef ligature form.
LAM_ALEF_FORMS = frozenset(f for pair in LAM_ALEF.values() for f in pair)
#: Presentation form -> the letter it is a form of.
FORM_OF: dict[str, str] = {f: letter for letter, fs in FORMS.items() for f in fs if f}


def joins(chars: str) -> list[int]:
    """How each character joins: bit 1 to the letter before it, bit 2 to the one after it.

    Transparent characters (marks, format characters) get 0 and are skipped
    over: a letter joins across them.
    """
    out = [0] * len(chars)
    before = -1  # index of the last non-transparent character, if it joins to what follows
    for i, char in enumerate(chars):
        kind = joining_type(char)
        if kind == "T":
            continue
        if before >= 0 and kind in _JOINS_BEFORE:
            out[i] |= 1
            out[before] |= 2
        before = i if kind in _JOINS_AFTER else -1
    return out


def form(char: str, how: int) -> str:
    """The glyph of ``char`` joined ``how`` (bits of :func:`joins`); itself when there is none."""
    forms = FORMS.get(char)
    if forms is None:
        return char
    return forms[(ISOLATED, FINAL, INITIAL, MEDIAL)[how]] or char


def shape(chars: str) -> tuple[list[str], dict[int, int]]:
    """Shape a word: the glyph of each character, and the lam-alef ligatures made.

    A lam followed (across marks) by an alef becomes the lam-alef ligature:
    the lam's glyph is the ligature, the alef's is ``""``.  Characters
    without forms (marks, digits, Latin) are their own glyph.

    Returns:
        The glyph of each character of ``chars``, in order, and for each
        ligature the index of its lam mapped to the index of its alef.
    """
    how = joins(chars)
    forms = FORMS
    out = [form(c, h) if c in forms else c for c, h in zip(chars, how, strict=True)]
    ligatures: dict[int, int] = {}
    start = chars.find(LAM)
    while start >= 0:
        if how[start] & 2:
            j = start + 1
            while joining_type(chars[j]) == "T":
                j += 1
            pair = LAM_ALEF.get(chars[j])
            if pair is not None:
                out[start] = pair[how[start] & 1]
                out[j] = ""
                ligatures[start] = j
        start = chars.find(LAM, start + 1)
    return out, ligatures
