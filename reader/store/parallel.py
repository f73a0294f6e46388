"""Provides the entity analysis of many articles on every core (no Textual).

Analysis is most of what an import costs, and each article's is independent
of the others, so a large batch is spread over worker processes while the
importer stages, indexes and writes in its own.  Workers are *spawned*, not
forked: a fresh interpreter inherits neither the store's lock file nor the
threads of an app that imports from a worker thread.  Each loads the
gazetteer once (about a third of a second).

Small batches are analysed in-process: starting workers would cost more than
it saves.  ``READER_WORKERS=1`` turns the pool off (``=N`` sets its size).
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

from reader.entities.terms import NumberedTerms, TermTable
from reader.models import Analysis
from reader.store.postings import UINT32

if TYPE_CHECKING:  # imported when a pool starts: it costs a store that never starts one
    from concurrent.futures import ProcessPoolExecutor

#: Fewer articles than this in one batch are analysed in-process.
MIN_PARALLEL = 48
#: Articles sent to a worker at a time, at most: each chunk costs both sides a
#: message, a queue hand-over and a pickling, and wakes the importer, which takes
#: the core of a worker from it (on a 30,000-article import, 64 at a time took
#: 32.0-32.6 s of the workers' CPU and 21.0-21.2 s in all, 256 at a time, which
#: a 1,000-article batch makes four chunks of 250: 31.1-32.7 s and 20.1-21.1 s).
CHUNK = 256
#: Articles a worker analyses between two garbage collections (see :func:`_warm`).
COLLECT_EVERY = 16384

_Job = tuple[str, str, "str | None", bool, "str | None"]
"""(title, body, language, whether the content fingerprint is wanted too, date)."""
EntityRow = tuple[str, str, str, tuple[str, ...], str | None, str | None, str | None,
                  str | None, str | None, int]
"""An entity as :func:`compact` sends it: ``(key, kind, name, aliases, english,
country, place_kind, code, office, count)``."""
Facets = tuple[tuple[str, int], ...]
#: What the indexes need of an analysis, in plain tuples: ten times cheaper to
#: send between processes than the dataclasses (see :func:`compact`).
Compact = tuple[list[EntityRow], Facets, "Terms", Sequence[int]]
_Sent = tuple[list[EntityRow], Facets, "array[int]", "array[int]"]
"""An analysis as a worker sends it: :data:`Compact` with its terms' numbers only,
numbers and counts as uint32 arrays (see :func:`_analyse_chunk`)."""
_Answer = tuple[str, int, list[str], list[tuple[_Sent, "str | None"]]]
"""A worker's answer to a chunk: its table's key, the number of its first term new
since its last answer and those terms, and each job's analysis and fingerprint."""


Terms = tuple[TermTable, Sequence[int]]
"""An article's index terms: their numbers in the table that names them."""


def compact(a: Analysis, table: TermTable) -> Compact:
    """``(entities, facets, terms, counts)``: each entity as ``(key, kind, name,
    aliases, english, country, place_kind, code, office, count)``, the terms by
    number (in ``table`` if the analysis has them as text), their counts alongside."""
    ents = [(e.key, e.kind, e.name, e.aliases, e.english, e.country, e.place_kind, e.code,
             e.office, e.count) for e in a.entities]
    terms = a.terms
    if isinstance(terms, NumberedTerms):  # the extractor's
        return ents, a.facets, (terms.table, terms.numbers), terms.counts
    return ents, a.facets, (table, table.number(list(map(_term, terms)))), list(map(_count, terms))


def term_counts(analysis: Compact) -> list[tuple[str, int]]:
    """The terms of an analysis with their counts, as text."""
    (table, numbers), counts = analysis[2], analysis[3]
    return [(table.names[n], c) for n, c in zip(numbers, counts, strict=True)]


_term, _count = itemgetter(0), itemgetter(1)


def worker_count() -> int:
    """Workers to use: ``READER_WORKERS`` if set, else the cores this process may run on."""
    env = os.environ.get("READER_WORKERS", "").strip()
    if env.isdigit():
        return max(1, int(env))
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_since_collect: int | None = None
"""In a worker: articles analysed since the last garbage collection (None elsewhere)."""


def _warm(parent: int) -> None:
    """Worker start: follow the importer if it dies, leave Ctrl+C to it, end without
    freeing its caches, load the gazetteer, and collect garbage only now and then."""
    import gc
    import signal

    # Ctrl+C reaches the whole process group: the importer decides what it
    # means (finish the file, or stop at once, which ends us with it).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with(parent)
    import atexit

    atexit.register(_exit_at_once)
    from reader.entities.gazetteer import load_gazetteer

    load_gazetteer()
    # Analysis makes almost no reference cycles (a few hundred objects per
    # thousand articles), but the collector's passes over the young objects
    # and the growing per-word caches cost 5-8% of a worker's time: the
    # gazetteer is frozen out of its sight and the rest collected rarely.
    global _since_collect
    _since_collect = 0
    gc.freeze()
    gc.disable()


def _exit_at_once() -> None:
    """A worker's last act: end without freeing what it holds.

    Its caches hold hundreds of thousands of words, and freeing them object
    by object at interpreter exit takes a good part of a second, which the
    importer would wait for (it joins its workers as it exits).  Nothing is
    left to write: results go back synchronously, and the streams are flushed.
    """
    import contextlib
    import sys

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(0)


def _exit_with(parent: int) -> None:
    """End this worker when the importer ends, even by SIGKILL.

    A killed importer closes no pipe the workers would notice (they hold its
    ends too), so they would wait for work forever.  Linux is asked to kill
    us with the parent; a watcher thread covers other systems and the race
    where the parent died first.
    """
    import signal
    import threading
    import time

    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-importer", daemon=True).start()


_TERMS_KEY = ""
"""In a worker: what names its table to the importer (made at the first chunk)."""
_sent = 0
"""In a worker: how many of its terms the importer has been sent."""


def _analyse_chunk(jobs: Sequence[_Job]) -> _Answer:
    """A worker's analysis of a chunk (see :data:`_Answer`)."""
    global _since_collect, _TERMS_KEY, _sent
    if _since_collect is not None:
        _since_collect += len(jobs)
        if _since_collect >= COLLECT_EVERY:
            import gc

            gc.collect()
            _since_collect = 0
    if not _TERMS_KEY:
        import uuid

        _TERMS_KEY = uuid.uuid4().hex
    from reader.entities.gazetteer import load_gazetteer

    # The extractor numbers terms in the gazetteer's table.
    table = load_gazetteer().term_table
    done = [_analyse_one(job, table) for job in jobs]
    first, _sent = _sent, len(table.names)
    # Numbers and counts as arrays: a list's ints are pickled and unpickled one by
    # one, an array's bytes at once (the importer unpickled a chunk's analyses
    # in 23 µs an article, now 9).
    return _TERMS_KEY, first, table.names[first:], [
        ((ents, facets, array(UINT32, numbers), array(UINT32, counts)), fp)
        for (ents, facets, (_, numbers), counts), fp in done]


def _ready() -> None:
    """A worker's first task when the pool starts early: nothing (:func:`_warm` did it)."""


def _analyse_one(job: _Job, table: TermTable) -> tuple[Compact, str | None]:
    """One article's analysis, and its fingerprint from the same fold when wanted."""
    from reader.entities import analyse
    from reader.entities.extractor import analysis_folded
    from reader.store.records import folded_fingerprint

    title, body, language, want_fp, date = job
    if not want_fp:
        return compact(analyse(title, body, language, date), table), None
    found, folded = analysis_folded(title, body, language, date)
    return compact(found, table), folded_fingerprint(folded)


class AnalysisPool:
    """Worker processes that analyse articles, in order; started on first use."""

    def __init__(self, workers: int | None = None, terms: TermTable | None = None) -> None:
        self.workers = worker_count() if workers is None else workers
        self.terms = TermTable() if terms is None else terms
        """The table of the terms of what is analysed here (in-process)."""
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False
        self._tables: dict[str, TermTable] = {}
        """Each worker's table of terms (its key -> a copy of it)."""

    def start(self) -> None:
        """Start the workers now (a large import is coming): each loads the gazetteer
        while the importer reads the first file, instead of after it."""
        if self.workers < 2 or self._broken:
            return
        executor = self._start()
        if executor is not None:
            # A pool spawns a worker per task submitted while none is idle.
            for _ in range(self.workers):
                executor.submit(_ready)

    def analyse(self, jobs: Sequence[_Job]) -> Iterator[tuple[Compact, str | None]]:
        """``(analysis in compact form, fingerprint or None)`` for each job, in the order given.

        A large batch is sent to the workers at once (before the first result
        is asked for): an importer sends its next batch before it stages this
        one, so the workers are never idle while it reads and stages.
        """
        if self.workers < 2 or len(jobs) < MIN_PARALLEL or self._broken:
            return self._in_process(jobs)
        executor = self._start()
        if executor is None:
            return self._in_process(jobs)
        from concurrent.futures.process import BrokenProcessPool

        # A small batch still goes to every worker, twice.
        size = min(CHUNK, -(-len(jobs) // (2 * self.workers)))
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
        try:
            answers = executor.map(_analyse_chunk, chunks)
        except (BrokenProcessPool, RuntimeError):  # broken, or shut down by another batch's failure
            self._lost()
            return self._in_process(jobs)
        return self._collect(chunks, answers)

    def _in_process(self, jobs: Sequence[_Job]) -> Iterator[tuple[Compact, str | None]]:
        """The jobs analysed here, one at a time as they are asked for."""
        for job in jobs:
            yield _analyse_one(job, self.terms)

    def _collect(self, chunks: list[Sequence[_Job]], answers: Iterator[_Answer],
                 ) -> Iterator[tuple[Compact, str | None]]:
        done = 0
        try:
            for key, first, names, analyses in answers:
                table = self._tables.setdefault(key, TermTable())
                table.learn(first, names)
                for (ents, facets, numbers, counts), fp in analyses:
                    yield (ents, facets, (table, numbers), counts), fp
                done += 1
        except Exception as exc:  # a worker died (killed, out of memory)
            from concurrent.futures import CancelledError
            from concurrent.futures.process import BrokenProcessPool

            # Cancelled: another batch's worker died and the pool was closed.
            if not isinstance(exc, BrokenProcessPool | CancelledError):
                raise
            self._lost()
            for chunk in chunks[done:]:
                yield from self._in_process(chunk)

    def _lost(self) -> None:
        """A worker died: analyse in-process from now on."""
        self._broken = True
        self.close()

    def _start(self) -> ProcessPoolExecutor | None:
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            try:
                self._executor = ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_warm, initargs=(os.getpid(),))
            except (OSError, ValueError):
                self._broken = True
                return None
        return self._executor

    def close(self) -> None:
        """Stop the workers (waiting for none: what they were doing is not needed)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
