"""Provides who a name may be corrected to: the archive's entities, the known people (no Textual).

The app's picker and ``reader correct`` look names up here: the archive's
entities (its catalogue, most written about first), then the people of the
leaders data the archive does not name.  Names are compared folded
(diacritics, hamza and alef forms, tatweel, case), as search compares them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from reader.corrections.rules import Target
from reader.entities.leader_data import LeaderRecord, leader_files, read_leader_file
from reader.entities.normalize import fold_text

if TYPE_CHECKING:
    from reader.store.api import CatalogEntry

PICKER_LIMIT = 40
"""Candidates a lookup returns at most."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone a name may mean, with what lists show of them."""

    target: Target
    articles: int
    """Articles of the archive about them (0: known from the leaders data only)."""
    names: tuple[str, ...]
    """Folded names it is found by (name, aliases, English name)."""

    @property
    def detail(self) -> str:
        """The second half of a list row: "12 articles" or "leaders data"."""
        if not self.articles:
            return "leaders data"
        return f"{self.articles} article{'s' if self.articles != 1 else ''}"


@lru_cache(maxsize=1)
def known_people() -> tuple[Candidate, ...]:
    """Every person of the leaders data (read once)."""
    out: list[Candidate] = []
    for name in leader_files():
        for raw in cast("list[LeaderRecord]", read_leader_file(name).get("people", [])):
            arabic = list(raw.get("ar") or ())
            english = raw.get("english") or None
            target = Target(raw["key"], arabic[0] if arabic else english or raw["key"],
                            english, raw.get("country"))
            names = [*arabic, english or "", *raw.get("english_aliases", ())]
            out.append(Candidate(target, 0, _folded(names)))
    return tuple(out)


def _folded(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for f in map(fold_text, names) if f))


def archive_candidates(catalog: Mapping[str, CatalogEntry],
                       kind: str | None = None) -> list[Candidate]:
    """The archive's entities (of ``kind``, or all), most written about first."""
    out = []
    for key, rec in catalog.items():
        if kind is not None and rec.get("kind") != kind:
            continue
        name = str(rec.get("name") or key)
        target = Target(key, name, rec.get("english"), rec.get("country"),
                        str(rec.get("kind") or "person"))
        names = [name, *(rec.get("aliases") or ()), rec.get("english") or ""]
        out.append(Candidate(target, int(rec.get("articles") or 0), _folded(names)))
    out.sort(key=lambda c: (-c.articles, c.target.label))
    return out


def _everyone(catalog: Mapping[str, CatalogEntry], kind: str | None,
              leaders: bool) -> Iterator[Candidate]:
    archive = archive_candidates(catalog, kind)
    yield from archive
    if leaders and kind in (None, "person"):
        seen = {c.target.key for c in archive}
        yield from (c for c in known_people() if c.target.key not in seen)


def pool(catalog: Mapping[str, CatalogEntry], *, kind: str | None = None,
         leaders: bool = True, exclude: str = "") -> list[Candidate]:
    """Everyone a picker may offer: the archive's (of ``kind``) first, then the leaders data's.

    Args:
        catalog: The archive's entities (as corrected).
        kind: Only entities of this kind (``person``, ``place``).
        leaders: Offer the people of the leaders data too.
        exclude: A key never offered (the entity being corrected).
    """
    return [c for c in _everyone(catalog, kind, leaders) if c.target.key != exclude]


def matching(candidates: list[Candidate], query: str,
             limit: int = PICKER_LIMIT) -> list[Candidate]:
    """Who ``query`` may name: names that start with it first, then names that hold it.

    An empty query: the first ``limit`` (the most written about).
    """
    wanted = fold_text(query)
    starts: list[Candidate] = []
    inside: list[Candidate] = []
    for c in candidates:
        if not wanted or any(n.startswith(wanted) for n in c.names) or \
                c.target.key == query.strip():
            starts.append(c)
            if len(starts) >= limit:
                break
        elif len(inside) < limit and any(wanted in n for n in c.names):
            inside.append(c)
    return (starts + inside)[:limit]


def find(catalog: Mapping[str, CatalogEntry], ref: str, *, leaders: bool = True,
         kind: str | None = None) -> list[Candidate]:
    """Who ``ref`` names exactly: a key (``person:...``), or a name, alias or English name.

    More than one: the name is ambiguous (the caller says which to pick by key).
    """
    ref = ref.strip()
    wanted = fold_text(ref)
    exact = [c for c in _everyone(catalog, kind, leaders)
             if c.target.key == ref or (wanted and wanted in c.names)]
    by_key = [c for c in exact if c.target.key == ref]
    if by_key:
        return by_key[:1]
    # The archive's own first: a name it knows means its entity, not a namesake in the data.
    archive = [c for c in exact if c.articles]
    return archive or exact
