"""The store's files and only them: names it gives, in a real folder, never through a link."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.drafts import draft, simple_analyser
from helpers.hashes import changes, snapshot
from reader.store import StoreCorrupt, open_store
from reader.store.backend import DirBackend
from reader.store.errors import NotAStore
from reader.store.maintenance import repair
from reader.store.shards import is_own_file, is_shard_file


@pytest.mark.parametrize("name", [
    "body-0.1.json", "body-12.345.json", "ent-63.2.json", "word-255.9.json", "keys-a.3.json",
    "docmap.7.json", "catalog.12.json", "list-3-00001.json", ".body-0.1.json.ab_c1234.tmp",
])
def test_the_names_the_store_gives_are_its_own(name: str) -> None:
    assert is_own_file(name)


@pytest.mark.parametrize("name", [
    "thesis.pdf", "photo.jpg", "data.json", "body.json", "body-x.1.json", "keys-g.1.json",
    "body-0.1.json.bak", "../body-0.1.json", ".thesis.pdf.abcdefgh.tmp", "store.json",
    "state.json", "lock", "catalog.json", "list-3-1.json",
])
def test_any_other_name_is_not(name: str) -> None:
    assert not is_own_file(name)
    assert not is_shard_file(name)


def test_remove_shards_deletes_only_the_stores_own_regular_files(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    store.import_drafts([draft(1)])
    backend = store.backend
    assert isinstance(backend, DirBackend)
    shards = backend.shard_dir
    (shards / "notes.txt").write_text("mine")
    (tmp_path / "photo.jpg").write_bytes(b"jpg")
    (shards / "body-7.7.json").symlink_to(tmp_path / "photo.jpg")
    (shards / "list-9-00001.json").mkdir()
    before = snapshot(tmp_path)

    assert backend.shard_names() == sorted(
        p.name for p in shards.iterdir() if p.name.endswith(".json") and p.name.startswith(
            ("body-0", "catalog", "docmap", "ent-", "keys-", "list-1", "word-")))
    removed = backend.remove_shards(["notes.txt", "body-7.7.json", "list-9-00001.json",
                                     "../photo.jpg", "docmap.1.json"])
    assert removed == ["docmap.1.json"]
    assert changes(before, snapshot(tmp_path)) == ["s/shards/docmap.1.json: "
                                                   f"{before['s/shards/docmap.1.json']} -> absent"]


def test_a_root_naming_a_file_that_is_not_a_shard_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("not for the store")
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    store.import_drafts([draft(1)])
    root_path = tmp_path / "s" / "store.json"
    root = json.loads(root_path.read_text())
    root["files"]["catalog"] = "../../secret.txt"
    root_path.write_text(json.dumps(root))
    with pytest.raises(StoreCorrupt, match="which is not a shard file"):
        open_store(tmp_path / "s").catalog()


def test_a_shards_link_is_refused_before_anything_is_read_or_written(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    store.import_drafts([draft(1)])
    elsewhere = tmp_path / "elsewhere"
    (tmp_path / "s" / "shards").rename(elsewhere)
    (tmp_path / "s" / "shards").symlink_to(elsewhere)
    (elsewhere / "thesis.pdf").write_bytes(b"thesis")
    before = snapshot(tmp_path)
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    with pytest.raises(NotAStore, match="shards is a symbolic link"):
        store.count()
    with pytest.raises(NotAStore, match="shards is a symbolic link"):
        store.import_drafts([draft(2)])
    with pytest.raises(NotAStore, match="shards is a symbolic link"):
        repair(store, force=True)
    assert changes(before, snapshot(tmp_path)) == []


def test_an_empty_shards_folder_without_a_root_is_a_new_store(tmp_path: Path) -> None:
    (tmp_path / "s" / "shards").mkdir(parents=True)
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    assert store.count() == 0
    store.import_drafts([draft(1)])
    assert open_store(tmp_path / "s").count() == 1


def test_repair_reports_every_file_it_touches(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s", analyser=simple_analyser)
    store.import_drafts([draft(i) for i in range(5)])
    store.import_drafts([draft(i) for i in range(5, 9)])
    shards = tmp_path / "s" / "shards"
    root = json.loads((tmp_path / "s" / "store.json").read_text())
    (shards / root["files"]["docmap"]).write_text("{")
    stale = shards / "word-3.1.json"  # a superseded file of generation 1, left by a crash
    stale.write_text(json.dumps({"postings": {}}))
    (shards / "mine.txt").write_text("a user's file")
    report = repair(open_store(tmp_path / "s", analyser=simple_analyser))
    lines = report.lines()
    assert any(line.startswith("moved damaged file aside: ") and "docmap" in line
               for line in lines), lines
    assert "deleted superseded store file: shards/word-3.1.json" in lines, lines
    assert ("left alone 1 file in shards/ that the reader did not write: mine.txt"
            in lines), lines
    assert lines[-1] == "rebuilt the indexes: the store holds 9 articles"
    assert (shards / "mine.txt").read_text() == "a user's file"
    for line in lines:
        if line.startswith("deleted superseded store file: "):
            assert not (tmp_path / "s" / line.split(": ", 1)[1]).exists()
