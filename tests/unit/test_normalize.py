"""Tests of the Arabic normalisation shared by extraction, index and search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.entities.normalize import (
    _DROP_CHARS,
    WORD_CHARS,
    clitic_variants,
    fold,
    fold_text,
    light_stem,
    normalize_query,
    skeleton,
    strip_article,
    tokenize,
)


def test_fold_removes_diacritics_and_tatweel() -> None:
    assert fold("مُحَمَّد") == fold("محمد") == "محمد"
    assert fold("الصيـــن") == "الصين"


def test_fold_unifies_alef_hamza_ya_and_ta_marbuta() -> None:
    assert fold("أردوغان") == fold("إردوغان") == fold("اردوغان")
    assert fold("آسيا") == "اسيا"
    assert fold("ميلونى") == fold("ميلوني")
    assert fold("القاهرة") == fold("القاهره")
    assert fold("مسؤول") == "مسوول"


def test_fold_digits_latin_and_presentation_forms() -> None:
    assert fold("٢٠٢٤") == "2024"
    assert fold("Kazakhstan") == "kazakhstan"
    assert fold("ﺍﻟﺼﻴﻦ") == "الصين"  # shaped text pasted from a terminal


def test_tokenize_keeps_offsets_of_the_original_text() -> None:
    text = "وقال شي جين بينج لتوكاييف: «مرحبا»"
    for start, end, folded in tokenize(text):
        assert fold(text[start:end]) == folded
    assert [t for _, _, t in tokenize(text)] == ["وقال", "شي", "جين", "بينج", "لتوكاييف", "مرحبا"]


def test_clitic_variants_try_the_word_itself_first() -> None:
    assert clitic_variants("بكين")[0] == "بكين"  # Beijing is not ب + كين
    assert "بكين" in clitic_variants("وبكين")
    assert "توكاييف" in clitic_variants("لتوكاييف")
    assert "الصين" in clitic_variants("للصين")
    assert "الصين" in clitic_variants("بالصين")
    assert "كازاخستاني" in clitic_variants("الكازاخستاني")


def test_clitic_variants_leave_latin_alone() -> None:
    assert clitic_variants("beijing") == ("beijing",)


def test_strip_article_keeps_short_words() -> None:
    assert strip_article("الهند") == "هند"
    assert strip_article("الى") == "الى"
    assert strip_article("للعراق") == "عراق"


def test_light_stem_is_consistent_for_query_and_text() -> None:
    assert light_stem(fold("القمة")) == light_stem(fold("قمة")) == light_stem(fold("والقمة"))
    assert light_stem(fold("للقمة")) == light_stem(fold("قمة"))
    assert light_stem("beijing") == "beijing"


def test_skeleton_joins_transliteration_variants() -> None:
    assert skeleton(fold("بينج")) == skeleton(fold("بينغ"))
    assert skeleton(fold("زيلينسكي")) == skeleton(fold("زيلنسكي"))
    assert skeleton(fold("شولتس")) == skeleton(fold("شولتز"))
    assert skeleton(fold("توكاييف")) == skeleton(fold("توكايف"))
    assert skeleton(fold("ماكرون")) != skeleton(fold("ميلوني"))


def test_query_and_text_fold_alike() -> None:
    assert normalize_query("  الإمارات،  ") == fold_text("الامارات")


arabic_words = st.text(
    alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ\u064e\u064f\u0650\u0651\u0640",
    min_size=1, max_size=12)


@given(arabic_words)
def test_fold_is_idempotent(word: str) -> None:
    assert fold(fold(word)) == fold(word)


@given(arabic_words)
def test_variants_start_with_the_word_and_only_shrink(word: str) -> None:
    folded = fold(word)
    if not folded:
        return
    variants = clitic_variants(folded)
    assert variants[0] == folded
    assert all(len(v) <= len(folded) and len(v) >= 2 for v in variants[1:])


@given(arabic_words)
def test_light_stem_never_grows(word: str) -> None:
    folded = fold(word)
    assert len(light_stem(folded)) <= len(folded)


@given(st.text(alphabet="ابت ثج،.\n-\u064e\u0640abc 12", max_size=60))
def test_split_words_agrees_with_tokenize(text: str) -> None:
    from reader.entities.normalize import split_words

    starts, ends, folded, gaps = split_words(text)
    assert list(zip(starts, ends, folded, strict=True)) == tokenize(text)
    for k in range(len(folded)):
        assert gaps[k] == text[(ends[k - 1] if k else 0):starts[k]]


def test_word_characters_are_letters_digits_and_marks() -> None:
    """WORD_CHARS lists the Arabic letters first (a faster split), adding none:
    a character of the basic plane is a word character as \\w or a mark says."""
    import re

    ours = re.compile(f"[{WORD_CHARS}]")
    plain = re.compile(rf"[\w{_DROP_CHARS}]")
    assert all((ours.match(chr(c)) is None) == (plain.match(chr(c)) is None)
               for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


def test_folding_lower_cases_as_python_does_in_every_build() -> None:
    """A capital sigma ending a word lower-cases to the final sigma, compiled or not
    (mypyc's own lower-casing of ``str.lower()`` goes character by character)."""
    from reader.entities.normalize import fold_words

    assert fold("ΟΔΟΣ") == "ΟΔΟΣ".lower() == "οδος"
    assert fold_words(["ΣΑΣ", "ΟΔΟΣ", "مدرسة"]) == ["σας", "οδος", "مدرسه"]
