"""Provides the width-independent model of a paragraph: tokens shaped, bidi levels resolved once.

Everything that does not depend on the width is computed once per paragraph
(:func:`prepare`, cached): neutralising, splitting into words and spaces,
shaping each word (cached across paragraphs), widths, the shaped text in
both directions, and the bidi levels of the whole paragraph (UAX #9 3.4: the
X, W, N and I rules run once per paragraph; lines only apply L1 and L2, see
:mod:`reader.layout.reorder`).  A new width then costs a greedy wrap over
words (:mod:`reader.layout.wrapping`) and, per line, string slices.

Layout cost is linear in the text.  Two things a hostile text could use to
make it explode are bounded here, and the characters left out are simply
not drawn (their offsets still map to the cell before them):

- a run of more than :data:`MAX_MARKS` zero-width characters (combining
  marks, format characters): only the first :data:`MAX_MARKS` are laid out,
  the limit of Unicode's Stream-Safe Text Format (UAX #15);
- a run of more than :data:`MAX_GAP` spaces: only :data:`MAX_GAP` are laid out
  (no line is that wide);

and a word longer than :data:`MAX_WORD` characters is shaped in pieces of
that many characters (cut between grapheme clusters), as if they were
separate words written without a space between them.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import add

import regex
from wcwidth import grapheme_boundary_before

from reader.layout.bidi import bidi_class, first_strong_rtl, paragraph_levels
from reader.layout.shaping import Run, make_run, shape_runs
from reader.textsafe import BIDI_CONTROLS, neutralise

MAX_MARKS = 30
"""Zero-width characters (marks, format characters) laid out in a row, at most."""
MAX_GAP = 1000
"""Spaces laid out in a row, at most."""
MAX_WORD = 1000
"""Characters shaped as one word, at most (a longer word is shaped in pieces)."""

#: Spaces a line may break at: Zs but the no-break ones (U+00A0, U+2007, U+202F), and tabs.
SPACES = frozenset(
    "\t \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
_SPACE_CLASS = "[" + "".join(sorted(SPACES)) + "]"
_BREAK = regex.compile(f"({_SPACE_CLASS}+)")
#: What is left out: zero-width characters past MAX_MARKS in a row, spaces past MAX_GAP.
_EXCESS = regex.compile(
    rf"(?<=[\p{{Mn}}\p{{Me}}\p{{Cf}}]{{{MAX_MARKS}}})[\p{{Mn}}\p{{Me}}\p{{Cf}}]+"
    rf"|(?<={_SPACE_CLASS}{{{MAX_GAP}}}){_SPACE_CLASS}+"
)
#: Characters before the first strong one (L, R, AL) by the regex module's database.
_NOT_STRONG = regex.compile(r"[^\p{Bidi_Class=L}\p{Bidi_Class=R}\p{Bidi_Class=AL}]*")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a paragraph's laid-out characters are in the caller's text, once runs were cut.

    ``at[k]`` is a position in the laid-out text where ``shift[k]`` characters
    in all had been left out before it.
    """

    at: list[int]
    shift: list[int]

    def __call__(self, position: int) -> int:
        """The caller's offset of a position in the laid-out text."""
        k = bisect_right(self.at, position)
        return position + (self.shift[k - 1] if k else 0)


@dataclass(frozen=True, slots=True, eq=False)
class Paragraph:
    """Everything about a paragraph that does not depend on the width, computed once.

    The paragraph is a list of tokens (words and runs of spaces) kept as
    parallel lists.  Its shaped text is kept twice, each as one string: in
    logical order (``text_ltr``) and with all its units reversed and
    mirrored (``text_rtl``), with the logical offset of every character
    alongside.  A line, or a level run within it, is then one slice: from
    character ``a`` to ``b`` left to right reads ``text_ltr[a:b]``, right to
    left reads ``text_rtl[T - b:T - a]`` (``T`` the length).

    The bidi levels are resolved once for the paragraph, per *group*: units
    of a token that resolve alike (see :data:`reader.layout.shaping.MERGEABLE`),
    numbered across the paragraph.
    """

    text: str
    """Neutralised text, with the runs :data:`_EXCESS` matches left out."""
    rtl: bool
    hide_marks: bool
    offset: int
    """Where the paragraph starts in the text given to layout (added to every offset)."""
    origin: Origin | None
    """Maps positions of :attr:`text` to the caller's (None: the same)."""
    starts: list[int]
    """Per token: offset in the paragraph."""
    ends: list[int]
    runs: list[Run]
    spaces: list[bool]
    pos: list[int]
    """Per token, and one past the last: where it starts in ``text_ltr`` (prefix sums)."""
    cells: list[int]
    """Prefix sums of token cells."""
    marks: list[int]
    """Prefix sums of marks that have no base in their word."""
    text_ltr: str
    off_ltr: array[int]
    end_ltr: array[int]
    text_rtl: str
    off_rtl: array[int]
    end_rtl: array[int]
    first_group: list[int]
    """Per token, and one past the last: the index of its first group."""
    kinds: list[str]
    """Per group: its Bidi_Class."""
    spans: list[tuple[int, int]]
    """Per group: its characters in ``text_ltr``."""
    levels: list[int]
    """Per group: its level, resolved for the whole paragraph (before rule L1)."""
    raised: list[int]
    """Prefix sums per token of groups whose level is not the paragraph's."""


Tokens = tuple[list[int], list[int], list[Run], list[bool]]
"""A paragraph's tokens as parallel lists: starts, ends, shaped runs, and which are spaces."""


def clean(text: str) -> str:
    """Neutralise (1:1, offsets kept), keeping tabs (segment separators for the bidi algorithm).

    Explicit embeddings, overrides and isolates become WORD JOINER: invisible and of no
    direction (class BN), so they neither reorder anything nor show.  Copied Arabic news
    often carries a stray one ("داعشي\u202c يقتل"): drawn as U+FFFD it looked broken.
    """
    if _EMBEDDINGS.search(text):
        text = text.translate(_HIDE_EMBEDDINGS)
    return neutralise(text, keep_tabs=True)


#: Bidi embedding, override and isolate controls (textsafe.BIDI_CONTROLS).
_EMBEDDINGS = regex.compile(f"[{BIDI_CONTROLS}]")
_HIDE_EMBEDDINGS = str.maketrans(dict.fromkeys(BIDI_CONTROLS, "\u2060"))


def base_direction(paragraph: str) -> bool:
    """Find a paragraph's base direction by its first strong character (UAX #9 P2/P3).

    Args:
        paragraph: Logical text (controls are neutralised first, so an embedded
            U+202E cannot decide the direction).

    Returns:
        True for right-to-left; False for left-to-right, also when no character is strong.
    """
    text = clean(paragraph)
    start = _NOT_STRONG.match(text)
    rest = text[start.end() if start else 0:]
    return bool(first_strong_rtl(map(bidi_class, rest)))


def cut_excess(text: str) -> tuple[str, Origin | None]:
    """Leave out what :data:`_EXCESS` matches; the text left and where it came from."""
    at: list[int] = []
    shift: list[int] = []
    parts: list[str] = []
    last = removed = 0
    for m in _EXCESS.finditer(text):
        parts.append(text[last:m.start()])
        removed += m.end() - m.start()
        at.append(m.start() - (removed - (m.end() - m.start())))
        shift.append(removed)
        last = m.end()
    if not parts:
        return text, None
    parts.append(text[last:])
    return "".join(parts), Origin(at, shift)


def _shifted(offset: int, starts: list[int], seqs: Iterable[tuple[int, ...]]) -> array[int]:
    """Concatenate per-token relative offsets, each moved by ``offset`` + its token's start."""
    seqs = list(seqs)
    bases = chain.from_iterable(map(repeat, (offset + s for s in starts), map(len, seqs)))
    return array("l", map(add, chain.from_iterable(seqs), bases))


@lru_cache(maxsize=2048)
def prepare(paragraph: str, hide_marks: bool, offset: int = 0,
            rtl: bool | None = None, before: str = "") -> Paragraph:
    """Build (or fetch from the cache) the width-independent model of one paragraph.

    Args:
        paragraph: Logical text of the paragraph.
        hide_marks: Leave harakat and tatweel out.
        offset: Where the paragraph starts in the caller's text.
        rtl: Its base direction, when it is a part of a longer paragraph (None: its own).
        before: For such a part, the Bidi_Class of the last strong character before
            it (:func:`reader.layout.bidi.paragraph_levels`): a number at the start
            of a part reads as it would inside the paragraph.
    """
    text, origin = cut_excess(clean(paragraph))
    if rtl is None:
        rtl = base_direction(text)
    starts, ends, runs, spaces = _split_tokens(text, hide_marks)
    back_starts = starts[::-1]
    back_runs = runs[::-1]
    pos = list(accumulate((len(r.text) for r in runs), initial=0))
    first_group, kinds, spans, levels, raised = _resolve(runs, pos, rtl, before)
    return Paragraph(
        text=text, rtl=rtl, hide_marks=hide_marks, offset=offset, origin=origin,
        starts=starts, ends=ends, runs=runs, spaces=spaces, pos=pos,
        cells=list(accumulate((r.cells for r in runs), initial=0)),
        marks=list(accumulate((r.marks for r in runs), initial=0)),
        text_ltr="".join(r.text for r in runs),
        off_ltr=_shifted(offset, starts, (r.offsets for r in runs)),
        end_ltr=_shifted(offset, starts, (r.ends for r in runs)),
        text_rtl="".join(r.rtext for r in back_runs),
        off_rtl=_shifted(offset, back_starts, (r.roffsets for r in back_runs)),
        end_rtl=_shifted(offset, back_starts, (r.rends for r in back_runs)),
        first_group=first_group, kinds=kinds, spans=spans, levels=levels, raised=raised,
    )


def _resolve(runs: Sequence[Run], pos: Sequence[int], rtl: bool, before: str = "") -> tuple[
        list[int], list[str], list[tuple[int, int]], list[int], list[int]]:
    """The paragraph's groups and their levels (UAX #9 X-I once for the whole paragraph).

    Returns:
        First group of each token (and one past the last), each group's
        class, span in ``text_ltr`` and level, and prefix sums per token of
        the groups not at the paragraph level.
    """
    first_group = list(accumulate((len(r.groups) for r in runs), initial=0))
    groups = [g for r in runs for g in r.groups]
    kinds = [g[2] for g in groups]
    bases = chain.from_iterable(repeat(b, len(r.groups)) for r, b in zip(runs, pos, strict=False))
    spans = [(base + g[0], base + g[1]) for g, base in zip(groups, bases, strict=True)]
    level = 1 if rtl else 0
    other = sum(r.ltr for r in runs) if rtl else sum(r.rtl for r in runs)
    if not other and before in ("", "R" if rtl else "L"):  # every group at the paragraph level
        return first_group, kinds, spans, [level] * len(kinds), [0] * (len(runs) + 1)
    levels = paragraph_levels(kinds, [g[3] for g in groups], rtl, before)
    off = list(accumulate((lv != level for lv in levels), initial=0))
    return first_group, kinds, spans, levels, [off[g] for g in first_group]


def _split_tokens(text: str, hide_marks: bool) -> Tokens:
    """Split neutralised text into words and runs of spaces, shaped: starts, ends, runs, spaces."""
    pieces = [piece for x in _BREAK.split(text) if x for piece in _word_pieces(x)]
    starts = list(accumulate(map(len, pieces), initial=0))
    ends = starts[1:]
    del starts[-1]
    runs = shape_runs(pieces, hide_marks)
    spaces = [x[0] in SPACES for x in pieces]
    if hide_marks and any(not r.units for r in runs):
        return _drop_empty_words(starts, ends, runs, spaces)
    return starts, ends, runs, spaces


def _word_pieces(word: str) -> list[str]:
    """A word of at most :data:`MAX_WORD` characters, or pieces of it cut between clusters."""
    if len(word) <= MAX_WORD:
        return [word]
    pieces = []
    start = 0
    while len(word) - start > MAX_WORD:
        cut = grapheme_boundary_before(word, start + MAX_WORD + 1)
        if cut <= start:
            cut = start + MAX_WORD
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return pieces


def _drop_empty_words(
    starts: list[int], ends: list[int], runs: list[Run], spaces: list[bool],
) -> Tokens:
    """Words left with nothing to draw (only tatweel, say) vanish; the spaces around them join."""
    out: list[tuple[int, int, Run, bool]] = []
    for a, b, run, space in zip(starts, ends, runs, spaces, strict=True):
        space = space or not run.units
        if space and out and out[-1][3]:
            pa, _, prun, _ = out[-1]
            shift = a - pa
            units = prun.units + tuple(
                u._replace(offsets=tuple(o + shift for o in u.offsets),
                           ends=tuple(o + shift for o in u.ends), start=u.start + shift)
                for u in run.units
            )
            out[-1] = (pa, b, make_run(units), True)
        else:
            out.append((a, b, run, space))
    return [x[0] for x in out], [x[1] for x in out], [x[2] for x in out], [x[3] for x in out]


@lru_cache(maxsize=64)
def unit_levels(p: Paragraph) -> dict[int, int]:
    """The paragraph level of every unit, by the paragraph offset its unit starts at.

    For lines that are not whole tokens (a word cut in pieces, each shaped
    alone: its units start where the word's do).
    """
    out: dict[int, int] = {}
    for i, run in enumerate(p.runs):
        first, start = p.first_group[i], p.starts[i]
        for unit, group in zip(run.units, run.unit_groups, strict=True):
            out[start + unit.start] = p.levels[first + group]
    return out
