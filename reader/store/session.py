"""Provides ImportSession: articles added under the writer lock, committed in batches (no Textual).

A session finds duplicates, has the new articles analysed (on every core
for a large batch, see :mod:`reader.store.parallel`), stages them in a
:class:`~reader.store.pending.PendingBatch` and commits through a
:class:`~reader.store.commit.GenerationWriter`.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING

from reader.entities.terms import TermTable
from reader.models import ArticleDraft
from reader.store.api import Analyser, RootDoc
from reader.store.commit import GenerationWriter
from reader.store.errors import StoreCorrupt
from reader.store.parallel import AnalysisPool, Compact, compact
from reader.store.pending import PendingBatch
from reader.store.records import Record, content_fingerprint, new_record, now_iso, sort_key
from reader.store.shards import BODY_SHARD_SIZE, highest_generation, named_files

if TYPE_CHECKING:
    from reader.store.store import ArticleStore


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one draft handed to :meth:`ImportSession.add`."""

    status: str
    """``imported`` or ``duplicate``."""
    id: str
    """The article's id (for a duplicate, the id already stored)."""
    title: str
    """The draft's title."""
    origin: str
    """Where the importer found the draft (file path, plus entry number in a multi-article file)."""


@dataclass(frozen=True, slots=True)
class Begun:
    """A batch :meth:`ImportSession.begin` screened and sent to be analysed."""

    drafts: list[ArticleDraft]
    out: list[ImportOutcome | None]
    """The outcome of each draft found a duplicate (None for the rest, until staged)."""
    fresh: list[tuple[int, Record]]
    """(index in ``drafts``, new record) of the articles to stage."""
    keys: list[str]
    """The duplicate keys ``fresh`` holds until the batch is finished."""
    analyses: Iterator[tuple[Compact, str | None]]
    """(analysis, fingerprint if the record lacks one) of each of ``fresh``, in order."""


def extractor_version(analyser: Analyser) -> str:
    """The version an analyser carries (``custom`` for one without).

    Read with getattr: tests hand the store plain functions as analysers,
    which the protocol's ``version`` does not bind at run time.
    """
    return str(getattr(analyser, "version", "custom"))


def _has_url(draft: ArticleDraft) -> bool:
    """Whether the draft's id comes from its url (else from its content)."""
    return bool(draft.url and draft.url.strip())


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
        """The store written to."""
        self.on_wait = on_wait
        """Told, once, when another process holds the lock and the session waits."""
        self.timeout = timeout
        """Give up waiting for the lock after this many seconds (None: wait)."""
        self.commit_articles = commit_articles
        """Commit by itself once this many articles are pending."""
        self.commit_bytes = commit_bytes
        """... or once about this much text is."""
        self.rebuild = rebuild
        """Build every index afresh from records given to :meth:`add_record`."""
        self.replace_damaged_root = rebuild and replace_damaged_root
        """Repair only: build on nothing when the root cannot be read."""
        self.committed = 0
        """Articles committed so far by this session."""
        self._lock: AbstractContextManager[None] | None = None
        self._pending = PendingBatch()
        self._out = GenerationWriter(store, {}, rebuild=True)
        """The generation being written (made again on the root read when the block starts)."""
        self._count = 0
        self._next_docno = 0
        self._imported_at = now_iso()
        self._pool: AnalysisPool | None = None
        """Worker processes for analysis, started by the first large batch."""
        self._terms = TermTable()
        """The terms of the articles analysed in this process, by number."""
        self._unfinished: dict[str, str] = {}
        """Duplicate keys (``i:`` id, ``f:`` fingerprint) of the new articles of batches
        begun and not yet finished -> their ids."""
        self._not_added: dict[str, str] = {}
        """Id of a new article found a duplicate only once analysed -> the id stored."""
        self._gc_was_enabled = False
        self._present: set[str] = set()
        """Shard files on disk when the session began (never deleted by it)."""

    # context management ------------------------------------------------

    def __enter__(self) -> ImportSession:
        self._lock = lock = self.store.backend.writing(self.on_wait, self.timeout)
        lock.__enter__()
        try:
            root = self._base_root()
            self._out = GenerationWriter(self.store, root, rebuild=self.rebuild)
            if not self.rebuild:
                self._count = int(root.get("count", 0))
            self._next_docno = int(root.get("next_docno", 0))
            self._present = set(self.store.backend.shard_names())
        except BaseException:
            lock.__exit__(None, None, None)
            raise
        # The pending indexes are millions of small lists that live until the
        # commit and hold no cycles: the cyclic collector scanning them again
        # and again cost a seventh of a 30,000-article import.
        self._gc_was_enabled = gc.isenabled()
        gc.disable()
        return self

    def _base_root(self) -> RootDoc:
        """The root to build on: the last committed one (read again under the lock)."""
        try:
            self.store.refresh()
            return self.store.files.root().copy()
        except StoreCorrupt:
            if not self.replace_damaged_root:
                raise
            # Repair: the damaged root (a copy is kept aside) is replaced
            # at the commit, by a root naming only rebuilt files.
            self.store.files.use_root({})
            # Number the rebuilt files above every generation on disk, so
            # that none of them overwrites a file the rebuild reads from.
            return {"generation": highest_generation(self.store.backend.shard_names())}

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
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
            if self._lock is not None:
                self._lock.__exit__(exc_type, exc, tb)

    def _discard_uncommitted(self) -> None:
        """Delete the shard files this session created after its last commit (a
        failed import: a full disk, say, should get its space back).

        Only files that did not exist when the session began, and that the
        root on disk does not name, are deleted (the failure may have come
        after the new root was in place); if that root cannot be read,
        nothing is.  Best effort: the next commit collects whatever is left.
        """
        backend = self.store.backend
        try:
            root = backend.read_root() or {}
            named = named_files(root) | set(root.get("prev_files", []))
            backend.remove_shards(sorted(self._out.uncommitted - named - self._present))
        except Exception:  # noqa: BLE001, S110 - a damaged root or a failing disk: leave the files
            pass
        self._out.uncommitted.clear()

    # adding ------------------------------------------------------------

    @property
    def collected(self) -> list[str]:
        """Superseded shard files this session's commits deleted (the store's own, by name)."""
        return list(self._out.collected)

    @property
    def pending(self) -> int:
        """Articles added but not yet committed."""
        return len(self._pending.records)

    def _known(self, key: str) -> int | None:
        hit = self._pending.keys.get(key)
        if hit is not None:
            return hit
        return self.store.files.keys_shard(key[2]).get(key)

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
        return self.finish(self.begin(drafts))

    def begin(self, drafts: Iterable[ArticleDraft]) -> Begun:
        """Find the duplicates among ``drafts`` and send the new ones to be analysed;
        :meth:`finish` stages them.

        An importer begins its next batch before it finishes this one, so that the
        workers analyse while it reads, stages and commits.  Begun batches are
        finished in the order begun; a draft that repeats one of an unfinished
        batch is a duplicate of it.
        """
        drafts = list(drafts)
        out: list[ImportOutcome | None] = [None] * len(drafts)
        fresh, keys = self._screen(drafts, out)
        return Begun(drafts, out, fresh, keys, self._analyses(rec for _, rec in fresh))

    def finish(self, begun: Begun) -> list[ImportOutcome]:
        """Stage the new articles of a batch :meth:`begin` sent (the oldest unfinished one).

        Returns:
            One outcome per draft, in order.
        """
        out = begun.out
        docno = self._next_docno
        try:
            for (i, rec), (analysis, fp) in zip(begun.fresh, begun.analyses, strict=False):
                draft = begun.drafts[i]
                dup_id = self._late_duplicate(draft, rec, fp)
                if dup_id is not None:
                    self._not_added[rec["id"]] = dup_id
                    out[i] = ImportOutcome("duplicate", dup_id, draft.title, draft.origin)
                    continue
                rec["sort"] = sort_key(draft.date, self._imported_at, docno)
                self.add_record(docno, rec, analysis)
                docno += 1
                out[i] = ImportOutcome("imported", rec["id"], draft.title, draft.origin)
                if not self.rebuild and (len(self._pending.records) >= self.commit_articles
                                         or self._pending.text_bytes >= self.commit_bytes):
                    self.commit()
        finally:
            for key in begun.keys:
                self._unfinished.pop(key, None)
        return [self._named_stored(o) for o in out if o is not None]

    def _named_stored(self, outcome: ImportOutcome) -> ImportOutcome:
        """A duplicate named by an article that turned out a duplicate itself (its
        fingerprint came late) is named by the article that was stored."""
        stored = self._not_added.get(outcome.id) if outcome.status == "duplicate" else None
        return outcome if stored is None else dataclasses.replace(outcome, id=stored)

    def _screen(self, drafts: list[ArticleDraft], out: list[ImportOutcome | None],
                ) -> tuple[list[tuple[int, Record]], list[str]]:
        """(index, new record) of each draft that duplicates no stored article nor an
        earlier draft, and the keys they are known by until finished; ``out`` gets
        the outcome of each one that does."""
        fresh: list[tuple[int, Record]] = []
        keys: list[str] = []
        unfinished = self._unfinished
        for i, draft in enumerate(drafts):
            # With a url the id comes from it: the fingerprint is left to the workers.
            # (The record's sort key is made again, with its docno, when staged.)
            rec = new_record(draft, self._next_docno, self._imported_at, defer_fingerprint=True)
            dup_id = self._duplicate_of(draft, rec, unfinished)
            if dup_id is not None:
                out[i] = ImportOutcome("duplicate", dup_id, draft.title, draft.origin)
                continue
            new_keys = ["i:" + rec["id"]] + ([] if rec["fp"] is None else ["f:" + rec["fp"]])
            for key in new_keys:
                if key not in unfinished:
                    unfinished[key] = rec["id"]
                    keys.append(key)
            fresh.append((i, rec))
        return fresh, keys

    def _duplicate_of(self, draft: ArticleDraft, rec: Record,
                      unfinished: dict[str, str]) -> str | None:
        """Id of the article (stored, staged, or in a batch not finished) ``rec`` repeats."""
        keys = ["i:" + rec["id"]] + ([] if _has_url(draft) else ["f:" + rec["fp"]])
        dup_id = next((unfinished[k] for k in keys if k in unfinished), None)
        if dup_id is not None:
            return dup_id
        dup = next((d for d in map(self._known, keys) if d is not None), None)
        return None if dup is None else self._id_of(dup) or rec["id"]

    def _late_duplicate(self, draft: ArticleDraft, rec: Record, fp: str | None) -> str | None:
        """Give ``rec`` the fingerprint a worker computed; id of an article staged since
        the screening that has the same text (None: there is none)."""
        if rec["fp"] is None:
            rec["fp"] = fp
            return None
        if _has_url(draft):
            return None
        # The same text with a url earlier in this batch (its fingerprint
        # came from a worker, so it could not be seen when screening).
        earlier = self._pending.keys.get("f:" + rec["fp"])
        return None if earlier is None else self._id_of(earlier) or rec["id"]

    def expect_many(self) -> None:
        """Many articles are coming: start the analysis workers now, so that they are
        ready when the first batch is (they take about half a second)."""
        from reader.entities import analyse

        if self.store.analyser is analyse and self._pool is None:
            self._pool = AnalysisPool(terms=self._terms)
            self._pool.start()

    def _analyses(self, recs: Iterable[Record]) -> Iterator[tuple[Compact, str | None]]:
        """(analysis, fingerprint if the record lacks one) of each record, in order."""
        from reader.entities import analyse

        jobs = [(r["title"], r.get("body") or "", r.get("lang"), r.get("fp") is None,
                 r.get("date")) for r in recs]
        analyser = self.store.analyser
        if analyser is not analyse:  # a test's own analyser
            return ((compact(analyser(t, b, lang, date), self._terms),
                     content_fingerprint(t, b) if want else None)
                    for t, b, lang, want, date in jobs)
        if self._pool is None:
            self._pool = AnalysisPool(terms=self._terms)
        return self._pool.analyse(jobs)

    def add_records(self, items: Iterable[tuple[int, Record]], batch: int = 1024) -> int:
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
            analyses = self._analyses(r for _, r in chunk)
            for (docno, rec), (analysis, _) in zip(chunk, analyses, strict=False):
                self.add_record(docno, rec, analysis)
            n += len(chunk)

    def add_record(self, docno: int, rec: Record, analysis: Compact | None = None) -> None:
        """Stage a full record under ``docno``, analysing its text for the indexes
        (unless its ``analysis`` is given, in :func:`~reader.store.parallel.compact` form)."""
        if analysis is None:
            analysis = compact(self.store.analyser(rec["title"], rec.get("body") or "",
                                                   rec.get("lang"), rec.get("date")), self._terms)
        self._pending.stage(docno, rec, analysis)
        self._next_docno = max(self._next_docno, docno + 1)
        if docno % BODY_SHARD_SIZE == BODY_SHARD_SIZE - 1:
            self._write_body(docno // BODY_SHARD_SIZE)

    def _write_body(self, shard_no: int) -> None:
        """Write one body shard now (uncommitted), keeping only list fields in memory."""
        self._out.write_body(shard_no, self._pending.take_body(shard_no))

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
        for shard_no in sorted(p.bodies):
            self._write_body(shard_no)
        self._out.write_indexes(p)
        self._count += len(p.records)
        new_root = self._out.commit(count=self._count, next_docno=self._next_docno,
                                    analyser=self._analyser_field(self._out.base))
        n = len(p.records)
        self.committed += n
        self._pending = PendingBatch()
        self.store.files.use_root(new_root)
        return n

    def _analyser_field(self, root: RootDoc) -> str:
        """The extractor version the new root records: a store indexed by another
        version stays marked as such until a rebuild (``reader reindex``)."""
        current = extractor_version(self.store.analyser)
        old = root.get("analyser")
        if self.rebuild or not root.get("count") or not old:
            return current
        return str(old)
