"""The command line as a real subprocess: exit statuses, what each command prints, kills.

The commands called in-process (output to a terminal, `locate`) are in
tests/unit/test_cli_main.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers.paths import ARTICLES, ROOT, SEED
from helpers.processes import Run, reader_env, run_reader
from reader.cli import main
from reader.layout import cell_width, layout_text


def run(*args: str, env: dict[str, str] | None = None) -> Run:
    """``reader ARGS`` in the checkout (relative paths such as ``articles`` work)."""
    return run_reader(*args, env=env, cwd=ROOT, timeout=120)


def test_import_the_samples_then_again_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    first = run("--db", db, "import", "articles")
    assert first.returncode == 0, first.err
    files = len([p for p in ARTICLES.iterdir() if p.is_file()])
    assert first.out.count("imported ") == files
    assert f"{files} files: " in first.out and " 0 files failed" in first.out
    second = run("import", "--db", db, "articles")  # --db after the command works too
    assert second.returncode == 0
    assert ": 0 articles imported," in second.out
    assert second.out.count("duplicate ") == files
    listed = json.loads(run("--db", db, "list", "--json").out)
    assert len(listed) == len({a["id"] for a in listed}) >= files


def test_list_json_fields_and_order(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    rows = json.loads(run("--db", db, "list", "--json", "--limit", "3").out)
    assert len(rows) == 3
    assert {"id", "title", "date", "source", "url", "language"} <= set(rows[0])
    assert rows[0]["date"] is not None
    everything = json.loads(run("--db", db, "list", "--json").out)
    assert everything[-1]["title"].startswith("وفي 18 مايو")  # the undated seed sorts last
    assert [r["date"] for r in everything[:-1]] == sorted(
        (r["date"] for r in everything[:-1]), reverse=True)


def test_every_command_on_a_store_that_does_not_exist(tmp_path: Path) -> None:
    db = str(tmp_path / "nothing")
    assert run("--db", db, "list").out == ""
    assert json.loads(run("--db", db, "list", "--json").out) == []
    assert json.loads(run("--db", db, "search", "Kazakhstan", "--json").out) == []
    shown = run("--db", db, "show", "abc")
    assert shown.returncode == 2 and "Traceback" not in shown.err and "empty" in shown.err
    assert not Path(db).exists()


def test_import_reports_bad_files_and_keeps_going(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "broken.json").write_text('{"title": "x", "body": ', encoding="utf-8")
    (bad / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    shutil.copy(SEED, bad / "seed.txt")
    out = run("--db", str(tmp_path / "db"), "import", str(bad))
    assert out.returncode == 1
    assert "Traceback" not in out.err + out.out
    failed = [line for line in out.out.splitlines() if line.startswith("failed")]
    assert len(failed) == 3 and all(": " in line for line in failed)
    assert any("broken.json" in line for line in failed)
    assert "1 article imported" in out.out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--db", str(tmp_path), "list", "--limit", "0").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("import").returncode == 2


def test_show_prints_visual_lines_within_the_width(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", str(SEED))
    ref = json.loads(run("--db", db, "list", "--json").out)[0]["id"][:8]
    out = run("--db", db, "show", ref, "--width", "50")
    assert out.returncode == 0
    lines = out.out.splitlines()
    assert all(cell_width(line) <= 50 for line in lines)
    assert "\x1b" not in out.out
    body_first = SEED.read_text(encoding="utf-8").split("\n")[0]
    expected = layout_text(body_first, 50)[0].text
    assert any(line.endswith(expected) and cell_width(line) == 50 for line in lines)  # flush right


def test_show_unknown_and_ambiguous_refs(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    missing = run("--db", db, "show", "ffffffffffff")
    assert missing.returncode == 2 and "no article" in missing.err


def test_entities_of_a_file_and_of_a_stored_article(tmp_path: Path) -> None:
    out = run("entities", str(SEED), "--json")
    data = json.loads(out.out)
    assert {p["english"] for p in data["people"]} == {
        "Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov"}
    assert all({"name", "aliases", "english", "country", "count"} <= set(p) for p in data["people"])
    assert all({"name", "aliases", "english", "kind", "code", "count"} <= set(p)
               for p in data["places"])
    db = str(tmp_path / "db")
    run("--db", db, "import", str(SEED))
    ref = json.loads(run("--db", db, "list", "--json").out)[0]["id"]
    again = json.loads(run("--db", db, "entities", ref[:6], "--json").out)
    assert again["people"] == data["people"]


def test_search_finds_the_seed_by_leader_and_country(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    for query in ("Tokayev", "كازاخستان"):
        rows = json.loads(run("--db", db, "search", query, "--json").out)
        assert any(r["title"].startswith("وفي 18 مايو") for r in rows), query


def test_reindex_and_check(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    assert run("--db", db, "reindex").returncode == 0
    check = run("--db", db, "check")
    assert check.returncode == 0 and "consistent" in check.out


def test_default_store_gets_the_samples_on_first_use(tmp_path: Path) -> None:
    out = run("list", "--json", env=reader_env({"READER_DB": str(tmp_path / "default")}))
    assert "first run: imported" in out.err
    assert len(json.loads(out.out)) >= 7


def test_a_writer_killed_mid_write_leaves_the_store_intact(tmp_path: Path) -> None:
    """SIGKILL an import at several points of its writes: the store always opens and checks clean.

    The crash hook (READER_CRASH_AT_WRITE, see reader.store.files) kills the
    import at an exact write, one after the other on the same store: the new
    store's first root half written, a shard of the second commit half
    written, a file of a later commit written but not renamed.
    """
    db = tmp_path / "db"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        entries = [{"title": f"خبر {n}-{i}", "body": f"نص عن كازاخستان والصين رقم {n} {i}. " * 20,
                    "date": f"2023-{n % 12 + 1:02d}-{i % 28 + 1:02d}", "url": f"https://e.x/{n}/{i}"}
                   for i in range(50)]
        (corpus / f"batch{n:02d}.json").write_text(json.dumps(entries, ensure_ascii=False),
                                                  encoding="utf-8")
    # Commit often (about 80 writes a commit) so kills land between and inside commits.
    batch = {"READER_COMMIT_ARTICLES": "300"}
    for write in ("1:partial", "120:partial", "200:unrenamed"):
        killed = run("--db", str(db), "import", str(corpus),
                     env=reader_env({**batch, "READER_CRASH_AT_WRITE": write}))
        assert killed.returncode == -9, str(killed)
        if db.exists():
            check = run("--db", str(db), "check")
            assert check.returncode == 0, str(check)
    final = run("--db", str(db), "import", str(corpus), env=reader_env(batch))
    assert final.returncode == 0
    rows = json.loads(run("--db", str(db), "list", "--json").out)
    assert len(rows) == 2000 and len({r["id"] for r in rows}) == 2000


def test_an_index_from_an_older_extractor_is_reported_until_reindex(tmp_path: Path) -> None:
    from reader.entities import ANALYSER_VERSION

    db = tmp_path / "db"
    assert main(["--db", str(db), "import", str(SEED)]) == 0
    root = db / "store.json"
    doc = json.loads(root.read_text(encoding="utf-8"))
    doc["analyser"] = "0"  # as if indexed by an older reader
    root.write_text(json.dumps(doc), encoding="utf-8")
    checked = run("--db", str(db), "check")
    assert checked.returncode == 0
    assert (f"indexed by extractor version 0; this reader has version {ANALYSER_VERSION}"
            in checked.out)
    # A new import does not make the old part current: still reported, also by import.
    imported = run("--db", str(db), "import", str(ROOT / "articles"))
    assert "run `reader reindex`" in imported.err
    assert "run `reader reindex`" in run("--db", str(db), "check").out
    assert run("--db", str(db), "reindex").returncode == 0
    assert "reindex" not in run("--db", str(db), "check").out
