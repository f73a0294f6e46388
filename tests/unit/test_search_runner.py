"""Tests of the "latest query wins" runner behind search as you type (reader.search.runner)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from reader.search.runner import LatestWins

WAIT = 5.0


class Gated:
    """A run function that blocks on each query until the test lets it go."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.gates: dict[str, threading.Event] = {}
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        self.started_event = threading.Event()

    def gate(self, query: str) -> threading.Event:
        with self._lock:
            return self.gates.setdefault(query, threading.Event())

    def __call__(self, query: str) -> str:
        with self._lock:
            self.started.append(query)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.started_event.set()
        assert self.gate(query).wait(WAIT), f"{query} was never let go"
        with self._lock:
            self.running -= 1
        return query.upper()


class Inbox:
    """Collects deliveries and lets a test wait for them."""

    def __init__(self) -> None:
        self.got: list[tuple[str, str]] = []
        self._cond = threading.Condition()

    def __call__(self, query: str, result: str) -> None:
        with self._cond:
            self.got.append((query, result))
            self._cond.notify_all()

    def wait_for(self, n: int) -> list[tuple[str, str]]:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.got) >= n, WAIT), self.got
            return list(self.got)


def _wait_until(predicate: Callable[[], bool]) -> None:
    done = threading.Event()
    for _ in range(int(WAIT / 0.01)):
        if predicate():
            return
        done.wait(0.01)
    raise AssertionError("condition never held")


def test_a_query_is_run_off_the_callers_thread_and_delivered() -> None:
    threads: list[str] = []

    def run(query: str) -> str:
        threads.append(threading.current_thread().name)
        return query * 2

    inbox = Inbox()
    runner = LatestWins(run, inbox)
    runner.submit("ab")
    assert inbox.wait_for(1) == [("ab", "abab")]
    assert threads and threads[0] != threading.current_thread().name
    _wait_until(lambda: not runner.running)


def test_queries_sent_while_one_runs_fold_into_the_latest() -> None:
    run, inbox = Gated(), Inbox()
    runner = LatestWins(run, inbox)
    runner.submit("k")
    assert run.started_event.wait(WAIT)
    for query in ("ka", "kaz", "kaza"):  # typed while "k" is searched
        runner.submit(query)
    assert runner.waiting == "kaza"
    run.gate("k").set()
    run.gate("kaza").set()
    _wait_until(lambda: not runner.running)
    assert run.started == ["k", "kaza"]  # "ka" and "kaz" never ran
    # "k" was overtaken by "kaza" (waiting when it finished): only the latest is delivered.
    assert inbox.wait_for(1) == [("kaza", "KAZA")]
    assert run.most_at_once == 1


def test_a_result_not_overtaken_is_delivered() -> None:
    run, inbox = Gated(), Inbox()
    runner = LatestWins(run, inbox)
    runner.submit("a")
    assert run.started_event.wait(WAIT)
    run.gate("a").set()
    assert inbox.wait_for(1) == [("a", "A")]
    _wait_until(lambda: not runner.running)
    runner.submit("b")  # a new loop starts for it
    run.gate("b").set()
    assert inbox.wait_for(2) == [("a", "A"), ("b", "B")]


def test_dropping_what_waits_keeps_it_from_running() -> None:
    run, inbox = Gated(), Inbox()
    runner = LatestWins(run, inbox)
    runner.submit("a")
    assert run.started_event.wait(WAIT)
    runner.submit("b")
    runner.drop_waiting()  # answered another way (or the search closed)
    assert runner.waiting is None
    run.gate("a").set()
    _wait_until(lambda: not runner.running)
    assert run.started == ["a"]
    # Nothing newer waited when "a" finished: it is delivered (the receiver may ignore it).
    assert inbox.wait_for(1) == [("a", "A")]


def test_the_caller_chooses_how_the_loop_is_started() -> None:
    jobs: list[Callable[[], None]] = []
    inbox = Inbox()
    runner = LatestWins(str.upper, inbox, start=jobs.append)
    runner.submit("x")
    runner.submit("y")  # the loop has not run yet: "y" replaces "x"
    assert len(jobs) == 1 and runner.running
    jobs[0]()  # run the loop here, synchronously
    assert inbox.got == [("y", "Y")] and not runner.running


def test_a_failing_run_does_not_wedge_the_runner() -> None:
    calls: list[str] = []

    def run(query: str) -> str:
        calls.append(query)
        if query == "bad":
            raise ValueError(query)
        return query

    jobs: list[Callable[[], None]] = []
    inbox = Inbox()
    runner = LatestWins(run, inbox, start=jobs.append)
    runner.submit("bad")
    with pytest.raises(ValueError):
        jobs[0]()
    assert not runner.running
    runner.submit("good")
    jobs[1]()
    assert inbox.got == [("good", "good")] and calls == ["bad", "good"]


def test_the_runner_imports_no_textual() -> None:
    code = "import sys, reader.search.runner; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
