"""Provides ArticleStore: imported articles, their list, entity and word indexes.

Layout of a store directory (every shard is a TinyDB JSON database, written
once and never modified; see :mod:`reader.store.backend` for the commit)::

    store.json          root: generation, counts, which shard files are current
    state.json          user state (read marks, stars, last article): TinyDB, atomic writes
    lock                writer lock
    shards/
      body-N.G.json     full records (the source of truth), articles N*500 .. N*500+499
      list-G-S.json     list records (no body), one contiguous range of the sort order,
                        at most 1000 each: `reader list` and the app open only what they show
      keys-H.G.json     id and content fingerprint -> docno (duplicates), by hex digit
      docmap.G.json     docno -> sort key (locates a list record; ranks by recency)
      ent-H.G.json      entity key -> postings (docno, mentions), 64 shards by hash
      word-H.G.json     light stem -> postings (docno, count), 256 shards by hash
                        (postings are base64 strings of little-endian uint32 pairs:
                        see :mod:`reader.store.postings`)
      catalog.G.json    every entity of the archive with totals (sidebar, palette, search)

Opening a store reads only ``store.json``; everything else is read on demand
and cached (:mod:`reader.store.reading`), so opening 30,000 articles costs
about what opening none does.  Importing (:mod:`reader.store.session`)
writes each touched shard once per batch, then the root
(:mod:`reader.store.commit`).  Names of shard files: :mod:`reader.store.shards`.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from reader.models import Article, ArticleDraft, ArticleSummary
from reader.store.api import Analyser, CatalogEntry, Store
from reader.store.backend import Backend
from reader.store.errors import AmbiguousReference, ArticleNotFound, StoreCorrupt
from reader.store.postings import decode_postings
from reader.store.reading import LIST_CACHE_SHARDS, StaleView, StoreFiles
from reader.store.records import to_article, to_summary
from reader.store.session import ImportOutcome, ImportSession
from reader.store.shards import body_ident, postings_ident
from reader.store.state import UserStateFile

#: A writing session commits by itself past these, bounding memory.
COMMIT_ARTICLES = 50000
COMMIT_BYTES = 256 * 1024 * 1024

_T = TypeVar("_T")


class ArticleStore:
    """A store of imported articles (see the module docstring for its files).

    It is a :class:`reader.store.api.Store`.  Reading never takes the lock;
    writing goes through :meth:`writer`.
    """

    def __init__(self, backend: Backend, analyser: Analyser | None = None) -> None:
        self.backend = backend
        """Where the files live."""
        self.files = StoreFiles(backend)
        """The root and shard files as this object sees them: the inspection API of
        the import session, ``check`` and ``repair`` (readers above the store use
        the methods below)."""
        self._state = UserStateFile(backend)
        self._analyser = analyser

    # ------------------------------------------------------------------ root

    @property
    def label(self) -> str:
        """How messages name this store."""
        return self.backend.label

    @property
    def analyser(self) -> Analyser:
        """The entity extractor used at import (reader.entities by default)."""
        if self._analyser is None:
            from reader.entities import analyse

            self._analyser = analyse
        return self._analyser

    def exists(self) -> bool:
        """Whether anything was ever committed here (False: a path with no store yet)."""
        return self.backend.exists()

    @property
    def generation(self) -> int:
        """Commit number of the state this object sees (0: nothing committed)."""
        return self.files.generation()

    def refresh(self) -> bool:
        """Look for a newer commit (another process imported); True if there was one."""
        return self.files.refresh()

    @property
    def analyser_version(self) -> str | None:
        """Version of the extractor that built the indexes (None for an empty store)."""
        return self.files.root().get("analyser")

    def _retry(self, fn: Callable[[], _T]) -> _T:
        """``fn()``, read again (up to three times) while another commit removes its files."""
        for _ in range(3):
            try:
                return fn()
            except StaleView:
                continue
        return fn()

    # --------------------------------------------------------------- reading

    def count(self) -> int:
        """How many articles the store holds."""
        return int(self.files.root().get("count", 0))

    def warm_lists(self) -> None:
        """Read the newest list shards now, as many as are kept in memory (the app does it
        in the background at start, so that any page of search results of a store of up to
        some 60,000 articles is painted without a disk read; a larger store keeps only the
        newest, and memory does not grow with it)."""
        newest = list(reversed(self.files.lists()))[:LIST_CACHE_SHARDS]
        self._retry(lambda: [self.files.list_shard(e["name"]) for e in newest])

    def latest(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first (by date, else import time).

        Args:
            limit: At most this many (None: all).
            offset: Skip this many newest ones first.
        """
        return self._retry(lambda: list(self._iter_latest(limit, offset)))

    def _iter_latest(self, limit: int | None, offset: int) -> Iterator[ArticleSummary]:
        if limit is not None and limit <= 0:
            return
        produced = 0
        skip = offset
        for entry in reversed(self.files.lists()):
            if skip >= entry["count"]:
                skip -= entry["count"]
                continue
            shard = self.files.list_shard(entry["name"])
            rows = sorted(shard.items(), key=lambda kv: kv[1]["sort"], reverse=True)
            for docno, rec in rows[skip:]:
                yield to_summary(docno, rec)
                produced += 1
                if limit is not None and produced >= limit:
                    return
            skip = 0

    def docmap(self) -> list[str]:
        """Sort key of every docno (an empty string for a docno not in use)."""
        return self.files.docmap()

    def summaries(self, docnos: Iterable[int]) -> list[ArticleSummary]:
        """List records of the given docnos, in the order given (unknown ones skipped)."""
        return self._retry(lambda: self._summaries(list(docnos)))

    def _summaries(self, docnos: list[int]) -> list[ArticleSummary]:
        sorts = self.files.docmap()
        lists = self.files.lists()
        his = [entry["hi"] for entry in lists]
        out = []
        for docno in docnos:
            if docno < 0 or docno >= len(sorts) or not sorts[docno]:
                continue
            i = bisect.bisect_left(his, sorts[docno])
            if i >= len(lists):
                continue
            rec = self.files.list_shard(lists[i]["name"]).get(docno)
            if rec is not None:
                out.append(to_summary(docno, rec))
        return out

    def article(self, docno: int) -> Article | None:
        """The whole article with this docno, body included."""
        rec = self._retry(lambda: self.files.body_record(docno))
        return None if rec is None else to_article(docno, rec)

    def entity_counts(self, docno: int) -> list[tuple[str, int]]:
        """Entity keys the extractor found in this article at import, with mentions."""
        rec = self._retry(lambda: self.files.body_record(docno))
        return [] if rec is None else [(k, int(c)) for k, c in rec.get("ents", [])]

    def resolve(self, ref: str) -> int:
        """Docno of the article whose id is ``ref`` or starts with it.

        Raises:
            ArticleNotFound: nothing matches.
            AmbiguousReference: several ids start with ``ref``.
        """
        ref = ref.strip().lower()
        if not ref or any(c not in "0123456789abcdef" for c in ref):
            raise ArticleNotFound(f"no article has the id {ref!r} (ids are hexadecimal)")
        return self._retry(lambda: self._resolve(ref))

    def _resolve(self, ref: str) -> int:
        shard = self.files.keys_shard(ref[0])
        exact = shard.get("i:" + ref)
        if exact is not None:
            return exact
        found = sorted((k[2:], d) for k, d in shard.items() if k.startswith("i:" + ref))
        if not found:
            raise ArticleNotFound(f"no article has an id starting with {ref!r}")
        if len(found) > 1:
            shown = ", ".join(k for k, _ in found[:5])
            raise AmbiguousReference(
                f"{ref!r} matches {len(found)} articles ({shown}…); give more of the id")
        return found[0][1]

    def get(self, ref: str) -> Article:
        """The article whose id is ``ref`` or uniquely starts with it."""
        docno = self.resolve(ref)
        art = self.article(docno)
        if art is None:
            raise StoreCorrupt(self.files.path_of(body_ident(docno)), "has lost an article")
        return art

    def postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        """(docno, count) pairs for an entity key (``kind="ent"``) or a word stem (``"word"``)."""
        return self._retry(lambda: self._postings(kind, key))

    def _postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        ident = postings_ident(kind, key)
        table = self.files.postings_shard(ident)
        if key not in table:
            return []
        try:
            flat = decode_postings(table[key])
        except ValueError as exc:
            raise StoreCorrupt(self.files.path_of(ident), f"is damaged ({exc})") from None
        return list(zip(flat[0::2], flat[1::2], strict=True))

    def catalog(self) -> dict[str, CatalogEntry]:
        """Every entity of the archive, by key (do not modify)."""
        return self._retry(self.files.catalog)

    # ------------------------------------------------------------ user state

    def marks(self) -> tuple[set[str], set[str]]:
        """Ids of the articles marked read, and of the starred ones."""
        return self._state.marks()

    def set_mark(self, article_id: str, *, read: bool | None = None,
                 starred: bool | None = None) -> None:
        """Mark an article read/unread or starred/unstarred; written to disk at once."""
        self._state.set_mark(article_id, read=read, starred=starred)

    def last_open(self) -> str | None:
        """Id of the article open when the app last closed."""
        return self._state.last_open()

    def set_last_open(self, article_id: str | None) -> None:
        """Remember the open article for the next launch."""
        self._state.set_last_open(article_id)

    def deleted(self) -> set[str]:
        """Ids of the articles deleted from view (tombstones in the user state)."""
        return self._state.deleted()

    def set_deleted(self, article_ids: list[str], deleted: bool) -> None:
        """Delete articles from view, or bring them back; on disk at once."""
        self._state.set_deleted(article_ids, deleted)

    def position(self, article_id: str) -> int | None:
        """Where an article was left (the logical offset of its first line on screen)."""
        return self._state.position(article_id)

    def set_position(self, article_id: str, offset: int) -> None:
        """Remember where an article was left (0: its top)."""
        self._state.set_position(article_id, offset)

    # --------------------------------------------------------------- writing

    def writer(self, *, on_wait: Callable[[str], None] | None = None,
               timeout: float | None = None, commit_articles: int = COMMIT_ARTICLES,
               commit_bytes: int = COMMIT_BYTES, rebuild: bool = False,
               replace_damaged_root: bool = False) -> ImportSession:
        """A writing session: hold the lock, add drafts, commit on leaving the block.

        Args:
            on_wait: Told, once, when another process holds the lock and we wait.
            timeout: Give up waiting after this many seconds (None: wait).
            commit_articles: Commit by itself after this many new articles.
            commit_bytes: ... or after this much new text.
            rebuild: Build every index afresh from records given to
                :meth:`ImportSession.add_record` (reindex, repair).
            replace_damaged_root: With ``rebuild``, start from nothing when
                the root is damaged or missing (repair, which kept a copy).
        """
        # READER_COMMIT_ARTICLES lowers the batch size (crash tests, tiny machines).
        env_batch = os.environ.get("READER_COMMIT_ARTICLES", "")
        if env_batch.isdigit() and int(env_batch) > 0:
            commit_articles = min(commit_articles, int(env_batch))
        return ImportSession(self, on_wait=on_wait, timeout=timeout,
                             commit_articles=commit_articles, commit_bytes=commit_bytes,
                             rebuild=rebuild, replace_damaged_root=replace_damaged_root)

    def import_drafts(self, drafts: Iterable[ArticleDraft]) -> list[ImportOutcome]:
        """Import drafts in one session (convenience for tests and small imports)."""
        with self.writer() as session:
            return session.add(drafts)


_CONFORMS: type[Store] = ArticleStore
"""mypy proves here that an ArticleStore is a :class:`reader.store.api.Store`."""
