"""Provides extract(): the people and places one article mentions, with every mention's offsets.

One pass over the article's words with dictionary lookups (no regex per
name), in three steps, each in its own module:

1. :mod:`~reader.entities.scan`, left to right at each candidate word
   (:mod:`~reader.entities.candidates`): a title with its office, nationality
   adjective or country and the name after it (:mod:`~reader.entities.titles`);
   else the longest known name starting here (a leader's full name, a place,
   :mod:`~reader.entities.places`); else a nationality or a given name
   followed by name-like words (:mod:`~reader.entities.people`).  Every word
   belongs to at most one mention (:mod:`~reader.entities.mentions`).
2. :mod:`~reader.entities.resolve`: bare surnames and short forms
   (توكاييف، لتوكاييف، السيد جباروف، بينغ/بينج) are joined to the people found
   in step 1, by folded form or consonant skeleton; a leader's short form
   that is also an ordinary word (لولا، شي) only counts once the leader is
   named in the article.
3. :func:`~reader.entities.places.resolve_places`: a place name shared by
   several places (عمان: Oman and Amman; الجزائر: country and capital;
   طرابلس) is settled by the words around it ("العاصمة", "سلطنة") and by
   which countries the article otherwise names.

Then :mod:`~reader.entities.result` makes the entities.  Nationality
adjectives (الصيني، الكازاخستانية) are never place mentions: they give a
titled person a country and count as evidence for step 3.  The word tests
all rules share are in :mod:`~reader.entities.words`, the closed word classes
in :mod:`~reader.entities.lexicon`.
"""

from __future__ import annotations

from collections import Counter

from reader.entities import SEPARATOR, article_text
from reader.entities.foreign_names import detect_foreign_names
from reader.entities.gazetteer import load_gazetteer
from reader.entities.lookup import Gazetteer
from reader.entities.mentions import Mentions
from reader.entities.normalize import fold_text, folded_title_and_body
from reader.entities.offices import article_day
from reader.entities.places import resolve_places
from reader.entities.resolve import resolve_mentions
from reader.entities.result import ExtractionResult, build_result, merge_results
from reader.entities.scan import scan
from reader.entities.terms import NumberedTerms
from reader.models import Analysis

__all__ = ["SEPARATOR", "ExtractionResult", "Extractor", "analysis", "analysis_folded",
           "article_text", "extract", "merge_results"]

class Extractor:
    """One extraction: an article's text, run through the three steps once."""

    def __init__(self, text: str, gz: Gazetteer | None = None, date: str | None = None) -> None:
        self.mentions = Mentions(text, gz if gz is not None else load_gazetteer(),
                                 article_day(date))
        """The article's words and what the steps found in them."""

    @property
    def words(self) -> list[str]:
        """The article's folded words."""
        return self.mentions.words

    def result(self, spans: bool = True) -> ExtractionResult:
        """Run the steps and return the article's people and places (and, with
        ``spans``, where each is mentioned)."""
        ex = self.mentions
        scan(ex)
        detect_foreign_names(ex)
        resolve_mentions(ex)
        return build_result(ex, resolve_places(ex), spans)


def extract(title: str, body: str, language: str | None = None,
            date: str | None = None) -> ExtractionResult:
    """The people and places an article mentions.

    Args:
        title: The headline (logical text).
        body: The body (logical text).
        language: The article's language, if known (unused for now: the
            extractor reads Arabic and Latin script alike).
        date: The article's date (ISO, ``YYYY-MM-DD...``), if known: a title
            ("الرئيس الأمريكي") or a name two leaders share (بوش) names whoever
            held the office then; without it, the latest holder.

    Returns:
        Entities with counts, their evidence and confidence, and every
        mention's offsets into :func:`article_text`.
    """
    return Extractor(article_text(title, body), load_gazetteer(), date).result()


def analysis(title: str, body: str, language: str | None = None,
             date: str | None = None) -> Analysis:
    """Extract entities and index terms in one pass over the article's words.

    Returns:
        An :class:`Analysis`: the well-evidenced entities with counts (what
        the archive lists), light-stem terms with counts, and
        facets: ``country:XX`` weighted by how often the country or its
        office-holders are named, and the keys of the people found on weaker
        evidence (so that filtering by one, from the article's sidebar, finds
        the article, while the archive's lists leave them out).
    """
    return _analysis(Extractor(article_text(title, body), load_gazetteer(), date))


def analysis_folded(title: str, body: str, language: str | None = None,
                    date: str | None = None) -> tuple[Analysis, str]:
    """:func:`analysis`, and ``fold_text(title) + "\\n" + fold_text(body)`` (what the
    content fingerprint digests) from the same split of the words: one fold."""
    ex = Extractor(article_text(title, body), load_gazetteer(), date)
    m = ex.mentions
    folded = folded_title_and_body(m.text, len(title) if title else 0,
                                   (m.starts, m.ends, m.words, m.gaps))
    if folded is None:
        folded = fold_text(title) + "\n" + fold_text(body)
    return _analysis(ex), folded


def _analysis(ex: Extractor) -> Analysis:
    result = ex.result(spans=False)
    # news repeats its words (Zipf): the stems' numbers, kept per word, are
    # counted in C-level passes.
    terms: Counter[int] = Counter([f.term for f in ex.mentions.facts])
    facets = [(f"country:{code}", weight) for code, weight in sorted(result.countries.items())]
    facets += [(e.key, e.count) for e in result.unsure]
    return Analysis(
        entities=tuple(result.shown),
        terms=NumberedTerms(ex.mentions.gz.term_table, list(terms), list(terms.values())),
        facets=tuple(facets),
    )
