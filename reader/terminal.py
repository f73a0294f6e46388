"""Provides the terminal's bidi mode switch, shared by the app and ``reader show`` (no Textual).

Terminals that do bidi themselves (VTE-based ones, Konsole, mlterm) would
reorder our already-reordered lines back into a mess.  Following the
freedesktop.org terminal BiDi recommendation, output laid out by us is
wrapped in ECMA-48 BDSM: explicit mode (``CSI 8 l``) before, implicit mode
(``CSI 8 h``, those terminals' default) after.  Terminals without bidi ignore
the sequence; nothing is written into a pipe or a file.
"""

from __future__ import annotations

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
