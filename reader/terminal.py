"""Provides the terminal's bidi mode switch, shared by the app and ``reader show``, and
:func:`hung_up`, which tells the app its terminal is gone (no Textual).

Terminals that do bidi themselves (VTE-based ones, Konsole, mlterm) would
reorder our already-reordered lines back into a mess.  Following the
freedesktop.org terminal BiDi recommendation, output laid out by us is
wrapped in ECMA-48 BDSM: explicit mode (``CSI 8 l``) before, implicit mode
(``CSI 8 h``, those terminals' default) after.  Terminals without bidi ignore
the sequence; nothing is written into a pipe or a file.
"""

from __future__ import annotations

import select

BDSM_EXPLICIT = "\x1b[8l"
"""ECMA-48 BDSM reset: explicit mode, the terminal shows cells as given (no reordering)."""
BDSM_IMPLICIT = "\x1b[8h"
"""ECMA-48 BDSM set: implicit mode, the terminal reorders (the usual default of bidi terminals)."""


def bidi_mode_sequences(*, terminal_bidi: bool, is_tty: bool) -> tuple[str, str]:
    """What to write before and after the app so the terminal does not reorder our layout.

    Args:
        terminal_bidi: The user hands bidi to the terminal: write nothing.
        is_tty: The output is a terminal (never write escapes into a pipe or file).

    Returns:
        ``(before, after)`` strings, empty when nothing is to be written.
    """
    if terminal_bidi or not is_tty:
        return "", ""
    return BDSM_EXPLICIT, BDSM_IMPLICIT


def hung_up(fd: int) -> bool:
    """The terminal on ``fd`` is gone: its other end was closed (a window or a connection).

    A closed pseudo-terminal sends no signal to a process that does not have
    it as its controlling terminal, and reading it returns nothing at once,
    for ever: Textual's input thread then spins at full speed on it.  Polling
    for the hang-up is how the app learns to quit.  False where ``poll`` does
    not exist (Windows, whose console never hangs up so).  Only POLLHUP counts:
    macOS answers POLLNVAL for every terminal, hung up or not.
    """
    if not hasattr(select, "poll"):
        return False
    poller = select.poll()
    poller.register(fd, select.POLLIN)  # a hang-up is reported whatever is asked
    try:
        events = poller.poll(0)
    except OSError:
        return False
    return any(mask & select.POLLHUP for _, mask in events)
