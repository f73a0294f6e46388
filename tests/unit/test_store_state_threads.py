"""Two threads at the user state at once (``state.json``).

The app reads the user state on the UI thread (the reading position as it
quits) while the state writer's thread resets and re-opens it to save a mark.
One thread opens the file at a time and shares it only once read and checked:
a thread that comes in while another is reading waits, then gets the same
one-line :class:`StoreCorrupt` (never a raw JSON error from a file nobody
checked), and a writer never gets a copy read before its reset (it would
write that copy back, losing what another process wrote).  Each test makes the
second thread arrive during the first one's read, deterministically: the read
waits until the second thread is at the door.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest

from helpers.drafts import draft
from reader.store import StoreCorrupt, open_store
from reader.store.files import AtomicJSONStorage, Tables
from reader.store.store import ArticleStore


class _Door:
    """The backend's state guard, telling when another thread waits at it."""

    def __init__(self, lock: threading.Lock, first: threading.Thread) -> None:
        self.lock = lock
        self.first = first
        self.knocked = threading.Event()

    def __enter__(self) -> _Door:
        if threading.current_thread() is not self.first:
            self.knocked.set()
        self.lock.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.lock.release()


def during_first_read(store: ArticleStore, monkeypatch: pytest.MonkeyPatch,
                      second: Callable[[], object]) -> tuple[list[object], threading.Thread]:
    """Run ``second`` on another thread as this thread's next state read begins;
    its result or exception lands in the list once the thread is joined."""
    backend = store.backend
    door = _Door(backend._state_guard, threading.current_thread())  # type: ignore[attr-defined]
    monkeypatch.setattr(backend, "_state_guard", door)
    real_read = AtomicJSONStorage.read
    outcome: list[object] = []

    def run_second() -> None:
        try:
            outcome.append(second())
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            outcome.append(exc)

    thread = threading.Thread(target=run_second)

    def read(self: AtomicJSONStorage) -> Tables | None:
        if threading.current_thread() is door.first and not thread.is_alive() and not outcome:
            thread.start()
            assert door.knocked.wait(30), "the second thread never reached the state"
        return real_read(self)

    monkeypatch.setattr(AtomicJSONStorage, "read", read)
    backend.reset_state_cache()
    return outcome, thread


def test_a_thread_arriving_during_a_damaged_read_gets_the_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    store.import_drafts([draft(1)])
    (tmp_path / "store" / "state.json").write_bytes(b'{"marks": {"1": {"id": "abc')
    outcome, thread = during_first_read(store, monkeypatch, lambda: store.position("x"))
    with pytest.raises(StoreCorrupt, match="state.json"):
        store.marks()
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], StoreCorrupt), outcome
    assert "state.json" in str(outcome[0]) and "reader check --repair" in str(outcome[0])


def test_a_mark_saved_during_another_threads_read_is_neither_lost_nor_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    store = open_store(path)
    store.import_drafts([draft(1)])
    ids = ["a1", "a2"]  # marks are kept by id
    store.set_mark(ids[0], read=True)
    outcome, thread = during_first_read(
        store, monkeypatch, lambda: store.set_mark(ids[1], starred=True))
    read_before, _ = store.marks()  # the first thread's read, with the mark coming in
    thread.join(30)
    assert outcome == [None] and read_before == {ids[0]}
    assert store.marks() == ({ids[0]}, {ids[1]})  # this process sees the new mark
    assert open_store(path).marks() == ({ids[0]}, {ids[1]})  # and it is on disk
