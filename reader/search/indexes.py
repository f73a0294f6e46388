"""Provides the name indexes search reads: the gazetteer's (prebuilt) and the archive's own people.

- :func:`gazetteer_index`: every known place, nationality and leader, loaded
  from the prebuilt ``data/search_names.json`` when it is current (built by
  :func:`build_gazetteer_index`, ``tools/build_search_index.py``);
- :func:`gazetteer_lookup`: one exact lookup, from the prebuilt file's text
  when the whole index is not loaded (``reader search``);
- :func:`catalog_names`: people of the archive that the data files do not
  know, built from the store's catalogue and kept per store generation;
- :data:`NAMES_LOCK`: held by the app while any of these (or the gazetteer)
  may be built.

No Textual here.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Container, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from reader.search.cache import cache_of, current_cache
from reader.search.names import NameIndex, PrebuiltNames, Target

if TYPE_CHECKING:
    from reader.entities.gazetteer import Place
    from reader.store.api import ArticleReader, CatalogEntry

INDEX_VERSION = "2"
"""Bump when NameIndex.add or the targets change, so a prebuilt index is rebuilt."""
PREBUILT = "search_names.json"
"""File name of the prebuilt gazetteer index, in ``reader/entities/data``."""

NAMES_LOCK = threading.Lock()
"""Held while the gazetteer or the search's name index may be built (about a second, once).

Both are cached after the first build, but two threads asking at once would
each build them, three times over at start (analysis, warm-up, first search).
"""


def data_fingerprint() -> str:
    """Digest of what the name index is built from (data files and INDEX_VERSION)."""
    from reader.entities.leader_data import LEADERS_DIR, leader_files

    digest = hashlib.sha256(INDEX_VERSION.encode())
    names = ["places.json", "place_words.json", "demonyms_en.json",
             *(f"{LEADERS_DIR}/{f}" for f in leader_files())]
    for name in names:
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
    prebuilt_names.cache_clear()  # the whole index answers from now on
    path = resources.files("reader.entities") / "data" / PREBUILT
    try:
        data = json.loads(path.read_bytes())
        if data.get("inputs") == data_fingerprint():
            return NameIndex.from_json(data)
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        pass
    return build_gazetteer_index()


def gazetteer_loaded() -> bool:
    """Whether :func:`gazetteer_index` has been loaded (it is then answered from memory)."""
    return gazetteer_index.cache_info().currsize > 0


@lru_cache(maxsize=1)
def prebuilt_names() -> PrebuiltNames | None:
    """The prebuilt index for exact lookups only (None when missing, stale or not as written)."""
    path = resources.files("reader.entities") / "data" / PREBUILT
    try:
        data = path.read_bytes()
        head = re.match(rb'\{"inputs":"([0-9a-f]+)","targets":', data)
        if head is None or head.group(1).decode("ascii") != data_fingerprint():
            return None
        # Only the short part before the names is decoded and parsed (a label holding
        # the separator would make it unreadable JSON: then no prebuilt index).
        opening = b',"names":{'
        names_at = data.find(opening, head.end())
        if names_at < 0:
            return None
        targets = json.loads(data[head.end():names_at])
        return PrebuiltNames(data, names_at + len(opening) - 1, targets)
    except (FileNotFoundError, ValueError, TypeError):
        return None


def gazetteer_lookup(words: list[str]) -> list[Target]:
    """Known places, nationalities and leaders named exactly by ``words``.

    Before the whole index is loaded (the app loads it at start, for search
    as you type), a one-off lookup reads the prebuilt file's text instead.
    """
    if not gazetteer_loaded():
        fast = prebuilt_names()
        if fast is not None:
            return fast.lookup(words)
    return gazetteer_index().lookup(words)


def gazetteer_find(words: list[str] | tuple[str, ...]) -> tuple[str, list[Target]] | None:
    """:func:`gazetteer_lookup`, also giving the name the words were found as."""
    if not gazetteer_loaded():
        fast = prebuilt_names()
        if fast is not None:
            return fast.find(words)
    return gazetteer_index().find(words)


def place_target(place: Place) -> Target:
    """What a search finds for a place: a country's articles by ``country:XX``, else its key."""
    shown = place.english or place.ar[0]
    if place.kind == "country" and place.code:
        return Target(f"country:{place.code}", f"{shown} (country)", "country")
    where = f", {place.country}" if place.country else ""
    return Target(place.key, f"{shown} ({place.kind}{where})", place.kind)


def build_gazetteer_index() -> NameIndex:
    """Build the index of known names from the gazetteer (slow: see gazetteer_index)."""
    from reader.entities.gazetteer import load_gazetteer

    gz = load_gazetteer()
    index = NameIndex()
    _add_places(index, gz.places.values(), gz.place_guard)
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


def _add_places(index: NameIndex, places: Iterable[Place], guarded: Container[str]) -> None:
    """Places by every name, and countries by their nationality adjectives too.

    A name that is also a common word (``guarded``, see place_words.json) finds
    the place only as written: without its article it is the common word (عنان
    is Annan's surname, not the Yemeni town العنان)."""
    from reader.entities.gazetteer import nisba_forms
    from reader.entities.normalize import fold

    demonyms = english_demonyms()
    for place in places:
        target = place_target(place)
        for name in (*place.ar, place.english, *place.other):
            if name:
                index.add(name, target, bare=fold(name) not in guarded)
        if place.kind == "country" and place.code:
            for stem in place.nisba:
                for form in nisba_forms(stem):
                    index.add(form, target)
            # English nationality adjectives: "Kazakh", "Chinese" find the country.
            for adjective in demonyms.get(place.code, ()):
                index.add(adjective, target)


def english_demonyms() -> dict[str, list[str]]:
    """ISO code -> English nationality adjectives (data/demonyms_en.json)."""
    path = resources.files("reader.entities") / "data" / "demonyms_en.json"
    return dict(json.loads(path.read_bytes())["demonyms"])


def catalog_index(catalog: Mapping[str, CatalogEntry]) -> NameIndex:
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


def catalog_names(store: ArticleReader) -> NameIndex:
    """:func:`catalog_index` of the store's catalogue, kept until the store's generation changes."""
    cache = cache_of(store)
    if cache.catalog_names is None:
        cache.catalog_names = catalog_index(store.catalog())
    return cache.catalog_names


def catalog_names_loaded(store: ArticleReader) -> bool:
    """Whether :func:`catalog_names` has the store's current generation in memory."""
    cache = current_cache(store)
    return cache is not None and cache.catalog_names is not None
