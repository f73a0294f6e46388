"""Provides display units: grapheme clusters shaped into presentation forms, measured, mapped.

A *unit* is what moves as one piece when a line is reordered, is never cut
when a word is cut, and is measured as one: an extended grapheme cluster
(UAX #29, from wcwidth's segmentation: a letter with its marks, a flag, an
emoji with its skin tone, a ZWJ family ...), shaped (see
:mod:`reader.layout.joining`).  Keeping marks inside their unit is how rule L3
of UAX #9 is honoured: a terminal draws a combining mark on the cell to its
left, so after a right-to-left run is reversed the marks must still come
right after their base.  A unit takes the cells wcwidth gives its cluster.

Shaping is contextual only inside a run of non-space characters, and lines
break only between such runs, so each run is shaped once and cached (news
repeats its words) instead of shaping every line again at every width.
"""

from __future__ import annotations

import unicodedata
from array import array
from functools import cache
from itertools import accumulate, chain
from typing import NamedTuple

from wcwidth import iter_graphemes, wcswidth, wcwidth

from reader.layout.bidi import LTR_CLASSES, MIRROR, RTL_CLASSES, bidi_class
from reader.layout.joining import LAM_ALEF_FORMS, shape

TATWEEL = "\u0640"
#: The lam-alef ligatures in all their forms.
LAM_ALEF = LAM_ALEF_FORMS
#: Implicit directional marks: they take part in the bidi algorithm, then are dropped.
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
ZWNJ = "\u200c"
ZWJ = "\u200d"
ZWSP = "\u200b"
"""Drawn before a cluster that starts with a lone extender (see :func:`lone_extender`)."""


class Unit(NamedTuple):
    """One piece of a line that wrapping and reordering never split: a shaped grapheme cluster."""

    text: str
    """What is drawn: a presentation form (or any character) and its combining marks, a
    whole emoji sequence ...; ``""`` for LRM/RLM/ALM."""
    offsets: tuple[int, ...]
    """For each character of ``text``, its logical offset relative to the run start."""
    ends: tuple[int, ...]
    """For each character of ``text``, the relative offset just past what it stands for."""
    start: int
    """Relative offset of the first logical character of the unit."""
    cells: int
    """Terminal cells ``text`` takes."""
    bidi: str
    """Bidi_Class of the base character (resolution works on units)."""
    base: str
    """The base character before shaping (paired brackets and mirroring look at it)."""


def is_hidden_mark(char: str) -> bool:
    """True for what ``hide_marks`` removes: Arabic harakat (combining marks) and tatweel."""
    if char == TATWEEL:
        return True
    code = ord(char)
    return 0x0610 <= code <= 0x08FF and unicodedata.category(char) == "Mn"


def char_cells(char: str) -> int:
    """Cells one character takes; characters wcwidth cannot measure count 0 (never printed raw)."""
    return max(wcwidth(char), 0)


def text_cells(text: str) -> int:
    """Cells a string takes: wcwidth's width of each grapheme cluster, added up.

    A flag, an emoji with its skin tone or a ZWJ family is one cluster of two
    cells; a VS16 emoji sequence counts as drawn; what wcwidth cannot measure
    (controls, never printed raw) counts 0.
    """
    width = wcswidth(text)
    if width >= 0 and ZWSP not in text:  # wcswidth joins a skin tone to an emoji across a ZWSP
        return int(width)
    return sum(max(wcswidth(cluster), 0) for cluster in iter_graphemes(text))


class Run(NamedTuple):
    """A shaped run (a word, or spaces) and what layout needs of it, computed once."""

    units: tuple[Unit, ...]
    """Units in logical order."""
    cells: int
    """Cells of the whole run."""
    text: str
    """The units' text in logical order."""
    offsets: tuple[int, ...]
    """Per character of ``text``: relative logical offset."""
    ends: tuple[int, ...]
    """Per character of ``text``: relative logical end."""
    rtext: str
    """The units in reverse order, brackets mirrored: the run as a right-to-left level shows it."""
    roffsets: tuple[int, ...]
    """Per character of ``rtext``: relative logical offset."""
    rends: tuple[int, ...]
    """Per character of ``rtext``: relative logical end."""
    groups: tuple[tuple[int, int, str, str], ...]
    """``(a, b, class, base)``: characters ``text[a:b]`` are units that resolve alike
    (same class, see :data:`MERGEABLE`); ``base`` is the first unit's base character."""
    ltr: int
    """Units of class L, EN or AN (they need resolution in a right-to-left line)."""
    rtl: int
    """Units of class R, AL or AN (they need resolution in a left-to-right line)."""
    marks: int
    """Units that are a combining mark without a base (the run starts with a mark)."""
    unit_groups: tuple[int, ...]
    """Per unit: the index of its group in :attr:`groups`."""
    unit_pos: array[int]
    """Per unit, and one past the last: where its text starts in :attr:`text`."""
    cell_pos: array[int]
    """Per unit, and one past the last: the cells before it (prefix sums)."""


#: Consecutive units of one of these classes resolve alike (UAX #9 W1-W7 and
#: N0-N2 treat a sequence of them as one, L1 resets a sequence of WS or S
#: together), so the resolver takes them as one item.
MERGEABLE = frozenset({"L", "R", "AL", "EN", "AN", "WS", "ET", "S"})


def make_run(units: tuple[Unit, ...]) -> Run:
    """Precompute a :class:`Run` from its units."""
    texts = [u.text for u in units]
    kinds = [u.bidi for u in units]
    bases = [u.base for u in units]
    unit_pos = array("l", accumulate(map(len, texts), initial=0))
    groups, unit_groups = _groups(kinds, bases, unit_pos)
    mirrored = texts if _MIRRORED.isdisjoint(bases) else [
        MIRROR[u.base] + u.text[1:] if u.base in MIRROR and u.text.startswith(u.base) else u.text
        for u in units]
    back = units[::-1]
    return Run(
        units=units, cells=sum(u.cells for u in units), text="".join(texts),
        offsets=tuple(chain.from_iterable(u.offsets for u in units)),
        ends=tuple(chain.from_iterable(u.ends for u in units)),
        rtext="".join(reversed(mirrored)),
        roffsets=tuple(chain.from_iterable(u.offsets for u in back)),
        rends=tuple(chain.from_iterable(u.ends for u in back)),
        groups=groups, ltr=sum(map(LTR_CLASSES.__contains__, kinds)),
        rtl=sum(map(RTL_CLASSES.__contains__, kinds)), marks=kinds.count("NSM"),
        unit_groups=unit_groups, unit_pos=unit_pos,
        cell_pos=array("l", accumulate((u.cells for u in units), initial=0)),
    )


#: Characters with a mirrored glyph.
_MIRRORED = frozenset(MIRROR)


def _groups(kinds: list[str], bases: list[str], unit_pos: array[int]) -> tuple[
        tuple[tuple[int, int, str, str], ...], tuple[int, ...]]:
    """The run's groups of units that resolve alike, and the group of each unit."""
    if kinds and kinds.count(kinds[0]) == len(kinds) and kinds[0] in MERGEABLE:
        return ((0, unit_pos[-1], kinds[0], bases[0]),), (0,) * len(kinds)  # most words
    groups: list[tuple[int, int, str, str]] = []
    unit_groups: list[int] = []
    last = ""
    for k, kind in enumerate(kinds):
        if kind == last and kind in MERGEABLE:
            a, _, _, base = groups[-1]
            groups[-1] = (a, unit_pos[k + 1], kind, base)
        else:
            groups.append((unit_pos[k], unit_pos[k + 1], kind, bases[k]))
            last = kind
        unit_groups.append(len(groups) - 1)
    return tuple(groups), tuple(unit_groups)


#: Shaped runs by (run, hide_marks).  News repeats its words, so most runs of a
#: new article are already here; emptied when full (cheap, and rare).
_CACHE: dict[tuple[str, bool], Run] = {}
_CACHE_LIMIT = 200_000


def cache_clear() -> None:
    """Forget every shaped run (for benchmarks and tests)."""
    _CACHE.clear()


def shape_run(run: str, hide_marks: bool = False) -> tuple[Unit, ...]:
    """Shape one run of text (a word, or spaces) into display units.

    Args:
        run: Neutralised logical text; for words, no breaking spaces.
        hide_marks: Drop harakat and tatweel first.

    Returns:
        The units in logical order; offsets are relative to the start of ``run``.
        Characters that are never drawn (hidden marks, ZWJ and other
        boundary-neutral characters) belong to no unit; LRM/RLM/ALM become
        units with empty text so that they still steer the bidi algorithm.
    """
    return shape_runs([run], hide_marks)[0].units


def shape_runs(runs: list[str], hide_marks: bool = False) -> list[Run]:
    """Shape many runs at once (see :func:`shape_run`), each distinct run once."""
    missing = list(dict.fromkeys(r for r in runs if (r, hide_marks) not in _CACHE))
    if missing:
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
        for run in missing:
            _CACHE[run, hide_marks] = make_run(_shape_units(run, hide_marks))
    return [_CACHE[r, hide_marks] for r in runs]


def _select(run: str, hide_marks: bool) -> list[int]:
    """Indices of ``run`` that are shaped and clustered (what is never drawn is left out).

    Left out: harakat and tatweel when hiding marks, and boundary-neutral
    characters (soft hyphen, ZWSP ..., ignored by UAX #9 rule X9) but the
    join controls ZWJ and ZWNJ, which shaping must see.  LRM, RLM and ALM
    stay: they become empty units that still steer the bidi algorithm.
    """
    if not hide_marks and "BN" not in map(bidi_class, run):
        return list(range(len(run)))
    keep: list[int] = []
    for i, c in enumerate(run):
        if hide_marks and is_hidden_mark(c):
            continue
        if c != ZWNJ and c != ZWJ and bidi_class(c) == "BN":
            continue
        keep.append(i)
    return keep


def _new_unit(fields: tuple[str, tuple[int], tuple[int], int, int, str, str]) -> Unit:
    """A :class:`Unit` from its fields (tuple.__new__: a third of the time of Unit(...))."""
    return tuple.__new__(Unit, fields)


@cache
def lone_extender(char: str) -> bool:
    """True for a character that would join the cluster drawn before it, were one there.

    A skin-tone modifier (or a spacing mark) that starts a word sits alone in
    logical order, but once reordered it may follow an emoji and be drawn as
    part of it, one cluster short.  Such a unit is drawn after a zero-width
    space, which always ends a cluster (a Control for UAX #29).  A bare
    combining mark (class NSM) is not one: it is drawn on what precedes it on
    purpose (:func:`reader.layout.reorder.visual`).
    """
    return bidi_class(char) != "NSM" and len(list(iter_graphemes("a" + char))) == 1


@cache
def _at(offset: int) -> tuple[int]:
    """The one-offset tuple ``(offset,)``, shared (a long word has millions of units)."""
    return (offset,)


@cache
def _same(char: str) -> str:
    """One shared string per character (a unit keeps its base character)."""
    return char


#: Characters a unit needs more care for: join controls, tabs and the bidi marks.
_SPECIAL = frozenset((ZWJ, ZWNJ, "\t", *BIDI_MARKS))


def _shape_units(run: str, hide_marks: bool) -> tuple[Unit, ...]:
    """Shape one run and cut it into units, one per grapheme cluster (a ligature joins two)."""
    keep = _select(run, hide_marks)
    chars = run if len(keep) == len(run) else "".join(run[i] for i in keep)
    glyphs, ligatures = shape(chars)
    lengths = list(map(len, iter_graphemes(chars)))
    if (len(lengths) == len(chars) and not ligatures and _SPECIAL.isdisjoint(chars)
            and not (chars and lone_extender(chars[0]))):  # all hidden ("ـ"): no units
        # Every character is a cluster of its own (most words): one unit each.
        return tuple([_new_unit((g, _at(k), _at(k + 1), k, _glyph_cells(g), bidi_class(c),
                                 _same(c)))
                      for k, c, g in zip(keep, chars, glyphs, strict=True)])
    return _cluster_units(chars, keep, glyphs, ligatures, lengths)


def _cluster_units(chars: str, keep: list[int], glyphs: list[str], ligatures: dict[int, int],
                   lengths: list[int]) -> tuple[Unit, ...]:
    """Units of a word with clusters of several characters, ligatures or special characters."""
    bounds = list(accumulate(lengths, initial=0))
    units: list[Unit] = []
    k = 0
    while k < len(bounds) - 1:
        a, b = bounds[k], bounds[k + 1]
        k += 1
        c = chars[a]
        if b == a + 1 and a not in ligatures and c not in _SPECIAL and not lone_extender(c):
            g = glyphs[a]
            if g:  # a character of its own (else the alef of a ligature, already taken in)
                units.append(_new_unit((g, _at(keep[a]), _at(keep[a] + 1), keep[a],
                                        _glyph_cells(g), bidi_class(c), _same(c))))
            continue
        reach = max(ligatures.get(i, i) + 1 for i in range(a, b))
        while reach > b:  # a lam-alef ligature: its alef's cluster joins the unit
            reach = max(reach, *(ligatures.get(i, i) + 1 for i in range(b, bounds[k + 1])))
            b = bounds[k + 1]
            k += 1
        unit = _unit(chars, keep, glyphs, ligatures, a, b)
        if unit is not None:
            units.append(unit)
    return tuple(units)


def _unit(chars: str, keep: list[int], glyphs: list[str], ligatures: dict[int, int],
          a: int, b: int) -> Unit | None:
    """The unit of characters ``chars[a:b]``, or None when nothing of it is drawn or steers."""
    first = chars[a]
    if first in BIDI_MARKS:
        return Unit("", (), (), keep[a], 0, bidi_class(first), first)
    pictographs = sum(1 for c in chars[a:b] if wcwidth(c) > 0) if ZWJ in chars[a:b] else 0
    texts: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    for i in range(a, b):
        glyph = glyphs[i]
        c = chars[i]
        if not glyph or c == ZWNJ or (c == ZWJ and pictographs < 2):
            continue  # a ZWJ is drawn only inside an emoji sequence
        texts.append(" " if c == "\t" else glyph)  # a tab: a space, of class S for the bidi rules
        offsets.append(keep[i])
        ends.append(keep[ligatures.get(i, i)] + 1)
    if not texts:
        return None
    if offsets[0] == keep[a] and lone_extender(first):
        texts.insert(0, ZWSP)
        offsets.insert(0, keep[a])
        ends.insert(0, keep[a] + 1)
    text = "".join(texts)
    return Unit(text, tuple(offsets), tuple(ends), keep[a], _glyph_cells(text), bidi_class(first),
                first)


@cache
def _glyph_cells(glyph: str) -> int:
    return text_cells(glyph)
