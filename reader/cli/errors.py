"""Provides the command line's exit statuses, its one-line messages, and its error mapping.

Errors are one line on stderr and a non-zero exit status, never a traceback
(set ``READER_DEBUG=1`` to see one): :func:`failure_status` maps whatever a
command raised to that line and status.
"""

from __future__ import annotations

import errno
import os
import sys

from reader.textsafe import one_line

EXIT_OK = 0
"""The command did what was asked."""
EXIT_FAILED = 1
"""Something could not be done (a file, the store); what was committed stands."""
EXIT_USAGE = 2
"""The command line cannot be carried out as given."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (the shell's 128 + SIGINT)."""

#: A full disk or quota: the write failed; what earlier commits stored stands.
_NO_SPACE = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class UsageError(Exception):
    """A command line that cannot be carried out as given (exit status 2)."""


def err(message: str) -> None:
    """Write one message line on stderr, prefixed with the program's name."""
    sys.stderr.write(f"reader: {message}\n")
    sys.stderr.flush()


def failure_status(exc: BaseException) -> int | None:
    """Say what went wrong in one line on stderr and return the exit status for it.

    Args:
        exc: What a command raised (an Exception, or KeyboardInterrupt).

    Returns:
        The exit status; None for an unexpected error while ``READER_DEBUG``
        is set (the caller then re-raises it, traceback and all).
    """
    from reader.store import StoreBusy, StoreError

    if isinstance(exc, UsageError):
        err(one_line(str(exc)))
        return EXIT_USAGE
    if isinstance(exc, (StoreError, StoreBusy)):
        err(one_line(str(exc)))
        return EXIT_FAILED
    if isinstance(exc, KeyboardInterrupt):
        err("interrupted; what was committed is kept, nothing half-written")
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        # `reader list | head`: the reader of our output went away.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    if isinstance(exc, OSError):
        err(_os_error_line(exc))
        return EXIT_FAILED
    if os.environ.get("READER_DEBUG"):
        return None
    err(f"internal error: {type(exc).__name__}: {one_line(str(exc), 300)} "
        "(set READER_DEBUG=1 to see where)")
    return EXIT_FAILED


def _os_error_line(exc: OSError) -> str:
    """A failed read or write, naming the file; a full disk says what is kept."""
    name = f" {one_line(exc.filename)}" if getattr(exc, "filename", None) else ""
    if exc.errno in _NO_SPACE:
        return (f"cannot write{name}: {one_line(exc.strerror or str(exc))}; "
                "the store keeps what was committed before the failure")
    return f"cannot access{name}: {one_line(exc.strerror or str(exc))}"
