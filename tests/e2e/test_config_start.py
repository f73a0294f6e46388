"""The real app starts with the defaults whatever READER_CONFIG names (issue 19, item 6).

A FIFO used to hang the start and a TOML nested 50,000 deep to stop it with
"internal error: RecursionError"; key names from [keymap] went raw into the
footer.  Each case here runs `reader` on a pseudo-terminal, waits for the
main screen and quits; the config, the folder around it and the store stay as
they were.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers.hashes import changes, snapshot
from helpers.processes import reader_argv, run_reader
from helpers.terminal import PtyApp, app_output_problems, terminal_env


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _directory(path: Path) -> None:
    path.mkdir()


def _nested(path: Path) -> None:
    path.write_text("a = " + "[" * 50_000 + "]" * 50_000)


def _hostile_keys(path: Path) -> None:
    path.write_text('[keymap]\nquit = "q,\\u001b]0;PWNED\\u0007"\nhelp = "\\u001b[2J"\n'
                    '"\\u001b]52;c;Y3VybA==\\u0007" = "x"\n', encoding="utf-8")


def _huge(path: Path) -> None:
    path.write_text("# comment\n" * 200_000)


@pytest.mark.parametrize("make", [_fifo, _directory, _nested, _hostile_keys, _huge])
def test_the_app_starts_with_defaults_and_quits(
    make: object, imported_samples: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    db = tmp_path / "store"
    shutil.copytree(imported_samples[0], db)
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir()
    make(config)  # type: ignore[operator]
    around = snapshot(config.parent)
    shards = snapshot(db / "shards")
    root = (db / "store.json").read_bytes()

    env = terminal_env(tmp_path, {"READER_CONFIG": str(config)})
    app = PtyApp(reader_argv("--db", str(db)), env, cwd=tmp_path)
    try:
        app.wait_for(b"articles", timeout=60)  # the main screen: it did not hang
        app.send(b"q")  # the default key: quit still works
        status = app.wait(60)
    finally:
        app.close()
    assert status == 0
    data = app.data()
    assert b"Traceback" not in data and b"internal error" not in data
    assert b"PWNED" not in data.replace(b"\x1b]0;", b"") or app_output_problems(data) == []
    assert b"\x1b]0;PWNED" not in data and b"\x1b]52;c;Y3VybA" not in data
    assert changes(around, snapshot(config.parent)) == []
    assert changes(shards, snapshot(db / "shards")) == []
    assert (db / "store.json").read_bytes() == root
    assert run_reader("--db", db, "check").returncode == 0
