"""Corruption: damaged store files give one clear line, are kept byte for byte, and repair recovers.

Each case damages one file of a store built from the bundled articles
(truncated, random bytes, emptied, or valid JSON that is not a store file)
and runs every command of the CLI on it.  A command that needs the file
exits 1 with one line naming it and `reader check --repair`; one that does
not need it works as usual; none prints a traceback, and none changes the
damaged file.  `reader check` reports it and `reader check --repair` moves it
aside (a damaged root is copied aside, then replaced by the rebuilt one),
recovers what can be read and says so.  The app on a damaged store exits
with a one-line message.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.paths import ARTICLES
from helpers.processes import (
    Run,
    assert_clean_failure,
    assert_no_traceback,
    reader_argv,
    run_reader,
    store_ids,
    write_corpus,
)
from helpers.terminal import PtyApp, terminal_env
from reader.store import open_store


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _garbage(data: bytes) -> bytes:
    return random.Random(7).randbytes(max(64, len(data) // 3))


def _empty(data: bytes) -> bytes:
    return b""


def _foreign_json(data: bytes) -> bytes:
    return json.dumps({"articles": 5, "note": "another program's file"}).encode()


def _no_tables(data: bytes) -> bytes:
    return b"{}"


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": _truncate, "garbage": _garbage, "emptied": _empty,
    "foreign JSON": _foreign_json, "no tables": _no_tables,
}


@pytest.fixture(scope="module")
def built(imported_samples: tuple[Path, list[str]],
          tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The imported samples with one read mark (so that state.json exists): (store, ids)."""
    db = shutil.copytree(imported_samples[0], tmp_path_factory.mktemp("built") / "store")
    ids = imported_samples[1]
    open_store(db).set_mark(ids[0], read=True)
    return db, ids


def _target(db: Path, kind: str, ids: list[str]) -> Path:
    """The file of ``kind`` in the store (for a keys shard: the one holding ids[0])."""
    if kind in ("store.json", "state.json"):
        return db / kind
    root = json.loads((db / "store.json").read_bytes())
    if kind == "list":
        return db / "shards" / root["lists"][0]["name"]
    ident = {"body": "body/0", "keys": f"keys/{ids[0][0]}", "docmap": "docmap",
             "catalog": "catalog"}.get(kind)
    if ident is None:  # "word" / "ent": any shard of that kind
        ident = min(k for k in root["files"] if k.startswith(kind + "/"))
    return db / "shards" / root["files"][ident]


#: (file, damage, commands that must fail because they read that file).
CASES = [
    ("store.json", "truncated",
     {"list", "list --json", "show", "search", "entities", "import", "reindex"}),
    ("store.json", "garbage", {"list", "show", "search", "entities --json", "import", "reindex"}),
    ("store.json", "emptied", {"list", "show", "import", "reindex"}),
    ("store.json", "foreign JSON", {"list", "show", "import", "reindex"}),
    ("body", "truncated", {"show", "entities", "entities --json", "import", "reindex"}),
    ("body", "foreign JSON", {"show", "entities", "import", "reindex"}),
    ("list", "garbage", {"list", "list --json", "search", "import", "reindex"}),
    ("list", "no tables", {"list", "search", "import", "reindex"}),
    ("keys", "truncated", {"show", "entities", "reindex"}),
    ("keys", "no tables", {"show", "entities", "reindex"}),
    ("docmap", "garbage", {"search", "import", "reindex"}),
    ("docmap", "foreign JSON", {"search", "import", "reindex"}),
    # search reads the catalog only for names the gazetteer does not know (not "Tokayev").
    ("catalog", "truncated", {"import", "reindex"}),
    ("word", "garbage", {"reindex"}),
    ("ent", "emptied", {"reindex"}),
    # Read marks are not articles: list and search go on without them (see below).
    ("state.json", "truncated", set()),
    ("state.json", "garbage", set()),
]


def _commands(db: Path, ref: str, late: Path) -> dict[str, list[str | Path]]:
    return {
        "list": ["list"], "list --json": ["list", "--json"], "show": ["show", ref, "--width", "70"],
        "search": ["search", "Tokayev"], "entities": ["entities", ref],
        "entities --json": ["entities", ref, "--json"], "import": ["import", late],
        "reindex": ["reindex"],
    }


@pytest.mark.parametrize(("kind", "damage", "must_fail"), CASES,
                         ids=[f"{k}-{d}" for k, d, _ in CASES])
def test_every_command_on_a_damaged_file_fails_cleanly_and_leaves_it_alone(
    kind: str, damage: str, must_fail: set[str], built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, target, damaged = _damaged_copy(built, kind, damage, tmp_path)
    ids = built[1]
    late = tmp_path / "late"
    write_corpus(late, 1, 2, start=90_000, tag="late")
    shown = target.name

    for name, args in _commands(db, ids[0][:8], late).items():
        run = run_reader("--db", db, *args)
        assert_no_traceback(run)
        if name in must_fail or run.returncode != 0:
            assert_clean_failure(run, names=shown, status=2 if name == "search" else 1)
        assert target.read_bytes() == damaged, f"{name} changed {target.name}"

    check = run_reader("--db", db, "check")
    assert check.returncode == 1, str(check)
    assert target.name in check.out and "reader check --repair" in check.out, str(check)
    assert target.read_bytes() == damaged


def _damaged_copy(built: tuple[Path, list[str]], kind: str, damage: str,
                  tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A copy of the built store with one file of ``kind`` damaged: (store, the file, its bytes)."""
    db = shutil.copytree(built[0], tmp_path / "store")
    target = _target(db, kind, built[1])
    target.write_bytes(DAMAGES[damage](target.read_bytes()))
    return db, target, target.read_bytes()


def _repaired(db: Path) -> Run:
    run = run_reader("--db", db, "check", "--repair")
    assert run.returncode == 0, str(run)
    return run


@pytest.mark.parametrize(("kind", "damage"), [
    ("store.json", "garbage"), ("list", "truncated"), ("keys", "no tables"),
    ("docmap", "foreign JSON"),
    ("word", "emptied"), ("state.json", "truncated"),
])
def test_repair_moves_a_damaged_index_file_aside_and_recovers_every_article(
    kind: str, damage: str, built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, target, damaged = _damaged_copy(built, kind, damage, tmp_path)
    ids = built[1]

    run = _repaired(db)
    aside = [line.split(": ", 1)[1] for line in run.out.splitlines()
             if line.startswith("moved damaged file aside: ")]
    assert [Path(p).name for p in aside] == [target.name], run.out
    assert Path(aside[0]).read_bytes() == damaged and "damaged-" in aside[0]
    assert f"the store holds {len(ids)} articles" in run.out
    assert store_ids(db) == ids
    assert run_reader("--db", db, "check").returncode == 0
    assert run_reader("--db", db, "show", ids[0][:8]).returncode == 0


def test_repair_of_a_damaged_body_shard_keeps_it_aside_and_says_what_was_lost(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, target, damaged = _damaged_copy(built, "body", "truncated", tmp_path)

    run = _repaired(db)
    assert f"moved damaged file aside: {db}" in run.out and target.name in run.out
    assert "could not read anything from body shard 0" in run.out
    assert "the store holds 0 articles" in run.out
    assert next((db).glob(f"damaged-*/{target.name}")).read_bytes() == damaged
    assert run_reader("--db", db, "check").returncode == 0
    # What the lost shard held comes back by importing the files again.
    assert run_reader("--db", db, "import", ARTICLES).returncode == 0
    assert store_ids(db) == built[1]


def test_repair_on_a_healthy_store_changes_nothing(
    built: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    db = shutil.copytree(built[0], tmp_path / "store")
    before = {p.name: p.read_bytes() for p in db.rglob("*.json")}
    run = _repaired(db)
    assert run.out.strip() == "the store is consistent: nothing to repair"
    assert {p.name: p.read_bytes() for p in db.rglob("*.json")} == before


def _app_on_damaged_store(
    kind: str, damage: str, built: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    db, target, damaged = _damaged_copy(built, kind, damage, tmp_path)
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        status = app.wait(60)
    finally:
        app.close()
    # What is left on the terminal once the app gave the screen back: one
    # message (Rich wraps it at the terminal's width), no traceback.
    after = app.data().rsplit(b"\x1b[?1049l", 1)[-1].decode("utf-8", "replace")
    after = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", after).replace("\r", "")
    message = " ".join(after.split())
    assert "Traceback" not in message and "❱" not in message, message
    assert status == 1
    assert message.startswith("reader: ") and message.count("reader: ") == 1, message
    assert target.name in message and "reader check --repair" in message, message
    assert target.read_bytes() == damaged


def test_the_app_on_a_damaged_root_exits_with_one_line(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _app_on_damaged_store("store.json", "truncated", built, tmp_path)


def test_the_app_on_a_damaged_list_shard_exits_with_one_line(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    _app_on_damaged_store("list", "garbage", built, tmp_path)


def test_the_app_with_damaged_read_marks_still_opens_and_never_overwrites_them(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """Read marks are not articles: the app says the file is damaged and goes on."""
    db = shutil.copytree(built[0], tmp_path / "store")
    target = db / "state.json"
    target.write_bytes(_truncate(target.read_bytes()))
    damaged = target.read_bytes()
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        app.wait_for(b"--repair")  # the notice (state.json ... `reader check --repair`)
        app.send(b"j")
        app.wait_screen(lambda rows: rows[1].startswith("●"), "the second row unread")
        # A mark that cannot be saved: the second row is shown read all the same.
        app.press(b"m", until=lambda rows: not rows[1].startswith("●"),
                  what="the second row marked read")
        app.send(b"q")
        status = app.wait(60)
    finally:
        app.close()
    assert status == 0 and b"Traceback" not in app.data(), (status, app.data()[-4000:])
    assert target.read_bytes() == damaged


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_list_and_search_go_on_without_damaged_read_marks_and_say_so(
    damage: str, built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db = shutil.copytree(built[0], tmp_path / "store")
    target = db / "state.json"
    target.write_bytes(DAMAGES[damage](target.read_bytes()))
    damaged = target.read_bytes()
    for args in (["list"], ["list", "--json"], ["search", "Tokayev"]):
        run = run_reader("--db", db, *args)
        assert_no_traceback(run)
        assert run.returncode == 0 and run.out.strip(), str(run)
        assert "state.json" in run.err and "read marks are not shown" in run.err, str(run)
        assert "reader check --repair" in run.err, str(run)
    assert target.read_bytes() == damaged


def test_a_store_from_a_newer_reader_is_refused_by_every_command_and_left_alone(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """A root recording a higher format version than this code knows is not
    damage: no command reads or writes it, `check --repair` does not "repair"
    it, and the one line says to upgrade."""
    db = shutil.copytree(built[0], tmp_path / "store")
    root = db / "store.json"
    doc = json.loads(root.read_bytes())
    doc["version"] = 99
    root.write_bytes(json.dumps(doc).encode())
    before = {p.relative_to(db): p.read_bytes() for p in db.rglob("*") if p.is_file()}
    late = tmp_path / "late"
    write_corpus(late, 1, 2, start=90_000, tag="late")

    commands = {**_commands(db, built[1][0][:8], late), "check": ["check"],
                "check --repair": ["check", "--repair"]}
    for name, args in commands.items():
        run = run_reader("--db", db, *args)
        assert_no_traceback(run)
        lines = run.err.splitlines()
        status = 2 if name == "search" else 1  # search's errors are grep's 2
        assert run.returncode == status and len(lines) == 1, f"{name}: {run}"
        assert "store.json" in lines[0] and "format 99" in lines[0], f"{name}: {run}"
        assert "Upgrade" in lines[0], f"{name}: {run}"
    after = {p.relative_to(db): p.read_bytes() for p in db.rglob("*") if p.is_file()
             if p.name != "lock"}
    assert after == {k: v for k, v in before.items() if k.name != "lock"}


@pytest.mark.parametrize("version", ["2", None, 0, True])
def test_a_root_with_a_meaningless_format_version_is_damage(
    version: object, built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db = shutil.copytree(built[0], tmp_path / "store")
    root = db / "store.json"
    doc = json.loads(root.read_bytes())
    doc["version"] = version
    root.write_bytes(json.dumps(doc).encode())
    assert_clean_failure(run_reader("--db", db, "list"), names="store.json")


def test_a_store_without_a_format_version_is_format_one_and_still_opens(
    built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """Roots written before the version was recorded (every store of format 1)."""
    db = shutil.copytree(built[0], tmp_path / "store")
    root = db / "store.json"
    doc = json.loads(root.read_bytes())
    assert doc["version"] == 2
    del doc["version"]
    root.write_bytes(json.dumps(doc).encode())
    run = run_reader("--db", db, "list", "--json")
    assert run.returncode == 0 and len(json.loads(run.out)) == len(built[1]), str(run)
