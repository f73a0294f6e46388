"""Provides pause_point(): long compiled loops let the app's other threads run (no Textual).

Code compiled by mypyc (setup.py) never gives up the interpreter lock by
itself: the bytecode loop hands it over every few milliseconds, and compiled
code runs none.  Loading the gazetteer (half a second) in the thread that finds
an article's people and places held up the app's own thread for all of it: a
key pressed meanwhile, ``q`` among them, waited until the load was done.  The
load's loops call :func:`pause_point`, which every :data:`EVERY` seconds
sleeps for no time: the lock goes to a thread waiting for it, if any.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Seconds of work between two pauses (the interpreter's own switch interval is 0.005).
EVERY = 0.002

_next = 0.0
"""When the next pause is due (:data:`_clock`)."""
_clock: Callable[[], float] = time.monotonic
_sleep: Callable[[float], None] = time.sleep


def pause_point() -> None:
    """Let other threads run if :data:`EVERY` seconds have passed since the last pause."""
    global _next
    now = _clock()
    if now >= _next:
        _sleep(0)  # releases the interpreter lock
        _next = _clock() + EVERY
