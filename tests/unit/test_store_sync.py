"""Shard files are synced together at the commit: every one before the root names it.

A shard is written without an fsync (nothing names it yet) and synced, with the
others of the commit, by :func:`reader.store.files.fsync_files` before the new
root is written.  These tests hold that order, and that a file that cannot be
synced fails the commit with the store as it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from helpers.drafts import draft, simple_analyser
from reader.store import files, open_store


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record, in order, each fsync of a file (by name) and each rename onto ``store.json``."""
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}")).name))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        real_replace(src, dst)
        if Path(dst).name == "store.json":
            events.append(("root", ""))

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    return events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fd")
def test_every_shard_a_root_names_was_synced_before_the_root(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db"
    store = open_store(db, simple_analyser)
    events = _watch(monkeypatch)
    named: list[set[str]] = []
    for drafts in ([draft(i) for i in range(1200)],  # body shards written before the commit
                   [draft(i) for i in range(1200, 1210)]):
        store.import_drafts(drafts)
        root = open_store(db, simple_analyser).backend.read_root()
        assert root is not None
        named.append(set(root["files"].values()) | {e["name"] for e in root["lists"]})
    roots = [k for k, (kind, _) in enumerate(events) if kind == "root"]
    assert len(named[0]) > 10 and named[0] != named[1]
    for names, at in zip(named, roots[-2:], strict=True):
        assert names <= {name for kind, name in events[:at] if kind == "fsync"}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fd")
def test_a_shard_that_cannot_be_synced_fails_the_commit_and_keeps_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db"
    store = open_store(db, simple_analyser)  # one store object throughout, as in the app
    store.import_drafts([draft(i) for i in range(20)])
    root_before = (db / "store.json").read_bytes()
    shards_before = sorted(p.name for p in (db / "shards").iterdir())
    real = os.fsync

    def failing(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).name.startswith("word-"):
            raise OSError(errno.EIO, "Input/output error")
        real(fd)

    with monkeypatch.context() as m:
        m.setattr(files.os, "fsync", failing)
        with pytest.raises(OSError) as caught:
            store.import_drafts([draft(i) for i in range(20, 40)])
    assert caught.value.errno == errno.EIO
    assert caught.value.filename is not None and "word-" in caught.value.filename
    assert (db / "store.json").read_bytes() == root_before
    assert sorted(p.name for p in (db / "shards").iterdir()) == shards_before
    assert open_store(db, simple_analyser).count() == 20
    # Nothing of the failed commit is left to sync: the next one succeeds.
    store.import_drafts([draft(i) for i in range(20, 40)])
    assert open_store(db, simple_analyser).count() == 40


def test_fsync_files_names_a_file_that_is_gone(tmp_path: Path) -> None:
    paths = [tmp_path / f"f{i}" for i in range(5)]
    for path in paths:
        path.write_bytes(b"x")
    files.fsync_files(paths)  # several at a time
    files.fsync_files(paths[:1])  # one, in this thread
    paths[3].unlink()
    with pytest.raises(FileNotFoundError) as caught:
        files.fsync_files(paths)
    assert caught.value.filename == str(paths[3])


def test_fsync_files_syncs_in_this_thread_once_the_interpreter_is_shutting_down(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import thread still committing at exit can start no thread: each file is
    synced in turn instead (the commit is not failed for it)."""
    import concurrent.futures.thread

    paths = [tmp_path / f"f{i}" for i in range(5)]
    for path in paths:
        path.write_bytes(b"x")
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(concurrent.futures.thread, "_shutdown", True)
    files.fsync_files(paths)
    assert len(synced) == 5
