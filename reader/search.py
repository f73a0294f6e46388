"""Provides search by leader, country, place or words, for `reader search` and the app (no Textual).

A query is first read as the name of something: a leader or person
(Arabic or English, full name or surname, any spelling the data knows), a
country (its name in Arabic, English or another CLDR language, or its
nationality adjective: "الكازاخستاني" finds Kazakhstan), a city or a region.
Names are compared after the same folding the index used
(:mod:`reader.entities.normalize`), with glued proclitics and the article
stripped, and with small typos forgiven (rapidfuzz).  A query that names
nothing known falls back to full-text search over light stems.  Results are
ranked by mentions, then recency.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reader.entities.normalize import WORD_RE, clitic_variants, fold, light_stem, strip_article
from reader.models import ArticleSummary

#: Below this many letters a query is never matched by typo tolerance.
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 88.0


@dataclass(frozen=True, slots=True)
class Target:
    """Something a query was understood to name."""

    key: str
    """Index key searched: ``person:...``, ``place:...`` or ``country:XX``."""
    label: str
    """How to show it: "Kazakhstan (country)", "Xi Jinping (CN)"."""
    kind: str
    """``person``, ``country``, ``city`` or ``region``."""


@dataclass
class SearchResult:
    """Ranked articles for a query, and how the query was understood."""

    query: str
    docnos: list[int]
    """Every matching article, best first."""
    summaries: list[ArticleSummary]
    """List records of the first ``limit`` matches (all when no limit)."""
    targets: list[Target] = field(default_factory=list)
    """The entities searched for (empty for a full-text search)."""
    mode: str = "none"
    """``entity``, ``text`` or ``none`` (empty query)."""

    @property
    def interpretation(self) -> str:
        """One line saying what was searched."""
        if self.mode == "entity":
            return "about " + ", ".join(t.label for t in self.targets)
        if self.mode == "text":
            return f"full text: {self.query}"
        return ""


def _query_words(query: str) -> list[str]:
    return [fold(m.group()) for m in WORD_RE.finditer(query)]


class NameIndex:
    """Folded names (and their article-less forms) -> targets.

    Kept in the compact form it is stored in (names point at indexes into one
    list of targets), so loading the prebuilt index is one ``json.loads``.
    """

    def __init__(self, names: dict[str, list[int]] | None = None,
                 targets: list[Target] | None = None) -> None:
        self.names: dict[str, list[int]] = names if names is not None else {}
        self.targets: list[Target] = targets if targets is not None else []
        self._slot = {t.key: i for i, t in enumerate(self.targets)}

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"targets": [[t.key, t.label, t.kind] for t in self.targets],
                "names": dict(sorted(self.names.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NameIndex:
        return cls(data["names"], [Target(*t) for t in data["targets"]])

    def add(self, name: str, target: Target) -> None:
        words = _query_words(name)
        if not words:
            return
        slot = self._slot.get(target.key)
        if slot is None:
            slot = self._slot[target.key] = len(self.targets)
            self.targets.append(target)
        keys = {" ".join(words), " ".join(strip_article(w) for w in words)}
        for key in keys:
            refs = self.names.setdefault(key, [])
            if slot not in refs:
                refs.append(slot)

    def _resolve(self, refs: list[int]) -> list[Target]:
        return [self.targets[r] for r in refs]

    def lookup(self, words: list[str]) -> list[Target]:
        """Targets named exactly by the query words (glued proclitics tolerated)."""
        if not words:
            return []
        for first in clitic_variants(words[0]):
            for cand in (first, strip_article(first)):
                hit = self.names.get(" ".join([cand, *words[1:]]))
                if hit:
                    return self._resolve(hit)
        return []

    def prefixed(self, text: str, limit: int = 8) -> list[Target]:
        """Targets whose name starts with ``text`` (for search as you type)."""
        out: dict[str, Target] = {}
        for name, refs in self.names.items():
            if name.startswith(text):
                for t in self._resolve(refs):
                    out.setdefault(t.key, t)
                if len(out) >= limit:
                    break
        return list(out.values())

    def fuzzy(self, text: str) -> list[Target]:
        """Targets whose name is within a small typo of ``text``."""
        if len(text) < FUZZY_MIN_LENGTH:
            return []
        from rapidfuzz import fuzz, process

        best = process.extract(text, list(self.names), scorer=fuzz.ratio,
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


def _place_target(place: Any) -> Target:
    if place.kind == "country" and place.code:
        return Target(f"country:{place.code}", f"{place.english or place.ar[0]} (country)", "country")
    where = f", {place.country}" if place.country else ""
    return Target(place.key, f"{place.english or place.ar[0]} ({place.kind}{where})", place.kind)


#: Bump when NameIndex.add or the targets change, so a prebuilt index is rebuilt.
INDEX_VERSION = "1"
PREBUILT = "search_names.json"


def data_fingerprint() -> str:
    """Digest of what the name index is built from (data files and INDEX_VERSION)."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("places.json", "leaders.json"):
        path = resources.files("reader.entities") / "data" / name
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"-")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def gazetteer_index() -> NameIndex:
    """Names of every known place, nationality and leader.

    Folding ~70,000 names takes about a second, too slow for `reader search`
    on every call, so the index is prebuilt (tools/build_search_index.py) into
    data/search_names.json.  That file carries a digest of the data it was
    built from and is ignored if stale, so it can only make search faster,
    never different.
    """
    import json
    from importlib import resources

    path = resources.files("reader.entities") / "data" / PREBUILT
    try:
        data = json.loads(path.read_bytes())
        if data.get("inputs") == data_fingerprint():
            return NameIndex.from_json(data)
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        pass
    return build_gazetteer_index()


def build_gazetteer_index() -> NameIndex:
    """Build the index of known names from the gazetteer (slow: see gazetteer_index)."""
    from reader.entities.gazetteer import load_gazetteer, nisba_forms

    gz = load_gazetteer()
    index = NameIndex()
    for place in gz.places.values():
        target = _place_target(place)
        for name in (*place.ar, place.english, *place.other):
            if name:
                index.add(name, target)
        if place.kind == "country" and place.code:
            for stem in place.nisba:
                for form in nisba_forms(stem):
                    index.add(form, target)
    for leader in gz.leaders.values():
        where = f" ({leader.country})" if leader.country else ""
        target = Target(leader.key, f"{leader.english}{where}", "person")
        names = [*leader.ar, *leader.short, leader.english, *leader.english_aliases]
        if leader.english:
            names.append(leader.english.split()[-1])
        for name in names:
            if name:
                index.add(name, target)
    return index


def catalog_index(catalog: dict[str, dict[str, Any]]) -> NameIndex:
    """Names of the archive's own entities (people the data files do not know)."""
    index = NameIndex()
    for key, ent in catalog.items():
        if ent.get("kind") != "person" or not key.startswith("person:x:"):
            continue
        label = ent.get("name") or key
        if ent.get("country"):
            label += f" ({ent['country']})"
        target = Target(key, label, "person")
        for name in (ent.get("name"), *(ent.get("aliases") or [])):
            if name:
                index.add(name, target)
    return index


def understand(store: Any, query: str, *, prefix: bool = False) -> list[Target]:
    """What a query names: known leaders, places, nationalities or archive people.

    Args:
        store: The article store (its catalog adds people the data files lack).
        query: What the user typed.
        prefix: Also accept names that start with the query (search as you type).
    """
    words = _query_words(query)
    if not words:
        return []
    indexes = [gazetteer_index(), _cached_catalog_index(store)]
    for index in indexes:
        found = index.lookup(words)
        if found:
            return found
    text = " ".join(words)
    if prefix and len(text) >= 2:
        found = []
        for index in indexes:
            found += index.prefixed(text)
        if found:
            return found
    for index in indexes:
        found = index.fuzzy(text)
        if found:
            return found
    return []


def _cached_catalog_index(store: Any) -> NameIndex:
    cache = getattr(store, "_search_catalog_index", None)
    if cache is not None and cache[0] == store.generation:
        return cache[1]  # type: ignore[no-any-return]
    index = catalog_index(store.catalog())
    store._search_catalog_index = (store.generation, index)
    return index


def _rank(store: Any, scores: dict[int, int]) -> list[int]:
    sorts = store.docmap()
    return sorted(scores, key=lambda d: (scores[d], sorts[d] if d < len(sorts) else ""), reverse=True)


def search(store: Any, query: str, *, limit: int | None = None, prefix: bool = False) -> SearchResult:
    """Find the articles about what ``query`` names, best first.

    Args:
        store: An :class:`reader.store.ArticleStore`.
        query: Arabic or English; a leader, country, nationality, city, region or words.
        limit: Fetch list records for at most this many results.
        prefix: Search as you type: a query may be the start of a name.
    """
    query = query.strip()
    words = _query_words(query)
    if not words or store.count() == 0:
        return SearchResult(query, [], [], [], "none")
    targets = understand(store, query, prefix=prefix)
    scores: dict[int, int] = defaultdict(int)
    mode = "entity"
    if targets:
        for t in targets:
            for docno, weight in store.postings("ent", t.key):
                scores[docno] += weight
    if not targets:
        mode = "text"
        stems = [light_stem(w) for w in words]
        postings = [dict(store.postings("word", s)) for s in stems]
        if prefix and postings and not postings[-1]:
            postings = postings[:-1]  # the last word is still being typed
        if postings:
            common = set(postings[0])
            for p in postings[1:]:
                common &= set(p)
            for docno in common:
                scores[docno] = sum(p[docno] for p in postings)
    ranked = _rank(store, scores)
    shown = ranked if limit is None else ranked[:limit]
    return SearchResult(query, ranked, store.summaries(shown), targets, mode)
