"""Provides the plain data that crosses layers: articles, summaries, entities, spans.

Nothing here imports Textual or TinyDB.  Every class is a frozen dataclass so a
widget can hold one without fearing that another part of the program changes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.entities.terms import NumberedTerms


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as an importer read it, before the store gives it an identity."""

    title: str
    """Headline, logical order, exactly as found (may be derived from the first sentence)."""
    body: str
    """Body text in logical order, exactly as imported; each line is a paragraph."""
    date: str | None = None
    """Publication date as ISO 8601: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SSZ`` (UTC)."""
    source: str | None = None
    """Who published it (agency, site or paper)."""
    url: str | None = None
    """Where it was published, when known."""
    author: str | None = None
    """Byline, when known."""
    language: str | None = None
    """BCP 47 primary language (``ar``, ``en``, ...), or None when unknown."""
    origin: str = ""
    """Where the importer found it (file path, plus entry number in a multi-article file)."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the article list needs to show a row: everything but the body."""

    id: str
    """Stable identity: hex digest of the url, or of title and body when there is no url."""
    title: str
    date: str | None
    source: str | None
    url: str | None
    author: str | None
    language: str | None
    imported_at: str
    """When it entered the store, ISO 8601 UTC."""
    fingerprint: str
    """Hex digest of the normalised title and body (duplicate detection)."""
    docno: int = 0
    """Internal sequence number inside one store (not stable across stores)."""
    sort_key: str = ""
    """Key the list is ordered by, newest last: date (or import time) plus docno."""

    @property
    def display_date(self) -> str:
        """The date for people: ``YYYY-MM-DD``, or an empty string when unknown."""
        return (self.date or "")[:10]


@dataclass(frozen=True, slots=True)
class Article(ArticleSummary):
    """A stored article, body included."""

    body: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A mention: logical offsets ``[start, end)`` into an article's text."""

    start: int
    end: int
    kind: str
    """The entity's kind: ``person`` or ``place`` (see :class:`Entity`)."""
    key: str
    """Key of the entity mentioned (see :class:`Entity`)."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A person or place found in an article, or known to the archive."""

    key: str
    """Stable key: ``person:<slug>`` or ``place:<ISO code or slug>``."""
    kind: str
    """``person`` or ``place``: a kind of :data:`reader.sections.SECTIONS`, which says how the
    app lists it (a new kind of entity is one more section there)."""
    name: str
    """The fullest Arabic (or original-script) form found."""
    aliases: tuple[str, ...] = ()
    """Every other surface form found."""
    english: str | None = None
    """English name, when known."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code: the country a person leads or serves, or a place lies in."""
    place_kind: str | None = None
    """For places: ``country``, ``city`` or ``region``."""
    code: str | None = None
    """For countries: ISO 3166-1 alpha-2 code."""
    office: str | None = None
    """For known leaders: the office held (English)."""
    count: int = 0
    """Mentions in the article (or, archive-wide, in all articles)."""
    articles: int = 0
    """Archive-wide only: how many articles mention it."""
    evidence: tuple[str, ...] = ()
    """What made the extractor read it so, strongest first (``known full name``,
    ``title``, ``given name and surname`` ...: see :mod:`reader.entities.evidence`)."""
    confidence: float = 1.0
    """How sure the extractor is, from 0 to 1; below :data:`reader.entities.evidence.SHOWN`
    the sidebar lists it only on request."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the indexes need of one article: its entities and index terms (where each
    entity is mentioned is the reading pane's, from ``reader.entities.extract``)."""

    entities: tuple[Entity, ...]
    """People and places, each with its mention count in the article."""
    terms: tuple[tuple[str, int], ...] | NumberedTerms
    """Full-text index terms (light stems, see reader.entities.normalize) with their
    counts (the extractor's by number: iterated, the same pairs)."""
    facets: tuple[tuple[str, int], ...] = ()
    """Extra entity-index keys with weights, e.g. ``country:KZ`` for an article that
    names Kazakhstan or one of its office-holders (what a search by country finds)."""
