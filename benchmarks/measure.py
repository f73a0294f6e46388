"""Provides the benchmark's measuring tools: timed subprocesses, the app in a pty, the machine.

Every command is timed as a separate process, the way people run it: wall
time from spawning to exit, and the peak resident memory of that one child
(``os.wait4`` returns the child's own rusage; ``RUSAGE_CHILDREN`` would give
the largest of all children so far).
"""

from __future__ import annotations

import fcntl
import os
import platform
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
READER = str(BIN / "reader") if (BIN / "reader").exists() else None


def reader_cmd(*args: str) -> list[str]:
    """The ``reader`` console script with ``args`` (``python -m reader`` if it is not installed)."""
    return [READER, *args] if READER else [sys.executable, "-m", "reader", *args]


@dataclass(frozen=True, slots=True)
class Run:
    """One finished child process."""

    wall_s: float
    maxrss_kib: int
    returncode: int
    stdout: str
    stderr: str
    cpu_s: float = 0.0
    """User + system CPU time of the process and the children it waited for
    (the importer's analysis workers)."""


def run_timed(cmd: Sequence[str], *, env: dict[str, str] | None = None,
              cwd: Path | None = None) -> Run:
    """Run ``cmd`` to completion; its wall time and its own peak RSS.

    Output goes to temporary files rather than pipes, so that no reading
    thread of ours competes with the child for the CPU while it is timed.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, int(usage.ru_maxrss), proc.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   usage.ru_utime + usage.ru_stime)


def checked(run: Run, what: str) -> Run:
    """``run`` itself, or an error saying what failed and its stderr."""
    if run.returncode != 0:
        raise RuntimeError(
            f"{what} failed with status {run.returncode}: {run.stderr.strip()[-2000:]}")
    return run


@dataclass(frozen=True, slots=True)
class PtyRun:
    """The app run in a pseudo-terminal."""

    first_paint_s: float
    """From spawning ``reader`` to the first output containing the marker."""
    wall_s: float
    """From spawning to exit (after the keys sent)."""
    maxrss_kib: int


def run_app_in_pty(db: Path, marker: str, *, size: tuple[int, int] = (120, 36),
                   keys_after: Sequence[tuple[str, float]] = (), timeout: float = 120.0,
                   env: dict[str, str] | None = None) -> PtyRun:
    """Start ``reader --db DB`` in a pty, time until ``marker`` is painted, then drive and quit it.

    Args:
        db: The store.
        marker: Text that appears, contiguous, in the first frame that shows
            the list (e.g. the newest article's date column).
        size: Terminal columns and rows.
        keys_after: (bytes to type, seconds to wait after) once the marker
            showed; ``q`` is typed at the end.
        timeout: Give up (and kill the app) after this long.
        env: Environment (TERM is set to xterm-256color).
    """
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    environ = dict(env or os.environ)
    environ.update(TERM="xterm-256color", COLUMNS=str(size[0]), LINES=str(size[1]))
    environ.pop("TEXTUAL", None)
    start = time.perf_counter()
    proc = subprocess.Popen(reader_cmd("--db", str(db)), stdin=slave, stdout=slave, stderr=slave,
                            env=environ, start_new_session=True, close_fds=True)
    os.close(slave)
    buf = b""
    want = marker.encode("utf-8")
    first: float | None = None
    reaped: list[tuple[float, int]] = []
    """(wall, maxrss) once the child was reaped: Popen.poll() would reap it
    without its rusage, so the child is polled with wait4(WNOHANG) instead."""
    deadline = start + timeout
    os.set_blocking(master, False)

    def alive() -> bool:
        if reaped:
            return False
        pid, _, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == 0:
            return True
        reaped.append((time.perf_counter() - start, int(usage.ru_maxrss)))
        return False

    def drain(until: float, stop_at_marker: bool) -> None:
        nonlocal buf, first
        while time.perf_counter() < until:
            timeout = max(0.0, min(0.05, until - time.perf_counter()))
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                if not alive():
                    return
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                alive()
                return
            buf += chunk
            if first is None and want in buf:
                first = time.perf_counter() - start
                if stop_at_marker:
                    return

    try:
        drain(deadline, True)
        if first is None:
            raise RuntimeError(f"the app never painted {marker!r}; last output: {buf[-500:]!r}")
        for text, wait in keys_after:
            os.write(master, text.encode("utf-8"))
            drain(time.perf_counter() + wait, False)
        os.write(master, b"q")
        end = time.perf_counter() + 30
        while alive() and time.perf_counter() < end:
            drain(min(end, time.perf_counter() + 0.2), False)
    finally:
        if alive():
            proc.kill()
            _, _, usage = os.wait4(proc.pid, 0)
            reaped.append((time.perf_counter() - start, int(usage.ru_maxrss)))
        os.close(master)
    wall, rss = reaped[0]
    return PtyRun(first, wall, rss)


def median(values: Sequence[float]) -> float:
    """The median (0 for no values)."""
    return statistics.median(values) if values else 0.0


def spread(values: Sequence[float]) -> float:
    """(max - min) / median: how noisy repeated runs were."""
    m = median(values)
    return (max(values) - min(values)) / m if values and m else 0.0


def code_version() -> str:
    """Which code is measured: the checkout's commit and changed files, or the package path."""
    import reader

    where = Path(reader.__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(where), "status", "--porcelain", "--", "reader"],
                               capture_output=True, text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return f"reader imported from {where} (not a git checkout)"
    changed = [line[3:] for line in dirty if line.strip()]
    if not changed:
        return f"commit {head} ({where}); {rules_build()}"
    return (f"commit {head} plus uncommitted changes to {', '.join(changed)} ({where}); "
            f"{rules_build()}")


def rules_build() -> str:
    """Whether the extraction rules run compiled (setup.py, reader.native) or from source."""
    import os

    import reader.entities.words

    if reader.entities.words.__file__ and not reader.entities.words.__file__.endswith(".py"):
        return "extraction rules compiled by mypyc"
    native = getattr(reader.entities, "NATIVE", None)  # (code from before setup.py)
    stale = native.stale if native is not None else []
    why = (f"sources edited since compiled: {', '.join(stale)}" if stale
           else "READER_PURE_PYTHON set" if os.environ.get("READER_PURE_PYTHON")
           else "not compiled at install")
    return f"extraction rules in pure Python ({why})"


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, Python, OS and load, for the results file."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = ""
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"') + f" (kernel {platform.release()})"
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": os_name,
        "load": load,
    }
