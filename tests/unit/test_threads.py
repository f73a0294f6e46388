"""The app's executor: background work never keeps a quitting app alive."""

from __future__ import annotations

import threading
import time

import pytest

from reader.threads import QuittableExecutor, not_waited_for


def test_a_task_runs_on_a_daemon_thread_and_gives_its_result() -> None:
    executor = QuittableExecutor()
    future = executor.submit(lambda: threading.current_thread().daemon)
    assert future.result(timeout=30) is True
    executor.shutdown()
    assert executor.running() == 0
    with pytest.raises(RuntimeError):
        executor.submit(lambda: None)


def test_shutting_down_waits_one_grace_for_a_task_that_does_not_stop() -> None:
    release = threading.Event()
    executor = QuittableExecutor(grace=1.0)
    future = executor.submit(release.wait)
    try:
        executor.shutdown()  # waits up to the grace, then leaves the task to the process's end
        assert executor.running() == 1 and not future.done()
        # asyncio shuts the default executor down again after Textual did: no second grace.
        start = time.monotonic()
        executor.shutdown()
        assert time.monotonic() - start < executor.grace
    finally:
        release.set()
    assert future.result(timeout=30) is True


def test_shutting_down_does_not_wait_for_a_task_that_said_so() -> None:
    """An article's analysis (not_waited_for) is not waited for: only the others are."""
    started, release = threading.Event(), threading.Event()

    def analysis() -> None:
        not_waited_for()
        started.set()
        release.wait()

    executor = QuittableExecutor(grace=600.0)  # a wait for it would outlast the test's timeout
    future = executor.submit(analysis)
    try:
        assert started.wait(30)
        done = threading.Thread(target=executor.shutdown)
        done.start()
        done.join(60)
        assert not done.is_alive() and not future.done()
    finally:
        release.set()
    assert future.result(timeout=30) is None


def test_a_pause_point_sleeps_only_now_and_then(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.entities import pause

    clock = [100.0]
    sleeps: list[float] = []
    monkeypatch.setattr(pause, "_clock", lambda: clock[0])
    monkeypatch.setattr(pause, "_sleep", sleeps.append)
    monkeypatch.setattr(pause, "_next", 0.0)
    pause.pause_point()
    pause.pause_point()  # no time has passed: no pause
    clock[0] += pause.EVERY
    pause.pause_point()
    assert sleeps == [0, 0]
