"""The app's executor: background work never keeps a quitting app alive."""

from __future__ import annotations

import threading
import time

import pytest

from reader.threads import QuittableExecutor


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
