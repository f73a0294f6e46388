"""Property tests of search over a real archive: it never lists fewer articles than a plain
word search, whatever the words and whatever the reading.

The archive is two days of SaudiNewsNet (``../shared/eval/saudinewsnet-dev``),
imported once per session; the tests skip when it is absent.  The plain word
search they compare with is computed here from the articles' text (the same
folding and light stems as the index), not from the index.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.paths import SAUDINEWSNET
from reader.entities import article_text
from reader.entities.normalize import WORD_RE, light_stem, split_words
from reader.ingest import import_paths
from reader.search import search
from reader.search.names import query_words
from reader.store import ArticleStore, open_store

pytestmark = pytest.mark.skipif(not SAUDINEWSNET.is_dir(),
                                reason=f"{SAUDINEWSNET} is absent")

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


class Sample:
    """The imported archive, each article's stems and words, and the words people could type."""

    def __init__(self, store: ArticleStore) -> None:
        self.store = store
        self.stems: dict[int, set[str]] = {}
        self.words: dict[int, list[str]] = {}
        typed: set[str] = set()
        for summary in store.latest():
            article = store.article(summary.docno)
            assert article is not None
            text = article_text(article.title, article.body)
            folded = split_words(text)[2]
            self.words[summary.docno] = folded
            self.stems[summary.docno] = {light_stem(w) for w in folded}
            typed.update(m.group() for m in WORD_RE.finditer(article.title))
        # Words as written (hamza, ة, diacritics and all), from the titles: what people type.
        self.vocabulary = sorted(w for w in typed if len(w) > 1 and not w.isdigit())

    def plain(self, query: str) -> set[int]:
        """The articles holding every word of ``query`` (folded, light stems)."""
        stems = {light_stem(w) for w in query_words(query)}
        return {d for d, held in self.stems.items() if stems <= held}


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    store = open_store(tmp_path_factory.mktemp("saudinewsnet") / "store")
    import_paths(store, sorted(Path(SAUDINEWSNET).glob("*.json")))
    return Sample(store)


@st.composite
def queries(draw: st.DrawFn, sample: Sample) -> str:
    """One to three words of the archive's titles, as written."""
    words = draw(st.lists(st.sampled_from(sample.vocabulary), min_size=1, max_size=3))
    return " ".join(words)


def test_every_query_lists_at_least_what_a_plain_word_search_finds(sample: Sample) -> None:
    @SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        query = data.draw(queries(sample))
        result = search(sample.store, query)
        assert len(set(result.docnos)) == len(result.docnos), query
        assert sample.plain(query) <= set(result.docnos), (query, result.interpretation)

    check()


def test_every_reading_of_a_query_lists_at_least_the_plain_word_search(sample: Sample) -> None:
    @SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        query = data.draw(queries(sample))
        readings = search(sample.store, query).readings
        index = data.draw(st.integers(0, max(0, len(readings) - 1)))
        result = search(sample.store, query, reading=index)
        assert sample.plain(query) <= set(result.docnos), (query, readings[index].label)

    check()


def test_a_phrase_taken_from_an_article_finds_that_article(sample: Sample) -> None:
    docnos = sorted(d for d, w in sample.words.items() if len(w) >= 3)

    @SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        docno = data.draw(st.sampled_from(docnos))
        words = sample.words[docno]
        size = data.draw(st.integers(2, 3))
        start = data.draw(st.integers(0, len(words) - size))
        phrase = " ".join(words[start:start + size])
        result = search(sample.store, f'"{phrase}"')
        assert docno in result.docnos, phrase
        assert set(result.docnos) <= sample.plain(phrase)

    check()
