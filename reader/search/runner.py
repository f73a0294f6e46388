"""Provides :class:`LatestWins`: one query at a time, off the UI thread; latest wins (no Textual).

Search as you type sends a query per keystroke, faster than some searches
(typo tolerance, full text) answer.  Running each one would queue work the
user no longer wants; running them side by side would fight over the name
indexes.  So one query runs at a time; queries submitted meanwhile replace
each other, and the newest is run next; a result overtaken by a newer query
is dropped instead of delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Q = TypeVar("Q")
"""A query (the app's: the text, and how to read it)."""
R = TypeVar("R")
"""What running a query gives."""


def start_thread(job: Callable[[], None]) -> None:
    """Run ``job`` on a new daemon thread (the default way :class:`LatestWins` starts its runs)."""
    threading.Thread(target=job, name="latest-wins", daemon=True).start()


class LatestWins(Generic[Q, R]):
    """Runs submitted queries one at a time, off the caller's thread; the latest query wins.

    :meth:`submit` returns at once.  While a query runs, newer queries wait
    in a single place (each replaces the last), so a burst of them costs one
    run more, not one per query.  A result is delivered unless a newer query
    waits by the time it is ready (that one will be delivered instead).  The
    receiver may still drop what it no longer wants: :meth:`drop_waiting`
    answers queries another way, and a delivered result may cross that.

    Args:
        run: Answers a query (called on the background thread).
        deliver: Given each query and its result that was not overtaken
            (called on the background thread: hand it over from there).
        start: Starts a callable off the caller's thread (a new thread by
            default; the app gives Textual's thread workers).
    """

    def __init__(
        self,
        run: Callable[[Q], R],
        deliver: Callable[[Q, R], None],
        *,
        start: Callable[[Callable[[], None]], object] = start_thread,
    ) -> None:
        self.run = run
        """Answers a query."""
        self.deliver = deliver
        """Receives the results not overtaken."""
        self.start = start
        """Starts the background loop."""
        self._lock = threading.Lock()
        self._waiting: Q | None = None
        self._running = False

    @property
    def running(self) -> bool:
        """A background loop is running (it takes any waiting query before it stops)."""
        with self._lock:
            return self._running

    @property
    def waiting(self) -> Q | None:
        """The newest query submitted and not taken yet."""
        with self._lock:
            return self._waiting

    def submit(self, query: Q) -> None:
        """Run ``query`` after the running one, instead of whatever waited."""
        with self._lock:
            self._waiting = query
            if self._running:
                return  # the running loop takes it when it is done
            self._running = True
        try:
            self.start(self._loop)
        except BaseException:
            with self._lock:
                self._running = False
            raise

    def drop_waiting(self) -> None:
        """Forget the query that waits (the caller answered it another way, or gave up)."""
        with self._lock:
            self._waiting = None

    def _next(self) -> Q | None:
        with self._lock:
            query = self._waiting
            self._waiting = None
            if query is None:
                self._running = False
            return query

    def _loop(self) -> None:
        """Run the latest query, until no newer one waits."""
        try:
            query = self._next()
            while query is not None:
                result = self.run(query)
                with self._lock:
                    overtaken = self._waiting is not None
                if not overtaken:
                    self.deliver(query, result)
                query = self._next()
        except BaseException:
            with self._lock:
                self._running = False  # a later submit starts afresh
            raise
