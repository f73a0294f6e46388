"""Concurrency: two imports into one store both land; the app stays usable while another imports.

The first writer is frozen at an exact point of its import with
READER_STOP_AT_WRITE (it SIGSTOPs itself, holding the writer lock), so the
second one is certain to find the lock taken: no sleeps decide the outcome.
The test then lets the first one go on (SIGCONT).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from pathlib import Path

from helpers.processes import (
    process_state,
    reader_argv,
    reader_env,
    run_reader,
    store_ids,
    write_corpus,
    write_log,
)
from helpers.terminal import PtyApp, terminal_env
from helpers.waits import pilot_until, wait_until
from reader.store import open_store
from reader.store.maintenance import check


def _first_commit_write(corpus: Path, tmp: Path, batch: int) -> int:
    """The write number of the first commit's root in an import of ``corpus`` (a dry run)."""
    log = tmp / "dry.log"
    env = reader_env({"READER_COMMIT_ARTICLES": str(batch), "READER_WRITE_LOG": str(log)})
    assert run_reader("--db", tmp / "dry", "import", "-q", corpus, env=env).returncode == 0
    roots = [i for i, name in enumerate(write_log(log), 1) if name == "store.json"]
    return roots[1]  # roots[0] is the new store's empty root


def _start_frozen_import(db: Path, corpus: Path, stop_at: int, batch: int, tmp: Path,
                         ) -> tuple[subprocess.Popen[bytes], Path]:
    out = tmp / "first.out"
    env = reader_env({"READER_COMMIT_ARTICLES": str(batch), "READER_STOP_AT_WRITE": str(stop_at)})
    with out.open("wb") as fh:
        proc = subprocess.Popen(reader_argv("--db", str(db), "import", "-q", str(corpus)),
                                stdout=fh, stderr=subprocess.STDOUT, env=env,
                                stdin=subprocess.DEVNULL)
    wait_until(lambda: process_state(proc.pid) == "T" or proc.poll() is not None, 60,
               "the first import to stop at its hook")
    assert proc.poll() is None, out.read_text()
    return proc, out


def _resume(proc: subprocess.Popen[bytes]) -> int:
    os.kill(proc.pid, signal.SIGCONT)
    return proc.wait(timeout=90)


def test_two_imports_at_once_both_land_and_the_second_says_it_waits(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_corpus(first, 5, 20, tag="first")
    write_corpus(second, 3, 10, start=5000, tag="second")
    db = tmp_path / "store"
    stop_at = _first_commit_write(first, tmp_path, 20)
    proc, _ = _start_frozen_import(db, first, stop_at, 20, tmp_path)
    try:
        err = tmp_path / "second.err"
        with err.open("wb") as fh:
            waiting = subprocess.Popen(reader_argv("--db", str(db), "import", "-q", str(second)),
                                       stdout=subprocess.PIPE, stderr=fh, env=reader_env(),
                                       stdin=subprocess.DEVNULL)
        wait_until(lambda: b"waiting" in err.read_bytes() or waiting.poll() is not None, 60,
                   "the second import to say it waits")
        assert waiting.poll() is None  # it waits; it has not failed
        message = err.read_text()
        assert f"another process (pid {proc.pid}) is writing to this store" in message
        assert message.count("\n") == 1 and message.startswith("reader: ")
    finally:
        status = _resume(proc)
    assert status == 0
    out, _ = waiting.communicate(timeout=90)
    assert waiting.returncode == 0
    assert (b"30 articles imported, 0 duplicates, 0 entries skipped; 0 files failed; "
            b"the store holds 130 articles") in out
    assert len(store_ids(db)) == 130
    assert check(open_store(db)) == []


def test_a_reader_sees_only_whole_commits_while_an_import_is_frozen(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 5, 20)
    db = tmp_path / "store"
    stop_at = _first_commit_write(corpus, tmp_path, 20)
    # Frozen after its first commit, before anything of the second batch.
    proc, _ = _start_frozen_import(db, corpus, stop_at + 3, 20, tmp_path)
    try:
        listed = run_reader("--db", db, "list", "--json")
        assert listed.returncode == 0 and listed.out.count('"id"') == 20
        assert run_reader("--db", db, "check").returncode == 0
    finally:
        assert _resume(proc) == 0
    assert len(store_ids(db)) == 100


def _five_stored_and_eighty_to_import(tmp_path: Path) -> tuple[Path, Path, int]:
    """A store of 5 articles, a corpus of 4 x 20 more, and its first commit's write number."""
    start = tmp_path / "start"
    write_corpus(start, 1, 5, start=7000, tag="start")
    db = tmp_path / "store"
    assert run_reader("--db", db, "import", start).returncode == 0
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4, 20)
    return db, corpus, _first_commit_write(corpus, tmp_path, 20)


async def test_the_app_stays_usable_during_an_import_from_another_process(tmp_path: Path) -> None:
    from reader.app import make_app

    db, corpus, stop_at = _five_stored_and_eighty_to_import(tmp_path)

    app = make_app(open_store(db), poll_interval=0.1)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert screen is not None and screen.article_list.count == 5

        proc, _ = _start_frozen_import(db, corpus, stop_at + 3, 20, tmp_path)
        try:
            # The first batch is committed: the app shows it by itself.
            await pilot_until(pilot, lambda: screen.article_list.count == 25,
                              "the first batch to appear")
            # The import holds the writer lock; the app still answers keys, and
            # read marks wait for the lock on the state thread, not in the UI.
            first = screen.article_list.current
            await pilot.press("j", "j", "enter")
            await pilot.pause()
            moved = screen.article_list.current
            assert moved is not None and first is not None and moved.id != first.id
            await pilot.press("s")  # star it: queued until the lock is free
            await pilot.pause()
            assert moved.id in screen.article_list.starred_ids
        finally:
            status = await asyncio.to_thread(_resume, proc)
        assert status == 0
        await pilot_until(pilot, lambda: screen.article_list.count == 85,
                          "every imported article to appear")
        assert app.state.flush(timeout=30)
    assert moved.id in open_store(db).marks()[1]


def test_the_real_app_on_a_pty_stays_usable_during_an_import_and_shows_it(tmp_path: Path) -> None:
    """The same as above with the real `reader` on a pseudo-terminal, every byte recorded."""
    db, corpus, stop_at = _five_stored_and_eighty_to_import(tmp_path)
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        app.wait_for(b"5 articles")
        proc, _ = _start_frozen_import(db, corpus, stop_at + 3, 20, tmp_path)
        try:
            app.wait_for(b"25 articles", timeout=60)  # the first batch, shown by itself
            seen = len(app.data())
            app.send(b"j")
            app.send(b"j")
            app.send(b"\r")
            app.send(b"s")  # a star, queued while the import holds the lock
            wait_until(lambda: len(app.data()) > seen + 200, 30, "the app to answer the keys")
        finally:
            assert _resume(proc) == 0
        app.wait_for(b"85 articles", timeout=60)
        app.send(b"q")
        status = app.wait(60)
    finally:
        app.close()
    assert status == 0 and b"Traceback" not in app.data()
    assert len(open_store(db).marks()[1]) == 1  # the star was saved once the lock was free
    assert check(open_store(db)) == []
