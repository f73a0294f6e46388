"""The compiled split_words (reader/entities/_wordsplit.c) gives what the Python one gives."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.paths import SEED
from reader.entities import normalize
from reader.entities.normalize import _DROP_CHARS, class_chars, split_words, split_words_py

SplitResult = tuple[list[int], list[int], list[str], list[str]] | None


def _compiled() -> Callable[[str], SplitResult]:
    """The compiled split; skipped where the install did not build it (CI expects it)."""
    native = normalize._NATIVE_SPLIT
    if native is None:
        if os.environ.get("READER_EXPECT_COMPILED"):
            pytest.fail("reader.entities._wordsplit was not built or is not used")
        pytest.skip("reader.entities._wordsplit was not built in this install")
    return native


#: Characters where the two could part: Arabic letters folded and not, harakat,
#: tatweel, Quranic marks, direction marks and the BOM (dropped), Arabic-Indic and
#: Persian digits (folded to ASCII), Persian letters, Latin with case (İ lowers to two
#: characters), Greek sigma (a final form at a word's end), letters above U+0800
#: (CJK, a supplementary-plane letter), presentation forms (left to Python), the
#: underscore, punctuation, NUL and lone surrogates (which no word holds).
_TRICKY = ("ابتةىأإآٱؤئءيكهوقلمن" "\u064b\u064e\u0650\u0651\u0652\u0670\u0640\u0610\u06d6"
           "\u200b\u200c\u200d\u200e\u200f\u202b\u2067\ufeff\u061c" "٠١٩۰۴۹" "یکھہۀ"
           "AZaz09İIıΣσςΑß_" "中文𝐀" "\ufb50\ufe8d\ufef5\ufd3e\ufe10"
           " ،.؛؟:\n\t-–—\"'()«»…\0\ud800")


@settings(max_examples=400)
@given(st.text(alphabet=_TRICKY, max_size=80))
@example("ΣΑΣ ΟΔΟΣ ΣΑΣ")  # final sigma: its own lower case at a word's end only
@example("\u064e\u0651 كلمة")  # a word of marks only: dropped, its text goes in the next gap
@example("İstanbul")  # lowers to two characters
@example("مرحبا \ufe8d")  # a presentation form: Python's
def test_the_compiled_split_is_the_python_split(text: str) -> None:
    native = _compiled()
    found = native(text)
    if found is None:  # left to Python: only for a word holding a presentation form
        assert any("\ufb50" <= ch <= "\ufeff" for w in normalize.WORD_RE.findall(text) for ch in w)
    else:
        assert found == split_words_py(text)
    assert split_words(text) == split_words_py(text)


@given(st.text(max_size=60))
def test_the_compiled_split_is_the_python_split_on_any_text(text: str) -> None:
    found = _compiled()(text)
    assert found is None or found == split_words_py(text)


def test_the_compiled_split_on_the_seed_article() -> None:
    seed_text = SEED.read_text(encoding="utf-8")
    found = _compiled()(seed_text)
    assert found is not None and found == split_words_py(seed_text)
    assert len(found[2]) > 300


def test_the_dropped_characters_are_the_regex_class() -> None:
    dropped = re.compile(f"[{_DROP_CHARS}]")
    assert {chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF
            and dropped.match(chr(c))} == set(class_chars(_DROP_CHARS))


def test_configure_refuses_tables_it_cannot_honour() -> None:
    _compiled()
    from reader.entities import _wordsplit

    try:
        with pytest.raises(ValueError, match="one character"):
            _wordsplit.configure("", {"ة": "ته"})
        with pytest.raises(ValueError, match="Arabic"):
            _wordsplit.configure("", {"a": "b"})
        with pytest.raises(ValueError, match="dropped"):  # a letter both dropped and folded
            _wordsplit.configure("\u0640", {"\u0640": "ا"})
        with pytest.raises(ValueError, match="capitals"):  # Python lower-cases after folding
            _wordsplit.configure("", {"٠": "A"})
        with pytest.raises(RuntimeError, match="configure"):
            _wordsplit.split_words("كتاب")  # a refused table leaves it unconfigured
    finally:
        normalize._native_split()  # the module's own tables again
    with pytest.raises(TypeError):
        _wordsplit.split_words(b"bytes")  # type: ignore[arg-type]
    assert split_words("كتاب") == split_words_py("كتاب")


def test_the_pure_python_package_does_not_load_it() -> None:
    """READER_PURE_PYTHON runs the package from its sources: the C split too stays
    out (reader.native), so a test run of the sources is one of the Python split."""
    code = "import reader.entities.normalize as n; print(n._NATIVE_SPLIT is None)"
    env = {**os.environ, "READER_PURE_PYTHON": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    assert done.stdout.strip() == "True"


def _table_type() -> type:
    _compiled()
    from reader.entities._wordsplit import WordTable

    return WordTable


_WORDS = st.text(alphabet="ابتثجحخدذرسشصكلمنهويabcΣ中𝐀", min_size=0, max_size=30)


@given(st.lists(st.tuples(_WORDS, st.integers(0, 5)), max_size=300), st.integers(0, 50))
def test_the_word_table_is_a_dict_cache(ops: list[tuple[str, int]], limit: int) -> None:
    """values() gives compute(word) for every word, the first value computed for a
    word it kept, and keeps at most ``limit`` words, none too long to keep (over 22
    characters, or one beyond U+FFFF): what cached_map does with a dict."""
    table = _table_type()(limit)
    kept: dict[str, tuple[str, int]] = {}
    calls: list[str] = []

    def compute(word: str) -> tuple[str, int]:
        calls.append(word)
        return (word, len(calls))

    for word, repeat in ops:
        words = [word] * (repeat + 1)
        before = len(calls)
        found = table.values(words, compute)
        assert [w for w, _ in found] == words
        if word in kept:
            assert found == [kept[word]] * len(words) and len(calls) == before
        elif len(kept) < limit and len(word) <= 22 and all(ord(c) <= 0xFFFF for c in word):
            kept[word] = found[0]
            assert len(calls) == before + 1 and found == [found[0]] * len(words)
        else:  # not kept: computed each time
            assert len(calls) == before + len(words)
    assert len(table) == len(kept)


def test_the_word_table_grows_and_keeps_every_value() -> None:
    table = _table_type()(100_000)
    words = [f"كلمة{n}" for n in range(50_000)]
    assert table.values(words, lambda w: w + "!") == [w + "!" for w in words]
    assert table.values(words[::-1], lambda w: "computed again") == [w + "!" for w in words[::-1]]
    assert len(table) == 50_000
    assert table.put("كلمة7", "other") and table.values(["كلمة7"], str) == ["other"]
    assert not table.put("x" * 23, "too long") and not table.put("ok", None)


def test_the_word_table_passes_on_what_compute_raises() -> None:
    table = _table_type()(10)

    def compute(word: str) -> str:
        raise KeyError(word)

    with pytest.raises(KeyError):
        table.values(["a", "b"], compute)
    assert len(table) == 0
    with pytest.raises(TypeError):
        table.values(["a", 1], str)  # type: ignore[list-item]
    assert len(table) == 1  # "a", computed before the 1 was met


def test_the_gazetteer_keeps_facts_in_the_compiled_table() -> None:
    _compiled()
    from reader.entities.gazetteer import load_gazetteer

    gz = load_gazetteer()
    assert gz._facts_table is not None
    facts = gz.facts_of(["الرياض", "قال", "الرياض"])
    assert facts[0] is facts[2] and facts[0].arabic and facts[0].trigger


def test_tables_the_compiled_split_refuses_leave_the_python_split(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """normalize's tables edited beyond what the C module honours: the Python split
    runs, the module still imports."""
    _compiled()
    from reader.entities import _wordsplit

    def refuse(dropped: str, table: dict[str, str]) -> None:
        raise ValueError("the fold table maps one character to one")

    monkeypatch.setattr(_wordsplit, "configure", refuse)
    assert normalize._native_split() is None
    monkeypatch.undo()
    assert normalize._native_split() is not None  # configured again with the real tables


def test_the_word_table_never_shows_a_half_made_list() -> None:
    """compute runs Python code: what it can reach (the garbage collector lists every
    list) holds no empty slot while values() fills its answer."""
    import gc

    table = _table_type()(10)
    words = ["أحد", "اثنان", "ثلاثة"]
    seen: list[int] = []

    def compute(word: str) -> str:
        seen.append(sum(len(repr(o)) for o in gc.get_objects()
                        if type(o) is list and len(o) == len(words)))
        return word

    assert table.values(words, compute) == words and len(seen) == 3
