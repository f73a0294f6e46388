"""Provides the store's typed boundary: what the rest of the reader may use of a store (no Textual).

Everything above the store (search, views, screens, the command line)
depends on these protocols and records, never on :class:`ArticleStore`'s
private members, so that the store's layout can change in one room.

- :class:`ArticleReader`: reading articles, their list, indexes and catalogue;
- :class:`UserState`: read marks, stars and the last open article;
- :class:`Analyser`: the entity extractor an import runs, with its version;
- :class:`CatalogEntry`, :class:`RootDoc`, :class:`ListShardEntry`: typed
  records for the archive's catalogue and the store's root file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypedDict, runtime_checkable

from reader.models import Analysis, Article, ArticleSummary


class CatalogEntry(TypedDict):
    """One entity of the archive, with totals over every article (sidebar, palette, search)."""

    key: str
    """Index key: ``person:...`` or ``place:...``."""
    kind: str
    """``person`` or ``place`` (see :mod:`reader.models`)."""
    name: str
    """The fullest original-script form seen."""
    aliases: list[str]
    """Other surface forms seen (at most 16)."""
    english: str | None
    country: str | None
    place_kind: str | None
    code: str | None
    office: str | None
    mentions: int
    """Mentions over every article."""
    articles: int
    """Articles that mention it."""


class ListShardEntry(TypedDict):
    """The root's description of one list shard: a contiguous range of the sort order."""

    name: str
    lo: str
    """Smallest sort key in the shard."""
    hi: str
    """Largest sort key in the shard."""
    count: int


class RootDoc(TypedDict, total=False):
    """The store's root file (``store.json``): the commit point, replaced atomically."""

    format: str
    version: int
    """Store format (see ``reader.store.backend.FORMAT_VERSION``)."""
    generation: int
    created_at: str
    committed_at: str
    count: int
    next_docno: int
    analyser: str
    """Version of the extractor that built the indexes."""
    files: dict[str, str]
    """Shard identity (``body/3``, ``ent/12``, ``docmap``) -> current file name."""
    lists: list[ListShardEntry]
    prev_files: list[str]
    """Files the previous root named (kept one commit for readers still on it)."""


@runtime_checkable
class Analyser(Protocol):
    """The entity extractor run on each imported article."""

    version: str
    """Changes whenever what it finds changes (a store records it; `reindex` is then due)."""

    def __call__(self, title: str, body: str, language: str | None = None,
                 date: str | None = None, /) -> Analysis:
        """Analyse one article; ``date`` (ISO) is the article's, when known: titles and
        names several leaders share name whoever held the office then."""
        ...


class ArticleReader(Protocol):
    """What readers of a store use: articles, the list, the indexes and the catalogue.

    Every method may raise :class:`reader.store.StoreError` (one line naming
    the damaged file).  Reading never takes the writer lock.
    """

    @property
    def label(self) -> str:
        """How messages name the store (its path, or ``(memory)``)."""
        ...

    @property
    def generation(self) -> int:
        """Commit number of the state seen (0: nothing committed); caches key on it."""
        ...

    @property
    def analyser_version(self) -> str | None:
        """Version of the extractor that built the indexes (None for an empty store)."""
        ...

    def exists(self) -> bool:
        """Whether anything was ever committed here (False: a path with no store yet)."""
        ...

    def refresh(self) -> bool:
        """Look for a newer commit by another process; True if there was one."""
        ...

    def count(self) -> int:
        """How many articles the store holds."""
        ...

    def latest(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first."""
        ...

    def summaries(self, docnos: Iterable[int]) -> list[ArticleSummary]:
        """List records of the given docnos, in the order given (unknown ones skipped)."""
        ...

    def docmap(self) -> Sequence[str]:
        """Sort key of every docno (an empty string for a docno not in use)."""
        ...

    def article(self, docno: int) -> Article | None:
        """The whole article with this docno, body included."""
        ...

    def resolve(self, ref: str) -> int:
        """Docno of the article whose id is ``ref`` or uniquely starts with it."""
        ...

    def get(self, ref: str) -> Article:
        """The article whose id is ``ref`` or uniquely starts with it."""
        ...

    def postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        """(docno, count) pairs for an entity key (``kind="ent"``) or a word stem (``"word"``)."""
        ...

    def catalog(self) -> Mapping[str, CatalogEntry]:
        """Every entity of the archive, by key (do not modify)."""
        ...

    def warm_lists(self) -> None:
        """Read every list shard now, so that any page is painted without a disk read."""
        ...

    def marks(self) -> tuple[set[str], set[str]]:
        """Ids of the articles marked read, and of the starred ones."""
        ...

    def last_open(self) -> str | None:
        """Id of the article open when the app last closed."""
        ...

    def deleted(self) -> set[str]:
        """Ids of the articles deleted from view (tombstones in the user state)."""
        ...

    def position(self, article_id: str) -> int | None:
        """Where an article was left (the logical offset of its first line on screen)."""
        ...


class UserState(Protocol):
    """Writes of the reader's own state: read marks, stars, the last open article."""

    def set_mark(self, article_id: str, *, read: bool | None = None,
                 starred: bool | None = None) -> None:
        """Mark an article read/unread or starred/unstarred; on disk at once."""
        ...

    def set_last_open(self, article_id: str | None) -> None:
        """Remember the open article for the next launch."""
        ...

    def set_deleted(self, article_ids: list[str], deleted: bool) -> None:
        """Delete articles from view, or bring them back; on disk at once."""
        ...

    def set_position(self, article_id: str, offset: int) -> None:
        """Remember where an article was left (0: its top)."""
        ...


class Store(ArticleReader, UserState, Protocol):
    """A store the app reads and keeps its user state in."""
