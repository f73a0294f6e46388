"""Provides :class:`CorrectedReader`: a store as the user's corrections make it read (no Textual).

It wraps an :class:`reader.store.api.ArticleReader` and maps two answers
through a :class:`reader.corrections.rules.Corrections` snapshot: the
catalogue (the sidebar's archive view, the command palette, the names search
knows) and the entity postings (an entity's articles: the list filter and
search's "about").  Everything else is the store's.  So every reader of the
archive sees the corrections at once, and the indexes stay what the
extractor wrote: ``reader reindex`` rebuilds them, the corrections stay in
``state.json``.

The wrapper's :attr:`generation` changes with the store's commits *and*
with each change of the corrections, so the per-generation caches of search
and of the views start afresh after a correction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from reader.corrections.rules import Correction, Corrections, Target
from reader.store.errors import StoreError

if TYPE_CHECKING:
    from reader.models import Article, ArticleSummary
    from reader.store.api import ArticleReader, CatalogEntry

REVISION_BITS = 20
"""The low bits of :attr:`CorrectedReader.generation` count changes of the corrections."""
MAX_ALIASES = 16
"""Aliases kept on a catalogue entry (as the store keeps them)."""

Postings = list[tuple[int, int]]


class CorrectionSource(Protocol):
    """Where a store's corrections are kept (:class:`reader.store.corrections.CorrectionFile`)."""

    def load(self) -> Corrections:
        """The corrections now, as lookups."""
        ...

    def all(self) -> list[Correction]:
        """Every correction, in the order made."""
        ...

    def add(self, correction: Correction) -> Correction:
        """Keep a new correction; returns it numbered."""
        ...

    def remove(self, number: int) -> Correction:
        """Undo correction ``number`` (LookupError: there is none)."""
        ...


class CorrectedReader:
    """An :class:`~reader.store.api.ArticleReader` with the user's corrections applied."""

    def __init__(self, store: ArticleReader, corrections: Corrections | None = None,
                 source: CorrectionSource | None = None) -> None:
        """Wrap ``store``.

        Args:
            store: The store read.
            corrections: The corrections to apply (None: ``source.load()``, else none).
            source: Where the corrections are kept (:meth:`refresh` reads them
                afresh, so that corrections made by another process show).
        """
        self.store = store
        """The store wrapped."""
        self.source = source
        """Where the corrections are kept (None: only those given)."""
        self.problem = ""
        """Why the corrections could not be read (a damaged ``state.json``), or empty."""
        self._corrections = corrections if corrections is not None else (
            self._read() or Corrections())
        self._revision = 0
        self._mapped: tuple[int, CatalogMap] | None = None

    # ----------------------------------------------------------- corrections

    @property
    def corrections(self) -> Corrections:
        """The corrections applied now."""
        return self._corrections

    def _read(self) -> Corrections | None:
        """The source's corrections, or None (none kept, or unreadable: said in
        :attr:`problem`; the store's read marks, in the same file, say it to the user)."""
        if self.source is None:
            return None
        try:
            found = self.source.load()
        except StoreError as exc:
            self.problem = str(exc)
            return None
        self.problem = ""
        return found

    def set_corrections(self, corrections: Corrections) -> None:
        """Apply these corrections from now on (caches keyed on the generation start afresh)."""
        self._corrections = corrections
        self._revision += 1
        self._mapped = None

    def _map(self) -> CatalogMap:
        gen = self.generation
        if self._mapped is None or self._mapped[0] != gen:
            self._mapped = (gen, CatalogMap(self.store, self._corrections))
        return self._mapped[1]

    # ------------------------------------------------------ what is mapped

    @property
    def generation(self) -> int:
        """The store's commit number, with the corrections' revision in the low bits."""
        return (self.store.generation << REVISION_BITS) | (
            self._revision & ((1 << REVISION_BITS) - 1))

    def refresh(self) -> bool:
        """Look for a newer commit, or corrections another process made; True if either."""
        changed = self.store.refresh()
        latest = self._read()
        if latest is not None and latest.items != self._corrections.items:
            self.set_corrections(latest)
            changed = True
        return changed

    def catalog(self) -> Mapping[str, CatalogEntry]:
        """Every entity of the archive as corrected, by key (do not modify)."""
        if not self._corrections:
            return self.store.catalog()
        return self._map().catalog

    def postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        """(docno, count) pairs; an entity's are those of whatever the corrections made it."""
        if kind != "ent" or not self._corrections:
            return self.store.postings(kind, key)
        return self._map().postings(key)

    # ------------------------------------------------------------ the store's

    @property
    def label(self) -> str:
        """How messages name the store."""
        return self.store.label

    @property
    def analyser_version(self) -> str | None:
        """Version of the extractor that built the indexes."""
        return self.store.analyser_version

    def exists(self) -> bool:
        """Whether anything was ever committed here."""
        return self.store.exists()

    def count(self) -> int:
        """How many articles the store holds."""
        return self.store.count()

    def latest(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first."""
        return self.store.latest(limit, offset)

    def summaries(self, docnos: Iterable[int]) -> list[ArticleSummary]:
        """List records of the given docnos, in the order given."""
        return self.store.summaries(docnos)

    def docmap(self) -> Sequence[str]:
        """Sort key of every docno."""
        return self.store.docmap()

    def article(self, docno: int) -> Article | None:
        """The whole article with this docno."""
        return self.store.article(docno)

    def resolve(self, ref: str) -> int:
        """Docno of the article whose id is ``ref`` or uniquely starts with it."""
        return self.store.resolve(ref)

    def get(self, ref: str) -> Article:
        """The article whose id is ``ref`` or uniquely starts with it."""
        return self.store.get(ref)

    def warm_lists(self) -> None:
        """Read every list shard now."""
        self.store.warm_lists()

    def marks(self) -> tuple[set[str], set[str]]:
        """Ids of the articles marked read, and of the starred ones."""
        return self.store.marks()

    def deleted(self) -> set[str]:
        """Ids of the articles deleted from view (the store's user state)."""
        return self.store.deleted()

    def position(self, article_id: str) -> int | None:
        """Where an article was left (the store's user state)."""
        return self.store.position(article_id)

    def last_open(self) -> str | None:
        """Id of the article open when the app last closed."""
        return self.store.last_open()


class CatalogMap:
    """The catalogue and entity postings of one store generation under one set of corrections.

    Only the entries a correction touches are recomputed (from the postings
    of the keys that now count as them); the rest are the store's own.
    """

    def __init__(self, store: ArticleReader, corrections: Corrections) -> None:
        self.store = store
        self.corrections = corrections
        base = store.catalog()
        self.base = base
        self.homes: dict[str, str | None] = {}
        """Key -> where it belongs everywhere (None: hidden), for keys that move or hide."""
        self.members: dict[str, set[str]] = defaultdict(set)
        """Home key -> the keys that count as it everywhere (itself included when it stays)."""
        for key, entry in base.items():
            home = corrections.home(key, str(entry.get("name") or ""))
            if home != key:
                self.homes[key] = home
            if home is not None:
                self.members[home].add(key)
        self.docnos = self._docnos()
        self.touched = self._touched()
        """The entries a correction may change (recomputed; the others are the store's)."""
        self._postings: dict[str, Postings] = {}
        self.catalog = self._catalog()

    def _touched(self) -> set[str]:
        c = self.corrections
        touched = {h for h in self.homes.values() if h is not None}
        touched |= {c.home(k) or "" for k in c.involved()}
        for article, key in self._per_article():
            touched |= {self.home(key) or "", self._home_in(article, key) or ""}
        for link in self._named():
            target = self._home_in(link.article or "", link.target.key) if link.target else ""
            touched |= {self.home(link.key) or "", target or ""}
        return touched - {""}

    def _per_article(self) -> list[tuple[str, str]]:
        c = self.corrections
        return sorted({*c.hidden_in, *c.linked_in})

    def _named(self) -> list[Correction]:
        """Links of a name's mentions in one article."""
        return [link for by_form in self.corrections.named_in.values()
                for link in by_form.values()]

    def _docnos(self) -> dict[str, int]:
        """Docno of every article a correction names (one no longer stored is left out)."""
        found: dict[str, int] = {}
        named = [(c.article or "", c.key) for c in self._named()]
        for article, _ in [*self._per_article(), *named]:
            if article in found:
                continue
            try:
                found[article] = self.store.resolve(article)
            except StoreError:
                continue
        return found

    def _home_in(self, article: str, key: str) -> str | None:
        entry = self.base.get(key)
        return self.corrections.home(key, str(entry.get("name") or "") if entry else "", article)

    def home(self, key: str) -> str | None:
        """Where ``key`` belongs everywhere (None: hidden)."""
        if key in self.homes:
            return self.homes[key]
        return self.corrections.home(key)

    def postings(self, key: str) -> Postings:
        """The articles of ``key`` if the corrected archive lists it (a name moved everywhere
        may keep an article it was linked back in), else of whatever ``key`` now is."""
        if key in self.catalog:
            return self.destination(key)
        home = self.home(key)
        return [] if home is None else self.destination(home)

    def destination(self, key: str) -> Postings:
        """The articles (with counts, by docno) whose mentions now count as ``key``'s."""
        if key not in self.touched:
            return self.store.postings("ent", key) if self.home(key) == key else []
        known = self._postings.get(key)
        if known is None:
            known = self._postings[key] = self._compute(key)
        return known

    def _compute(self, home: str) -> Postings:
        """The counts of ``home``: its members' everywhere, and in the articles a correction
        names, the keys that belong to it there."""
        counts: dict[int, int] = defaultdict(int)
        article_of = {d: a for a, d in self.docnos.items()}
        linked_here = {key for (article, key) in self.corrections.linked_in}
        for member in self.members.get(home, set()) | {home} | linked_here:
            for docno, n in self.store.postings("ent", member):
                article = article_of.get(docno)
                belongs = self.home(member) if article is None else self._home_in(article, member)
                if belongs == home:
                    counts[docno] += n
        for link in self._named():
            self._move(link, home, counts)
        return sorted((d, n) for d, n in counts.items() if n > 0)

    def _move(self, link: Correction, home: str, counts: dict[int, int]) -> None:
        """Move the mentions a name linked in one article had there (``link.count``)."""
        docno = self.docnos.get(link.article or "")
        target = self._home_in(link.article or "", link.target.key) if link.target else None
        source = self._home_in(link.article or "", link.key)
        # A target hidden (None) still takes the mentions away from the source.
        if docno is None or link.target is None or source == target or \
                home not in (source, target):
            return
        had = dict(self.store.postings("ent", link.key)).get(docno, 0)
        n = min(link.count, had) if link.count else had
        counts[docno] += n if home == target else -n

    def _catalog(self) -> dict[str, CatalogEntry]:
        out = {k: v for k, v in self.base.items() if k not in self.homes}
        for home in self.touched:
            entry = self._entry(home)
            if entry is None:
                out.pop(home, None)
            else:
                out[home] = entry
        return out

    def _entry(self, home: str) -> CatalogEntry | None:
        postings = self.destination(home)
        if not postings:
            return None
        base = self.base.get(home)
        entry: CatalogEntry = dict(base) if base else _from_target(  # type: ignore[assignment]
            home, self.corrections.target(home))
        names: list[str] = list(entry.get("aliases") or ())
        for member in sorted(self.members.get(home, ())):
            other = self.base.get(member)
            if member != home and other:
                names += [str(other.get("name") or ""), *(other.get("aliases") or ())]
        entry["aliases"] = [n for n in dict.fromkeys(names) if n and n != entry["name"]][
            :MAX_ALIASES]
        entry["mentions"] = sum(n for _, n in postings)
        entry["articles"] = len(postings)
        return entry


def _from_target(key: str, target: Target | None) -> CatalogEntry:
    """A catalogue entry for someone the archive did not know (a person of the leaders data)."""
    return {"key": key, "kind": target.kind if target else "person",
            "name": target.name if target else key, "aliases": [],
            "english": target.english if target else None,
            "country": target.country if target else None,
            "place_kind": None, "code": None, "office": None, "mentions": 0, "articles": 0}
