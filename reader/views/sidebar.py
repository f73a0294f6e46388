"""Provides the rows of the people and places pane, section by section (no Textual).

The sections, their headings and each entry's second line come from
:data:`reader.sections.SECTIONS`; the widget
(:class:`reader.widgets.entity_sidebar.EntitySidebar`) only paints the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.models import Entity
from reader.sections import by_section, section_of


@dataclass(frozen=True, slots=True)
class SidebarRow:
    """One row: a heading, or one of an entity's two lines."""

    kind: str
    """``heading``, ``name``, ``detail`` or ``note``."""
    text: str
    """Logical text (laid out when painted)."""
    item: int = -1
    """Index into the entity items for name/detail rows."""
    count: int = 0
    """Mentions, on name rows."""


def entity_detail(entity: Entity, archive: bool) -> str:
    """The second line of an entry: English name, country or kind (and articles in archive mode)."""
    section = section_of(entity.kind)
    parts = [p or "" for p in section.detail(entity)] if section is not None else []
    if archive and entity.articles:
        parts.append(f"{entity.articles} article{'s' if entity.articles != 1 else ''}")
    return " · ".join(p for p in parts if p)


def sidebar_rows(
    entities: Iterable[Entity], *, archive: bool
) -> tuple[list[SidebarRow], list[Entity]]:
    """Rows to paint and the entities they stand for (in cursor order), a section after another."""
    rows: list[SidebarRow] = []
    items: list[Entity] = []
    rows.append(
        SidebarRow("heading", "Most mentioned in the archive" if archive else "In this article")
    )
    for section, ents in by_section(entities):
        rows.append(SidebarRow("note", ""))
        rows.append(SidebarRow("heading", f"{section.heading} ({len(ents)})"))
        if not ents:
            rows.append(SidebarRow("note", "  none found"))
        for e in ents:
            n = len(items)
            items.append(e)
            rows.append(SidebarRow("name", e.name, n, e.count))
            rows.append(SidebarRow("detail", entity_detail(e, archive), n))
    return rows, items
