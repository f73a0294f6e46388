"""Provides what the end-to-end tests share: running the real `reader`, corpora, write logs.

Everything here drives real subprocesses (``python -m reader``), since crash,
lock and exit-status guarantees only mean something across a process boundary.

The crash hooks used here live in :mod:`reader.store.files`:
``READER_CRASH_AT_WRITE=N[:phase]`` (SIGKILL at the Nth atomic write),
``READER_STOP_AT_WRITE=N[:phase]`` (SIGSTOP there, holding the lock) and
``READER_WRITE_LOG=PATH`` (one ``N name`` line per write).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers.paths import ROOT


def reader_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a `reader` subprocess: this one (isolated by conftest), UTF-8, no hook."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("READER_CRASH", "READER_STOP", "READER_WRITE_LOG",
                                "READER_COMMIT"))}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT),
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("READER_DEBUG", None)
    if extra:
        env.update(extra)
    return env


@dataclass
class Run:
    """A finished `reader` process."""

    args: list[str]
    """The arguments after ``reader``."""
    returncode: int
    """Its exit status (negative: killed by that signal)."""
    stdout: bytes
    """Everything it wrote to stdout."""
    stderr: bytes
    """Everything it wrote to stderr."""

    @property
    def out(self) -> str:
        """stdout as text (undecodable bytes replaced)."""
        return self.stdout.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        """stderr as text (undecodable bytes replaced)."""
        return self.stderr.decode("utf-8", "replace")

    def __str__(self) -> str:
        return (f"reader {' '.join(self.args)} -> {self.returncode}\n"
                f"stdout:\n{self.out[-3000:]}\nstderr:\n{self.err[-3000:]}")


def reader_argv(*args: str) -> list[str]:
    """The command line of ``reader ARGS`` run by this Python."""
    return [sys.executable, "-m", "reader", *args]


def run_reader(*args: str | os.PathLike[str], env: dict[str, str] | None = None,
               cwd: Path | None = None, timeout: float = 90) -> Run:
    """Run ``reader ARGS`` to completion (a hang fails the test, naming the command)."""
    argv = [os.fspath(a) for a in args]
    try:
        proc = subprocess.run(reader_argv(*argv), capture_output=True, env=env or reader_env(),
                              cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"reader {' '.join(argv)} hung for {timeout} s") from exc
    return Run(argv, proc.returncode, proc.stdout, proc.stderr)


def assert_clean_failure(run: Run, *, names: str, status: int = 1) -> None:
    """Exit ``status`` (1; `reader search` says errors with grep's 2) with exactly one stderr
    line naming ``names`` and `reader check --repair`."""
    assert run.returncode == status, str(run)
    assert "Traceback" not in run.err and "internal error" not in run.err, str(run)
    lines = run.err.splitlines()
    assert len(lines) == 1, str(run)
    assert names in lines[0] and "reader check --repair" in lines[0], str(run)


def assert_no_traceback(run: Run) -> None:
    """Neither a traceback nor an internal error in what ``run`` printed."""
    assert "Traceback" not in run.err + run.out, str(run)
    assert "internal error" not in run.err, str(run)


# --------------------------------------------------------------- corpora

_WORDS = ["الرئيس", "كازاخستان", "الصين", "اجتمع", "القمة", "في", "أستانا", "وزير", "الخارجية",
          "قال", "إن", "العلاقات", "بين", "البلدين", "تشهد", "تطورا", "كبيرا", "في", "مجالات",
          "التجارة", "والطاقة"]


def write_corpus(directory: Path, files: int, per_file: int, *, start: int = 0,
                 tag: str = "c") -> int:
    """Write ``files`` JSON Lines files of ``per_file`` short Arabic articles each (with urls).

    Returns:
        The number of articles written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    n = start
    for f in range(files):
        lines = []
        for _ in range(per_file):
            body = " ".join(_WORDS[(n * 7 + k * 3) % len(_WORDS)] for k in range(60))
            lines.append(json.dumps({
                "title": f"خبر {tag} رقم {n}",
                "content": f"{body}. الفقرة {n}.",
                "date": f"20{10 + n % 14:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                "source": "وكالة الاختبار",
                "url": f"https://news.example/{tag}/{n}",
            }, ensure_ascii=False))
            n += 1
        (directory / f"{tag}-{start + f:04d}.jsonl").write_text("\n".join(lines) + "\n",
                                                               encoding="utf-8")
    return n - start


def store_ids(path: Path) -> list[str]:
    """Every article id in the store at ``path`` (sorted), read in this process."""
    from reader.store import open_store

    return sorted(s.id for s in open_store(path).latest())


def write_log(path: Path) -> list[str]:
    """The names written, in order, from a READER_WRITE_LOG file (index 0 is write 1)."""
    return [line.split(" ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()]


def process_state(pid: int) -> str:
    """The one-letter state of a process from /proc (``T``: stopped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "?"
    return stat.rsplit(")", 1)[1].split()[0]

