"""Tests of the command line: real subprocesses for exit codes and output, in-process for speed."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from reader.cli import main
from reader.layout import cell_width, layout_text
from reader.store import open_store

ARTICLES = ROOT / "articles"


def run(*args: str, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          timeout=timeout, env=env or os.environ.copy(), cwd=ROOT, check=False)


def test_import_the_samples_then_again_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    first = run("--db", db, "import", "articles")
    assert first.returncode == 0, first.stderr
    files = len([p for p in ARTICLES.iterdir() if p.is_file()])
    assert first.stdout.count("imported ") == files
    assert f"{files} files: " in first.stdout and " 0 failed" in first.stdout
    second = run("import", "--db", db, "articles")  # --db after the command works too
    assert second.returncode == 0
    assert ": 0 imported," in second.stdout
    assert second.stdout.count("duplicate ") == files
    listed = json.loads(run("--db", db, "list", "--json").stdout)
    assert len(listed) == len({a["id"] for a in listed}) >= files


def test_list_json_fields_and_order(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    rows = json.loads(run("--db", db, "list", "--json", "--limit", "3").stdout)
    assert len(rows) == 3
    assert {"id", "title", "date", "source", "url", "language"} <= set(rows[0])
    assert rows[0]["title"].startswith("وفي 18 مايو")  # the undated seed sorts by import time


def test_every_command_on_a_store_that_does_not_exist(tmp_path: Path) -> None:
    db = str(tmp_path / "nothing")
    assert run("--db", db, "list").stdout == ""
    assert json.loads(run("--db", db, "list", "--json").stdout) == []
    assert json.loads(run("--db", db, "search", "Kazakhstan", "--json").stdout) == []
    shown = run("--db", db, "show", "abc")
    assert shown.returncode == 2 and "Traceback" not in shown.stderr and "empty" in shown.stderr
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
    assert "Traceback" not in out.stderr + out.stdout
    failed = [line for line in out.stdout.splitlines() if line.startswith("failed")]
    assert len(failed) == 3 and all(": " in line for line in failed)
    assert any("broken.json" in line for line in failed)
    assert "1 imported" in out.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--db", str(tmp_path), "list", "--limit", "0").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("import").returncode == 2


def test_show_prints_visual_lines_within_the_width(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", str(SEED))
    ref = json.loads(run("--db", db, "list", "--json").stdout)[0]["id"][:8]
    out = run("--db", db, "show", ref, "--width", "50")
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert all(cell_width(line) <= 50 for line in lines)
    assert "\x1b" not in out.stdout
    body_first = SEED.read_text(encoding="utf-8").split("\n")[0]
    expected = layout_text(body_first, 50)[0].text
    assert any(line.endswith(expected) and cell_width(line) == 50 for line in lines)  # flush right


class _Terminal(io.StringIO):
    """Stands for stdout on a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command", [["show"], ["list"], ["search", "Tokayev"]])
def test_laid_out_output_to_a_terminal_is_kept_from_bidi_reordering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """A terminal that reorders by itself (VTE, Konsole, mlterm) would undo our
    layout: it is put in explicit mode (BDSM, CSI 8 l) and back (CSI 8 h)."""
    db = str(tmp_path / "db")
    assert main(["--db", db, "import", str(SEED)]) == 0
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    ref = open_store(Path(db)).latest(1)[0].id[:8]
    argv = ["--db", db, *command] + ([ref, "--width", "60"] if command == ["show"] else [])
    assert main(argv) == 0
    text = terminal.getvalue()
    assert text.startswith("\x1b[8l") and text.endswith("\x1b[8h")
    assert text.count("\x1b") == 2
    assert any("\ufe70" <= ch <= "\ufeff" for ch in text)  # shaped: laid out for the terminal


def test_show_unknown_and_ambiguous_refs(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    missing = run("--db", db, "show", "ffffffffffff")
    assert missing.returncode == 2 and "no article" in missing.stderr


def test_entities_of_a_file_and_of_a_stored_article(tmp_path: Path) -> None:
    out = run("entities", str(SEED), "--json")
    data = json.loads(out.stdout)
    assert {p["english"] for p in data["people"]} == {
        "Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov"}
    assert all({"name", "aliases", "english", "country", "count"} <= set(p) for p in data["people"])
    assert all({"name", "aliases", "english", "kind", "code", "count"} <= set(p)
               for p in data["places"])
    db = str(tmp_path / "db")
    run("--db", db, "import", str(SEED))
    ref = json.loads(run("--db", db, "list", "--json").stdout)[0]["id"]
    again = json.loads(run("--db", db, "entities", ref[:6], "--json").stdout)
    assert again["people"] == data["people"]


def test_search_finds_the_seed_by_leader_and_country(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    for query in ("Tokayev", "كازاخستان"):
        rows = json.loads(run("--db", db, "search", query, "--json").stdout)
        assert any(r["title"].startswith("وفي 18 مايو") for r in rows), query


def test_reindex_and_check(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    run("--db", db, "import", "articles")
    assert run("--db", db, "reindex").returncode == 0
    check = run("--db", db, "check")
    assert check.returncode == 0 and "consistent" in check.stdout


def test_default_store_gets_the_samples_on_first_use(tmp_path: Path) -> None:
    env = os.environ.copy()
    env["READER_DB"] = str(tmp_path / "default")
    out = run("list", "--json", env=env)
    assert "first run: imported" in out.stderr
    assert len(json.loads(out.stdout)) >= 7


def test_locate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--db", str(tmp_path / "x"), "locate", "data"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "x")


def test_pure_modules_import_no_textual() -> None:
    code = ("import sys; import reader.cli, reader.store, reader.layout, reader.entities, "
            "reader.importers, reader.search, reader.ingest, reader.views; "
            "from reader.cli import main; main(['list', '--json']); "
            "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) "
            "else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stderr


def test_a_writer_killed_mid_write_leaves_the_store_intact(tmp_path: Path) -> None:
    """SIGKILL an import at several moments: the store always opens and checks clean."""
    db = tmp_path / "db"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        entries = [{"title": f"خبر {n}-{i}", "body": f"نص عن كازاخستان والصين رقم {n} {i}. " * 20,
                    "date": f"2023-{n % 12 + 1:02d}-{i % 28 + 1:02d}", "url": f"https://e.x/{n}/{i}"}
                   for i in range(50)]
        (corpus / f"batch{n:02d}.json").write_text(json.dumps(entries, ensure_ascii=False),
                                                  encoding="utf-8")
    env = os.environ.copy()
    env["READER_COMMIT_ARTICLES"] = "300"  # commit often so kills land between and inside commits
    for delay in (0.3, 1.0, 2.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", "--db", str(db), "import", str(corpus)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            check = run("--db", str(db), "check")
            assert check.returncode == 0, check.stdout + check.stderr
    final = run("--db", str(db), "import", str(corpus), env=env)
    assert final.returncode == 0
    rows = json.loads(run("--db", str(db), "list", "--json").stdout)
    assert len(rows) == 2000 and len({r["id"] for r in rows}) == 2000


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_reader_show_in_tmux_reads_right(tmp_path: Path) -> None:
    """`reader show` on the seed in a real terminal: first words top right, joined, in order."""
    db = str(tmp_path / "db")
    run("--db", db, "import", str(SEED))
    ref = json.loads(run("--db", db, "list", "--json").stdout)[0]["id"][:10]
    socket = f"show-{os.getpid()}"
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    # head: the article is longer than the pane, and its first lines must stay on screen.
    command = f"{sys.executable} -m reader --db {db} show {ref} --width 80 | head -n 20; sleep 30"
    subprocess.run(["tmux", "-u", "-L", socket, "new-session", "-d", "-x", "80", "-y", "24",
                    "sh", "-c", command], check=True, env=env, cwd=ROOT)
    try:
        rows: list[str] = []
        for _ in range(150):
            out = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p"],
                                 capture_output=True, text=True, check=True, env=env)
            rows = out.stdout.split("\n")
            if len([r for r in rows if r.strip()]) > 5:
                break
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, env=env)
    first = rows[0]
    assert first.rstrip().endswith("ﻲﻓﻭ")  # "وفي": the first word, joined, at the top right
    assert cell_width(first) == 80
    words = first.split()
    assert words[-1] == "ﻲﻓﻭ" and words[-2] == "18"  # reading order: وفي then 18, right to left
    screen = "\n".join(rows)
    assert "وفي" not in screen and "اجتمع" not in screen  # nothing logical or unshaped
    assert "ﻊﻤﺘﺟﺍ" in screen


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
            in checked.stdout)
    # A new import does not make the old part current: still reported, also by import.
    imported = run("--db", str(db), "import", str(ROOT / "articles"))
    assert "run `reader reindex`" in imported.stderr
    assert "run `reader reindex`" in run("--db", str(db), "check").stdout
    assert run("--db", str(db), "reindex").returncode == 0
    assert "reindex" not in run("--db", str(db), "check").stdout
