"""Provides the articles a reading matches: about its choices, holding its words and phrases.

- :func:`word_scores`: the plain word search: articles holding every word
  (light stems, as the index holds them), scored by how often;
- :func:`about_scores`: articles about every choice of a reading (any of a
  choice's targets; an office's holders only within their terms);
- :func:`with_phrases`: of some articles, those whose text holds each phrase
  as written: words next to each other, in order.  Positions are not
  indexed, so candidates (which hold every word) are read and checked.

No Textual here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.entities import article_text
from reader.entities.normalize import light_stem, split_words
from reader.search.filtering import dated

if TYPE_CHECKING:
    from reader.search.readings import Choice, Reading
    from reader.store.api import ArticleReader


def word_scores(store: ArticleReader, words: Iterable[str], *,
                prefix: bool = False) -> dict[int, int]:
    """Docno -> summed counts, of the articles holding every word (light stems).

    Args:
        store: The article store.
        words: Folded words.
        prefix: The last word is still being typed: when no article holds it, it is left out.
    """
    stems = list(dict.fromkeys(light_stem(w) for w in words))
    postings = [dict(store.postings("word", s)) for s in stems]
    if prefix and len(postings) > 0 and not postings[-1]:
        postings = postings[:-1]
    if not postings:
        return {}
    postings.sort(key=len)
    common = set(postings[0])
    for p in postings[1:]:
        common &= p.keys()
        if not common:
            return {}
    return {d: sum(p[d] for p in postings) for d in common}


def choice_scores(store: ArticleReader, choice: Choice) -> dict[int, int]:
    """Docno -> mentions, of the articles about any target of ``choice`` (within its terms)."""
    scores: dict[int, int] = defaultdict(int)
    terms = dict(choice.terms)
    for target in choice.targets:
        postings = store.postings("ent", target.key)
        term = terms.get(target.key)
        if term is not None:
            dates = dated(store, (d for d, _ in postings))
            postings = [(d, w) for d, w in postings if term.covers(dates[d])]
        for docno, weight in postings:
            scores[docno] += weight
    return scores


def about_scores(store: ArticleReader, reading: Reading) -> dict[int, int]:
    """Docno -> mentions, of the articles about every choice of ``reading`` (empty: none)."""
    if not reading.choices:
        return {}
    parts = sorted((choice_scores(store, c) for c in reading.choices), key=len)
    common = set(parts[0])
    for p in parts[1:]:
        common &= p.keys()
    return {d: sum(p[d] for p in parts) for d in common}


def with_phrases(store: ArticleReader, docnos: Iterable[int],
                 phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """The docnos whose title or body holds every phrase (folded words, in order).

    Words compare by their light stems, as the word index does: "والملك سلمان"
    holds the phrase "الملك سلمان".
    """
    wanted = [tuple(light_stem(w) for w in p) for p in phrases]
    found = set()
    for docno in docnos:
        article = store.article(docno)
        if article is None:
            continue
        stems = [light_stem(w) for w in split_words(article_text(article.title, article.body))[2]]
        if all(_holds(stems, p) for p in wanted):
            found.add(docno)
    return found


def _holds(stems: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    return any(stems[i:i + n] == list(phrase)
               for i, s in enumerate(stems) if s == first)
