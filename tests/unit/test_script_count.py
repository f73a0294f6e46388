"""script_counts(): the counts a regular expression gives, from a few passes over UTF-16 bytes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.importers.language import guess_language
from reader.importers.script_count import ARABIC_SCRIPT, PERSIAN_ONLY, script_counts


def _pattern(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


_ARABIC_RE, _PERSIAN_RE = _pattern(ARABIC_SCRIPT), _pattern(PERSIAN_ONLY)

# Every range's ends and their neighbours, the blocks' ends, Latin and digits,
# lone surrogates, characters beyond the BMP (two UTF-16 units, high bytes
# D8-DF) and characters whose low byte is an Arabic letter's in another block.
_EDGES = sorted({c + d for a, b in ARABIC_SCRIPT + PERSIAN_ONLY for c in (a, b)
                 for d in (-1, 0, 1)} | {0x0600, 0x06FF, 0x0700, 0x08FF, 0xFB00, 0xFEFF,
                                         0xFF00, 0x0027, 0x0646, 0x2046, 0x4606, 0x0906})
_CHARS = st.one_of(
    st.sampled_from([chr(c) for c in _EDGES]),
    st.sampled_from([chr(0xD800), chr(0xDC46), chr(0xDFFF), "\U0001EE00", "\U00010646"]),
    st.characters(),
)


def _expected(text: str) -> tuple[int, int]:
    return len(_ARABIC_RE.findall(text)), len(_PERSIAN_RE.findall(text))


@given(st.text(_CHARS, max_size=200))
def test_counts_agree_with_a_regular_expression(text: str) -> None:
    assert script_counts(text) == _expected(text)


def test_an_arabic_sentence_with_latin_digits_and_diacritics() -> None:
    text = "قالَ الرئيسُ شي جين بينغ (Xi Jinping) في 19 مايو: «پیام»، ـ"
    arabic, persian = script_counts(text)
    assert (arabic, persian) == _expected(text)
    assert persian == 2  # peh and farsi yeh
    assert script_counts("") == (0, 0)
    assert script_counts("plain ASCII only") == (0, 0)


def test_the_guess_is_unchanged_by_the_counting() -> None:
    assert guess_language("قمة الصين وآسيا الوسطى في مدينة شيآن") == "ar"
    assert guess_language("پیام پیام پیام کتاب گل") is None  # Persian, not Arabic
