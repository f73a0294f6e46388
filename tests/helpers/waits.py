"""Provides waits on a condition: poll until it holds, with a generous deadline.

Tests never sleep a fixed time hoping something happened: they wait for what
they need (text on a screen, a file, a process state, a line on a pipe).  The
deadlines are generous because they are not timings: a slow, shared machine
only makes a test slower, never makes it fail.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

POLL = 0.02
"""Seconds between two looks at the condition."""


def wait_until(predicate: Callable[[], object], timeout: float = 30.0,
               what: str = "condition", *, poll: float = POLL) -> None:
    """Poll ``predicate()`` until it is true, or fail after ``timeout`` seconds naming ``what``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(poll)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


async def pilot_until(pilot: Any, predicate: Callable[[], object], what: str = "condition",
                      timeout: float = 30.0) -> None:
    """In a Pilot test, let the app run until ``predicate()`` is true (or fail naming ``what``)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await pilot.pause(POLL)
