"""One fold per article (issue 18): the bulk fold, the fingerprint from the analysed
split and the fast language guess give exactly what the word-by-word forms give,
so articles stored before and after stay comparable (the same text is a duplicate)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.entities.extractor import analysis_folded, article_text
from reader.entities.normalize import (
    _FOLD_LETTERS,
    WORD_RE,
    fold,
    fold_text,
    fold_words,
    folded_title_and_body,
    split_words,
)
from reader.models import ArticleDraft
from reader.store.records import content_fingerprint, folded_fingerprint

# Arabic letters and marks (harakat, tatweel, superscript alef), hamza forms,
# presentation forms (a ligature folds to several words), Latin with a final
# sigma, digits of three scripts, punctuation, line breaks and direction marks.
_ALPHABET = ("ابتثجحخدذرسشصضطظعغفقكلمنهوي" "أإآؤئءىة" "\u064b\u064e\u0650\u0651\u0652\u0640\u0670"
             "ﻻﷺﻷ" "ΣσςAbc" "0١۱" " .،:\n-\u200f\u200b\ufeff")
_TEXT = st.text(alphabet=_ALPHABET, max_size=60)


@given(st.lists(st.text(alphabet=_ALPHABET.replace(" ", ""), min_size=1, max_size=12), max_size=20))
@example(["ΟΔΟΣ", "Σ", "aΣb", "ﻻ", "ﷺ", "\u064b"])
def test_fold_words_is_fold_of_each_word(words: list[str]) -> None:
    assert fold_words(words) == [fold(w) for w in words]


@given(_TEXT)
@example("نص ً آخر")  # a word of marks only: an empty word, two spaces
@example("ΟΔΟΣ ﻻ")
def test_fold_text_is_fold_of_each_word(text: str) -> None:
    """fold_text folds all its words at once: word for word what fold gives
    (the stored fingerprints digest it)."""
    assert fold_text(text) == " ".join(fold(w) for w in WORD_RE.findall(text))


@given(_TEXT, _TEXT)
@settings(max_examples=300, deadline=None)
@example("عنوان ً", "نص ً")  # a word of marks only: fold_text keeps it as an empty word
@example("", "نص فقط")
@example("!!!", "")
@example("قمّة الصين", "اجتمع الزعماء في شيآن.")
@example("عنوان", "أحمد عكاش ـ عبدالرحمن الشمري")  # a tatweel set off as a dash
@example("ـ عنوان ـ", "ـ نص ـ")  # dropped words at either end of both
@example("\u200fعنوان", "نص\u200f ـ")  # a direction mark (dropped, no word) and a dash
def test_the_fingerprint_from_the_split_is_the_stored_one(title: str, body: str) -> None:
    text = article_text(title, body)
    split = split_words(text)
    folded = folded_title_and_body(text, len(title) if title else 0, split)
    assert folded is not None or not split[2]  # None only when the text has no word
    if folded is not None:
        assert folded == fold_text(title) + "\n" + fold_text(body)
    _, from_analysis = analysis_folded(title, body)
    assert folded_fingerprint(from_analysis) == content_fingerprint(title, body)


def test_fold_words_of_real_words() -> None:
    text = "وقال الرئيسُ الأمريكيّ إنّ «ﷺ» ΟΔΟΣ ٢٠١٥ Kazakhstan"
    words = WORD_RE.findall(text)
    assert fold_words(words) == [fold(w) for w in words] and fold_words([]) == []


def test_fold_words_folds_every_letter_as_fold_does() -> None:
    """fold_words replaces the folded letters one after another (faster than fold's
    table on a whole article): that is the table's fold only while no letter folds
    to one that is folded again, alone or beside the others."""
    assert not set(_FOLD_LETTERS).intersection(*_FOLD_LETTERS.values())
    letters = list(_FOLD_LETTERS)
    words = [*letters, "".join(letters), "".join(reversed(letters)), "ب" + "ب".join(letters)]
    assert fold_words(words) == [fold(w) for w in words]


def test_an_article_stored_with_a_url_then_without_is_a_duplicate(tmp_path) -> None:
    """The first one's fingerprint comes from its analysis (a worker's fold), the
    second's from the record (content_fingerprint): they must agree."""
    from reader.store import open_store

    store = open_store(tmp_path / "db")
    body = "قال الرئيسُ ﷺ إنّ التعاون سيتوسع ً ، وذلك في العام ٢٠٢٤."
    first = ArticleDraft(title="قمّة الصين", body=body, url="https://a.example/1")
    again = ArticleDraft(title="قمة الصين", body=body.replace("ُ", ""), source="other")
    assert [o.status for o in store.import_drafts([first])] == ["imported"]
    assert [o.status for o in store.import_drafts([again])] == ["duplicate"]
