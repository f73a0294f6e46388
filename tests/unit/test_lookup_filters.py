"""The gazetteer's per-word pre-filters give exactly what the plain test gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.entities.gazetteer import load_gazetteer
from reader.entities.lookup import surname_bits

#: Surnames and words with the proclitics, articles and spellings their readings undo.
_WORDS = st.sampled_from([
    "بوتين", "وبوتين", "لبوتين", "البوتين", "بيسكوف", "بيسكوفا", "ميركل", "ماكرون", "وماكرون",
    "الجبير", "والجبير", "شي", "جينبينغ", "جينبينج", "محمد", "قال", "في", "الرياض", "ترامب",
    "ترمب", "لترامب", "بترامب", "ليفي", "كيري", "وكيري", "نتنياهو", "هنية", "نزارباييف",
    "عبدالله", "السيسي", "والسيسي", "روحاني", "سلمان", "putin", "Merkel", "2016", "الـ",
])


def _plain(words: list[str], keys: set[str]) -> list[int]:
    """The test :meth:`Gazetteer.surname_words` stands for: a reading in ``keys``."""
    gz = load_gazetteer()
    return [k for k, w in enumerate(words) if not keys.isdisjoint(gz._surname_forms(w))]


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.sets(_WORDS | st.text(min_size=1, max_size=6),
                                              max_size=12))
@example(["وبوتين", "قال"], {"بوتين"})
@example(["جينبينج"], {"جنبنغ"})
def test_surname_words_finds_every_word_with_a_reading_in_the_keys(
        words: list[str], keys: set[str]) -> None:
    gz = load_gazetteer()
    keys |= {form for w in words[:2] for form in gz._surname_forms(w)}  # some that hit
    facts = gz.facts_of(words)
    assert gz.surname_words(words, facts, keys) == _plain(words, keys)
    assert gz.surname_words(words, facts, keys) == _plain(words, keys)  # cached per word


@given(st.sets(st.text(max_size=8), max_size=6), st.text(max_size=8))
def test_a_form_in_a_set_has_its_bits_in_the_set_s_bits(forms: set[str], other: str) -> None:
    bits = surname_bits(forms)
    assert 0 <= bits < 1 << 61
    for form in forms:
        assert bits & surname_bits((form,)) == surname_bits((form,))
    assert surname_bits(forms | {other}) == bits | surname_bits((other,))
