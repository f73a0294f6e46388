"""Provides :class:`StateWriter`: read marks and stars, written off the UI thread (no Textual)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.textsafe import neutralise

if TYPE_CHECKING:
    from reader.store.api import UserState


class StateWriter:
    """Writes read marks, stars and the last open article on one background thread.

    ``store.set_mark`` takes the store's writer lock, which an import (ours or
    another process's) may hold for a while: the UI must never wait for it.
    Writes keep their order; :meth:`flush` waits for them at exit.
    """

    def __init__(self, store: UserState, on_error: Callable[[str], None] | None = None) -> None:
        self.store = store
        """The store written to."""
        self.on_error = on_error
        """Told (from the writer thread) when a write failed."""
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                job()
            except Exception as exc:  # noqa: BLE001 - reported, never fatal to the UI
                if self.on_error is not None:
                    self.on_error(f"could not save: {neutralise(str(exc))}")
            finally:
                self._queue.task_done()

    def _put(self, job: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="reader-state", daemon=True)
            self._thread.start()
        self._queue.put(job)

    def mark(
        self, article_id: str, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Queue a read/star change."""
        self._put(lambda: self.store.set_mark(article_id, read=read, starred=starred))

    def deleted(self, article_ids: list[str], deleted: bool) -> None:
        """Queue deleting articles from view (or bringing them back)."""
        self._put(lambda: self.store.set_deleted(list(article_ids), deleted))

    def position(self, article_id: str, offset: int) -> None:
        """Queue remembering where an article was left (0: its top)."""
        self._put(lambda: self.store.set_position(article_id, offset))

    def last_open(self, article_id: str | None) -> None:
        """Queue remembering the open article."""
        self._put(lambda: self.store.set_last_open(article_id))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued write is done (at most ``timeout`` seconds); True when done."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done.set)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Flush, then stop the thread."""
        ok = self.flush(timeout)
        if self._thread is not None and ok:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        return ok
