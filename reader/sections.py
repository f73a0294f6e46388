"""Provides the people and places pane's sections as data: one per kind of entity (no Textual).

Everything that lists entities by kind reads :data:`SECTIONS`: the sidebar's
headings and their order, the second line of each entry, the archive's most
mentioned names, the command palette's wording, and the style names of names
and mentions (``entity-sidebar--<kind>``, ``reading-pane--<kind>``).  A new
kind of entity the extractor finds (organisations, say) is one more row here,
plus, if it should have a colour of its own, a rule for those two component
classes in ``reader/app.tcss``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reader.models import Entity


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of entity, as the app lists it."""

    kind: str
    """The :attr:`reader.models.Entity.kind` (and ``Span.kind``) it holds; also the
    style name of its names in the sidebar and of its mentions in the reading pane."""
    heading: str
    """The sidebar's heading for it ("People"; the count is added)."""
    detail: Callable[[Entity], Sequence[str | None]]
    """The parts of an entry's second line (empty ones are left out)."""
    noun: Callable[[Entity], str]
    """What the command palette calls one ("leader", "country": "Filter by leader: ...")."""


def person_detail(entity: Entity) -> tuple[str | None, ...]:
    """A person's second line: English name and country."""
    return (entity.english, entity.country)


def place_detail(entity: Entity) -> tuple[str | None, ...]:
    """A place's second line: English name, kind (country, city, region) and code or country."""
    return (entity.english, entity.place_kind, entity.code or entity.country)


def person_noun(entity: Entity) -> str:
    """``leader`` for the gazetteer's leaders (plain slugs), ``person`` for people found by text."""
    return "person" if entity.key.startswith("person:x:") else "leader"


def place_noun(entity: Entity) -> str:
    """``country``, ``city``, ``region``, or ``place`` when the kind is not known."""
    return entity.place_kind or "place"


SECTIONS: tuple[Section, ...] = (
    Section("person", "People", person_detail, person_noun),
    Section("place", "Places", place_detail, place_noun),
)
"""The sections, in the order they are listed."""

SECTION_KINDS: tuple[str, ...] = tuple(s.kind for s in SECTIONS)
"""The kinds of entity the app lists, in order."""


def section_of(kind: str) -> Section | None:
    """The section of an entity or mention kind (None: a kind the app does not list)."""
    return next((s for s in SECTIONS if s.kind == kind), None)


def by_section(
    entities: Iterable[Entity], limit: int | None = None
) -> list[tuple[Section, list[Entity]]]:
    """Entities grouped by section, in the table's order (each group keeps their order).

    Args:
        entities: Any entities; kinds no section lists are left out.
        limit: At most this many per section (None: all).
    """
    ents = list(entities)
    return [(s, [e for e in ents if e.kind == s.kind][:limit]) for s in SECTIONS]
