"""Provides small articles for store tests: numbered drafts and a tiny, predictable analyser."""

from __future__ import annotations

from collections import Counter

from reader.entities.normalize import light_stem, tokenize
from reader.models import Analysis, ArticleDraft, Entity


class SimpleAnalyser:
    """An analyser for store tests: 'الصين' and 'Kazakhstan' are places, every word a term.

    It satisfies :class:`reader.store.api.Analyser` without the real
    extractor, so store tests are fast and their expected results obvious.
    """

    version = "test-1"
    """Recorded by the store like the real extractor's version."""

    def __call__(self, title: str, body: str, language: str | None = None,
                 date: str | None = None, /) -> Analysis:
        """The places ``الصين`` (CN) and ``Kazakhstan`` (KZ) with their counts, and the terms."""
        text = title + "\n\n" + body
        terms = Counter(light_stem(t) for _, _, t in tokenize(text))
        ents = []
        for key, word in (("place:CN", "الصين"), ("place:KZ", "Kazakhstan")):
            n = text.count(word)
            if n:
                ents.append(Entity(key=key, kind="place", name=word, count=n,
                                   place_kind="country", code=key[-2:]))
        return Analysis(entities=tuple(ents), terms=tuple(sorted(terms.items())))


simple_analyser = SimpleAnalyser()
"""The one instance the tests pass to ``open_store``."""


def draft(i: int, **kw: object) -> ArticleDraft:
    """A numbered draft with a date spread over 2024 (``kw`` overrides any field)."""
    fields: dict[str, object] = {
        "title": f"خبر رقم {i}",
        "body": f"نص الخبر {i} عن الصين وكازاخستان",
        "date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
        "source": "وكالة",
    }
    fields.update(kw)
    return ArticleDraft(**fields)  # type: ignore[arg-type]
