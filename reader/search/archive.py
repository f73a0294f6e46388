"""Provides what the archive itself says about names: who it has seen named in full, and how often.

The leaders data says which names a person goes by; the archive's catalogue
(every person and place the extractor found, with the forms it saw and in
how many articles) says which of them this archive uses.  Search asks it:

- :func:`seen_in_full`: has the archive named this person in full?  A short
  form alone (آشتون) reads as the person only then; an archive of 2015 that
  only ever says "آشتون" (Ashton Carter) never names Catherine Ashton in full;
- :func:`article_count`: how many articles are about a key (which reading
  of an ambiguous name comes first);
- :func:`archive_people`: the archive's own people (not in the data files)
  by the words of their names, for names that contain the query.

Kept per store generation in :class:`reader.search.cache.SearchCache`.  No Textual.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.search.cache import cache_of
from reader.search.leaders import contains_words
from reader.search.names import Target, query_words

if TYPE_CHECKING:
    from reader.search.leaders import LeaderNames
    from reader.store.api import ArticleReader, CatalogEntry

MIN_NAME_WORDS = 2
"""An archive person named by fewer words is found by name only as a reading among others
(the extractor's one-word "people" are often words: هادي)."""


@dataclass
class ArchivePeople:
    """The archive's own people (``person:x:...``) by the words of their names."""

    names: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """Key -> the folded words of each of its names of two words or more."""
    by_word: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Folded word -> keys whose names hold it."""
    targets: dict[str, Target] = field(default_factory=dict)

    def named_within(self, words: tuple[str, ...]) -> list[Target]:
        """People whose name holds ``words``, next to each other and in order."""
        if not words:
            return []
        return [self.targets[k] for k in self.by_word.get(words[0], ())
                if any(contains_words(n, words) for n in self.names[k])]


def archive_target(key: str, entry: CatalogEntry) -> Target:
    """A reading's target for an archive person: its fullest name, and its country if known."""
    label = entry.get("name") or key
    if entry.get("country"):
        label += f" ({entry['country']})"
    return Target(key, label, "person")


def _build_people(catalog: dict[str, CatalogEntry]) -> ArchivePeople:
    people = ArchivePeople()
    for key, entry in catalog.items():
        if entry.get("kind") != "person" or not key.startswith("person:x:"):
            continue
        names = {tuple(query_words(n)) for n in (entry.get("name"), *(entry.get("aliases") or ()))
                 if n}
        names = {n for n in names if len(n) >= MIN_NAME_WORDS}
        if not names:
            continue
        people.names[key] = tuple(sorted(names))
        people.targets[key] = archive_target(key, entry)
        for w in {w for n in names for w in n}:
            people.by_word[w].append(key)
    return people


def archive_people(store: ArticleReader) -> ArchivePeople:
    """:class:`ArchivePeople` of the store, kept until its generation changes."""
    cache = cache_of(store)
    if cache.archive_people is None:
        cache.archive_people = _build_people(dict(store.catalog()))
    return cache.archive_people


def archive_people_loaded(store: ArticleReader) -> bool:
    """Whether :func:`archive_people` is in memory for the store's current generation."""
    return cache_of(store).archive_people is not None


def seen_in_full(store: ArticleReader, person: LeaderNames) -> bool:
    """Whether the archive has named ``person`` by one of the full names the data gives."""
    entry = store.catalog().get(person.key)
    if entry is None:
        return False
    forms = (entry.get("name"), *(entry.get("aliases") or ()))
    return any(" ".join(query_words(f)) in person.full for f in forms if f)


def article_count(store: ArticleReader, key: str) -> int:
    """How many articles are about ``key`` (the catalogue's count, else its postings)."""
    entry = store.catalog().get(key)
    if entry is not None:
        return int(entry.get("articles") or 0)
    return len(store.postings("ent", key))
