"""The app quits as ``q`` does when its terminal goes away, and never spins on a dead one.

Closing a terminal window or a connection sends SIGHUP, and ``kill``
SIGTERM: either used to end the process at once, the terminal left in the
app's modes and the reading position lost.  A pseudo-terminal closed with no signal (the
app is not in its foreground group) gave Textual's input thread nothing but
end-of-file, and the process ran at full speed for ever.  Now both quit
through the app's own path.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from helpers.processes import reader_argv
from helpers.terminal import PtyApp, terminal_env
from helpers.waits import wait_until
from reader.models import ArticleDraft
from reader.store import open_store

PARAGRAPHS = [f"Paragraph {n}: " + "words of a long article " * 12 for n in range(1, 121)]


def _long_article(db: Path) -> str:
    store = open_store(db)
    store.import_drafts([ArticleDraft(title="A long article", body="\n\n".join(PARAGRAPHS),
                                      source="S", date="2024-05-05")])
    return store.latest(1)[0].id


def _scroll(app: PtyApp) -> None:
    """Wait for the long article, move to the reading pane and scroll it a page."""
    app.wait_for(b"Paragraph 1:")
    app.press(b"\t", until=lambda rows: "space Page" in rows[-1], what="the reading pane's keys")
    app.press(b" ", until=lambda rows: not any("Paragraph 1:" in row for row in rows),
              what="the article scrolled")


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_signal_to_end_saves_the_reading_position_and_restores_the_terminal(
    tmp_path: Path, signum: int,
) -> None:
    db = tmp_path / "store"
    article_id = _long_article(db)
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        _scroll(app)
        since = app.mark()
        os.kill(app.proc.pid, signum)
        status = app.wait(30)
    finally:
        app.close()
    assert status == 0
    assert b"\x1b[?1049l" in app.data()[since:]  # the terminal's own screen back
    position = open_store(db).position(article_id)
    assert position is not None and position > 0


def test_a_closed_terminal_ends_the_app_and_saves_the_position(tmp_path: Path) -> None:
    db = tmp_path / "store"
    article_id = _long_article(db)
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        _scroll(app)
        app.hang_up()
        wait_until(lambda: app.proc.poll() is not None, 30, "the app to end")
    finally:
        app.close()
    assert app.proc.returncode == 0
    position = open_store(db).position(article_id)
    assert position is not None and position > 0
