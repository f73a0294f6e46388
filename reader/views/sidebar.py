"""Provides the rows of the people and places pane, section by section (no Textual).

The sections, their headings and each entry's second line come from
:data:`reader.sections.SECTIONS`; the widget
(:class:`reader.widgets.entity_sidebar.EntitySidebar`) only paints the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.entities.evidence import SHOWN
from reader.models import Entity
from reader.sections import by_section, section_of


@dataclass(frozen=True, slots=True)
class SidebarRow:
    """One row: a heading, or one of an entity's two lines."""

    kind: str
    """``heading``, ``name``, ``detail``, ``note``, or ``more`` (the note that says how many
    names found on weaker evidence are hidden or shown; clicking it toggles them)."""
    text: str
    """Logical text (laid out when painted)."""
    item: int = -1
    """Index into the entity items for name/detail rows."""
    count: int = 0
    """Mentions, on name rows."""


def entity_detail(entity: Entity, archive: bool) -> str:
    """The second line of an entry: English name, country or kind (and mentions in archive
    mode, whose big number is articles).

    An English name that is the entry's own name (an English article's people
    and places) is not said twice.
    """
    section = section_of(entity.kind)
    parts = [p or "" for p in section.detail(entity)] if section is not None else []
    if parts and parts[0].casefold() == " ".join(entity.name.split()).casefold():
        parts[0] = ""
    if archive and entity.count:
        parts.append(f"{entity.count} mention{'s' if entity.count != 1 else ''}")
    return " · ".join(p for p in parts if p)


def entity_summary(entity: Entity, archive: bool) -> str:
    """The whole of an entry on one line (the status line shows it for the highlighted one,
    whose row may be cut): name, details, mentions and articles."""
    section = section_of(entity.kind)
    parts = [p or "" for p in section.detail(entity)] if section is not None else []
    if parts and parts[0].casefold() == " ".join(entity.name.split()).casefold():
        parts[0] = ""
    counts = [f"{entity.count} mention{'s' if entity.count != 1 else ''}"] if entity.count else []
    if archive and entity.articles:
        counts.append(f"{entity.articles} article{'s' if entity.articles != 1 else ''}")
    return " · ".join(p for p in (entity.name, *parts, ", ".join(counts)) if p)


def archive_count(entity: Entity, archive: bool) -> int:
    """The big number of an entry: articles in archive mode (its order), else mentions."""
    return entity.articles if archive else entity.count


ARCHIVE_HEADING = "Archive, by articles"
"""The heading of the archive view (its numbers are articles; the article view's, mentions)."""


def unsure_detail(entity: Entity) -> str:
    """Why an entity found on weaker evidence is listed: its evidence and confidence."""
    why = entity.evidence[0] if entity.evidence else "weak evidence"
    return f"unsure: {why} ({round(entity.confidence * 100)}%)"


def sidebar_rows(
    entities: Iterable[Entity], *, archive: bool, show_unsure: bool = False,
    reveal_key: str = "r",
) -> tuple[list[SidebarRow], list[Entity]]:
    """Rows to paint and the entities they stand for (in cursor order), a section after another.

    The entities found on weaker evidence (confidence below
    :data:`reader.entities.evidence.SHOWN`) are left out, with a note saying
    how many and which key (``reveal_key``) shows them; with ``show_unsure``
    they follow the others, each saying why it is unsure.
    """
    rows: list[SidebarRow] = []
    items: list[Entity] = []
    rows.append(
        SidebarRow("heading", ARCHIVE_HEADING if archive else "In this article")
    )
    for section, ents in by_section(entities):
        sure = [e for e in ents if e.confidence >= SHOWN]
        unsure = [e for e in ents if e.confidence < SHOWN]
        listed = sure + unsure if show_unsure else sure
        rows.append(SidebarRow("note", ""))
        rows.append(SidebarRow("heading", f"{section.heading} ({len(sure)})"))
        if not listed:
            rows.append(SidebarRow("note", "  none found"))
        for e in listed:
            n = len(items)
            items.append(e)
            rows.append(SidebarRow("name", e.name, n, archive_count(e, archive)))
            detail = entity_detail(e, archive)
            if e.confidence < SHOWN:
                detail = " · ".join(x for x in (detail, unsure_detail(e)) if x)
            rows.append(SidebarRow("detail", detail, n))
        if unsure:
            what = "hide" if show_unsure else "show"
            rows.append(SidebarRow(
                "more", f"  {len(unsure)} more on weaker evidence ({reveal_key}: {what})"))
    return rows, items
