"""Crash safety: `reader import` and the app SIGKILLed at exact points of their writes.

A clean import of a 600-article corpus (committed every 100 articles:
READER_COMMIT_ARTICLES) records every atomic write it makes
(READER_WRITE_LOG).  Each test then runs the same import with
READER_CRASH_AT_WRITE=N[:phase], so the process kills itself at a chosen
write: before anything was committed, half way through writing the first
root, just after a commit, in the middle of the third batch, while a body
shard is written ahead of its commit, and just before / just after the last
commit.  After every kill the store opens, `reader check` finds it
consistent holding exactly the batches committed before the kill, and
importing the same files again gives exactly the articles of a clean import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.processes import (
    reader_argv,
    reader_env,
    run_reader,
    store_ids,
    write_corpus,
    write_log,
)
from helpers.terminal import PtyApp, terminal_env
from reader.import_report import plural
from reader.store import open_store
from reader.store.maintenance import check

FILES, PER_FILE, BATCH = 60, 10, 100
TOTAL = FILES * PER_FILE


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus") / "articles"
    assert write_corpus(directory, FILES, PER_FILE) == TOTAL
    return directory


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    """Ids of a clean import, and the name of every file it wrote, in order."""
    base = tmp_path_factory.mktemp("clean")
    log = base / "writes.log"
    env = reader_env({"READER_COMMIT_ARTICLES": str(BATCH), "READER_WRITE_LOG": str(log)})
    run = run_reader("--db", base / "store", "import", "-q", corpus, env=env)
    assert run.returncode == 0 and f"{TOTAL} articles imported" in run.out, str(run)
    ids = store_ids(base / "store")
    assert len(ids) == TOTAL
    return ids, write_log(log)


def _commit_roots(writes: list[str]) -> list[int]:
    """1-based write numbers of the commits (root writes after the new store's empty root)."""
    roots = [i for i, name in enumerate(writes, 1) if name == "store.json"]
    assert len(roots) == TOTAL // BATCH + 1, roots
    return roots[1:]


def _kill_point(writes: list[str], moment: str) -> tuple[str, int]:
    """READER_CRASH_AT_WRITE for a named moment, and how many articles it leaves committed."""
    roots = _commit_roots(writes)
    if moment == "first write, half written":
        return "1:partial", 0
    if moment == "first commit's root, half written":
        return f"{roots[0]}:partial", 0
    if moment == "first commit's root, written, not renamed":
        return f"{roots[0]}:unrenamed", 0
    if moment == "just after the first commit":
        return f"{roots[0]}", BATCH
    if moment == "third batch, a shard half written":
        return f"{(roots[1] + roots[2]) // 2}:partial", 2 * BATCH
    if moment == "a full body shard written ahead of its commit":
        # Article 499 fills body shard 0, which is written at once (not at the commit).
        n = next(i for i, name in enumerate(writes, 1) if name.startswith("body-0.")
                 and roots[3] < i < roots[4])
        return f"{n}", 4 * BATCH
    if moment == "last commit's root, written, not renamed":
        return f"{roots[-1]}:unrenamed", TOTAL - BATCH
    if moment == "just after the last commit":
        return f"{roots[-1]}", TOTAL
    raise AssertionError(moment)


MOMENTS = [
    "first write, half written",
    "first commit's root, half written",
    "first commit's root, written, not renamed",
    "just after the first commit",
    "third batch, a shard half written",
    "a full body shard written ahead of its commit",
    "last commit's root, written, not renamed",
    "just after the last commit",
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_import_killed_then_imported_again_gives_exactly_a_clean_import(
    moment: str, corpus: Path, clean: tuple[list[str], list[str]], tmp_path: Path
) -> None:
    clean_ids, writes = clean
    spec, committed = _kill_point(writes, moment)
    db = tmp_path / "store"
    batch = {"READER_COMMIT_ARTICLES": str(BATCH)}

    killed = run_reader("--db", db, "import", "-q", corpus,
                        env=reader_env({**batch, "READER_CRASH_AT_WRITE": spec}))
    assert killed.returncode == -9, str(killed)

    after_kill = run_reader("--db", db, "check")
    assert after_kill.returncode == 0, str(after_kill)
    if spec == "1:partial":  # killed writing the new store's very first file
        assert "no store at" in after_kill.out, str(after_kill)
    else:
        assert f"is consistent: {committed} articles" in after_kill.out, str(after_kill)
    survivors = store_ids(db)
    assert len(survivors) == committed and set(survivors) <= set(clean_ids)

    again = run_reader("--db", db, "import", "-q", corpus, env=reader_env(batch))
    assert again.returncode == 0, str(again)
    new, dups = TOTAL - committed, committed
    assert (f"{plural(new, 'article')} imported, {plural(dups, 'duplicate')}, 0 entries skipped; "
            "0 files failed") in again.out
    assert store_ids(db) == clean_ids
    assert check(open_store(db)) == []
    # Temporary files of the killed writer are collected by the next commit.
    assert [p.name for p in db.rglob("*.tmp")] == []


def test_reindex_killed_half_way_leaves_the_old_indexes(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store"
    assert run_reader("--db", db, "import", "-q", corpus).returncode == 0
    ids = store_ids(db)
    killed = run_reader("--db", db, "reindex",
                        env=reader_env({"READER_CRASH_AT_WRITE": "40:partial"}))
    assert killed.returncode == -9, str(killed)
    assert store_ids(db) == ids
    assert check(open_store(db)) == []


def test_repair_killed_half_way_loses_nothing(tmp_path: Path, corpus: Path) -> None:
    """Interrupted while rebuilding, repair must not leave a store that looks empty.

    (It used to move the damaged root aside first: killed before its commit,
    the store read as empty and consistent, and the next import deleted every
    article file.)
    """
    db = tmp_path / "store"
    assert run_reader("--db", db, "import", "-q", corpus).returncode == 0
    ids = store_ids(db)
    (db / "store.json").write_bytes(b"\x00 not json")
    killed = run_reader("--db", db, "check", "--repair",
                        env=reader_env({"READER_CRASH_AT_WRITE": "5:partial"}))
    assert killed.returncode == -9, str(killed)

    assert run_reader("--db", db, "list").returncode == 1  # still damaged, not "empty"
    late = tmp_path / "late"
    write_corpus(late, 1, 3, start=10_000, tag="late")
    refused = run_reader("--db", db, "import", late)
    assert refused.returncode == 1 and "store.json" in refused.err

    repaired = run_reader("--db", db, "check", "--repair")
    assert repaired.returncode == 0 and f"holds {TOTAL} articles" in repaired.out, str(repaired)
    assert store_ids(db) == ids


def test_a_lost_root_is_reported_and_never_lets_an_import_delete_the_articles(
    tmp_path: Path, corpus: Path
) -> None:
    db = tmp_path / "store"
    assert run_reader("--db", db, "import", "-q", corpus).returncode == 0
    ids = store_ids(db)
    (db / "store.json").unlink()

    checked = run_reader("--db", db, "check")
    assert checked.returncode == 1 and "store.json is missing" in checked.out, str(checked)
    late = tmp_path / "late"
    write_corpus(late, 1, 3, start=10_000, tag="late")
    refused = run_reader("--db", db, "import", late)
    assert refused.returncode == 1 and "store.json is missing" in refused.err, str(refused)

    assert run_reader("--db", db, "check", "--repair").returncode == 0
    assert store_ids(db) == ids


# ------------------------------------------------------------ read state


def _marks_script(db: Path, ids: list[str]) -> str:
    """A process that marks ``ids`` read one by one (one state write each)."""
    return (
        "from reader.store import open_store\n"
        f"s = open_store({str(db)!r})\n"
        f"for i in {ids!r}:\n"
        "    s.set_mark(i, read=True)\n"
    )


@pytest.fixture
def small_store(tmp_path: Path) -> tuple[Path, list[str]]:
    corpus = tmp_path / "small"
    write_corpus(corpus, 1, 6, tag="small")
    db = tmp_path / "store"
    assert run_reader("--db", db, "import", corpus).returncode == 0
    return db, store_ids(db)


@pytest.mark.parametrize(("phase", "kept"), [("partial", 2), ("unrenamed", 2), ("renamed", 3)])
def test_a_process_killed_while_writing_read_state_leaves_old_or_new(
    phase: str, kept: int, small_store: tuple[Path, list[str]]
) -> None:
    db, ids = small_store
    proc = subprocess.run([sys.executable, "-c", _marks_script(db, ids[:5])],
                          env=reader_env({"READER_CRASH_AT_WRITE": f"3:{phase}"}),
                          capture_output=True, timeout=60, check=False)
    assert proc.returncode == -9, proc.stderr
    state = json.loads((db / "state.json").read_bytes())
    read = sorted(doc["id"] for doc in state["marks"].values() if doc["read"])
    assert read == sorted(ids[:kept])
    assert open_store(db).marks()[0] == set(ids[:kept])


@pytest.mark.parametrize("phase", ["partial", "renamed"])
def test_the_app_killed_while_writing_read_state_leaves_old_or_new(
    phase: str, small_store: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, ids = small_store
    store = open_store(db)
    store.set_mark(ids[-1], starred=True)
    before = (db / "state.json").read_bytes()
    # The app's first write is the read mark of the article it opens at start.
    env = terminal_env(tmp_path, {"READER_CRASH_AT_WRITE": f"1:{phase}"})
    app = PtyApp(reader_argv("--db", str(db)), env)
    try:
        assert app.wait(60) == -9
    finally:
        app.close()
    after = (db / "state.json").read_bytes()
    if phase == "partial":
        assert after == before
    else:
        read, starred = open_store(db).marks()
        assert starred == {ids[-1]} and len(read) == 1 and read <= set(ids)
    assert run_reader("--db", db, "check").returncode == 0


def test_a_killed_state_write_leaves_no_temporary_file_after_the_next_commit(
    small_store: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, ids = small_store
    subprocess.run([sys.executable, "-c", _marks_script(db, ids[:1])],
                   env=reader_env({"READER_CRASH_AT_WRITE": "1:unrenamed"}), timeout=60,
                   check=False)
    assert len(list(db.glob(".state.json.*.tmp"))) == 1
    late = tmp_path / "late"
    write_corpus(late, 1, 1, start=500, tag="late")
    assert run_reader("--db", db, "import", late).returncode == 0
    assert list(db.glob(".*.tmp")) == []


def test_ctrl_c_finishes_the_file_keeps_what_was_imported_and_says_how_to_finish(
    tmp_path: Path,
) -> None:
    """The first SIGINT stops between files and commits; the report and the store agree;
    importing again completes with exactly the articles of a clean import."""
    import signal as _signal

    corpus = tmp_path / "corpus"
    total = write_corpus(corpus, 30, 60)  # 60 a file: the worker pool is used too
    db = tmp_path / "store"
    # A commit after every file: a file's line comes once its commit is on disk.
    proc = subprocess.Popen(reader_argv("--db", str(db), "import", str(corpus)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=reader_env({"READER_COMMIT_ARTICLES": "60"}),
                            stdin=subprocess.DEVNULL)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # one file is done: interrupt the rest
    assert first.startswith(b"imported"), first
    proc.send_signal(_signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    lines = [first.decode(), *out.decode().splitlines()]
    assert proc.returncode == 130, (lines, err)
    assert b"Traceback" not in err and b"stopping after this file" in err, err
    done = [line for line in lines if line.startswith("imported")]
    assert 1 <= len(done) < 30
    assert f"interrupted after {len(done)} of 30 files".encode() in err, err
    assert len(store_ids(db)) == 60 * len(done)  # what was reported imported is stored
    assert run_reader("--db", db, "check").returncode == 0
    again = run_reader("--db", db, "import", corpus)
    left = plural(total - 60 * len(done), "article")
    assert again.returncode == 0 and f"{left} imported" in again.out, str(again)
    assert len(store_ids(db)) == total
