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
    found = lookup_name(refs_of, words)
    return resolve(found[1]) if found is not None else []


def lookup_name(
    refs_of: Callable[[str], list[int] | None], words: list[str] | tuple[str, ...]
) -> tuple[str, list[int]] | None:
    """The name ``words`` were found as (proclitics and the article taken off), and its slots.

    The first word's readings are tried longest first (see
    :func:`reader.entities.normalize.clitic_variants`); None when no reading is a name.
    """
    if not words:
        return None
    for first in clitic_variants(words[0]):
        for cand in (first, strip_article(first)):
            name = " ".join([cand, *words[1:]])
            hit = refs_of(name)
            if hit:
                return name, hit
    return None


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

    def find(self, words: list[str] | tuple[str, ...]) -> tuple[str, list[Target]] | None:
        """The name the query words were found as, and its targets (None: no name)."""
        found = lookup_name(self.names.get, words)
        return None if found is None else (found[0], self._resolve(found[1]))

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
    """Exact lookups in the prebuilt index's bytes, without parsing its 74,000 names.

    ``reader search`` asks for a few names; parsing the whole file would cost
    more than the rest of the search (50 ms).  A name is found by its key as
    the file spells it (``"name":[refs]`` inside the ``names`` object, which
    the file stores sorted: keys hold no quotes, and ``],"`` only ever starts
    the next entry), so a name found here is one ``NameIndex.lookup`` finds,
    and a miss is a miss.
    """

    def __init__(self, data: bytes, names_at: int, targets: list[list[str]]) -> None:
        self.data = data
        """The file's bytes (UTF-8, never decoded whole: that alone took 12 ms)."""
        self.names_at = names_at
        """Offset of the ``names`` object in ``data``."""
        self.stored_targets = targets
        """``[key, label, kind]`` of every target, by slot (the file's short first part)."""

    def targets(self, refs: list[int]) -> list[Target]:
        """The targets of some slots (made only for these: making all 11,000 took 10 ms)."""
        return [Target(*self.stored_targets[r]) for r in refs]

    def refs(self, key: str) -> list[int] | None:
        """The target numbers of a folded name, or None.

        The names are stored sorted, so the entry is found by bisection over
        the bytes: about 17 short reads, where scanning for a name that is not
        there would read all 2 MB (a query of several words asks for dozens).
        UTF-8 bytes sort as their code points do, so comparing bytes is
        comparing the names.
        """
        data = self.data
        wanted = key.encode("utf-8")
        first = self.names_at + 1
        lo, hi = first, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = first if mid <= first else data.find(b'],"', mid - 2) + 2
            if start < 2 or start >= hi:
                hi = mid
                continue
            colon = data.find(b'":[', start)
            name = data[start + 1:colon]
            if b"\\" in name:  # an escape: read it as JSON
                name = json.loads(data[start:colon + 1]).encode("utf-8")
            end = data.index(b"]", colon)
            if name == wanted:
                body = data[colon + 3:end]
                return [int(x) for x in body.split(b",")] if body else []
            if name < wanted:
                lo = end + 1
            else:
                hi = mid
        return None

    def lookup(self, words: list[str]) -> list[Target]:
        """Targets named exactly by the query words, as :meth:`NameIndex.lookup`."""
        return lookup_words(self.refs, self.targets, words)

    def find(self, words: list[str] | tuple[str, ...]) -> tuple[str, list[Target]] | None:
        """The name the query words were found as, and its targets, as :meth:`NameIndex.find`."""
        found = lookup_name(self.refs, words)
        return None if found is None else (found[0], self.targets(found[1]))
