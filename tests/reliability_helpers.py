"""Provides what the reliability tests share: running the real `reader`, corpora, byte checks.

Not a test module.  Everything here drives real subprocesses (``python -m
reader``) or a pseudo-terminal, since crash, lock and terminal-escape
guarantees only mean something across a process boundary.

The crash hooks used here live in :mod:`reader.store.files`:
``READER_CRASH_AT_WRITE=N[:phase]`` (SIGKILL at the Nth atomic write),
``READER_STOP_AT_WRITE=N[:phase]`` (SIGSTOP there, holding the lock) and
``READER_WRITE_LOG=PATH`` (one ``N name`` line per write).
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Characters that must never reach a terminal raw from the CLI: C0 except
#: newline and tab, DEL, C1, bidi embedding/override/isolate controls, and lone
#: surrogates (a surrogateescape stream turns them back into raw bytes).
UNSAFE_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

#: Every kind of hostile control the tests put into articles and file names.
HOSTILE_PIECES = {
    "c0": "bell\x07 backspace\x08 cr\r vt\x0b ff\x0c del\x7f",
    "csi": "\x1b[2J\x1b[H\x1b[31mRED\x1b[0m\x1b[6n",
    "osc0": "\x1b]0;OSC0-TITLE\x07",
    "osc2": "\x1b]2;OSC2-TITLE\x1b\\",
    "osc52": "\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "apc": "\x1b_APC-PAYLOAD\x1b\\",
    "c1": "\x9b2J\x9d0;C1-OSC\x9c\x90dcs\x9c\x85nel",
    "bidi": "\u202aLRE\u202bRLE\u202cPDF\u202dLRO\u202eRLO\u2066LRI\u2067RLI\u2068FSI\u2069PDI",
}
HOSTILE = "".join(HOSTILE_PIECES.values())


def reader_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a `reader` subprocess: this one (isolated by conftest), UTF-8, no hooks."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("READER_CRASH", "READER_STOP", "READER_WRITE_LOG", "READER_COMMIT"))}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.pop("READER_DEBUG", None)
    if extra:
        env.update(extra)
    return env


@dataclass
class Run:
    """A finished `reader` process."""

    args: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    def __str__(self) -> str:
        return f"reader {' '.join(self.args)} -> {self.returncode}\nstdout:\n{self.out[-3000:]}\nstderr:\n{self.err[-3000:]}"


def reader_argv(*args: str) -> list[str]:
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


def assert_clean_failure(run: Run, *, names: str) -> None:
    """Exit 1 with exactly one stderr line naming ``names`` and `reader check --repair`."""
    assert run.returncode == 1, str(run)
    assert "Traceback" not in run.err and "internal error" not in run.err, str(run)
    lines = run.err.splitlines()
    assert len(lines) == 1, str(run)
    assert names in lines[0] and "reader check --repair" in lines[0], str(run)


def assert_no_traceback(run: Run) -> None:
    assert "Traceback" not in run.err + run.out, str(run)
    assert "internal error" not in run.err, str(run)


# --------------------------------------------------------------- corpora


def write_corpus(directory: Path, files: int, per_file: int, *, start: int = 0,
                 tag: str = "c") -> int:
    """Write ``files`` JSON Lines files of ``per_file`` short Arabic articles each (with urls).

    Returns:
        The number of articles written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    words = ["الرئيس", "كازاخستان", "الصين", "اجتمع", "القمة", "في", "أستانا", "وزير", "الخارجية", "قال", "إن", "العلاقات", "بين", "البلدين", "تشهد", "تطورا", "كبيرا", "في", "مجالات", "التجارة", "والطاقة"]
    n = start
    for f in range(files):
        lines = []
        for _ in range(per_file):
            body = " ".join(words[(n * 7 + k * 3) % len(words)] for k in range(60))
            lines.append(json.dumps({
                "title": f"خبر {tag} رقم {n}",
                "content": f"{body}. الفقرة {n}.",
                "date": f"20{10 + n % 14:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                "source": "وكالة الاختبار",
                "url": f"https://news.example/{tag}/{n}",
            }, ensure_ascii=False))
            n += 1
        (directory / f"{tag}-{start + f:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n - start


def store_ids(path: Path) -> list[str]:
    """Every article id in the store at ``path`` (sorted), read in this process."""
    from reader.store import open_store

    return sorted(s.id for s in open_store(path).latest())


def write_log(path: Path) -> list[str]:
    """The names written, in order, from a READER_WRITE_LOG file (index 0 is write 1)."""
    return [line.split(" ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()]


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its bytes (to prove nothing was touched)."""
    return {str(p.relative_to(directory)): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


# ------------------------------------------------------- terminal safety


def unsafe_in_text(data: bytes) -> list[str]:
    """Problems that would let ``data`` (CLI output) control a terminal.

    The bytes must be UTF-8 (a raw 0x9B byte is an 8-bit CSI for terminals
    that are not in UTF-8 mode) and hold no control character but newline and
    tab, no C1 control and no bidi embedding/override/isolate control.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8 at byte {exc.start}: {data[max(0, exc.start - 20):exc.start + 5]!r}"]
    return [f"{m.group()!r} at {m.start()}: {text[max(0, m.start() - 20):m.start() + 5]!r}"
            for m in UNSAFE_TEXT.finditer(text)][:10]


def assert_terminal_safe(run: Run) -> None:
    """Neither stdout nor stderr of ``run`` holds anything a terminal would obey."""
    problems = unsafe_in_text(run.stdout) + unsafe_in_text(run.stderr)
    assert problems == [], f"{problems}\n{run}"


# Textual's own output: what a screen painter needs, nothing that asks the
# terminal a question on the article's behalf, retitles it or touches the clipboard.
_CSI = re.compile(rb"\x1b\[([0-?]*)([ -/]*)([@-~])")
_OSC = re.compile(rb"\x1b\](.*?)(?:\x07|\x1b\\)", re.DOTALL)
_STRING_CMD = re.compile(rb"\x1b[P^X_](.*?)\x1b\\", re.DOTALL)
_ALLOWED_PRIVATE_MODES = {b"1", b"7", b"12", b"25", b"1000", b"1002", b"1003", b"1004",
                          b"1006", b"1015", b"1049", b"2004", b"2026", b"2048"}
#: OSC 22 sets the mouse pointer's shape (Textual sets it back to "default").
_ALLOWED_OSC = re.compile(rb"22;[a-z-]+")


def _check_csi(params: bytes, inter: bytes, final: bytes) -> bool:
    if final == b"m" and not inter:
        return re.fullmatch(rb"[0-9;:]*", params) is not None  # SGR: colours and styles
    if final in (b"H", b"f") and not inter:
        return re.fullmatch(rb"[0-9]*(;[0-9]*)?", params) is not None  # cursor position
    if final in b"ABCDGJKXd" and not inter and len(final) == 1:
        return re.fullmatch(rb"[0-9]*", params) is not None  # moves and erases
    if final in (b"h", b"l") and not inter:
        if params.startswith(b"?"):
            return all(mode in _ALLOWED_PRIVATE_MODES for mode in params[1:].split(b";"))
        return params == b"8"  # BDSM (reader.app switches bidi terminals to explicit mode)
    if final == b"p" and inter == b"$":
        return params[1:] in (b"2026", b"2048") and params.startswith(b"?")  # DECRQM (Textual)
    if final == b"u" and not inter:
        return params in (b"<", b">1", b"<1") or re.fullmatch(rb">[0-9]+", params) is not None
    return False


def app_output_problems(data: bytes) -> list[str]:
    """What in ``data`` (the raw bytes an app wrote to its terminal) did not come from Textual.

    Every escape sequence is parsed (ECMA-48: CSI, OSC, DCS/SOS/PM/APC,
    two-byte escapes) and checked against what Textual emits; the text between
    them must be UTF-8 with no C0 control but CR/LF, no C1 control and no bidi
    control.
    """
    problems: list[str] = []
    rest = bytearray()
    i = 0
    while i < len(data):
        if data[i] != 0x1B:
            rest.append(data[i])
            i += 1
            continue
        for pattern, kind in ((_CSI, "csi"), (_OSC, "osc"), (_STRING_CMD, "string")):
            m = pattern.match(data, i)
            if m:
                break
        else:
            m = None
            kind = "esc"
        if m is None:
            nxt = data[i + 1:i + 2]
            if nxt in (b"7", b"8", b"=", b">"):
                i += 2
                continue
            problems.append(f"lone or unknown escape at {i}: {data[i:i + 12]!r}")
            i += 1
            continue
        if kind == "csi" and not _check_csi(m.group(1), m.group(2), m.group(3)):
            problems.append(f"CSI not from Textual: {m.group()!r}")
        elif kind == "osc" and not _ALLOWED_OSC.fullmatch(m.group(1)):
            problems.append(f"OSC not from Textual: {m.group()[:40]!r}")
        elif kind == "string":
            problems.append(f"DCS/SOS/PM/APC string: {m.group()[:40]!r}")
        i = m.end()
    try:
        text = bytes(rest).decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not UTF-8 outside escapes: {bytes(rest)[max(0, exc.start - 20):exc.start + 5]!r}")
        text = bytes(rest).decode("utf-8", "replace")
    for m in UNSAFE_TEXT.finditer(text.replace("\r", "").replace("\n", "")):
        problems.append(f"raw control {m.group()!r} in painted text")
    return problems[:20]


# --------------------------------------------------------- pseudo-terminal


class PtyApp:
    """A process on a pseudo-terminal; every byte it writes is recorded."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], *, cwd: Path | None = None,
                 size: tuple[int, int] = (120, 36)) -> None:
        import fcntl
        import pty
        import termios

        master, slave = pty.openpty()
        cols, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(list(argv), stdin=slave, stdout=slave, stderr=slave, env=env,
                                     cwd=cwd or ROOT, start_new_session=True, close_fds=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
            except (OSError, ValueError):
                return
            if not ready:
                if self.proc.poll() is not None:
                    return
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self.output += chunk

    def data(self) -> bytes:
        with self._lock:
            return bytes(self.output)

    def wait_for(self, needle: bytes, timeout: float = 40.0) -> None:
        """Wait until ``needle`` was written (or fail, showing the tail of the output)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.data():
                return
            if self.proc.poll() is not None and not self._thread.is_alive():
                break
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} never appeared; status {self.proc.poll()}; "
                             f"tail: {self.data()[-1500:]!r}")

    def send(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def wait(self, timeout: float = 30.0) -> int:
        """The exit status (negative: killed by that signal)."""
        try:
            status = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.close()
            raise AssertionError(f"the app did not exit within {timeout} s") from None
        self._thread.join(5)
        return status

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self._thread.join(5)
        try:
            os.close(self.master)
        except OSError:
            pass


def wait_until(predicate: object, timeout: float = 30.0, what: str = "condition") -> None:
    """Poll ``predicate()`` until it is true (a generous deadline: this is not a timing test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def process_state(pid: int) -> str:
    """The one-letter state of a process from /proc (``T``: stopped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return "?"
    return stat.rsplit(")", 1)[1].split()[0]


def names(paths: Iterable[Path]) -> list[str]:
    return sorted(p.name for p in paths)
