"""Provides display units: runs of text shaped into presentation forms, measured, mapped to offsets.

A *unit* is what moves as one piece when a line is reordered: a base character
(shaped by arabic-reshaper) with the combining marks that follow it.  Keeping
marks inside their unit is how rule L3 of UAX #9 is honoured: a terminal draws
a combining mark on the cell to its left, so after a right-to-left run is
reversed the marks must still come right after their base.

Shaping is contextual only inside a run of non-space characters, and lines
break only between such runs, so each run is shaped once and cached (news
repeats its words) instead of shaping every line again at every width.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import chain
from typing import NamedTuple

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from wcwidth import wcswidth, wcwidth

from reader.layout.bidi import LTR_CLASSES, MIRROR, RTL_CLASSES, bidi_class

TATWEEL = "\u0640"
LAM = "\u0644"
#: Alefs that form a ligature with a preceding lam.
ALEFS = frozenset("\u0622\u0623\u0625\u0627")
#: The lam-alef ligatures in all their forms (U+FEF5-U+FEFC).
LAM_ALEF = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))
#: Implicit directional marks: they take part in the bidi algorithm, then are dropped.
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
ZWNJ = "\u200c"

# Only the four lam-alef ligatures are on: every Arabic font has them and
# Arabic is never written without them.  The others (the "Allah" word ligature
# U+FDF2, letter pairs in U+FC00-U+FDFF) are optional typography that terminal
# fonts lack or draw wider than their one cell.
_LIGATURES_ON = {
    "ARABIC LIGATURE LAM WITH ALEF",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
}


def _reshaper() -> ArabicReshaper:
    from arabic_reshaper.ligatures import LIGATURES

    config: dict[str, bool | str] = {
        "delete_harakat": False,  # hide_marks removes them before shaping instead
        "delete_tatweel": False,
        "support_zwj": False,  # ZWJ is removed before shaping (see shape_run)
        "support_ligatures": True,
    }
    for name, _forms in LIGATURES:
        config[name] = name in _LIGATURES_ON
    return ArabicReshaper(configuration=config)


RESHAPER = _reshaper()

#: Presentation form -> the letter it shapes (to check the reshaper's output).
_FORM_OF: dict[str, str] = {
    form: letter
    for letter, forms in LETTERS_ARABIC.items()
    for form in forms
    if form
}


class Unit(NamedTuple):
    """One piece of a line that reordering never splits: a shaped base and its marks."""

    text: str
    """What is drawn: a presentation form (or any character) and its combining marks;
    ``""`` for LRM/RLM/ALM."""
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
    """Cells a string takes (wcwidth; a VS16 emoji sequence counts as drawn)."""
    width = wcswidth(text)
    if width >= 0:
        return int(width)
    return sum(char_cells(c) for c in text)


class ShapingError(Exception):
    """The reshaper's output could not be matched with its input (never expected)."""


def _align(chars: list[str], shaped: str) -> list[tuple[str, int, int]]:
    """Match the reshaper's output with its input characters.

    arabic-reshaper returns a string, not a map; its output is its input with
    each letter replaced by a presentation form and each lam-alef pair merged
    into the ligature (harakat between them follow the ligature).

    Returns:
        ``(glyph, input index, input index past what it covers)`` per output character.
    """
    out: list[tuple[str, int, int]] = []
    j = 0
    ligature_at = -1  # output index of a lam-alef ligature still waiting for its alef
    for k, c in enumerate(chars):
        if ligature_at >= 0 and c in ALEFS:
            glyph, at, _ = out[ligature_at]
            out[ligature_at] = (glyph, at, k + 1)
            ligature_at = -1
            continue
        if j >= len(shaped):
            raise ShapingError(shaped)
        glyph = shaped[j]
        if glyph == c or _FORM_OF.get(glyph) == c:
            out.append((glyph, k, k + 1))
        elif c == LAM and glyph in LAM_ALEF:
            ligature_at = len(out)
            out.append((glyph, k, k + 1))
        else:
            raise ShapingError(shaped)
        j += 1
    if j != len(shaped) or ligature_at >= 0:
        raise ShapingError(shaped)
    return out


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


#: Consecutive units of one of these classes resolve alike (UAX #9 W1-W7 and
#: N0-N2 treat a sequence of them as one), so the resolver takes them as one item.
MERGEABLE = frozenset({"L", "R", "AL", "EN", "AN", "WS", "ET"})


def make_run(units: tuple[Unit, ...]) -> Run:
    """Precompute a :class:`Run` from its units."""
    groups: list[tuple[int, int, str, str]] = []
    texts: list[str] = []
    mirrored: list[str] = []
    pos = cells = ltr = rtl = marks = 0
    for u in units:
        text, kind, base = u.text, u.bidi, u.base
        end = pos + len(text)
        if groups and kind in MERGEABLE and groups[-1][2] == kind:
            groups[-1] = (groups[-1][0], end, kind, groups[-1][3])
        else:
            groups.append((pos, end, kind, base))
        pos = end
        cells += u.cells
        ltr += kind in LTR_CLASSES
        rtl += kind in RTL_CLASSES
        marks += kind == "NSM"
        texts.append(text)
        mirror = MIRROR.get(base)
        mirrored.append(mirror + text[1:] if mirror and text.startswith(base) else text)
    back = units[::-1]
    return Run(
        units=units, cells=cells, text="".join(texts),
        offsets=tuple(chain.from_iterable(u.offsets for u in units)),
        ends=tuple(chain.from_iterable(u.ends for u in units)),
        rtext="".join(reversed(mirrored)),
        roffsets=tuple(chain.from_iterable(u.offsets for u in back)),
        rends=tuple(chain.from_iterable(u.ends for u in back)),
        groups=tuple(groups), ltr=ltr, rtl=rtl, marks=marks,
    )


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
    """Shape many runs at once (see :func:`shape_run`), reshaping the unknown ones in one call.

    One call matters: arabic-reshaper reads its options from a ConfigParser
    on every call (about 70 us), more than shaping a word takes.
    """
    missing = list(dict.fromkeys(r for r in runs if (r, hide_marks) not in _CACHE))
    if missing:
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
        for run, units in zip(missing, _shape_batch(missing, hide_marks), strict=True):
            _CACHE[run, hide_marks] = make_run(units)
    return [_CACHE[r, hide_marks] for r in runs]


def _select(run: str, hide_marks: bool) -> tuple[list[int], list[int]]:
    """Indices of ``run`` that go to the reshaper, and those of LRM/RLM/ALM."""
    keep: list[int] = []
    steering: list[int] = []
    for i, c in enumerate(run):
        if c in BIDI_MARKS:
            steering.append(i)
        elif hide_marks and is_hidden_mark(c):
            continue
        elif c == ZWNJ:
            keep.append(i)  # it stops joining, so the reshaper must see it
        elif bidi_class(c) == "BN":
            continue  # ZWJ, soft hyphen, ZWSP...: never drawn, ignored by UAX #9 (X9)
        else:
            keep.append(i)
    return keep, steering


def _shape_batch(runs: list[str], hide_marks: bool) -> list[tuple[Unit, ...]]:
    selected = [_select(run, hide_marks) for run in runs]
    # A space between runs: the reshaper never joins across it nor makes a
    # ligature over it, so the batch shapes each run as if alone.
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for run, (keep, _) in zip(runs, selected, strict=True):
        start = len(chars)
        chars.extend(run[i] for i in keep)
        spans.append((start, len(chars)))
        chars.append(" ")
    try:
        glyphs = _align(chars, RESHAPER.reshape("".join(chars)))
    except ShapingError:
        return [_units(run, keep, steering, _shape_alone(run, keep))
                for run, (keep, steering) in zip(runs, selected, strict=True)]
    out = []
    g = 0
    for run, (keep, steering), (start, end) in zip(runs, selected, spans, strict=True):
        mine = []
        while g < len(glyphs) and glyphs[g][1] < end:
            glyph, a, b = glyphs[g]
            mine.append((glyph, a - start, b - start))
            g += 1
        g += 1  # the separating space
        out.append(_units(run, keep, steering, mine))
    return out


def _shape_alone(run: str, keep: list[int]) -> list[tuple[str, int, int]]:
    chars = [run[i] for i in keep]
    try:
        return _align(chars, RESHAPER.reshape("".join(chars)))
    except ShapingError:
        return [(c, k, k + 1) for k, c in enumerate(chars)]  # unshaped, still in order


def _units(run: str, keep: list[int], steering: list[int],
           glyphs: list[tuple[str, int, int]]) -> tuple[Unit, ...]:
    """Group shaped glyphs into units: a base and the marks after it."""
    # (glyph, offset, end) in logical order, steering marks merged in.
    seq = [(g, keep[a], keep[b - 1] + 1) for g, a, b in glyphs]
    if steering:
        seq.extend(("", i, i + 1) for i in steering)
        seq.sort(key=lambda item: item[1])
    units: list[Unit] = []
    for glyph, offset, end in seq:
        original = run[offset]
        kind = bidi_class(original)
        if glyph == ZWNJ:
            continue
        if kind == "NSM" and units and glyph:
            u = units[-1]
            text = u.text + glyph
            units[-1] = u._replace(
                text=text, offsets=u.offsets + (offset,), ends=u.ends + (end,),
                cells=text_cells(text),
            )
        elif glyph:
            units.append(Unit(glyph, (offset,), (end,), offset, _glyph_cells(glyph), kind,
                              original))
        else:
            units.append(Unit("", (), (), offset, 0, kind, original))
    return tuple(units)


@cache
def _glyph_cells(glyph: str) -> int:
    return text_cells(glyph)
