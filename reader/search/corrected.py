"""Provides the user's corrections in what a query names (no Textual).

A query's words are read against the leaders data, the gazetteer and the
archive (:mod:`reader.search.readings`); the corrections
(:mod:`reader.corrections`) then map each choice's targets: a hidden entity
is not offered, a merged or linked one is offered as whom it now counts as
(a search for آشتون, read as Catherine Ashton, merged into Ashton Carter,
finds Ashton Carter's articles).  The articles themselves come from the
corrected postings of :class:`reader.corrections.CorrectedReader`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.corrections import CorrectedReader, Corrections
from reader.search.names import Target

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reader.search.readings import Choice, Span
    from reader.store.api import ArticleReader, CatalogEntry

ENTITY_PREFIXES = ("person:", "place:")
"""Keys a correction can name (``country:XX`` facets are left as they are)."""


def corrected_spans(store: ArticleReader, spans: list[Span]) -> list[Span]:
    """``spans`` with each choice's targets mapped through the store's corrections."""
    if not isinstance(store, CorrectedReader) or not store.corrections:
        return spans
    fix = _Fixer(store.corrections, store.catalog())
    out = [replace(s, choices=fix.choices(s.choices)) for s in spans]
    return [s for s in out if s.choices]


class _Fixer:
    def __init__(self, corrections: Corrections, catalog: Mapping[str, CatalogEntry]) -> None:
        self.corrections = corrections
        self.catalog = catalog

    def target(self, t: Target) -> Target | None:
        if not t.key.startswith(ENTITY_PREFIXES):
            return t
        home = self.corrections.home(t.key)
        if home is None or home == t.key:
            return None if home is None else t
        entry = self.catalog.get(home)
        given = self.corrections.target(home)
        english = (entry.get("english") or entry.get("name")) if entry else \
            (given.english or given.name if given else home)
        country = entry.get("country") if entry else (given.country if given else None)
        label = f"{english} ({country})" if country else str(english)
        return Target(home, label, t.kind)

    def choices(self, choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
        out: dict[str, Choice] = {}
        for ch in choices:
            mapped = {t.key: t for t in filter(None, map(self.target, ch.targets))}
            if not mapped:
                continue
            if tuple(mapped) != tuple(t.key for t in ch.targets):
                homes = {t.key: self.corrections.home(t.key) or "" for t in ch.targets}
                ch = replace(ch, key="|".join(mapped),
                             label=", ".join(t.label for t in mapped.values()),
                             targets=tuple(mapped.values()),
                             terms=tuple((homes.get(k, k), term) for k, term in ch.terms
                                         if homes.get(k, k)))
            out.setdefault(ch.key, ch)
        return tuple(out.values())
