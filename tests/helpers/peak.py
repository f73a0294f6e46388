"""Provides measured(): a `reader` command run in a child process, with that child's peak memory.

Peak memory is measured on the child alone: a small Python parent runs the
command and reports its RUSAGE_CHILDREN maximum RSS (getrusage on the test
process would include every earlier child).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers.processes import reader_env

# One stream (the binary one) for all three parts: text written to sys.stdout
# and bytes to sys.stdout.buffer are buffered apart, so without a flush in
# between they came out in the wrong order when stdout is not unbuffered.
_MEASURE = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stdout.buffer.write(f"{peak}\\n{proc.returncode}\\n".encode() + proc.stdout)
sys.stdout.buffer.flush()
"""


def measured(*args: str | os.PathLike[str], cwd: Path, timeout: float,
             env: dict[str, str] | None = None) -> tuple[int, int, list[str]]:
    """``reader ARGS`` in a child process: (its peak RSS in KiB, exit status, its stdout lines)."""
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "reader",
         *(os.fspath(a) for a in args)],
        capture_output=True, env=env or reader_env(), cwd=cwd, timeout=timeout, check=False)
    peak_kib, status, *out = proc.stdout.decode().splitlines()
    return int(peak_kib), int(status), out
