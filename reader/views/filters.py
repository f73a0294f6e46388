"""Provides what narrows the article list (a sidebar choice, a search), and its hits (no Textual).

- :class:`ListFilter`: the list's filter or search;
- :func:`filter_key` and :func:`articles_about`: the articles a sidebar
  choice keeps;
- :func:`hit_ranges`: the logical ranges of an article a filter highlights.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.models import Entity, Span

if TYPE_CHECKING:
    from reader.store.api import ArticleReader


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What the list is narrowed to: an entity picked, or a search."""

    kind: str
    """``entity`` or ``search``."""
    key: str
    """The entity index key (``country:KZ``, ``person:...``) or the query typed."""
    label: str
    """Logical text naming it for people ("Tokayev", "Kazakhstan", the query)."""
    targets: tuple[str, ...] = ()
    """Entity keys whose mentions are highlighted as hits."""
    mode: str = "entity"
    """For searches: ``entity``, ``text`` or ``filter`` (what :func:`reader.search.search` did)."""
    reading: str | None = None
    """For searches: the key of the reading searched (None: the default one)."""
    words: tuple[str, ...] | None = None
    """For searches: the query's words, highlighted as hits (None: the words of ``key``)."""


def filter_key(entity: Entity) -> str:
    """The index key that finds the articles about an entity.

    A country covers itself and its office-holders (``country:XX``); people,
    cities and regions are found by their own key.
    """
    if entity.kind == "place" and entity.place_kind == "country" and entity.code:
        return f"country:{entity.code}"
    return entity.key


def entity_label(entity: Entity) -> str:
    """How the status bar names an entity: its English name, else its own."""
    return entity.english or entity.name


def articles_about(store: ArticleReader, key: str) -> list[int]:
    """Docnos of the articles indexed under ``key``, newest first (the list's order)."""
    sorts = store.docmap()
    docnos = {d for d, _ in store.postings("ent", key)}
    return sorted(docnos, key=lambda d: sorts[d] if d < len(sorts) else "", reverse=True)


def target_keys(key: str, entities: Iterable[Entity]) -> set[str]:
    """Entity keys whose mentions in an article stand for the filter ``key``.

    ``country:XX`` stands for the country's place key and for every person
    serving it; other keys stand for themselves.
    """
    if not key.startswith("country:"):
        return {key}
    code = key.split(":", 1)[1]
    keys = {f"place:{code}"}
    for e in entities:
        if (e.kind == "place" and e.code == code) or (e.kind == "person" and e.country == code):
            keys.add(e.key)
    return keys


def hit_ranges(
    text: str, spans: Iterable[Span], entities: Iterable[Entity], flt: ListFilter | None
) -> list[tuple[int, int]]:
    """Logical ranges to highlight as hits for the active filter, in text order.

    Args:
        text: The article text (:func:`reader.entities.article_text`).
        spans: Entity mentions in ``text``.
        entities: The article's entities (countries of office-holders).
        flt: The list's filter or search, or None.
    """
    if flt is None:
        return []
    ents = list(entities)
    keys: set[str] = set()
    for k in flt.targets or ((flt.key,) if flt.kind == "entity" else ()):
        keys |= target_keys(k, ents)
    found = sorted({(s.start, s.end) for s in spans if s.key in keys})
    if flt.kind == "entity":
        return found
    # A search: the mentions of what it names, and its words wherever else they stand.
    words = flt.words if flt.words is not None else (flt.key,)
    mentions = list(found)
    for a, b in word_hits(text, " ".join(words)):
        if not any(s <= a and b <= e for s, e in mentions):
            found.append((a, b))
    return sorted(found)


def word_hits(text: str, query: str) -> list[tuple[int, int]]:
    """Words of ``text`` matching the query's words (same folding and light stems as the index)."""
    from reader.entities.normalize import light_stem, tokenize

    stems = {light_stem(w) for _, _, w in tokenize(query)}
    if not stems:
        return []
    return [(a, b) for a, b, w in tokenize(text) if light_stem(w) in stems]
