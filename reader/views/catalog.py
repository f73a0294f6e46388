"""Provides the archive's entities as :class:`reader.models.Entity` records (no Textual).

The store's catalogue counts every entity over every article; the sidebar's
archive view lists the most mentioned of each section, and the command
palette offers all of them.  An article's entities are mapped through the
user's corrections here too (:func:`article_entities`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from reader.models import Article, Entity, Span
from reader.sections import by_section

if TYPE_CHECKING:
    from reader.store.api import ArticleReader, CatalogEntry


def entity_from_catalog(key: str, rec: CatalogEntry) -> Entity:
    """An :class:`Entity` from a ``store.catalog()`` record (archive-wide counts)."""
    return Entity(
        key=key,
        kind=str(rec.get("kind") or ("person" if key.startswith("person:") else "place")),
        name=str(rec.get("name") or key),
        aliases=tuple(rec.get("aliases") or ()),
        english=rec.get("english"),
        country=rec.get("country"),
        place_kind=rec.get("place_kind"),
        code=rec.get("code"),
        count=int(rec.get("mentions") or 0),
        articles=int(rec.get("articles") or 0),
    )


def top_entities(catalog: Mapping[str, CatalogEntry], limit: int = 30) -> list[Entity]:
    """The archive's most mentioned entities (by articles, then mentions), section by section.

    Returns:
        At most ``limit`` of each section of :data:`reader.sections.SECTIONS`,
        the sections in their order.
    """
    ents = [entity_from_catalog(k, rec) for k, rec in catalog.items()]
    ents.sort(key=lambda e: (-e.articles, -e.count, e.english or e.name))
    return [e for _, group in by_section(ents, limit) for e in group]


def article_entities(
    store: ArticleReader, article: Article, entities: Sequence[Entity], spans: Sequence[Span],
) -> tuple[list[Entity], tuple[Span, ...]]:
    """An article's entities and mentions as the user's corrections make them.

    ``store`` is read through :class:`reader.corrections.CorrectedReader` in the
    app; any other store has no corrections (they are returned as given, at no
    cost: the article's text is put together only when a correction may need it).
    A merged or linked entity takes the archive's record of whom it now is; a
    name linked in this article moves only its own mentions.
    """
    from reader.corrections import CorrectedReader
    from reader.entities import article_text

    if not isinstance(store, CorrectedReader) or not store.corrections:
        return list(entities), tuple(spans)
    corrections = store.corrections
    catalog = store.catalog()
    known = {k: entity_from_catalog(k, catalog[k]) for k in corrections.targets if k in catalog}
    return corrections.entities(article.id, entities, spans, known,
                                article_text(article.title, article.body))
