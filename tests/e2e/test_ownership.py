"""The store deletes or moves only files it wrote (issue 19, item 1), checked on the real program.

Every test takes a snapshot (a SHA-256 of every file) of the store and of
the folders around it before the commands, and compares it after: files the
reader did not write are never changed, moved or deleted, whatever the
commands say.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from helpers.hashes import changes, snapshot
from helpers.paths import ARTICLES
from helpers.processes import assert_no_traceback, run_reader, store_ids

SAMPLE = ARTICLES / "010_en_sco_summit_astana_2024.md"


def _own_work(tmp_path: Path) -> Path:
    """A folder of someone's work: a thesis and a photo."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "thesis.pdf").write_bytes(b"%PDF-1.7 four years of work\n" * 100)
    (work / "photo.jpg").write_bytes(bytes(range(256)) * 40)
    return work


def test_a_store_whose_shards_folder_is_a_link_is_never_written_through(
    imported_samples: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    """The issue's case: shards/ links to a folder holding a thesis and a photo (and,
    here, the store's own shard files too, as if the user had moved them there)."""
    db = tmp_path / "store"
    shutil.copytree(imported_samples[0], db)
    work = _own_work(tmp_path)
    for shard in (db / "shards").iterdir():
        shard.rename(work / shard.name)
    (db / "shards").rmdir()
    (db / "shards").symlink_to(work)
    before = snapshot(tmp_path)

    for args in (["import", SAMPLE], ["import", ARTICLES], ["list"], ["check"],
                 ["check", "--repair"], ["check", "--repair", "--force"], ["reindex"]):
        run = run_reader("--db", db, *args, cwd=tmp_path)
        assert run.returncode == 1, str(run)
        assert_no_traceback(run)
        assert run.err.count("\n") == 1 and "shards is a symbolic link" in run.err, str(run)
        assert "nothing was changed" in run.err, str(run)
        assert changes(before, snapshot(tmp_path)) == [], args


def test_a_folder_that_merely_has_a_shards_folder_is_not_a_store(tmp_path: Path) -> None:
    """`reader --db ~/project list`, then `check --repair` as the old message advised:
    nothing in the project is touched, and no file is added to it."""
    project = tmp_path / "project"
    (project / "shards").mkdir(parents=True)
    (project / "shards" / "notes.txt").write_text("my notes\n")
    (project / "shards" / "data.json").write_text("{}")
    (project / "shards" / "broken.json").write_text("[1, 2")
    (project / "README").write_text("a project\n")
    before = snapshot(tmp_path)

    for args in (["list"], ["check"], ["check", "--repair"], ["import", SAMPLE], ["reindex"]):
        run = run_reader("--db", project, *args, cwd=tmp_path)
        assert run.returncode == 1, str(run)
        assert_no_traceback(run)
        assert "project is not a reader store" in run.err, str(run)
        assert "3 files the reader did not write" in run.err, str(run)
        assert "--repair --force" in run.err and "nothing was changed" in run.err, str(run)
        assert changes(before, snapshot(tmp_path)) == [], args


def test_repair_force_makes_it_a_store_and_leaves_every_foreign_file_alone(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    (project / "shards").mkdir(parents=True)
    (project / "shards" / "notes.txt").write_text("my notes\n")
    (project / "shards" / "broken.json").write_text("[1, 2")
    before = snapshot(tmp_path)

    run = run_reader("--db", project, "check", "--repair", "--force", cwd=tmp_path)
    assert run.returncode == 0, str(run)
    assert ("left alone 2 files in shards/ that the reader did not write: broken.json, notes.txt"
            in run.out), str(run)
    after = snapshot(tmp_path)
    assert all(after[rel] == digest for rel, digest in before.items()), changes(before, after)
    assert run_reader("--db", project, "import", SAMPLE, cwd=tmp_path).returncode == 0
    assert run_reader("--db", project, "check", cwd=tmp_path).returncode == 0
    after = snapshot(tmp_path)
    assert all(after[rel] == digest for rel, digest in before.items()), changes(before, after)


def test_foreign_files_inside_a_real_store_survive_imports_and_repairs(
    imported_samples: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    """A file dropped into shards/, and a link there named like a shard file, are not the
    store's: commits (which collect superseded shards) and a repair leave them, and
    what they point to, alone."""
    db = tmp_path / "store"
    shutil.copytree(imported_samples[0], db)
    work = _own_work(tmp_path)
    (db / "shards" / "thesis-copy.pdf").write_bytes((work / "thesis.pdf").read_bytes())
    (db / "shards" / "body-99.1.json").symlink_to(work / "photo.jpg")
    (db / "notes.txt").write_text("kept beside the store\n")
    foreign = {rel: digest for rel, digest in snapshot(tmp_path).items()
               if not rel.startswith("store/") or rel in (
                   "store/shards/thesis-copy.pdf", "store/shards/body-99.1.json",
                   "store/notes.txt")}

    extra = tmp_path / "extra.md"
    extra.write_text("# Another article\n\nA second text about Astana and Tashkent.\n")
    for args in (["import", extra], ["reindex"], ["check", "--repair"]):
        run = run_reader("--db", db, *args, cwd=tmp_path)
        assert run.returncode == 0, str(run)
    catalog = json.loads((db / "store.json").read_text())["files"]["catalog"]
    (db / "shards" / catalog).write_text("not json")  # damage: a repair moves it aside
    run = run_reader("--db", db, "check", "--repair", cwd=tmp_path)
    assert run.returncode == 0, str(run)
    assert "thesis-copy.pdf" in run.out and "body-99.1.json" in run.out, str(run)
    after = snapshot(tmp_path)
    assert {rel: after.get(rel) for rel in foreign} == foreign
    assert len(store_ids(db)) == len(imported_samples[1]) + 1


def test_a_store_reached_through_a_linked_folder_is_used_where_it_lies(
    imported_samples: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    """`--db` may name a link to the store's folder (a data folder on another disk):
    the store is the folder it leads to, with its own files only."""
    real = tmp_path / "disk" / "store"
    real.parent.mkdir()
    shutil.copytree(imported_samples[0], real)
    link = tmp_path / "store-link"
    link.symlink_to(real)
    extra = tmp_path / "extra.md"
    extra.write_text("# Another article\n\nA second text about Astana and Tashkent.\n")
    run = run_reader("--db", link, "import", extra, cwd=tmp_path)
    assert run.returncode == 0, str(run)
    assert len(store_ids(real)) == len(imported_samples[1]) + 1
    assert os.readlink(link) == str(real)


def test_a_lock_file_that_is_a_link_is_not_written_through(
    imported_samples: tuple[Path, list[str]], tmp_path: Path,
) -> None:
    db = tmp_path / "store"
    shutil.copytree(imported_samples[0], db)
    work = _own_work(tmp_path)
    (db / "lock").unlink(missing_ok=True)
    (db / "lock").symlink_to(work / "thesis.pdf")
    before = snapshot(tmp_path)
    run = run_reader("--db", db, "import", SAMPLE, cwd=tmp_path)
    assert run.returncode == 1, str(run)
    assert_no_traceback(run)
    assert "lock is a symbolic link" in run.err, str(run)
    assert changes(before, snapshot(tmp_path)) == []
