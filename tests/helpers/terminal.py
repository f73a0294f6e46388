"""Provides what the terminal tests share: a pseudo-terminal, tmux, and what may reach a terminal.

- :class:`PtyApp` runs a program on a pseudo-terminal and records every byte it
  writes (the escape sequences themselves); pyte, a terminal emulator, keeps
  the screen those bytes draw, so a test can wait for a state of the app
  (the search field closed, the main screen back) and not for some bytes.
- :class:`Tmux` runs a command in a private tmux server and reads the screen a
  terminal that does no bidi and no shaping draws (what people see).
- :func:`unsafe_in_text` and :func:`app_output_problems` say what in some
  output a terminal would obey (CLI output; an app's raw screen updates).

Every wait here is on a condition (text written, text on the screen, the
process gone), with a generous deadline; none sleeps a fixed time.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import struct
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import pyte

from helpers.paths import ROOT
from helpers.processes import Run, reader_env
from helpers.waits import wait_until

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



def terminal_env(tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the app on a terminal: :func:`reader_env`, xterm, no config file."""
    env = reader_env({"TERM": "xterm-256color", "READER_CONFIG": str(tmp / "none.toml"),
                      "PYTHONFAULTHANDLER": "1"})  # PtyApp.stacks: what a hung app was doing
    for name in ("TMUX", "COLUMNS", "LINES"):  # the size is the terminal's, not the caller's
        env.pop(name, None)
    if extra:
        env.update(extra)
    return env


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



def _escape_at(data: bytes, i: int) -> tuple[int, str | None]:
    """The end of the escape sequence at ``data[i]`` and what is wrong with it (None: Textual's)."""
    m = _CSI.match(data, i)
    if m:
        ok = _check_csi(m.group(1), m.group(2), m.group(3))
        return m.end(), None if ok else f"CSI not from Textual: {m.group()!r}"
    m = _OSC.match(data, i)
    if m:
        ok = _ALLOWED_OSC.fullmatch(m.group(1)) is not None
        return m.end(), None if ok else f"OSC not from Textual: {m.group()[:40]!r}"
    m = _STRING_CMD.match(data, i)
    if m:
        return m.end(), f"DCS/SOS/PM/APC string: {m.group()[:40]!r}"
    if data[i + 1:i + 2] in (b"7", b"8", b"=", b">"):  # save/restore cursor, keypad modes
        return i + 2, None
    return i + 1, f"lone or unknown escape at {i}: {data[i:i + 12]!r}"


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
        i, problem = _escape_at(data, i)
        if problem:
            problems.append(problem)
    try:
        text = bytes(rest).decode("utf-8")
    except UnicodeDecodeError as exc:
        around = bytes(rest)[max(0, exc.start - 20):exc.start + 5]
        problems.append(f"not UTF-8 outside escapes: {around!r}")
        text = bytes(rest).decode("utf-8", "replace")
    for m in UNSAFE_TEXT.finditer(text.replace("\r", "").replace("\n", "")):
        problems.append(f"raw control {m.group()!r} in painted text")
    return problems[:20]


# --------------------------------------------------------- pseudo-terminal

ESCAPE = b"\x1b[27u"
"""The Escape key as terminals with the kitty keyboard protocol send it.

A bare ESC byte is only known to be the Escape key once no other byte
follows within Textual's escape delay (ESC then ``q`` is Alt+Q); this form
is unambiguous, so the key after it can be typed at once.
"""


def main_screen(*, status: str = "All articles", gone: str = "") -> Callable[[list[str]], bool]:
    """A :meth:`PtyApp.press` condition: the main screen has the keys, no field or dialog.

    Its status line (the last row but one) starts with ``status``; its footer
    offers ``q Quit``, which a search field's footer does not, so the list or
    a pane has focus; and ``gone`` (some text of a closed dialog) is nowhere
    on the screen: a dialog may leave the main screen's status and footer in view.
    The footer follows the focus a frame or more late, so ``q Quit`` proves a
    field lost focus only once the field's own footer (``esc Cancel``) was
    seen after the key that opened it.
    """
    def holds(rows: list[str]) -> bool:
        return (rows[-2].strip().startswith(status) and "q Quit" in rows[-1]
                and not (gone and any(gone in row for row in rows)))
    return holds


class PtyApp:
    """A process on a pseudo-terminal; every byte it writes is recorded.

    Args:
        argv: The command line.
        env: Its environment (see :func:`terminal_env`).
        cwd: Its working directory (the checkout by default).
        size: The terminal's columns and rows.
    """

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
        """The process."""
        os.close(slave)
        self.master = master
        """Our end of the terminal."""
        self.output = bytearray()
        """Every byte written so far (read it with :meth:`data`)."""
        self._screen = pyte.Screen(cols, rows)
        self._stream = pyte.ByteStream(self._screen)
        self._drawn = 0  # bytes of output the screen has been fed (fed when read)
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
        """Every byte written so far."""
        with self._lock:
            return bytes(self.output)

    def screen(self) -> list[str]:
        """The screen as a terminal shows it now: one string per row, in cells."""
        with self._lock:
            self._stream.feed(bytes(self.output[self._drawn:]))
            self._drawn = len(self.output)
            return list(self._screen.display)

    def wait_screen(self, holds: Callable[[list[str]], bool], what: str,
                    timeout: float = 40.0) -> None:
        """Wait until the screen (:meth:`screen`) is as ``holds`` says, or fail showing it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if holds(self.screen()):
                return
            if self.proc.poll() is not None and not self._thread.is_alive():
                break
            time.sleep(0.05)
        shown = "\n".join(row.rstrip() for row in self.screen())
        status = self.proc.poll()
        stacks = "" if status is not None else f"\nits threads:\n{self.stacks()}"
        raise AssertionError(f"the screen never showed {what}; status {status}; "
                             f"the screen:\n{shown}{stacks}")

    def mark(self) -> int:
        """How many bytes were written so far (to wait for what comes after)."""
        with self._lock:
            return len(self.output)

    def wait_for(self, needle: bytes, timeout: float = 40.0, *, since: int = 0) -> None:
        """Wait until ``needle`` was written (after byte ``since``), or fail showing the tail."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.data()[since:]:
                return
            if self.proc.poll() is not None and not self._thread.is_alive():
                break
            time.sleep(0.05)
        status = self.proc.poll()
        tail = self.data()[-1500:]
        stacks = "" if status is not None else f"; its threads:\n{self.stacks()}"
        raise AssertionError(f"{needle!r} never appeared; status {status}; tail: {tail!r}{stacks}")

    def press(self, keys: bytes, *, shows: bytes | None = None,
              until: Callable[[list[str]], bool] | None = None, what: str = "",
              timeout: float = 40.0) -> None:
        """Type ``keys`` and wait until the app answered: it painted ``shows``, the screen
        is as ``until`` says (``what`` names that state), or it painted anything.

        Type Escape as :data:`ESCAPE`: a bare ESC byte followed at once by a
        letter would be Alt+letter.  Before typing a key whose meaning depends
        on the state (``q`` quits only where no field has focus), wait with
        ``until`` for a state that proves the keys before it were handled:
        bytes painted after a key may come from something else (a count
        updated in the status line while a dialog is still open), and a key
        the app reads before the focus moved goes to the old widget.
        """
        since = self.mark()
        self.send(keys)
        if until is not None:
            self.wait_screen(until, what or repr(keys), timeout)
        elif shows is not None:
            self.wait_for(shows, timeout, since=since)
        else:
            wait_until(lambda: self.mark() > since or self.proc.poll() is not None, timeout,
                       f"the app to answer {keys!r}")

    def send(self, keys: bytes) -> None:
        """Type ``keys`` (without waiting)."""
        os.write(self.master, keys)

    def wait(self, timeout: float = 30.0) -> int:
        """The exit status (negative: killed by that signal)."""
        try:
            status = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            stacks = self.stacks()
            self.close()
            raise AssertionError(f"the app did not exit within {timeout} s; what its threads "
                                 f"were doing:\n{stacks}") from None
        self._thread.join(5)
        return status

    def stacks(self) -> str:
        """Abort the process and return what its threads were doing, as Python's fault
        handler (on in :func:`terminal_env`) writes it to the terminal, or the screen's tail."""
        since = self.mark()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGABRT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(10)
        self._thread.join(5)
        data = self.data()
        at = data.find(b"Fatal Python error", since)
        tail = data[at:] if at >= 0 else data[-1500:]
        return tail.decode("utf-8", "replace")[-6000:]

    def hang_up(self) -> None:
        """Close our end of the terminal, as a closed window does, but send no signal
        (the reading thread stops on the closed descriptor)."""
        master, self.master = self.master, -1
        os.close(master)

    def close(self) -> None:
        """Kill the process (if it still runs) and close the terminal."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self._thread.join(5)
        if self.master >= 0:
            with contextlib.suppress(OSError):
                os.close(self.master)
            self.master = -1


# ------------------------------------------------------------------- tmux


class Tmux:
    """A private tmux server (its own socket: the user's tmux is never touched) with one session.

    tmux draws cells like any terminal that does no bidi and no shaping, so
    its screen is what people see.

    Args:
        env: The environment of the server and so of the command.
        size: The terminal's columns and rows.
    """

    SESSION = "test"
    """The session's name."""

    def __init__(self, env: dict[str, str], size: tuple[int, int] = (120, 36)) -> None:
        self.socket = f"reader-test-{uuid.uuid4().hex[:8]}"
        """The private server's socket name (``tmux -L``)."""
        self.env = env
        """The environment of the server."""
        self.size = size
        """Columns and rows."""

    def __enter__(self) -> Tmux:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()

    def run(self, *args: str) -> str:
        """Run a tmux command on the private server; its output."""
        out = subprocess.run(["tmux", "-u", "-L", self.socket, *args], capture_output=True,
                             text=True, check=False, env=self.env, timeout=20)
        if out.returncode:
            raise AssertionError(f"tmux {' '.join(args)}: {out.stderr}")
        return out.stdout

    def start(self, command: str, *, cwd: Path = ROOT) -> None:
        """Run ``command`` (a shell command line) in the session, in ``cwd``."""
        cols, rows = self.size
        self.run("new-session", "-d", "-s", self.SESSION, "-c", str(cwd), "-x", str(cols),
                 "-y", str(rows), "sh", "-c", command)

    def screen(self) -> str:
        """The text on the screen now, row by row."""
        return self.run("capture-pane", "-p", "-t", self.SESSION)

    def wait_until(self, shown: Callable[[str], object], what: str,
                   timeout: float = 30.0) -> str:
        """Poll the screen until ``shown(screen)`` is true; that screen (or fail, showing it)."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if shown(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{what} never appeared; the screen was:\n{screen}")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Wait until ``text`` is on the screen; the screen."""
        return self.wait_until(lambda screen: text in screen, repr(text), timeout)

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Send keys (tmux key names, or ``literal`` text)."""
        self.run("send-keys", "-t", self.SESSION, *(["-l"] if literal else []), *keys)

    def kill(self) -> None:
        """Stop the server and what runs in it."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True,
                       env=self.env, check=False, timeout=20)
