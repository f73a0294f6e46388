"""Provides the app's thread executor: background work never keeps a quitting app alive.

Textual runs thread workers in the event loop's default executor, and
``asyncio.run`` waits for every one of its threads when the app ends: a
layout or an analysis of a 2,000,000-character article kept the process
running (at 100% CPU, the terminal already given back) until it was done.
:class:`QuittableExecutor` runs each task on a daemon thread and, when the
loop shuts it down, waits at most :data:`GRACE` seconds for them (0.2 s).  Workers
are cancelled first (Textual does that on exit) and the ones that check
(the reading pane's layout between two batches, an import between two
files) stop well within that; whatever still runs after it is left to end
with the process.  That is safe: these threads compute, and the store's
writes are atomic (a commit is all there or not at all, as after a crash).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

GRACE = 0.2
"""Seconds the executor waits for its threads when it is shut down."""

_unwaited: weakref.WeakSet[threading.Thread] = weakref.WeakSet()
"""Threads that said quitting need not wait for them (see :func:`not_waited_for`)."""


def not_waited_for() -> None:
    """Quitting need not wait for the calling thread: it computes what nobody needs
    once the app is gone, and never looks whether it is cancelled (an article's
    people and places, whose first run loads the gazetteer: half a second that
    the grace would spend waiting in vain)."""
    _unwaited.add(threading.current_thread())

P = ParamSpec("P")
T = TypeVar("T")


class QuittableExecutor(ThreadPoolExecutor):
    """A thread per task, each a daemon; shutting down waits :attr:`grace` seconds at most.

    A ThreadPoolExecutor only by type (asyncio's ``set_default_executor``
    accepts nothing else): no pool, no worker threads of its own.
    """

    def __init__(self, grace: float = GRACE) -> None:
        super().__init__(max_workers=1)
        self.grace = grace
        """Seconds :meth:`shutdown` waits for running tasks."""
        self._running: set[threading.Thread] = set()
        self._guard = threading.Lock()
        self._closed = False
        self._deadline: float | None = None

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self._guard:
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future: Future[T] = Future()
            thread = threading.Thread(target=self._run, args=(future, fn, args, kwargs),
                                      name=f"reader-{getattr(fn, '__name__', 'task')}", daemon=True)
            self._running.add(thread)
        thread.start()
        return future

    def _run(self, future: Future[Any], fn: Callable[..., Any], args: tuple[Any, ...],
             kwargs: dict[str, Any]) -> None:
        try:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to whoever awaits the future
                future.set_exception(exc)
            else:
                future.set_result(result)
        finally:
            with self._guard:
                self._running.discard(threading.current_thread())

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._guard:
            self._closed = True
            running = [t for t in self._running if t not in _unwaited]
            if self._deadline is None:  # shut down twice (Textual, then asyncio): one grace
                self._deadline = time.monotonic() + self.grace
            deadline = self._deadline
        if not wait:
            return
        for thread in running:
            thread.join(max(0.0, deadline - time.monotonic()))

    def running(self) -> int:
        """Tasks still running."""
        with self._guard:
            return len(self._running)
