"""Provides the Textual app: make_app() for the CLI and the tests, run_app() for the terminal.

Terminals that do bidi themselves (VTE-based ones, Konsole, mlterm) would
reorder our already-reordered lines back into a mess.  Following the
freedesktop.org terminal BiDi recommendation, :func:`run_app` switches them to
explicit mode with ECMA-48 BDSM (``CSI 8 l``) before the app starts and back
to implicit mode (``CSI 8 h``) after it ends.  Terminals without bidi ignore
the sequence.  ``--terminal-bidi`` (or ``terminal_bidi = true``) does the
opposite: we paint logical text and leave reordering to the terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sys
import time
from typing import TYPE_CHECKING, TextIO

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.timer import Timer

from reader import keys
from reader.config import Config, load_config
from reader.corrections import CorrectedReader
from reader.screens.commands import EntityCommands, ReaderPalette, ViewCommands
from reader.screens.help import HelpScreen
from reader.screens.import_dialog import ImportDialog
from reader.screens.main import MainScreen
from reader.screens.refresh_dialog import RefreshDialog, RefreshUpdate, apply_update, start_refresh
from reader.store.corrections import CorrectionFile
from reader.terminal import (  # noqa: F401 (BDSM_* re-exported)
    BDSM_EXPLICIT,
    BDSM_IMPLICIT,
    bidi_mode_sequences,
    hung_up,
)
from reader.threads import QuittableExecutor
from reader.views import Painter, StateWriter
from reader.widgets.painting import tell

if TYPE_CHECKING:
    from reader.feeds import RefreshRun
    from reader.store import ArticleStore

GC_IDLE = 1.0
"""Seconds without a key or a click after which garbage is collected (see ReaderApp.freeze_heap)."""
GC_FULL_THRESHOLD = 100
"""Young collections between two automatic full ones, once the app has started (Python: 10)."""
GC_THAW_EVERY = 300.0
"""Seconds between idle collections that also walk what was frozen."""


_ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGHUP", "SIGTERM")
                        if hasattr(signal, name))
"""Signals that end the app as ``q`` does (SIGHUP is not on Windows)."""


class ReaderApp(App[int]):
    """Khabar: browse, read and search an Arabic news archive."""

    CSS_PATH = "app.tcss"
    TITLE = "Khabar"
    BINDINGS = keys.bindings("app")
    COMMANDS = App.COMMANDS | {EntityCommands, ViewCommands}

    def __init__(
        self,
        store: ArticleStore,
        config: Config | None = None,
        *,
        terminal_bidi: bool = False,
        poll_interval: float | None = None,
        config_problem: str | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        """The article store."""
        self.config = config or Config()
        """The user's settings."""
        self.terminal_bidi = terminal_bidi or self.config.terminal_bidi
        """Paint logical text and let the terminal reorder it."""
        self.painter = Painter(terminal_bidi=self.terminal_bidi, hide_marks=self.config.hide_marks)
        """Lays out everything painted."""
        self.state = StateWriter(store, on_error=self._state_error)
        """Writes read marks, stars and the last open article off the UI thread."""
        self.poll_interval = poll_interval
        self.config_problem = config_problem
        self._frozen = False
        self._gc_threshold = gc.get_threshold()
        self._gc_timer: Timer | None = None
        self._last_input = self._last_thaw = 0.0
        self._collected = True
        self._held: bool | None = None
        """Whether collection was enabled before :meth:`hold_heap` (None: not held)."""
        self.notice: str | None = None
        """A line shown once the app starts (what the first run imported)."""
        self.refresh_run: RefreshRun | None = None
        """The last refresh of the feeds (it goes on while its dialog is closed)."""
        self.unsaved: list[str] = []
        """Failures to save the user's state reported once the app could no longer show
        them (printed on stderr after it)."""
        self.quitting = False
        """The user quit: what fails to save from now on is told after the app."""

    def on_mount(self) -> None:
        # Background work never keeps a quitting app alive (see reader.threads).
        asyncio.get_running_loop().set_default_executor(QuittableExecutor())
        theme = self.config.theme
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.tell(f"Unknown theme {theme!r}; using {self.theme}", severity="warning")
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self.config_problem:
            self.tell(self.config_problem, severity="warning", timeout=10)
        if self.notice:
            self.tell(self.notice, timeout=8)
        kwargs = {} if self.poll_interval is None else {"poll_interval": self.poll_interval}
        # The screens read the store through the user's corrections (reader correct).
        reader = CorrectedReader(self.store, source=CorrectionFile(self.store.backend))
        main = MainScreen(reader, self.painter, self.state, **kwargs)
        main.day_headers = self.config.day_headers
        self.push_screen(main)
        self._watch_terminal()

    # -------------------------------------------------------- terminal gone

    def _watch_terminal(self) -> None:
        """Quit as ``q`` does (saving the position, restoring the terminal) when the
        terminal goes away or the process is asked to end.

        A closed window or connection sends SIGHUP, and ``kill`` SIGTERM: either
        ended the process at once, the position unsaved and the terminal left
        in the app's modes (its own screen, the mouse reported).  A
        pseudo-terminal closed with no signal (the app not in its foreground)
        left it spinning at full speed on input that never comes
        (:func:`reader.terminal.hung_up`).
        """
        stdin = sys.__stdin__
        if self.is_headless or stdin is None or not stdin.isatty():
            return
        fd = stdin.fileno()
        loop = asyncio.get_running_loop()
        for signum in _ENDING_SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:  # nohup's choice is kept
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(signum, self._end_soon)

        def look() -> None:
            if hung_up(fd):
                self._end_soon()

        self.set_interval(1.0, look, name="terminal-watch")

    def _end_soon(self) -> None:
        if not self.quitting:
            self.call_later(self.action_quit)

    def tell(
        self,
        message: str,
        *,
        severity: SeverityLevel = "information",
        timeout: float | None = None,
    ) -> None:
        """Show a notification laid out like everything else (see reader.widgets.painting.tell)."""
        tell(self, message, severity=severity, timeout=timeout)

    @property
    def main_screen(self) -> MainScreen | None:
        """The main screen, wherever it is in the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    class StateFailed(Message):
        """A read mark, star or position could not be saved (posted by the state writer)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def _state_error(self, text: str) -> None:
        # Called on the writer thread, which must never wait for the UI: the app may
        # be closing (its last position is saved as it quits), and a call_from_thread
        # would then raise or block. What the app can no longer show goes to stderr.
        if self.quitting:
            self.unsaved.append(text)
            return
        try:
            posted = self.post_message(self.StateFailed(text))
        except RuntimeError:  # the event loop is closed
            posted = False
        if not posted:
            self.unsaved.append(text)

    def on_reader_app_state_failed(self, event: StateFailed) -> None:
        if self.quitting:  # the screen is going: a notice would never be seen
            self.unsaved.append(event.text)
        else:
            self.tell(event.text, severity="error")

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keymap))

    def action_import_files(self) -> None:
        """Open the import dialog."""
        if not isinstance(self.screen, ImportDialog):
            self.push_screen(ImportDialog(self.store, self.painter))

    def action_refresh_feeds(self) -> None:
        """Refresh every subscribed feed (unless a refresh runs) and show the refresh dialog."""
        if isinstance(self.screen, RefreshDialog):
            return
        if self.refresh_run is None or not self.refresh_run.running:
            self.refresh_run = start_refresh(self, self.store)
        self.push_screen(RefreshDialog(self.refresh_run, self.painter))

    def on_import_dialog_landed(self, event: ImportDialog.Landed) -> None:
        event.stop()
        main = self.main_screen
        if main is not None:
            main.poll_store()

    def on_refresh_update(self, event: RefreshUpdate) -> None:
        """A step of a refresh: reload the list when articles landed, show it or sum it up."""
        event.stop()
        run = event.run
        main = self.main_screen
        if apply_update(event) and main is not None:
            main.poll_store()
        if isinstance(self.screen, RefreshDialog):
            self.screen.show(event)
        elif event.finished and run is self.refresh_run:
            failed = any(r.failed for r in run.reports)
            self.tell(f"{run.summary} (R shows the details)",
                      severity="warning" if failed else "information")

    def get_key_display(self, binding: Binding) -> str:
        """A key as the footer and the palette's key list show it, neutralised (keys.key_label)."""
        return keys.key_label(super().get_key_display(binding))

    def action_command_palette(self) -> None:
        """Open the command palette (with the app's bidi-aware field)."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(ReaderPalette(id="--command-palette"))

    async def action_quit(self) -> None:
        """Quit (a dialog's own q closes the dialog first)."""
        # Background work stops now (a long layout between two batches), not once
        # Textual has handled every message left: it competes with the UI thread.
        self.workers.cancel_all()
        self.quitting = True
        main = self.main_screen
        if main is not None:
            main.save_position()  # queued before the state writer is closed
        self.exit(0)

    def hold_heap(self) -> None:
        """Pause garbage collection while the start-up loads run (:meth:`freeze_heap` ends it).

        Loading the name indexes makes hundreds of thousands of objects that
        all stay: each full collection on the way (five, up to 150 ms each)
        would walk them for nothing.
        """
        if not self._frozen and self._held is None:
            self._held = gc.isenabled()
            gc.disable()

    def freeze_heap(self) -> None:
        """Keep garbage collection out of keystrokes and frames (once the start-up loads are done).

        A full collection walks every object of the process: with the name
        indexes and the list of 30,000 articles loaded it took 150-200 ms and
        landed in keystrokes and pages.  So what is alive after start-up is
        frozen (never walked; still freed by reference counting), full
        collections wait for 100 young ones instead of 10, and whenever the
        user has paused for a second the objects made since are collected
        and frozen too.  Every five minutes such a pause also thaws and walks
        everything, so cycles among frozen objects are not kept for ever.
        Undone when the app stops (many apps run in one test process).
        """
        if self._frozen:
            return
        self._gc_threshold = gc.get_threshold()
        young, middle, full = self._gc_threshold
        gc.freeze()
        if self._held is not None:
            if self._held:
                gc.enable()
            self._held = None
        gc.set_threshold(young, middle, max(full, GC_FULL_THRESHOLD))
        self._frozen = True
        self._last_input = self._last_thaw = time.monotonic()
        self._gc_timer = self.set_interval(GC_IDLE / 2, self._collect_when_idle, name="gc")

    def _collect_when_idle(self) -> None:
        now = time.monotonic()
        if not self._frozen or self._collected or now - self._last_input < GC_IDLE:
            return
        self._collected = True
        if now - self._last_thaw >= GC_THAW_EVERY:
            self._last_thaw = now
            gc.unfreeze()
        gc.collect()
        gc.freeze()

    def thaw_heap(self) -> None:
        """Undo :meth:`hold_heap` and :meth:`freeze_heap`."""
        if self._held is not None:
            if self._held:
                gc.enable()
            self._held = None
        if self._frozen:
            if self._gc_timer is not None:
                self._gc_timer.stop()
                self._gc_timer = None
            gc.unfreeze()
            gc.set_threshold(*self._gc_threshold)
            self._frozen = False

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not isinstance(event, events.MouseMove):
            self._last_input = time.monotonic()
            self._collected = False
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.thaw_heap()
        # Most writes are done by now; run_app waits longer once the terminal is restored.
        self.state.flush(timeout=2.0)


def make_app(
    store: ArticleStore,
    config: Config | None = None,
    *,
    terminal_bidi: bool = False,
    poll_interval: float | None = None,
    config_problem: str | None = None,
) -> ReaderApp:
    """Build the app (one factory for the command line and the tests).

    Args:
        store: An :class:`reader.store.ArticleStore` (``open_store(None)`` in tests).
        config: Settings (defaults when None).
        terminal_bidi: Let the terminal reorder text (paint logical text).
        poll_interval: Seconds between looks for other processes' imports (0: never).
        config_problem: A message about the config file, shown once.
    """
    return ReaderApp(
        store,
        config,
        terminal_bidi=terminal_bidi,
        poll_interval=poll_interval,
        config_problem=config_problem,
    )


def run_app(store: ArticleStore, terminal_bidi: bool = False, *, out: TextIO | None = None,
            end_process: bool = False, notice: str | None = None) -> int:
    """Run the app in this terminal; returns the exit status.

    Args:
        store: The article store.
        terminal_bidi: ``--terminal-bidi`` was given.
        out: Where the BDSM sequences go (default: the real stdout).
        end_process: End the process as soon as the app is done (the command line's
            ``reader``): everything is written by then, and tearing down the app's heap
            (name indexes, gazetteer, layouts) would take another second or more after
            the terminal was given back, which looks like the app hanging after ``q``.
        notice: A line to show in the app as it starts (the first run's sample import).
    """
    config, problem = load_config()
    app = make_app(store, config, terminal_bidi=terminal_bidi, config_problem=problem)
    app.notice = notice
    stream = out or sys.__stdout__
    is_tty = bool(stream is not None and stream.isatty())
    before, after = bidi_mode_sequences(terminal_bidi=app.terminal_bidi, is_tty=is_tty)
    if before and stream is not None:
        stream.write(before)
        stream.flush()
    try:
        status = app.run()
    finally:
        # The terminal may be gone (the app quit because it hung up): what cannot
        # be written to it is lost with it, and the state is saved all the same;
        # a hang-up or SIGTERM from now on (the app's handlers went with its loop)
        # waits for that: the process ends in a moment anyway.
        _ignore_ending_signals()
        if after and stream is not None:
            with contextlib.suppress(OSError):
                stream.write(after)
                stream.flush()
        if not app.state.close(timeout=10.0):
            # The store's lock is held (a long import in another process).
            _say("reader: some read marks could not be saved: the store is busy\n")
        for text in dict.fromkeys(app.unsaved):
            _say(f"reader: {text}\n")
    code = int(app.return_code) if app.return_code else int(status or 0)
    if end_process:
        for stream_ in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream_ is not None:
                with contextlib.suppress(OSError):
                    stream_.flush()
        os._exit(code)
    return code


def _ignore_ending_signals() -> None:
    for signum in _ENDING_SIGNALS:
        with contextlib.suppress(ValueError):  # (not the main thread)
            signal.signal(signum, signal.SIG_IGN)


def _say(line: str) -> None:
    """Write a line on stderr, unless the terminal it goes to is gone."""
    with contextlib.suppress(OSError):
        sys.stderr.write(line)
        sys.stderr.flush()
