"""Provides the gazetteer's records: a known place, a known leader, a known name (no Textual).

They are built once from the data files (see :mod:`reader.entities.loaders`)
and never change: the extractor, the search box and the benchmarks read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A known place."""

    key: str
    kind: str
    """``country``, ``region``, ``city``, ``town`` (a smaller place of the Arab world),
    ``sea`` (oceans, seas, gulfs, straits) or ``site`` (holy sites, landmarks)."""
    english: str
    code: str | None
    country: str | None
    ar: tuple[str, ...]
    """Arabic names, preferred first."""
    other: tuple[str, ...]
    """Names in other languages and scripts (English first when present)."""
    nisba: tuple[str, ...] = ()
    population: int = 0
    capital: bool = False
    admin: int = 0
    """For a subdivision of a state: 1 (region, province) or 2 (governorate, district)."""


@dataclass(frozen=True, slots=True)
class Office:
    """One term in an office, as the leaders data gives it."""

    title: str
    """The office in English ("President of the United States")."""
    role: str
    """``head_of_state``, ``head_of_government``, ``minister``, ``international`` or ``other``."""
    kind: str
    """What titles name it by (see :mod:`reader.entities.offices`): ``head_of_state``,
    ``head_of_government``, ``foreign_minister``, ``crown_prince`` ...; else ``other``."""
    country: str | None
    start: str
    """First day, ISO (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty when unknown)."""
    end: str | None
    """Last day, ISO; None while in office."""


@dataclass(frozen=True, slots=True)
class Leader:
    """A known leader (head of state or government, minister, head of an organisation)."""

    key: str
    english: str
    english_aliases: tuple[str, ...]
    ar: tuple[str, ...]
    """Full-name spellings, most common first."""
    short: tuple[str, ...]
    """Forms used alone for later mentions (surnames)."""
    country: str | None
    office: str | None
    """The most recent office, in English."""
    org: str | None = None
    """Set for heads of international organisations (UN, EU, AU, NATO, ...)."""
    short_ambiguous: frozenset[str] = frozenset()
    """Folded short forms that are also ordinary words or given names (لولا، شي):
    they name the leader only once the article names him fully or with a title."""
    offices: tuple[Office, ...] = ()
    """Every term in office, the principal current one first."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A name of one or more words, as the index holds it."""

    rest: tuple[str, ...]
    """Folded words after the first one."""
    kind: str
    """``place``, ``leader`` (full name), ``short`` (leader's short form) or ``nisba``."""
    key: str
    """Place or leader key; for a nisba, the country code."""
    latin: bool = False
    """Written in Latin script: must be capitalised in the text to count."""
