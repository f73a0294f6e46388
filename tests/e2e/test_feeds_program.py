"""`reader subscribe` and `reader refresh` as real subprocesses, against a server on 127.0.0.1.

Every URL given to the program is on the loopback server the test starts;
proxies are removed from the environment so that nothing leaves the machine.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.feed_server import PROXY_VARIABLES, FeedServer, feed_server, tree_hashes
from helpers.processes import reader_argv, reader_env, run_reader
from helpers.waits import wait_until


@pytest.fixture(scope="module")
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


def _env(**extra: str) -> dict[str, str]:
    env = reader_env(extra)
    for name in PROXY_VARIABLES:
        env.pop(name, None)
    return env


def test_refresh_prints_a_line_per_feed_and_exits_1_when_one_failed(
    tmp_path: Path, server: FeedServer
) -> None:
    db = tmp_path / "db"
    for path, name in (("/rss.xml", "rss"), ("/loop-a", "loop"), ("/big", "big")):
        run = run_reader("--db", db, "subscribe", server.url(path), "--name", name, env=_env())
        assert run.returncode == 0, str(run)
    run = run_reader("--db", db, "refresh", env=_env(), timeout=120)
    assert run.returncode == 1, str(run)
    lines = sorted(run.out.splitlines()[:-1])
    assert lines == sorted([
        "new        rss (2 new, 0 already stored)",
        f"failed     loop <{server.url('/loop-a')}>: too many redirects (more than 5; a loop?)",
        f"failed     big <{server.url('/big')}>: too large: over 16 MiB (the body kept coming; "
        "READER_MAX_FEED_MB raises the limit)",
    ])
    assert "Traceback" not in run.err

    before = tree_hashes(db, skip=("state.json", "lock"))
    again = run_reader("--db", db, "refresh", "rss", env=_env())
    assert again.returncode == 0 and again.out.startswith("unchanged  rss")
    assert tree_hashes(db, skip=("state.json", "lock")) == before
    assert run_reader("--db", db, "check", env=_env()).returncode == 0


def test_ctrl_c_stops_a_refresh_waiting_on_a_slow_feed_at_once(
    tmp_path: Path, server: FeedServer
) -> None:
    db = tmp_path / "db"
    assert run_reader("--db", db, "subscribe", server.url("/slow"), env=_env()).returncode == 0
    requests = len(server.requests)
    proc = subprocess.Popen(reader_argv("--db", str(db), "refresh"), env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    try:
        wait_until(lambda: len(server.requests) > requests, 60, "the slow feed to be requested")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)  # the server would trickle for 20 s
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert b"stopping: feeds already stored are kept" in err
    assert b"interrupted: 0 of 1 feeds refreshed" in err
