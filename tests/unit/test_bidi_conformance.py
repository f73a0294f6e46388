"""UAX #9 conformance: the Unicode Consortium's BidiTest.txt and BidiCharacterTest.txt.

Debian's unicode-data package ships both under /usr/share/unicode (.ci/run
installs it); the tests skip, saying so, where they are missing.  Every case
without an explicit embedding, override or isolate control runs through the
engine's resolver as the layout uses it: :func:`paragraph_levels` once for the
paragraph, :func:`line_levels` (L1) and :func:`visual_order` (L2) for the
line.  Cases with explicit controls are the documented exception (layout
neutralises those controls, see reader.textsafe): they are counted and
reported on their own, never silently dropped.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.layout.bidi import first_strong_rtl, line_levels, paragraph_levels, visual_order

UNICODE = Path("/usr/share/unicode")
BIDI_TEST = UNICODE / "BidiTest.txt"
CHARACTER_TEST = UNICODE / "BidiCharacterTest.txt"
#: Explicit embedding, override and isolate controls (neutralised by layout on purpose).
EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})

#: A representative character per Bidi_Class, for BidiTest (whose cases give classes only;
#: it promises that no paired bracket is involved, so ON is a plain neutral here).
_SAMPLE = {
    "L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "ES": "+", "ET": "%", "AN": "\u0660",
    "CS": ",", "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "!",
}


def _missing(path: Path) -> str:
    return (f"{path} is missing: install Debian's unicode-data package (.ci/run does) "
            "to run the UAX #9 conformance tests")


@dataclass(frozen=True)
class Case:
    """One test case: classes, characters, the paragraph directions to try, what is expected."""

    line: int
    types: tuple[str, ...]
    chars: str
    directions: tuple[bool | None, ...]
    """Paragraph directions: True RTL, False LTR, None auto (P2/P3, LTR when no strong type)."""
    levels: tuple[int | None, ...]
    """Expected level per input character; None where X9 removes it."""
    order: tuple[int, ...]


def run_engine(types: Sequence[str], chars: Sequence[str],
               direction: bool | None) -> tuple[list[int | None], list[int]]:
    """Levels (None for what X9 removes) and the visual order, as layout computes them."""
    kept = [i for i, kind in enumerate(types) if kind != "BN"]  # X9
    k_types = [types[i] for i in kept]
    k_chars = [chars[i] for i in kept]
    rtl = direction if direction is not None else bool(first_strong_rtl(k_types))
    levels = line_levels(paragraph_levels(k_types, k_chars, rtl), k_types, rtl)
    out: list[int | None] = [None] * len(types)
    for i, level in zip(kept, levels, strict=True):
        out[i] = level
    return out, [kept[i] for i in visual_order(levels)]


def _bidi_test_cases() -> Iterator[Case]:
    levels: tuple[int | None, ...] = ()
    order: tuple[int, ...] = ()
    with BIDI_TEST.open(encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("@Levels:"):
                levels = tuple(None if x == "x" else int(x) for x in line[8:].split())
            elif line.startswith("@Reorder:"):
                order = tuple(int(x) for x in line[9:].split())
            elif not line.startswith("@"):
                data, bits = line.split(";")
                types = tuple(data.split())
                mask = int(bits, 16)
                directions = tuple(d for bit, d in ((1, None), (2, False), (4, True)) if mask & bit)
                yield Case(number, types, "".join(_SAMPLE.get(t, "!") for t in types),
                           directions, levels, order)


def _character_test_cases() -> Iterator[Case]:
    with CHARACTER_TEST.open(encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            codes, direction, _level, levels, order = line.split(";")
            chars = "".join(chr(int(c, 16)) for c in codes.split())
            yield Case(
                number, tuple(unicodedata.bidirectional(c) or "L" for c in chars), chars,
                ({"0": False, "1": True, "2": None}[direction],),
                tuple(None if x == "x" else int(x) for x in levels.split()),
                tuple(int(x) for x in order.split()),
            )


def _check(cases: Iterator[Case]) -> tuple[Counter[str], list[str]]:
    """Run the cases; count them by outcome and describe the first failures."""
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for case in cases:
        if EXPLICIT.intersection(case.types):
            counts["explicit"] += len(case.directions)
            continue
        for direction in case.directions:
            levels, order = run_engine(case.types, case.chars, direction)
            if levels == list(case.levels) and order == list(case.order):
                counts["passed"] += 1
                continue
            counts["failed"] += 1
            if len(failures) < 10:
                failures.append(f"line {case.line} {' '.join(case.types)} dir={direction}: "
                                f"levels {levels} != {list(case.levels)} or "
                                f"order {order} != {list(case.order)}")
    return counts, failures


def _report(name: str, counts: Counter[str]) -> None:
    print(f"{name}: {counts['passed']} passed, {counts['failed']} failed; "
          f"{counts['explicit']} with explicit controls not run (neutralised by design)")


@pytest.mark.skipif(not BIDI_TEST.exists(), reason=_missing(BIDI_TEST))
def test_every_bidi_test_case_without_explicit_controls_passes() -> None:
    counts, failures = _check(_bidi_test_cases())
    _report("BidiTest.txt", counts)
    assert not failures, "\n".join(failures)
    assert counts["passed"] > 90_000  # the file was read, not skipped by accident
    assert counts["explicit"] > 0


@pytest.mark.skipif(not CHARACTER_TEST.exists(), reason=_missing(CHARACTER_TEST))
def test_every_bidi_character_test_case_without_explicit_controls_passes() -> None:
    counts, failures = _check(_character_test_cases())
    _report("BidiCharacterTest.txt", counts)
    assert not failures, "\n".join(failures)
    assert counts["passed"] > 50_000
    # Counted apart, and the only ones not run: the documented exception.
    assert 0 < counts["explicit"] < counts["passed"]
