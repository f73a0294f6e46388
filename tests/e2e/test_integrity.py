"""Store integrity: `reader check` finds each kind of inconsistency and `--repair` rebuilds it.

Every file here stays valid JSON of the right shape: what is wrong is what it
says (a count, a missing list record, postings, a stale docmap, an id index
that leads nowhere, a body record that lost its id).  Body records are the
source of truth, so repair must bring back every article.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers.processes import run_reader, store_ids
from reader.store.postings import decode_postings, encode_postings

Edit = Callable[[Path], None]


@pytest.fixture
def built(imported_samples: tuple[Path, list[str]]) -> tuple[Path, list[str]]:
    """The bundled articles imported by `reader import` (copy it to change it): (store, ids)."""
    return imported_samples


def _root(db: Path) -> dict[str, Any]:
    return json.loads((db / "store.json").read_bytes())


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _shard(db: Path, ident: str) -> Path:
    return db / "shards" / _root(db)["files"][ident]


def _wrong_count(db: Path) -> None:
    _edit(db / "store.json", lambda r: r.update(count=r["count"] + 1))


def _missing_list_record(db: Path) -> None:
    name = _root(db)["lists"][0]["name"]
    _edit(db / "shards" / name, lambda d: d["articles"].pop(sorted(d["articles"], key=int)[3]))


def _list_record_differs(db: Path) -> None:
    name = _root(db)["lists"][0]["name"]
    _edit(db / "shards" / name, lambda d: d["articles"]["2"].update(title="another title"))


def _stale_docmap(db: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        sorts = d["docs"]["1"]["sort"]
        sorts[5] = "1999-01-01|000000005"

    _edit(_shard(db, "docmap"), change)


def _short_docmap(db: Path) -> None:
    _edit(_shard(db, "docmap"), lambda d: d["docs"]["1"]["sort"].pop())


def _wrong_entity_postings(db: Path) -> None:
    files = _root(db)["files"]
    for ident in sorted(k for k in files if k.startswith("ent/")):
        path = db / "shards" / files[ident]
        data = json.loads(path.read_bytes())
        doc = next((d for d in data["postings"].values() if len(decode_postings(d["p"])) >= 4),
                   None)
        if doc is not None:
            # Drop one (docno, count) pair.
            doc["p"] = encode_postings(decode_postings(doc["p"])[2:])
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            return
    raise AssertionError("no entity with two articles")


def _word_postings_to_nowhere(db: Path) -> None:
    word_shard = next(k for k in _root(db)["files"] if k.startswith("word/")).split("/")[1]

    def point_at_nothing(d: dict[str, Any]) -> None:
        first = d["postings"]["1"]
        first.update(p=encode_postings([*decode_postings(first["p"]), 999, 1]))

    _edit(_shard(db, "word/" + word_shard), point_at_nothing)


def _redirect_key(db: Path, prefix: str) -> None:
    for ident in sorted(k for k in _root(db)["files"] if k.startswith("keys/")):
        data = json.loads(_shard(db, ident).read_bytes())
        doc = next((d for d in data["keys"].values() if d["k"].startswith(prefix)), None)
        if doc is not None:
            doc["d"] = 77
            _shard(db, ident).write_text(json.dumps(data), encoding="utf-8")
            return
    raise AssertionError(prefix)


def _id_index_leads_nowhere(db: Path) -> None:
    _redirect_key(db, "i:")


def _fingerprint_index_leads_nowhere(db: Path) -> None:
    _redirect_key(db, "f:")


def _catalog_lost_an_entity(db: Path) -> None:
    _edit(_shard(db, "catalog"), lambda d: d["entities"].pop("1"))


def _body_record_lost_its_id(db: Path) -> None:
    _edit(_shard(db, "body/0"), lambda d: [d["articles"]["4"].pop(f) for f in ("id", "fp", "sort")])


def _duplicate_record(db: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["articles"]["40"] = dict(d["articles"]["1"])

    _edit(_shard(db, "body/0"), change)


CASES: list[tuple[str, Edit, str]] = [
    ("wrong count", _wrong_count, "the root counts 14 articles but the bodies hold 13"),
    ("missing list record", _missing_list_record, "is missing from the list"),
    ("list record differs", _list_record_differs, "list record of article 2 differs from its body"),
    ("stale docmap", _stale_docmap, "the docmap disagrees with article 5"),
    ("short docmap", _short_docmap, "the docmap disagrees with article 12"),
    ("wrong entity postings", _wrong_entity_postings, "disagree with the articles"),
    ("word postings to nowhere", _word_postings_to_nowhere, "name an article that does not exist"),
    ("id index leads nowhere", _id_index_leads_nowhere, "the id index does not lead to article"),
    ("fingerprint index leads nowhere", _fingerprint_index_leads_nowhere,
     "leads to article 77, which does not have it"),
    ("catalog lost an entity", _catalog_lost_an_entity, "is indexed but missing from the catalog"),
    ("body record lost its id", _body_record_lost_its_id, "article 4 lacks id, fp, sort"),
    ("duplicate record", _duplicate_record, "have the same id"),
]


@pytest.mark.parametrize(("name", "edit", "problem"), CASES, ids=[c[0] for c in CASES])
def test_check_reports_the_inconsistency_and_repair_rebuilds_every_article(
    name: str, edit: Edit, problem: str, built: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db = shutil.copytree(built[0], tmp_path / "store")
    edit(db)

    checked = run_reader("--db", db, "check")
    assert checked.returncode == 1, str(checked)
    assert problem in checked.out and "run `reader check --repair`" in checked.out, checked.out

    repaired = run_reader("--db", db, "check", "--repair")
    assert repaired.returncode == 0, str(repaired)
    assert "found " in repaired.out
    assert "rebuilt the indexes: the store holds 13 articles" in repaired.out

    again = run_reader("--db", db, "check")
    assert again.returncode == 0 and "is consistent: 13 articles" in again.out, str(again)
    assert store_ids(db) == built[1]
