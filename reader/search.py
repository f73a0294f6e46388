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

from bisect import bisect_left
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
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
        self._sorted: tuple[list[str], dict[str, int] | None] | None = None
        """Names in sorted order (for prefixes), and each name's place in ``names``
        when that is not the sorted order (None when it is); built at first use."""
        self._name_list: list[str] | None = None

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
        self._sorted = self._name_list = None
        for key in keys:
            refs = self.names.setdefault(key, [])
            if slot not in refs:
                refs.append(slot)

    def _resolve(self, refs: list[int]) -> list[Target]:
        return [self.targets[r] for r in refs]

    def lookup(self, words: list[str]) -> list[Target]:
        """Targets named exactly by the query words (glued proclitics tolerated)."""
        return _lookup(self.names.get, self._resolve, words)

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


def _lookup(refs_of: Any, resolve: Any, words: list[str]) -> list[Target]:
    if not words:
        return []
    for first in clitic_variants(words[0]):
        for cand in (first, strip_article(first)):
            hit = refs_of(" ".join([cand, *words[1:]]))
            if hit:
                return resolve(hit)  # type: ignore[no-any-return]
    return []


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
        self.names_at = names_at
        """Offset of the ``names`` object in ``text``."""
        self.targets = targets

    def refs(self, key: str) -> list[int] | None:
        """The target numbers of a folded name, or None."""
        import json

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
        return _lookup(self.refs, lambda refs: [self.targets[r] for r in refs], words)


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
    for name in ("places.json", "leaders.json", "demonyms_en.json"):
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

    prebuilt_names.cache_clear()  # the whole index answers from now on
    path = resources.files("reader.entities") / "data" / PREBUILT
    try:
        data = json.loads(path.read_bytes())
        if data.get("inputs") == data_fingerprint():
            return NameIndex.from_json(data)
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        pass
    return build_gazetteer_index()


@lru_cache(maxsize=1)
def prebuilt_names() -> PrebuiltNames | None:
    """The prebuilt index for exact lookups only (None when missing, stale or not as written)."""
    import json
    import re
    from importlib import resources

    path = resources.files("reader.entities") / "data" / PREBUILT
    try:
        text = path.read_bytes().decode("utf-8")
        head = re.match(r'\{"inputs":"([0-9a-f]+)","targets":', text)
        if head is None or head.group(1) != data_fingerprint():
            return None
        targets, end = json.JSONDecoder().raw_decode(text, head.end())
        opening = ',"names":{'
        if not text.startswith(opening, end):
            return None
        return PrebuiltNames(text, end + len(opening) - 1, [Target(*t) for t in targets])
    except (FileNotFoundError, ValueError, TypeError):
        return None


def gazetteer_lookup(words: list[str]) -> list[Target]:
    """Known places, nationalities and leaders named exactly by ``words``.

    Before the whole index is loaded (the app loads it at start, for search
    as you type), a one-off lookup reads the prebuilt file's text instead.
    """
    if gazetteer_index.cache_info().currsize == 0:
        fast = prebuilt_names()
        if fast is not None:
            return fast.lookup(words)
    return gazetteer_index().lookup(words)


def build_gazetteer_index() -> NameIndex:
    """Build the index of known names from the gazetteer (slow: see gazetteer_index)."""
    from reader.entities.gazetteer import load_gazetteer, nisba_forms

    gz = load_gazetteer()
    demonyms = _english_demonyms()
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
            # English nationality adjectives: "Kazakh", "Chinese" find the country.
            for adjective in demonyms.get(place.code, ()):
                index.add(adjective, target)
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


def _english_demonyms() -> dict[str, list[str]]:
    """ISO code -> English nationality adjectives (data/demonyms_en.json)."""
    import json
    from importlib import resources

    path = resources.files("reader.entities") / "data" / "demonyms_en.json"
    return dict(json.loads(path.read_bytes())["demonyms"])


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
    return _understood(store, words, prefix, fuzzy=True) or []


def _understood(store: Any, words: list[str], prefix: bool, *, fuzzy: bool) -> list[Target] | None:
    """:func:`understand`, remembered; without ``fuzzy``, None when only typo tolerance could tell."""
    # Typing and deleting goes over the same prefixes again: remember them.
    cache = _store_cache(store, "_search_understood")
    key = (tuple(words), prefix)
    known: tuple[Target, ...] | None = cache.get(key)
    if known is not None:
        cache.move_to_end(key)
        return list(known)
    found = _understand(store, words, prefix, fuzzy=fuzzy)
    if not found and not fuzzy:
        return None  # not remembered: typo tolerance may still find something
    cache[key] = tuple(found)
    if len(cache) > UNDERSTOOD_CACHE:
        cache.popitem(last=False)
    return found


def _store_cache(store: Any, name: str) -> OrderedDict[Any, Any]:
    """A cache kept on the store object (attribute ``name``), emptied when its generation changes."""
    cache: tuple[int, OrderedDict[Any, Any]] | None = getattr(store, name, None)
    if cache is None or cache[0] != store.generation:
        cache = (store.generation, OrderedDict())
        setattr(store, name, cache)
    return cache[1]


UNDERSTOOD_CACHE = 512
"""Queries whose understanding is remembered per store (search as you type)."""


def _understand(store: Any, words: list[str], prefix: bool, *, fuzzy: bool = True) -> list[Target]:
    found = gazetteer_lookup(words)
    if found:
        # Most queries name a known leader or place: the archive's own people
        # (reading and indexing the catalog, half a second at 30,000
        # articles) are only needed when the data files miss.
        return found
    indexes = [gazetteer_index(), _cached_catalog_index(store)]
    found = indexes[1].lookup(words)
    if found:
        return found
    text = " ".join(words)
    if prefix and len(text) >= 2:
        found = []
        for index in indexes:
            found += index.prefixed(text)
        if found:
            return found
    if not fuzzy:
        return []
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


def _recency(store: Any, *, build: bool = False) -> list[int] | None:
    """Each docno's rank by recency (equal sort keys, equal ranks; unused docnos 0).

    Ranking by an int, not by the sort key string, makes a search of 10,000
    results a few milliseconds.  The ranks cost more than one search saves,
    so they are built at the second search on a store (or with ``build``; a
    one-off ``reader search`` never pays for them) and kept until the store's
    generation changes.  None: not built (yet).
    """
    cache: tuple[int, list[int] | None] | None = getattr(store, "_search_recency", None)
    current = cache is not None and cache[0] == store.generation
    if cache is not None and current and cache[1] is not None:
        return cache[1]
    if not current and not build:
        store._search_recency = (store.generation, None)  # asked once: built if asked again
        return None
    sorts = store.docmap()
    ranks = [0] * len(sorts)
    rank, previous = 0, ""
    for d in sorted(range(len(sorts)), key=sorts.__getitem__):
        key = sorts[d]
        if key != previous:
            rank += 1
            previous = key
        ranks[d] = rank if key else 0
    store._search_recency = (store.generation, ranks)
    return ranks


def _rank(store: Any, scores: dict[int, int]) -> list[int]:
    """Docnos by score, then newest first (ties in the order found)."""
    ranks = _recency(store)
    if ranks is None:
        sorts = store.docmap()
        n = len(sorts)
        return sorted(scores, key=lambda d: (scores[d], sorts[d] if d < n else ""), reverse=True)
    n = len(ranks)
    # One int per article: score, then recency (docnos past the docmap rank 0, as "").
    step = n + 1
    keyed = {d: s * step + (ranks[d] if d < n else 0) for d, s in scores.items()}
    return sorted(keyed, key=keyed.__getitem__, reverse=True)


def prepare(store: Any) -> None:
    """Load what search as you type needs, so that the first keystrokes are as fast as the rest.

    The name indexes (gazetteer and the archive's people), the recency ranks
    and the list records (a result page may name an article of any list
    shard).  The app calls it in the background at start.
    """
    gazetteer_index()
    understand(store, "warm up", prefix=True)  # the archive's people, typo tolerance
    _recency(store, build=True)
    warm = getattr(store, "warm_lists", None)
    if warm is not None:
        warm()


RANKED_CACHE = 16
"""Ranked results remembered per store, by the entities searched (search as you type
names the same entity for many keystrokes: كازاخ, كازاخس ... كازاخستان)."""


def _ranked_about(store: Any, keys: tuple[str, ...]) -> list[int]:
    """Docnos of the articles about any of ``keys``, best first (a copy: the caller's to keep)."""
    cache = _store_cache(store, "_search_ranked")
    ranked: list[int] | None = cache.get(keys)
    if ranked is None:
        scores: dict[int, int] = defaultdict(int)
        for key in keys:
            for docno, weight in store.postings("ent", key):
                scores[docno] += weight
        ranked = _rank(store, scores)
        cache[keys] = ranked
        if len(cache) > RANKED_CACHE:
            cache.popitem(last=False)
    else:
        cache.move_to_end(keys)
    return list(ranked)


def search_if_ready(
    store: Any, query: str, *, limit: int | None = None, prefix: bool = False
) -> SearchResult | None:
    """:func:`search`, when it is quick; else None (then search in the background).

    Quick means: the name indexes are loaded and the query names something
    without typo tolerance (a name, or the start of one).  Then the search is
    a few milliseconds (ranking the articles about it, at most 30,000), and
    the app shows the results with the letter typed, in one frame.  Typo
    tolerance (scoring 74,000 names) and full text (reading word postings)
    go to its search worker.
    """
    query = query.strip()
    words = _query_words(query)
    if not words or store.count() == 0:
        return SearchResult(query, [], [], [], "none")
    cache = getattr(store, "_search_catalog_index", None)
    if gazetteer_index.cache_info().currsize == 0 or cache is None or cache[0] != store.generation:
        return None  # the indexes are not loaded yet
    if not _understood(store, words, prefix, fuzzy=False):
        return None  # typo tolerance or full text: not quick
    return search(store, query, limit=limit, prefix=prefix)


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
    if targets:
        ranked = _ranked_about(store, tuple(t.key for t in targets))
        shown = ranked if limit is None else ranked[:limit]
        return SearchResult(query, ranked, store.summaries(shown), targets, "entity")
    # Nothing named: full text over light stems.
    stems = [light_stem(w) for w in words]
    postings = [dict(store.postings("word", s)) for s in stems]
    if prefix and postings and not postings[-1]:
        postings = postings[:-1]  # the last word is still being typed
    scores: dict[int, int] = {}
    if postings:
        common = set(postings[0])
        for p in postings[1:]:
            common &= set(p)
        for docno in common:
            scores[docno] = sum(p[docno] for p in postings)
    ranked = _rank(store, scores)
    shown = ranked if limit is None else ranked[:limit]
    return SearchResult(query, ranked, store.summaries(shown), [], "text")
