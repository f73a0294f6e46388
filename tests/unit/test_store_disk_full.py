"""A full disk during an import: one clear line, the store as it was, the space given back.

The write failure is injected at the crash-test hook of
:func:`reader.store.files.atomic_write_bytes` (the "partial" phase, where a
real ENOSPC comes from ``write()``), in-process, for every write of an
import in turn, so that it lands in body shards, index shards and the root.
"""

from __future__ import annotations

import errno
import json
import re
import shutil
from pathlib import Path

import pytest

from helpers.drafts import draft, simple_analyser
from helpers.hashes import changes, snapshot
from helpers.paths import ARTICLES
from reader.cli import main
from reader.store import files


def _articles(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"title": f"خبر {i} عن كازاخستان",
             "content": f"قال الرئيس قاسم جومارت توكاييف في أستانا {i}.",
             "url": f"https://example.org/{i}", "date": "2024-05-01"}
            for i in range(start, start + n)]


def _fail_from(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[int]:
    """Make the nth atomic write from now (and every later one) fail with ENOSPC."""
    seen = [0]
    real = files._fault_point

    def fault(path: Path, phase: str, fh: object = None, data: bytes = b"") -> None:
        if phase == "partial":
            seen[0] += 1
            if seen[0] >= nth:
                raise OSError(errno.ENOSPC, "No space left on device")
        real(path, phase, fh, data)

    monkeypatch.setattr(files, "_fault_point", fault)
    return seen


def test_each_write_of_an_import_failing_leaves_the_store_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("READER_WORKERS", "1")
    db = tmp_path / "db"
    assert main(["--db", str(db), "import", "--quiet", str(ARTICLES)]) == 0
    before = sorted(p.name for p in (db / "shards").iterdir())
    root_before = (db / "store.json").read_bytes()
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(_articles(600), ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    # Count the writes of this import (into a copy), then fail each one in turn.
    with monkeypatch.context() as m:
        counted = _fail_from(m, 10**9)
        assert main(["--db", str(tmp_path / "count"), "import", "--quiet", str(ARTICLES)]) == 0
        counted[0] = 0
        assert main(["--db", str(tmp_path / "count"), "import", "--quiet", str(batch)]) == 0
        writes = counted[0]
    assert writes > 5
    capsys.readouterr()
    for nth in sorted({1, 2, writes // 2, writes - 1, writes}):
        with monkeypatch.context() as m:
            _fail_from(m, nth)
            status = main(["--db", str(db), "import", "--quiet", str(batch)])
        captured = capsys.readouterr()
        err = captured.err.strip().splitlines()
        assert status == 1, (nth, err)
        # No line claims an import the failed commit did not store.
        assert "imported" not in captured.out, captured.out
        assert captured.out == (f"failed     {batch}: not stored: the store could not be "
                                "written (No space left on device)\n"), captured.out
        assert len(err) == 1 and "No space left on device" in err[0] and str(db) in err[0], err
        assert "the store keeps what was committed before the failure" in err[0]
        assert (db / "store.json").read_bytes() == root_before, nth
        # Nothing left behind.
        assert sorted(p.name for p in (db / "shards").iterdir()) == before, nth
    assert main(["--db", str(db), "check"]) == 0
    # Space again: it all comes in.
    assert main(["--db", str(db), "import", "--quiet", str(batch)]) == 0
    assert "600 articles imported" in capsys.readouterr().out


def _claimed(out: str) -> int:
    """Articles the lines of an import say were imported."""
    return sum(int(m.group(1).replace(",", "")) for m in
               re.finditer(r"^(?:imported|partial) .*\(([\d,]+) new", out, re.MULTILINE))


def test_no_line_claims_an_article_that_a_failed_commit_did_not_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 19, item 7: 400 "imported" lines were printed before a commit that failed.
    Eight files, a commit every two; the disk fills at each write in turn: every line
    that says imported names articles the store holds, the others say "not stored", and
    neither the store's committed files nor the imported files change."""
    from reader.store import open_store

    monkeypatch.setenv("READER_WORKERS", "1")
    monkeypatch.setenv("READER_COMMIT_ARTICLES", "60")
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.json").write_text(json.dumps(_articles(30, 30 * n), ensure_ascii=False),
                                          encoding="utf-8")
    around = snapshot(folder)
    base = tmp_path / "base"
    assert main(["--db", str(base), "import", "--quiet", str(ARTICLES)]) == 0
    had = open_store(base).count()
    shutil.copytree(base, tmp_path / "count")
    with monkeypatch.context() as m:
        counted = _fail_from(m, 10**9)
        assert main(["--db", str(tmp_path / "count"), "import", str(folder)]) == 0
        writes = counted[0]
    capsys.readouterr()
    mixed = 0
    for nth in range(1, writes + 1, max(1, writes // 6)):
        db = tmp_path / f"db{nth}"
        shutil.copytree(base, db)
        with monkeypatch.context() as m:
            _fail_from(m, nth)
            status = main(["--db", str(db), "import", str(folder)])
        out = capsys.readouterr().out
        assert status == 1, (nth, out)
        lines = out.splitlines()
        # A line per file read before the import stopped (no summary), the last not stored.
        assert 1 <= len(lines) <= 8 and "not stored" in lines[-1], out
        assert all(line.startswith("imported ") or line.endswith(
            "not stored: the store could not be written (No space left on device)")
            for line in lines), out
        assert _claimed(out) == open_store(db).count() - had, (nth, out)
        mixed += lines[0].startswith("imported ")
        assert main(["--db", str(db), "check"]) == 0
        capsys.readouterr()
        assert changes(around, snapshot(folder)) == []
    assert mixed >= 2  # some failures came after commits that stored files
    capsys.readouterr()


def test_a_failed_repair_of_a_damaged_root_loses_no_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rebuilt files are numbered above every file on disk and a failed repair
    deletes only what it created, so a second repair still finds every body."""
    from reader.store import open_store
    from reader.store.maintenance import repair

    db = tmp_path / "db"
    store = open_store(db, simple_analyser)
    store.import_drafts([draft(i) for i in range(500)])  # a full body shard
    store.import_drafts([draft(i) for i in range(500, 520)])
    (db / "store.json").write_text("{damaged", encoding="utf-8")
    real = files._fault_point

    def no_space_for_keys(path: Path, phase: str, fh: object = None, data: bytes = b"") -> None:
        if phase == "partial" and path.name.startswith("keys"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, phase, fh, data)

    with monkeypatch.context() as m:
        m.setattr(files, "_fault_point", no_space_for_keys)
        with pytest.raises(OSError):
            repair(open_store(db, simple_analyser))
    repair(open_store(db, simple_analyser))
    assert open_store(db, simple_analyser).count() == 520


def test_a_failure_just_after_the_commit_point_keeps_the_committed_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second Ctrl+C can land after the new root is renamed into place: the
    files that root names must not be cleaned up as uncommitted."""
    from reader.store import open_store
    from reader.store.maintenance import check

    db = tmp_path / "db"
    open_store(db, simple_analyser).import_drafts([draft(i) for i in range(10)])
    real = files.fsync_dir

    def interrupted_after_the_root(directory: Path) -> None:
        real(directory)
        if directory == db:
            raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(files, "fsync_dir", interrupted_after_the_root)
        with pytest.raises(KeyboardInterrupt):
            open_store(db, simple_analyser).import_drafts([draft(i) for i in range(10, 20)])
    fresh = open_store(db, simple_analyser)
    assert fresh.count() == 20
    assert check(fresh) == []
