"""Provides the name index: folded names -> what they name (leaders, places, people; no Textual).

:class:`NameIndex` is the index itself (exact lookups, prefixes for search
as you type, small typos); :class:`PrebuiltNames` answers exact lookups from
the prebuilt file's text without parsing it.  Which indexes exist (the
gazetteer's, the archive's own people) is :mod:`reader.search.indexes`.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TypedDict

from reader.entities.normalize import WORD_RE, clitic_variants, fold, strip_article

FUZZY_MIN_LENGTH = 5
"""Below this many letters a query is never matched by typo tolerance."""
FUZZY_CUTOFF = 88.0
"""Smallest rapidfuzz ratio (0-100) a name within a typo must reach."""


@dataclass(frozen=True, slots=True)
class Target:
    """Something a query was understood to name."""

    key: str
    """Index key searched: ``person:...``, ``place:...`` or ``country:XX``."""
    label: str
    """How to show it: "Kazakhstan (country)", "Xi Jinping (CN)"."""
    kind: str
    """``person``, ``country``, ``city`` or ``region``."""


class StoredNames(TypedDict):
    """A :class:`NameIndex` as it is written to a file (see ``tools/build_search_index.py``)."""

    targets: list[list[str]]
    """``[key, label, kind]`` of every target, in slot order."""
    names: dict[str, list[int]]
    """Folded name -> slots of the targets it names."""


def query_words(query: str) -> list[str]:
    """The folded words of a query or a name (what the index is keyed by)."""
    return [fold(m.group()) for m in WORD_RE.finditer(query)]


def lookup_words(
    refs_of: Callable[[str], list[int] | None],
    resolve: Callable[[list[int]], list[Target]],
    words: list[str],
) -> list[Target]:
    """Targets named exactly by ``words``, glued proclitics and the article tolerated.

    Args:
        refs_of: The target slots of a folded name, or None (falsy: not a name).
        resolve: Slots -> targets.
        words: Folded query words.
    """
    if not words:
        return []
    for first in clitic_variants(words[0]):
        for cand in (first, strip_article(first)):
            hit = refs_of(" ".join([cand, *words[1:]]))
            if hit:
                return resolve(hit)
    return []


class NameIndex:
    """Folded names (and their article-less forms) -> targets.

    Kept in the compact form it is stored in (names point at indexes into one
    list of targets), so loading the prebuilt index is one ``json.loads``.
    """

    def __init__(self, names: dict[str, list[int]] | None = None,
                 targets: list[Target] | None = None) -> None:
        self.names: dict[str, list[int]] = names if names is not None else {}
        """Folded name -> slots in :attr:`targets`."""
        self.targets: list[Target] = targets if targets is not None else []
        """Every target, by slot."""
        self._slot = {t.key: i for i, t in enumerate(self.targets)}
        self._sorted: tuple[list[str], dict[str, int] | None] | None = None
        """Names in sorted order (for prefixes), and each name's place in ``names``
        when that is not the sorted order (None when it is); built at first use."""
        self._name_list: list[str] | None = None

    def to_json(self) -> StoredNames:
        """The stored form."""
        return {"targets": [[t.key, t.label, t.kind] for t in self.targets],
                "names": dict(sorted(self.names.items()))}

    @classmethod
    def from_json(cls, data: StoredNames) -> NameIndex:
        """The index from its stored form."""
        return cls(data["names"], [Target(*t) for t in data["targets"]])

    def add(self, name: str, target: Target, *, bare: bool = True) -> None:
        """Let ``name`` (as written anywhere: it is folded here) find ``target``;
        with ``bare``, its form without the article too (الرياض by رياض)."""
        words = query_words(name)
        if not words:
            return
        slot = self._slot.get(target.key)
        if slot is None:
            slot = self._slot[target.key] = len(self.targets)
            self.targets.append(target)
        keys = {" ".join(words)}
        if bare:
            keys.add(" ".join(strip_article(w) for w in words))
        self._sorted = self._name_list = None
        for key in keys:
            refs = self.names.setdefault(key, [])
            if slot not in refs:
                refs.append(slot)

    def _resolve(self, refs: list[int]) -> list[Target]:
        return [self.targets[r] for r in refs]

    def lookup(self, words: list[str]) -> list[Target]:
        """Targets named exactly by the query words (glued proclitics tolerated)."""
        return lookup_words(self.names.get, self._resolve, words)

    def _sorted_names(self) -> tuple[list[str], dict[str, int] | None]:
        if self._sorted is None:
            names = list(self.names)
            if all(a < b for a, b in pairwise(names)):
                self._sorted = (names, None)  # the prebuilt index is stored sorted
            else:
                self._sorted = (sorted(names), {n: i for i, n in enumerate(names)})
        return self._sorted

    def prefixed(self, text: str, limit: int = 8) -> list[Target]:
        """Targets whose name starts with ``text`` (for search as you type).

        Names are taken in the index's order, the first ``limit`` targets win;
        the names starting with ``text`` are found by bisection, not a scan.
        """
        names, order = self._sorted_names()
        i = bisect_left(names, text)
        j = i
        while j < len(names) and names[j].startswith(text):
            j += 1
        matched = names[i:j]
        if order is not None:
            matched.sort(key=order.__getitem__)
        out: dict[str, Target] = {}
        for name in matched:
            for t in self._resolve(self.names[name]):
                out.setdefault(t.key, t)
            if len(out) >= limit:
                break
        return list(out.values())

    def fuzzy(self, text: str) -> list[Target]:
        """Targets whose name is within a small typo of ``text``."""
        if len(text) < FUZZY_MIN_LENGTH:
            return []
        from rapidfuzz import fuzz, process

        if self._name_list is None:
            self._name_list = list(self.names)
        best = process.extract(text, self._name_list, scorer=fuzz.ratio,
                               score_cutoff=FUZZY_CUTOFF, limit=3)
        if not best:
            return []
        top = best[0][1]
        out: dict[str, Target] = {}
        for name, score, _ in best:
            if score >= top - 0.01:
                for t in self._resolve(self.names[name]):
                    out.setdefault(t.key, t)
        return list(out.values())


class PrebuiltNames:
    """Exact lookups in the prebuilt index's text, without parsing its 74,000 names.

    ``reader search`` asks for one name; parsing the whole file would cost
    more than the rest of the search (50 ms).  A name is found by its key as
    the file spells it (``"name":[refs]`` inside the ``names`` object: keys
    hold no quotes, and no other string there is followed by ``:[``), so a
    name found here is one ``NameIndex.lookup`` finds, and a miss is a miss.
    """

    def __init__(self, text: str, names_at: int, targets: list[Target]) -> None:
        self.text = text
        """The file's text."""
        self.names_at = names_at
        """Offset of the ``names`` object in ``text``."""
        self.targets = targets
        """Every target, by slot (parsed: the file's short first part)."""

    def refs(self, key: str) -> list[int] | None:
        """The target numbers of a folded name, or None."""
        needle = json.dumps(key, ensure_ascii=False) + ":["
        at = self.text.find(needle, self.names_at)
        while at != -1 and self.text[at - 1] not in "{,":
            at = self.text.find(needle, at + 1)
        if at == -1:
            return None
        start = at + len(needle)
        body = self.text[start:self.text.index("]", start)]
        return [int(x) for x in body.split(",")] if body else []

    def lookup(self, words: list[str]) -> list[Target]:
        """Targets named exactly by the query words, as :meth:`NameIndex.lookup`."""
        return lookup_words(self.refs, lambda refs: [self.targets[r] for r in refs], words)
