"""Provides the closest names to a query that found nothing (typo tolerance; no Textual).

When a query names nothing and no article holds its words, people are
offered the known names nearest to what they typed that this archive has
articles about: "Tokaiev" -> "Kassym-Jomart Tokayev (KZ)".  Names are
compared folded (rapidfuzz's ratio) over the gazetteer's index and the
archive's own people.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.search.archive import article_count
from reader.search.indexes import catalog_names, gazetteer_index

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

SUGGEST_CUTOFF = 70.0
"""Smallest rapidfuzz ratio (0-100) of a name offered."""
SUGGESTIONS = 3
"""Names offered at most."""
CANDIDATES = 40
"""Nearest names looked at (the first few may have no articles here)."""
MIN_LENGTH = 3
"""Below this many letters a query gets no suggestion (everything is near)."""


def closest_names(store: ArticleReader, text: str) -> list[str]:
    """Labels of the known names nearest to ``text`` with articles in the store, best first."""
    if len(text) < MIN_LENGTH:
        return []
    from rapidfuzz import fuzz, process

    scored: list[tuple[float, str, str]] = []
    for index in (gazetteer_index(), catalog_names(store)):
        names = list(index.names)
        for name, score, _ in process.extract(text, names, scorer=fuzz.ratio,
                                              score_cutoff=SUGGEST_CUTOFF, limit=CANDIDATES):
            for slot in index.names[name]:
                target = index.targets[slot]
                scored.append((score, target.key, target.label))
    out: dict[str, str] = {}
    for _, key, label in sorted(scored, key=lambda s: -s[0]):
        if key not in out and article_count(store, key) > 0:
            out[key] = label
            if len(out) >= SUGGESTIONS:
                break
    return list(out.values())


def label_name(label: str) -> str:
    """The name in a target's label, to search for: "Tokyo (city, JP)" -> "Tokyo"."""
    return re.sub(r"\s*\([^()]*\)$", "", label).strip() or label
