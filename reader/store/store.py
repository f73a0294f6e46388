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
and cached, so opening 30,000 articles costs about what opening none does.
Importing writes each touched shard once per batch, then the root.
"""

from __future__ import annotations

import bisect
import gc
import os
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice, repeat
from typing import Any

from tinydb import TinyDB

from reader.models import Analysis, Article, ArticleDraft, ArticleSummary
from reader.store.backend import FORMAT_VERSION, Backend
from reader.store.errors import StoreCorrupt, StoreError
from reader.store.parallel import Compact
from reader.store.postings import (
    decode_postings,
    encode_postings,
    merge_postings,
    new_postings,
    postings_table,
    read_postings,
)
from reader.store.records import (
    content_fingerprint,
    list_record,
    new_record,
    now_iso,
    sort_key,
    to_article,
    to_summary,
)
from reader.store.shards import (
    BODY_SHARD_SIZE,
    LIST_SHARD_MAX,
    POSTINGS_SHARDS,
    hash_shard,
    highest_generation,
    list_file_name,
    postings_ident,
    shard_file_name,
    shard_table,
)

#: A writing session commits by itself past these, bounding memory.
COMMIT_ARTICLES = 50000
COMMIT_BYTES = 256 * 1024 * 1024

Analyser = Callable[[str, str, "str | None"], Analysis]


class ArticleNotFound(StoreError):
    """No article has that id or id prefix."""


class AmbiguousReference(StoreError):
    """An id prefix matches more than one article."""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one draft handed to :meth:`ImportSession.add`."""

    status: str
    """``imported`` or ``duplicate``."""
    id: str
    """The article's id (for a duplicate, the id already stored)."""
    title: str
    origin: str


_extend_array = array.extend
_consume: Callable[[Iterable[Any]], deque[Any]] = partial(deque, maxlen=0)


class ArticleStore:
    """A store of imported articles (see the module docstring for its files).

    Reading never takes the lock; writing goes through :meth:`writer`.
    """

    def __init__(self, backend: Backend, analyser: Analyser | None = None) -> None:
        self.backend = backend
        """Where the files live."""
        self._analyser = analyser
        self._root: dict[str, Any] | None = None
        self._loaded = False
        self._docmap: list[str] | None = None
        self._catalog: dict[str, dict[str, Any]] | None = None
        self._postings_cache: dict[str, dict[str, Any]] = {}
        self._list_cache: dict[str, dict[int, dict[str, Any]]] = {}
        self._keys_cache: dict[str, dict[str, int]] = {}

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

    def _root_doc(self) -> dict[str, Any]:
        if not self._loaded:
            self._root = self.backend.read_root() if self.backend.exists() else None
            self._loaded = True
        return self._root or {}

    def exists(self) -> bool:
        """Whether anything was ever committed here (False: a path with no store yet)."""
        return self.backend.exists()

    @property
    def generation(self) -> int:
        """Commit number of the state this object sees (0: nothing committed)."""
        return int(self._root_doc().get("generation", 0))

    def refresh(self) -> bool:
        """Look for a newer commit (another process imported); True if there was one."""
        before = self.generation
        self._loaded = False
        self._root = None
        after = self.generation
        if after != before:
            self._drop_caches()
            return True
        return False

    def _drop_caches(self) -> None:
        self._docmap = None
        self._catalog = None
        self._postings_cache.clear()
        self._list_cache.clear()
        self._keys_cache.clear()

    def _file(self, ident: str) -> str | None:
        return self._root_doc().get("files", {}).get(ident)

    def _open(self, name: str) -> TinyDB:
        try:
            db = self.backend.open_shard(name)
        except StoreCorrupt as exc:
            # A writer in another process may have committed and removed the
            # file we were about to read: look at the new root once.
            if exc.reason == "is missing" and self.refresh():
                raise StaleView() from exc
            raise
        # A file of the right shape but without its table (``{}``) would read
        # as "no articles" or "no such id": say it is damaged instead.
        table = shard_table(name)
        if table is not None and table not in (db.storage.read() or {}):
            raise StoreCorrupt(self.backend_path_hint(name, is_file=True),
                               f"is damaged (its {table!r} table is missing)")
        return db

    # --------------------------------------------------------------- reading

    def count(self) -> int:
        """How many articles the store holds."""
        return int(self._root_doc().get("count", 0))

    def _lists(self) -> list[dict[str, Any]]:
        return list(self._root_doc().get("lists", []))

    def _list_shard(self, name: str) -> dict[int, dict[str, Any]]:
        shard = self._list_cache.get(name)
        if shard is None:
            table = self._open(name).table("articles")
            shard = {doc.doc_id: dict(doc) for doc in table.all()}
            self._list_cache[name] = shard
        return shard

    def warm_lists(self) -> None:
        """Read every list shard now (the app does it in the background at start,
        so that any page of search results is painted without a disk read)."""
        self._retry(lambda: [self._list_shard(e["name"]) for e in self._lists()])

    def _retry(self, fn: Callable[[], Any]) -> Any:
        for _ in range(3):
            try:
                return fn()
            except StaleView:
                continue
        return fn()

    def latest(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first (by date, else import time).

        Args:
            limit: At most this many (None: all).
            offset: Skip this many newest ones first.
        """
        return self._retry(lambda: list(self._iter_latest(limit, offset)))  # type: ignore[no-any-return]

    def _iter_latest(self, limit: int | None, offset: int) -> Iterator[ArticleSummary]:
        if limit is not None and limit <= 0:
            return
        produced = 0
        skip = offset
        for entry in reversed(self._lists()):
            if skip >= entry["count"]:
                skip -= entry["count"]
                continue
            shard = self._list_shard(entry["name"])
            rows = sorted(shard.items(), key=lambda kv: kv[1]["sort"], reverse=True)
            for docno, rec in rows[skip:]:
                yield to_summary(docno, rec)
                produced += 1
                if limit is not None and produced >= limit:
                    return
            skip = 0

    def docmap(self) -> list[str]:
        """Sort key of every docno (an empty string for a docno not in use)."""
        if self._docmap is None:
            name = self._file("docmap")
            if name is None:
                self._docmap = []
            else:
                doc = self._open(name).table("docs").get(doc_id=1)
                if not isinstance(doc, dict) or not isinstance(doc.get("sort"), list):
                    raise StoreCorrupt(self.backend_path_hint(name, is_file=True),
                                       "is damaged (it holds no sort keys)")
                self._docmap = list(doc["sort"])
        return self._docmap

    def summaries(self, docnos: Iterable[int]) -> list[ArticleSummary]:
        """List records of the given docnos, in the order given (unknown ones skipped)."""
        return self._retry(lambda: self._summaries(list(docnos)))  # type: ignore[no-any-return]

    def _summaries(self, docnos: list[int]) -> list[ArticleSummary]:
        sorts = self.docmap()
        lists = self._lists()
        his = [entry["hi"] for entry in lists]
        out = []
        for docno in docnos:
            if docno < 0 or docno >= len(sorts) or not sorts[docno]:
                continue
            i = bisect.bisect_left(his, sorts[docno])
            if i >= len(lists):
                continue
            rec = self._list_shard(lists[i]["name"]).get(docno)
            if rec is not None:
                out.append(to_summary(docno, rec))
        return out

    def _body_record(self, docno: int) -> dict[str, Any] | None:
        name = self._file(f"body/{docno // BODY_SHARD_SIZE}")
        if name is None:
            return None
        doc = self._open(name).table("articles").get(doc_id=docno)
        return None if doc is None else dict(doc)

    def article(self, docno: int) -> Article | None:
        """The whole article with this docno, body included."""
        rec = self._retry(lambda: self._body_record(docno))
        return None if rec is None else to_article(docno, rec)

    def entity_counts(self, docno: int) -> list[tuple[str, int]]:
        """Entity keys the extractor found in this article at import, with mentions."""
        rec = self._retry(lambda: self._body_record(docno))
        return [] if rec is None else [(k, int(c)) for k, c in rec.get("ents", [])]

    def _keys_shard(self, hexdigit: str) -> dict[str, int]:
        shard = self._keys_cache.get(hexdigit)
        if shard is None:
            name = self._file(f"keys/{hexdigit}")
            shard = {}
            if name is not None:
                for doc in self._open(name).table("keys").all():
                    shard[doc["k"]] = doc["d"]
            self._keys_cache[hexdigit] = shard
        return shard

    def resolve(self, ref: str) -> int:
        """Docno of the article whose id is ``ref`` or starts with it.

        Raises:
            ArticleNotFound: nothing matches.
            AmbiguousReference: several ids start with ``ref``.
        """
        ref = ref.strip().lower()
        if not ref or any(c not in "0123456789abcdef" for c in ref):
            raise ArticleNotFound(f"no article has the id {ref!r} (ids are hexadecimal)")
        return self._retry(lambda: self._resolve(ref))  # type: ignore[no-any-return]

    def _resolve(self, ref: str) -> int:
        shard = self._keys_shard(ref[0])
        exact = shard.get("i:" + ref)
        if exact is not None:
            return exact
        found = sorted((k[2:], d) for k, d in shard.items() if k.startswith("i:" + ref))
        if not found:
            raise ArticleNotFound(f"no article has an id starting with {ref!r}")
        if len(found) > 1:
            shown = ", ".join(k for k, _ in found[:5])
            raise AmbiguousReference(f"{ref!r} matches {len(found)} articles ({shown}…); give more of the id")
        return found[0][1]

    def get(self, ref: str) -> Article:
        """The article whose id is ``ref`` or uniquely starts with it."""
        docno = self.resolve(ref)
        art = self.article(docno)
        if art is None:
            raise StoreCorrupt(self.backend_path_hint(f"body/{docno // BODY_SHARD_SIZE}"), "has lost an article")
        return art

    def backend_path_hint(self, ident: str, *, is_file: bool = False) -> Any:
        from pathlib import Path

        name = ident if is_file else (self._file(ident) or ident)
        return Path(self.label) / "shards" / name

    def postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        """(docno, count) pairs for an entity key (``kind="ent"``) or a word stem (``"word"``)."""
        return self._retry(lambda: self._postings(kind, key))  # type: ignore[no-any-return]

    def _postings(self, kind: str, key: str) -> list[tuple[int, int]]:
        ident = postings_ident(kind, key)
        table = self._postings_cache.get(ident)
        if table is None:
            name = self._file(ident)
            table = read_postings(self._open(name)) if name else {}
            self._postings_cache[ident] = table
        if key not in table:
            return []
        try:
            flat = decode_postings(table[key])
        except ValueError as exc:
            raise StoreCorrupt(self.backend_path_hint(ident), f"is damaged ({exc})") from None
        return list(zip(flat[0::2], flat[1::2]))

    def catalog(self) -> dict[str, dict[str, Any]]:
        """Every entity of the archive: key -> name, aliases, english, kind, ..., mentions, articles."""
        if self._catalog is None:
            def load() -> dict[str, dict[str, Any]]:
                name = self._file("catalog")
                if name is None:
                    return {}
                return {doc["key"]: dict(doc) for doc in self._open(name).table("entities").all()}

            self._catalog = self._retry(load)
        return self._catalog

    @property
    def analyser_version(self) -> str | None:
        """Version of the extractor that built the indexes (None for an empty store)."""
        return self._root_doc().get("analyser")

    # ------------------------------------------------------------ user state

    def _state(self) -> TinyDB:
        return self.backend.state_db()

    def marks(self) -> tuple[set[str], set[str]]:
        """Ids of the articles marked read, and of the starred ones."""
        read: set[str] = set()
        starred: set[str] = set()
        for doc in self._state().table("marks").all():
            if doc.get("read"):
                read.add(doc["id"])
            if doc.get("starred"):
                starred.add(doc["id"])
        return read, starred

    def set_mark(self, article_id: str, *, read: bool | None = None, starred: bool | None = None) -> None:
        """Mark an article read/unread or starred/unstarred; written to disk at once."""
        from tinydb import Query

        with self.backend.writing():
            reset = getattr(self.backend, "reset_state_cache", None)
            if reset is not None:  # another process may have written since we read
                reset()
            table = self._state().table("marks")
            q = Query()
            doc = table.get(q.id == article_id)
            new = {"id": article_id, "read": bool(doc and doc.get("read")),
                   "starred": bool(doc and doc.get("starred"))}
            if read is not None:
                new["read"] = read
            if starred is not None:
                new["starred"] = starred
            # One write per change (TinyDB's upsert writes twice: an update
            # that matched nothing, then the insert).
            if doc is None:
                table.insert(new)
            else:
                table.update(new, doc_ids=[doc.doc_id])

    def last_open(self) -> str | None:
        """Id of the article open when the app last closed."""
        doc = self._state().table("session").get(doc_id=1)
        return None if doc is None else doc.get("last_open")

    def set_last_open(self, article_id: str | None) -> None:
        """Remember the open article for the next launch."""
        with self.backend.writing():
            table = self._state().table("session")
            if table.get(doc_id=1) is None:
                table.insert({"last_open": article_id})
            else:
                table.update({"last_open": article_id}, doc_ids=[1])

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


class StaleView(Exception):
    """Internal: a shard vanished because another process committed; retry on the new root."""


@dataclass
class _Pending:
    records: dict[int, dict[str, Any]] = field(default_factory=dict)
    """docno -> record; the body is dropped once its body shard is written."""
    keys: dict[str, int] = field(default_factory=dict)
    ent: dict[str, list[int]] = field(default_factory=dict)
    word: defaultdict[str, array[int]] = field(default_factory=lambda: defaultdict(new_postings))
    """Term -> flat (docno, count) pairs as uint32: a third of a list's memory, and
    already the bytes a commit writes."""
    catalog: dict[str, dict[str, Any]] = field(default_factory=dict)
    text_bytes: int = 0
    bodies: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)
    """Body shard number -> docno -> full record, for shards not yet written."""


class ImportSession:
    """Adds articles under the writer lock; commits on exit and every so often.

    Leaving the block by an exception commits nothing more (what was already
    committed stays): a crash or Ctrl-C never leaves half an import.  Body
    shards are written as soon as they fill, before the commit, so memory
    holds only what the indexes need; until the root names them they are
    invisible, and the next commit deletes them if this process died.

    With ``rebuild=True`` (``reader reindex``, ``reader check --repair``) the
    session starts from nothing instead of the current indexes, records are
    given with their docnos through :meth:`add_record`, and everything is
    committed at once at the end.
    """

    def __init__(self, store: ArticleStore, *, on_wait: Callable[[str], None] | None,
                 timeout: float | None, commit_articles: int, commit_bytes: int,
                 rebuild: bool = False, replace_damaged_root: bool = False) -> None:
        self.store = store
        self.on_wait = on_wait
        self.timeout = timeout
        self.commit_articles = commit_articles
        self.commit_bytes = commit_bytes
        self.rebuild = rebuild
        self.replace_damaged_root = rebuild and replace_damaged_root
        """Repair only: build on nothing when the root cannot be read."""
        self.committed = 0
        """Articles committed so far by this session."""
        self._cm: Any = None
        self._pending = _Pending()
        self._root: dict[str, Any] = {}
        """The root this session builds on (the last one committed)."""
        self._files: dict[str, str] = {}
        """Current shard of each kind: the root's, plus ones written since."""
        self._lists: list[dict[str, Any]] = []
        self._count = 0
        self._next_docno = 0
        self._imported_at = now_iso()
        self._pool: Any = None
        """Worker processes for analysis, started by the first large batch."""
        self._gc_was_enabled = False
        self._uncommitted: set[str] = set()
        """Shard files written since the last commit (deleted if the session fails)."""
        self._present: set[str] = set()
        """Shard files on disk when the session began (never deleted by it)."""

    # context management ------------------------------------------------

    def __enter__(self) -> ImportSession:
        self._cm = self.store.backend.writing(self.on_wait, self.timeout)
        self._cm.__enter__()
        try:
            try:
                self.store.refresh()
                self._root = dict(self.store._root_doc() or {})
            except StoreCorrupt:
                if not self.replace_damaged_root:
                    raise
                # Repair: the damaged root (a copy is kept aside) is replaced
                # at the commit, by a root naming only rebuilt files.
                self.store._root, self.store._loaded = {}, True
                # Number the rebuilt files above every generation on disk, so
                # that none of them overwrites a file the rebuild reads from.
                self._root = {"generation": highest_generation(self.store.backend.shard_names())}
            if not self.rebuild:
                self._files = dict(self._root.get("files", {}))
                self._lists = [dict(e) for e in self._root.get("lists", [])]
                self._count = int(self._root.get("count", 0))
            self._next_docno = int(self._root.get("next_docno", 0))
            self._present = set(self.store.backend.shard_names())
        except BaseException:
            self._cm.__exit__(None, None, None)
            raise
        # The pending indexes are millions of small lists that live until the
        # commit and hold no cycles: the cyclic collector scanning them again
        # and again cost a seventh of a 30,000-article import.
        self._gc_was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        committed = False
        try:
            if self._pool is not None:
                self._pool.close()
            if exc_type is None:
                self.commit()
            committed = exc_type is None
        finally:
            if not committed:
                self._discard_uncommitted()
            if self._gc_was_enabled:
                gc.enable()
            self._cm.__exit__(exc_type, exc, tb)

    def _discard_uncommitted(self) -> None:
        """Delete the shard files this session created after its last commit (a
        failed import: a full disk, say, should get its space back).

        Only files that did not exist when the session began, and that the
        root on disk does not name, are deleted (the failure may have come
        after the new root was in place); if that root cannot be read,
        nothing is.  Best effort: the next commit collects whatever is left.
        """
        try:
            root = self.store.backend.read_root() or {}
            named = set(root.get("files", {}).values()) | {e["name"] for e in root.get("lists", [])}
            named |= set(root.get("prev_files", []))
            self.store.backend.remove_shards(sorted(self._uncommitted - named - self._present))
        except Exception:  # noqa: BLE001, S110 - a damaged root or a failing disk: leave the files
            pass
        self._uncommitted.clear()

    # adding ------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Articles added but not yet committed."""
        return len(self._pending.records)

    def _gen(self) -> int:
        return int(self._root.get("generation", 0)) + 1

    def _known(self, key: str) -> int | None:
        hit = self._pending.keys.get(key)
        if hit is not None:
            return hit
        return self.store._keys_shard(key[2]).get(key)

    def add(self, drafts: Iterable[ArticleDraft]) -> list[ImportOutcome]:
        """Add drafts; duplicates of stored (or earlier added) articles are not added again.

        Duplicates are found first, in order; the new articles are then
        analysed (on every core when there are many, see
        :mod:`reader.store.parallel`) and staged in order, committing in
        batches.  A key reaches the pending indexes only with its staged
        record, so a batch committed midway never names an article that
        is not in it.

        Returns:
            One outcome per draft, in order.
        """
        drafts = list(drafts)
        out: list[ImportOutcome | None] = [None] * len(drafts)
        fresh: list[tuple[int, int, dict[str, Any]]] = []
        batch_keys: dict[str, str] = {}
        """Keys of this call's new articles -> their ids (duplicates within one file)."""
        docno = self._next_docno
        for i, draft in enumerate(drafts):
            # With a url the id comes from it: the fingerprint is left to the workers.
            rec = new_record(draft, docno, self._imported_at, defer_fingerprint=True)
            has_url = bool(draft.url and draft.url.strip())
            keys = ["i:" + rec["id"]] + ([] if has_url else ["f:" + rec["fp"]])
            dup_id = next((batch_keys[k] for k in keys if k in batch_keys), None)
            if dup_id is None:
                dup = next((d for d in map(self._known, keys) if d is not None), None)
                if dup is not None:
                    dup_id = self._id_of(dup) or rec["id"]
            if dup_id is not None:
                out[i] = ImportOutcome("duplicate", dup_id, draft.title, draft.origin)
                continue
            batch_keys["i:" + rec["id"]] = rec["id"]
            if rec["fp"] is not None:
                batch_keys.setdefault("f:" + rec["fp"], rec["id"])
            fresh.append((i, docno, rec))
            docno += 1
        docno = self._next_docno
        for (i, _, rec), (analysis, fp) in zip(fresh, self._analyses(rec for _, _, rec in fresh)):
            draft = drafts[i]
            if rec["fp"] is None:
                rec["fp"] = fp
            elif not (draft.url and draft.url.strip()):
                # The same text with a url earlier in this batch (its fingerprint
                # came from a worker, so it could not be seen above).
                earlier = self._pending.keys.get("f:" + rec["fp"])
                if earlier is not None:
                    out[i] = ImportOutcome("duplicate", self._id_of(earlier) or rec["id"],
                                           draft.title, draft.origin)
                    continue
            rec["sort"] = sort_key(draft.date, self._imported_at, docno)
            self.add_record(docno, rec, analysis)
            docno += 1
            out[i] = ImportOutcome("imported", rec["id"], draft.title, draft.origin)
            if not self.rebuild and (len(self._pending.records) >= self.commit_articles
                                     or self._pending.text_bytes >= self.commit_bytes):
                self.commit()
        return [o for o in out if o is not None]

    def _analyses(self, recs: Iterable[dict[str, Any]]) -> Iterator[tuple[Compact, str | None]]:
        """(analysis, fingerprint if the record lacks one) of each record, in order."""
        from reader.entities import analyse
        from reader.store.parallel import AnalysisPool, compact

        jobs = [(r["title"], r.get("body") or "", r.get("lang"), r.get("fp") is None) for r in recs]
        if self.store.analyser is not analyse:  # a test's own analyser
            return ((compact(self.store.analyser(t, b, lang)), content_fingerprint(t, b) if want else None)
                    for t, b, lang, want in jobs)
        if self._pool is None:
            self._pool = AnalysisPool()
        return self._pool.analyse(jobs)

    def add_records(self, items: Iterable[tuple[int, dict[str, Any]]], batch: int = 1024) -> int:
        """Stage full records with their docnos (reindex, repair), analysed on every core.

        Returns:
            How many were staged.
        """
        n = 0
        it = iter(items)  # read as staged: a reindex never holds every body at once
        while True:
            chunk = list(islice(it, batch))
            if not chunk:
                return n
            for (docno, rec), (analysis, _) in zip(chunk, self._analyses(r for _, r in chunk)):
                self.add_record(docno, rec, analysis)
            n += len(chunk)

    def add_record(self, docno: int, rec: dict[str, Any], analysis: Compact | None = None) -> None:
        """Stage a full record under ``docno``, analysing its text for the indexes
        (unless its ``analysis`` is given, in :func:`~reader.store.parallel.compact` form)."""
        if analysis is None:
            from reader.store.parallel import compact

            analysis = compact(self.store.analyser(rec["title"], rec.get("body") or "", rec.get("lang")))
        ents, facets, terms, counts = analysis
        rec["ents"] = [[e[0], e[9]] for e in ents] + [[f, w] for f, w in facets]
        p = self._pending
        p.records[docno] = rec
        p.keys["i:" + rec["id"]] = docno
        p.keys.setdefault("f:" + rec["fp"], docno)
        p.text_bytes += 2 * (len(rec.get("body") or "") + len(rec["title"]))
        self._next_docno = max(self._next_docno, docno + 1)
        postings = p.ent
        for key, kind, name, aliases, english, country, place_kind, code, office, count in ents:
            postings.setdefault(key, []).extend((docno, count))
            cat = p.catalog.get(key)
            if cat is None:
                p.catalog[key] = cat = {
                    "key": key, "kind": kind, "name": name, "aliases": [],
                    "english": english, "country": country, "place_kind": place_kind,
                    "code": code, "office": office, "mentions": 0, "articles": 0,
                }
            cat["mentions"] += count
            cat["articles"] += 1
            _add_aliases(cat, (name, *aliases))
        for facet, weight in facets:
            postings.setdefault(facet, []).extend((docno, weight))
        if terms:
            # Millions of (term, docno, count) appends per import: done by C
            # iterators (the dict makes a missing list itself), not a Python loop.
            _consume(map(_extend_array, map(p.word.__getitem__, terms.split("\0")), zip(repeat(docno), counts)))
        shard_no = docno // BODY_SHARD_SIZE
        p.bodies.setdefault(shard_no, {})[docno] = rec
        if docno % BODY_SHARD_SIZE == BODY_SHARD_SIZE - 1:
            self._write_body(shard_no)

    def _write_body(self, shard_no: int) -> None:
        """Write one body shard now (uncommitted), keeping only list fields in memory."""
        p = self._pending
        ident = f"body/{shard_no}"
        table: dict[str, Any] = {}
        if ident in self._files:
            table = dict(self.store._open(self._files[ident]).storage.read()["articles"])  # type: ignore[index]
        staged = p.bodies.pop(shard_no, {})
        for docno, rec in staged.items():
            table[str(docno)] = rec
            p.records[docno] = list_record(rec)
        self._put(ident, {"articles": table})

    def _put(self, ident: str, tables: dict[str, dict[str, Any]]) -> None:
        name = shard_file_name(ident, self._gen())
        self.store.backend.write_shard(name, tables)
        self._uncommitted.add(name)
        self._files[ident] = name

    def _id_of(self, docno: int) -> str | None:
        rec = self._pending.records.get(docno)
        if rec is not None:
            return str(rec["id"])
        found = self.store.summaries([docno])
        return found[0].id if found else None

    # committing ----------------------------------------------------------

    def commit(self) -> int:
        """Write what was added as a new generation; returns how many articles it held."""
        p = self._pending
        # A rebuild always commits: its root replaces the old (maybe damaged) one.
        if not p.records and not self.rebuild:
            return 0
        store, backend = self.store, self.store.backend
        files = self._files
        gen = self._gen()

        for shard_no in sorted(p.bodies):
            self._write_body(shard_no)

        # Duplicate keys.
        by_key: dict[str, dict[str, int]] = {}
        for key, docno in p.keys.items():
            by_key.setdefault(key[2], {})[key] = docno
        for hexdigit, new in sorted(by_key.items()):
            merged = dict(store._keys_shard(hexdigit)) if f"keys/{hexdigit}" in files else {}
            merged.update(new)
            self._put(f"keys/{hexdigit}", {"keys": {
                str(i): {"k": k, "d": d} for i, (k, d) in enumerate(sorted(merged.items()), 1)}})

        # Docmap.
        sorts = list(store.docmap()) if "docmap" in files else []
        top = max(p.records, default=-1) + 1
        if len(sorts) < top:
            sorts.extend([""] * (top - len(sorts)))
        for docno, rec in p.records.items():
            sorts[docno] = rec["sort"]
        self._put("docmap", {"docs": {"1": {"sort": sorts}}})

        # List shards: contiguous ranges of the sort order.
        self._lists = self._merge_lists(gen)

        # Postings.
        for kind, added_postings in (("ent", p.ent), ("word", p.word)):
            grouped: dict[int, dict[str, Iterable[int]]] = {}
            for key, flat in added_postings.items():
                grouped.setdefault(hash_shard(key, POSTINGS_SHARDS[kind]), {})[key] = flat
            for shard_no, additions in sorted(grouped.items()):
                ident = f"{kind}/{shard_no}"
                table: dict[str, Any] = read_postings(store._open(files[ident])) if ident in files else {}
                for key, added in additions.items():
                    if key not in table:
                        table[key] = encode_postings(added)
                        continue
                    try:
                        table[key] = merge_postings(table[key], added)
                    except ValueError as exc:
                        raise StoreCorrupt(store.backend_path_hint(ident), f"is damaged ({exc})") from None
                self._put(ident, postings_table(table))

        # Entity catalog.
        catalog = {k: dict(v) for k, v in store.catalog().items()} if "catalog" in files else {}
        for key, add in p.catalog.items():
            cur = catalog.get(key)
            if cur is None:
                catalog[key] = add
                continue
            cur["mentions"] += add["mentions"]
            cur["articles"] += add["articles"]
            _add_aliases(cur, [add["name"], *add["aliases"]])
            for fld in ("english", "country", "place_kind", "code", "office"):
                cur[fld] = cur.get(fld) or add.get(fld)
        self._put("catalog", {"entities": {str(i): v for i, v in enumerate(catalog.values(), 1)}})

        backend.sync()
        root = self._root
        old_files = set(root.get("files", {}).values()) | {e["name"] for e in root.get("lists", [])}
        current = set(files.values()) | {e["name"] for e in self._lists}
        self._count += len(p.records)
        new_root = {
            "format": "khabar-store",
            "version": FORMAT_VERSION,
            "generation": gen,
            "created_at": root.get("created_at") or now_iso(),
            "committed_at": now_iso(),
            "count": self._count,
            "next_docno": self._next_docno,
            "analyser": self._analyser_field(root),
            "files": dict(files),
            "lists": self._lists,
            "prev_files": sorted(old_files - current),
        }
        backend.write_root(new_root)  # the commit point
        self._uncommitted.clear()

        # After the commit: collect files no root names (superseded two
        # commits ago, or left by a writer that crashed before its commit).
        keep = current | set(new_root["prev_files"])
        backend.remove_shards(n for n in backend.shard_names() if n not in keep)
        for name in old_files - current:
            backend.forget(name)

        n = len(p.records)
        self.committed += n
        self._pending = _Pending()
        self._root = new_root
        store._root = new_root
        store._loaded = True
        store._drop_caches()
        return n

    def _analyser_field(self, root: dict[str, Any]) -> str:
        """The extractor version the new root records: a store indexed by another
        version stays marked as such until a rebuild (``reader reindex``)."""
        current = _analyser_version(self.store)
        old = root.get("analyser")
        if self.rebuild or not root.get("count") or not old:
            return current
        return str(old)

    def _merge_lists(self, gen: int) -> list[dict[str, Any]]:
        store, p = self.store, self._pending
        lists = self._lists
        his = [e["hi"] for e in lists]
        touched: dict[int, dict[int, dict[str, Any]]] = {}
        fresh: list[tuple[int, dict[str, Any]]] = []
        for docno, rec in p.records.items():
            if not lists:
                fresh.append((docno, list_record(rec)))
                continue
            i = min(bisect.bisect_left(his, rec["sort"]), len(lists) - 1)
            if i not in touched:
                touched[i] = dict(store._list_shard(lists[i]["name"]))
            touched[i][docno] = list_record(rec)
        out: list[dict[str, Any]] = []
        seq = 0

        def emit(rows: list[tuple[int, dict[str, Any]]]) -> None:
            nonlocal seq
            rows.sort(key=lambda kv: kv[1]["sort"])
            per = LIST_SHARD_MAX // 2 if len(rows) > LIST_SHARD_MAX else LIST_SHARD_MAX
            for start in range(0, len(rows), per):
                chunk = rows[start:start + per]
                seq += 1
                name = list_file_name(gen, seq)
                store.backend.write_shard(name, {"articles": {str(d): r for d, r in chunk}})
                self._uncommitted.add(name)
                out.append({"name": name, "lo": chunk[0][1]["sort"], "hi": chunk[-1][1]["sort"],
                            "count": len(chunk)})

        if not lists:
            if fresh:
                emit(fresh)
            return out
        for i, entry in enumerate(lists):
            if i in touched:
                emit(list(touched[i].items()))
            else:
                out.append(entry)
        return out


def _add_aliases(cat: dict[str, Any], names: Iterable[str]) -> None:
    for alias in names:
        if alias != cat["name"] and alias not in cat["aliases"] and len(cat["aliases"]) < 16:
            cat["aliases"].append(alias)


def _analyser_version(store: ArticleStore) -> str:
    """The extractor's version (an attribute of the analyser function), for `reindex`."""
    return str(getattr(store.analyser, "version", "custom"))


def default_store_path() -> str:
    """The store used without --db: ``READER_DB``, else the platform data directory."""
    env = os.environ.get("READER_DB")
    if env:
        return env
    from platformdirs import user_data_path

    return str(user_data_path("khabar-reader", appauthor=False) / "store")
