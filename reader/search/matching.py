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


#: First words of compound names that Arabic writes joined or apart: عبد الله and
#: عبدالله, أبو ظبي and أبوظبي (folded).  A query may hold either; so may an article.
JOINED_HEADS = ("عبد", "ابو")


def spellings(words: list[str] | tuple[str, ...]) -> list[list[tuple[str, ...]]]:
    """The query's words as units, each with its spellings (each a tuple of light stems).

    A unit is a word, or a compound name written joined or apart (عبد الله ->
    "عبد" and "له", or "عبدالله"); an article matches a unit when it holds
    every stem of one of its spellings.
    """
    units: list[list[tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in JOINED_HEADS and i + 1 < len(words):
            nxt = words[i + 1]
            units.append([(light_stem(word), light_stem(nxt)), (light_stem(word + nxt),)])
            i += 2
            continue
        head = next((h for h in JOINED_HEADS if word.startswith(h) and len(word) > len(h) + 2),
                    None)
        unit: list[tuple[str, ...]] = [(light_stem(word),)]
        if head is not None:
            unit.append((light_stem(head), light_stem(word[len(head):])))
        units.append(unit)
        i += 1
    return units


def word_scores(store: ArticleReader, words: Iterable[str], *,
                prefix: bool = False) -> dict[int, int]:
    """Docno -> summed counts, of the articles holding every word (light stems).

    Args:
        store: The article store.
        words: Folded words.
        prefix: The last word is still being typed: when no article holds it, it is left out.
    """
    units = [_unit_scores(store, u) for u in spellings(list(words))]
    if prefix and units and not units[-1]:
        units = units[:-1]
    if len(units) < 2:
        return units[0] if units else {}  # one word: its scores as they are (fresh dicts)
    units.sort(key=len)
    common = set(units[0])
    for u in units[1:]:
        common &= u.keys()
        if not common:
            return {}
    return {d: sum(u[d] for u in units) for d in common}


def _unit_scores(store: ArticleReader, unit: list[tuple[str, ...]]) -> dict[int, int]:
    """Docno -> counts, of the articles holding one of a unit's spellings."""
    scores: dict[int, int] = {}
    for stems in unit:
        postings = [dict(store.postings("word", s)) for s in dict.fromkeys(stems)]
        if len(postings) == 1 and not scores:
            scores = postings[0]  # one word (most units): its postings are its scores
            continue
        common = set(postings[0]).intersection(*postings[1:])
        for d in common:
            scores[d] = max(scores.get(d, 0), sum(p[d] for p in postings))
    return scores


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
