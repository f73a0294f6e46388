"""``reader correct``: hide, merge and link from the command line; list, undo, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.corrections import ASHTON, CARTER, OBAMA, article_id, people_store
from reader.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    people_store(tmp_path / "db")
    return str(tmp_path / "db")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def search_titles(capsys: pytest.CaptureFixture[str], db: str, query: str) -> list[str]:
    status, out, _ = run(capsys, "search", "--db", db, "--json", query)
    return [a["title"] for a in json.loads(out)["articles"]] if status in (0, 1) else []


def test_merge_then_search_finds_both_and_undo_restores(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "correct", "merge", "كاثرين آشتون", "Ash Carter", "--db", db)
    assert status == 0
    assert out.startswith("1: merge Catherine Ashton (GB) → Ash Carter (US) everywhere")
    assert set(search_titles(capsys, db, "Catherine Ashton")) >= {
        "كارتر في الرياض", "آشتون في بروكسل"}
    status, out, _ = run(capsys, "correct", "list", "--db", db)
    assert status == 0 and out.split()[0] == "1" and "merge Catherine Ashton" in out
    status, out, _ = run(capsys, "correct", "list", "--json", "--db", db)
    (row,) = json.loads(out)
    assert (row["action"], row["key"], row["target"]["key"]) == ("merge", ASHTON, CARTER)
    assert run(capsys, "correct", "undo", "1", "--db", db)[0] == 0
    assert search_titles(capsys, db, "Catherine Ashton")[:1] == ["آشتون في بروكسل"]
    assert run(capsys, "correct", "list", "--db", db)[1] == "no corrections\n"


def test_hide_in_one_article_and_everywhere(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.store import open_store

    ref = article_id(open_store(db), "أوباما وكيري")[:8]
    status, out, _ = run(capsys, "correct", "hide", "جون كيري", "--article", ref, "--db", db)
    assert status == 0 and f"in article {ref}" in out
    assert "أوباما وكيري" not in search_titles(capsys, db, "John Kerry")[:1]
    assert run(capsys, "correct", "hide", OBAMA, "--db", db)[0] == 0
    status, out, _ = run(capsys, "search", "--db", db, "--json", "Barack Obama")
    assert all(r["key"] != OBAMA for r in json.loads(out)["readings"])


def test_link_a_name_everywhere_to_a_known_person(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "correct", "link", "جون كيري", "Vladimir Putin", "--db", db)
    assert status == 0 and "→ Vladimir Putin (RU) everywhere" in out
    assert set(search_titles(capsys, db, "Putin")) == {"كيري في فيينا", "أوباما وكيري"}


@pytest.mark.parametrize(("argv", "said"), [
    (("hide", "Nobody Atall"), "no entity named Nobody Atall in the archive"),
    (("merge", "Ash Carter", "Ash Carter"), "already counts as"),
    (("undo", "7"), "no correction number 7"),
    (("link", "كيري", "Putin", "--article", "ffff"), "no article has an id starting with"),
    (("link", "فلان", "Vladimir Putin", "--article", "{ref}"), "has no entity named فلان"),
])
def test_errors_are_one_line_and_change_nothing(
        db: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str) -> None:
    from reader.store import open_store

    ref = article_id(open_store(db), "كيري في فيينا")[:8]
    argv = tuple(a.replace("{ref}", ref) for a in argv)
    status, out, err = run(capsys, "correct", *argv, "--db", db)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and said in err and "Traceback" not in err
    assert run(capsys, "correct", "list", "--db", db)[1] == "no corrections\n"


def test_an_ambiguous_name_is_refused_with_the_keys(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "correct", "link", "كيري", "George Bush", "--db", db)
    assert status == 2 and "give a key" in err and "person:" in err


def test_an_empty_store_has_nothing_to_correct(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "none")
    assert run(capsys, "correct", "list", "--db", db)[1] == "no corrections\n"
    status, _, err = run(capsys, "correct", "hide", "x", "--db", db)
    assert status == 2 and "is empty" in err


def test_link_a_name_in_one_article(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.store import open_store

    ref = article_id(open_store(db), "كارتر في الرياض")[:10]
    status, out, _ = run(capsys, "correct", "link", "كارتر", "John Kerry", "--article", ref,
                         "--db", db)
    assert status == 0 and f"→ John Kerry (US) in article {ref}" in out
    (row,) = json.loads(run(capsys, "correct", "list", "--json", "--db", db)[1])
    assert (row["key"], row["form"], row["count"]) == (CARTER, "كارتر", 2)
    status, out, _ = run(capsys, "entities", ref, "--json", "--db", db)
    found = json.loads(out)
    counts = {e["key"]: e["count"] for e in found["people"] + found["unsure_people"]}
    assert counts["person:john-kerry"] == 2 and counts[CARTER] == 1
