"""Hostile text: escape sequences and bidi controls in articles and file names never reach a tty.

Articles carry C0 controls, CSI (erase screen, colours, a cursor query), OSC
0/2 (window title), OSC 52 (clipboard), DCS, APC, 8-bit C1 controls (CSI
0x9B, OSC 0x9D, ST 0x9C, DCS 0x90, NEL 0x85) and every bidi embedding,
override and isolate control, in every field: through each importer (JSON,
text with front matter, Markdown, HTML, an Atom feed), in file names
(including one that is not UTF-8, whose raw 0x9B byte Python hands around as
a surrogate), and directly through the store for fields the importers clean
(url, date).  Every command's stdout and stderr must be UTF-8 holding none
of them; the app's raw terminal output may hold only Textual's own escape
sequences.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from helpers.processes import Run, assert_no_traceback, reader_argv, run_reader
from helpers.terminal import (
    ESCAPE,
    HOSTILE,
    PtyApp,
    app_output_problems,
    assert_terminal_safe,
    main_screen,
    terminal_env,
)
from reader.models import ArticleDraft
from reader.store import open_store

H = HOSTILE
HOSTILE_NAME = "name\x1b]0;FILE-TITLE\x07\u202e\x9b"
RAW_NAME = b"raw\x9bname\xff"  # not UTF-8: a raw 8-bit CSI in a file name


def _write_hostile_files(directory: Path) -> None:
    directory.mkdir(parents=True)
    (directory / "a.json").write_text(json.dumps({
        "title": "JSON " + H + " null\x00", "content": "body " + H + "\n\nتوكاييف في أستانا " + H,
        "source": "S " + H, "author": "A " + H, "url": "https://e.test/j" + H,
        "date": "2024-01-02" + H,
    }, ensure_ascii=False), encoding="utf-8")
    (directory / "b.txt").write_text(
        f"title: T {H}\nsource: S {H}\nauthor: A {H}\nurl: https://e.test/t{H}\n"
        f"date: 2024-01-03\n\nbody {H}\n",
        encoding="utf-8")
    (directory / "c.md").write_text(f"# Markdown {H}\n\nbody {H}\n", encoding="utf-8")
    (directory / "d.html").write_text(
        f"<html><head><title>HTML {H}</title><meta name='author' content='A {H}'></head><body>"
        f"<article><h1>HTML {H}</h1><p>Paragraph one {H} with enough words to be the main text "
        f"of the page for the extractor.</p><p>Paragraph two {H} with more words.</p></article>"
        "</body></html>", encoding="utf-8")
    (directory / "e.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Feed {escape(H)}</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>"
        f"<entry><title>Entry {escape(H)}</title><id>urn:e1</id>"
        f'<link href="https://e.test/f{escape(H)}"/><author><name>A {escape(H)}</name></author>'
        f"<updated>2024-01-04T00:00:00Z</updated>"
        f'<content type="html">{escape("<p>body " + H + "</p>")}</content></entry></feed>',
        encoding="utf-8")
    (directory / f"{HOSTILE_NAME}.txt").write_text("Named badly\n\nbody", encoding="utf-8")
    with open(os.path.join(os.fsencode(directory), RAW_NAME + b".txt"), "wb") as fh:
        fh.write(b"Raw name\n\nbody")
    (directory / f"{HOSTILE_NAME}.json").write_text("{ truncated", encoding="utf-8")  # fails, named


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Run]]:
    """A store holding hostile articles, the files they came from, and the import runs."""
    base = tmp_path_factory.mktemp("hostile")
    files = base / "in"
    _write_hostile_files(files)
    db = base / "store"
    runs = [run_reader("--db", db, "import", files, cwd=base),
            run_reader("--db", db, "import", files, cwd=base)]  # again: duplicate lines
    open_store(db).import_drafts([ArticleDraft(
        title="Every field " + H, body="قال الرئيس قاسم جومارت توكاييف " + H + "\n\nفي أستانا " + H,
        source="S " + H, url="https://e.test/every" + H, author="A " + H, date="2024-05-05" + H,
        language="ar" + H)])
    return db, files, runs


def _ids(db: Path) -> list[str]:
    return [s.id for s in open_store(db).latest()]


def test_the_hostile_text_really_is_in_the_store(hostile: tuple[Path, Path, list[Run]]) -> None:
    """Guard against a vacuous test: the controls reached every field we print."""
    db, _, _ = hostile
    store = open_store(db)
    articles = [store.article(s.docno) for s in store.latest()]
    fields = {f for a in articles for f in ("title", "body", "source", "author", "url", "date")
              if any(c in (getattr(a, f) or "") for c in ("\x1b", "\x9b", "\u202e"))}
    assert fields == {"title", "body", "source", "author", "url", "date"}
    titles = " ".join(a.title for a in articles)
    for kind in ("JSON", "Markdown", "Entry", "Every field"):
        assert any(a.title.startswith(kind) and "\x1b]52;" in a.title + a.body
                   for a in articles), kind
    assert "HTML" in titles and "Named badly" in titles and "Raw name" in titles


def test_import_output_names_hostile_files_escaped(hostile: tuple[Path, Path, list[Run]]) -> None:
    _, _, runs = hostile
    first, again = runs
    assert first.returncode == 1  # the truncated JSON failed; the others imported
    assert "FILE-TITLE" in first.out and "raw" in first.out and "failed" in first.out
    assert "duplicate" in again.out
    for run in runs:
        assert_no_traceback(run)
        assert_terminal_safe(run)


@pytest.mark.parametrize("args", [
    ["list"], ["list", "--json"], ["list", "--limit", "3"],
    ["search", "bell"], ["search", "bell", "--json"], ["search", "Tokayev"], ["search", "أستانا"],
    ["search", "\x1b]0;Q\x07\u202e\x9b", "--json"], ["search", "\x1b[2J"],
], ids=lambda a: " ".join(a).encode("unicode_escape").decode())
def test_listing_and_search_print_no_control(
    args: list[str], hostile: tuple[Path, Path, list[Run]],
) -> None:
    db, _, _ = hostile
    run = run_reader("--db", db, *args)
    # search exits as grep does: 1 when nothing matches (said on stderr, terminal-safe too).
    assert run.returncode in ({0} if args[0] == "list" else {0, 1}), str(run)
    assert_terminal_safe(run)
    if "--json" in args and args[0] == "list":
        rows = json.loads(run.stdout)  # still JSON, and the text is all there, exactly
        stored = {s.id: s for s in open_store(db).latest()}
        assert all(row["title"] == stored[row["id"]].title for row in rows)
        assert any("\x1b]52;" in row["title"] and "\u202e" in row["source"] for row in rows)


def test_show_and_entities_of_every_article_print_no_control(
    hostile: tuple[Path, Path, list[Run]]
) -> None:
    db, _, _ = hostile
    for ident in _ids(db):
        for args in (["show", ident, "--width", "60"], ["show", ident[:6]],
                     ["entities", ident], ["entities", ident, "--json"]):
            run = run_reader("--db", db, *args)
            assert run.returncode == 0, str(run)
            assert_terminal_safe(run)


def test_entities_of_hostile_files_print_no_control(hostile: tuple[Path, Path, list[Run]]) -> None:
    db, files, _ = hostile
    for path in sorted(files.iterdir()):
        for extra in ([], ["--json"]):
            run = run_reader("--db", db, "entities", path, *extra)
            assert run.returncode in (0, 1), str(run)
            assert_no_traceback(run)
            assert_terminal_safe(run)


def test_error_messages_escape_what_they_quote(
    hostile: tuple[Path, Path, list[Run]], tmp_path: Path,
) -> None:
    db, _, _ = hostile
    evil = "\x1b]52;c;ZXZpbA==\x07\u202e\x9b"
    as_file = tmp_path / f"store{evil}"
    as_file.write_text("not a store")
    damaged = tmp_path / f"damaged{evil}"
    damaged.mkdir()
    (damaged / "shards").mkdir()
    (damaged / "store.json").write_bytes(b"\x1b]0;garbage")
    raw_dir = os.fsdecode(os.fsencode(tmp_path) + b"/raw\x9b\xffdir")
    cases: list[tuple[list[str | Path], int]] = [
        (["--db", db, "show", evil], 2),
        (["--db", db, "show", "ab" + evil], 2),
        (["--db", db, "entities", f"missing{evil}.txt"], 1),
        (["--db", db, "import", tmp_path / f"missing{evil}.txt"], 1),
        (["--db", db, "import", raw_dir], 1),
        (["--db", as_file, "list"], 1),
        (["--db", damaged, "list"], 1),
        (["--db", damaged, "check"], 1),
        (["--db", damaged, "search", evil], 2),  # search: grep's 2 for an error
        (["--db", raw_dir, "locate", "data"], 0),
        (["--db", db, f"--bogus{evil}"], 2),
        (["--db", db, "list", "--limit", evil], 2),
        (["--db", db, f"nocommand{evil}"], 2),
    ]
    for args, status in cases:
        run = run_reader(*args)
        assert run.returncode == status, str(run)
        assert_no_traceback(run)
        assert_terminal_safe(run)


def test_the_app_writes_only_textual_escapes_while_showing_every_hostile_article(
    hostile: tuple[Path, Path, list[Run]], tmp_path: Path
) -> None:
    db, _, _ = hostile
    count = len(_ids(db))
    app = PtyApp(reader_argv("--db", str(db)), terminal_env(tmp_path))
    try:
        app.wait_for(b"articles")
        # The first article is open: open each other one in turn (list row,
        # reading pane, people and places), each key once the app painted the
        # last one; then search for the hostile text, clear it and quit.
        for _ in range(count - 1):
            app.press(b"j")
            app.press(b"\r")
        # Each state proven by the screen, not by bytes painted after the key:
        # the status line says "All articles" while the search field is open, and
        # a "q" read before the field lost focus would be typed into it.
        app.press(b"p")
        app.press(b"/", until=lambda rows: "esc Cancel" in rows[-1], what="the search field")
        app.press(b"bell")
        app.press(b"\r", until=main_screen(status="Search: bell"), what="the search's results")
        app.press(ESCAPE, until=main_screen(), what="the search cleared")
        app.send(b"q")
        status = app.wait(60)
    finally:
        app.close()
    data = app.data()
    assert status == 0, data[-2000:]
    assert b"OSC0-TITLE" in data and b"APC-PAYLOAD" in data  # painted, neutralised
    assert app_output_problems(data) == []


def test_the_import_dialog_and_palette_show_hostile_names_neutralised(
    hostile: tuple[Path, Path, list[Run]], tmp_path: Path
) -> None:
    """Import the hostile folder (hostile file names among them) through the
    app's dialog, then list the archive's names in the command palette: every
    byte written is still one of Textual's own sequences."""
    _, files, _ = hostile
    app = PtyApp(reader_argv("--db", str(tmp_path / "fresh")), terminal_env(tmp_path),
                 cwd=files.parent)
    try:
        app.wait_for(b"import")  # the empty store says how to import
        app.press(b"i", shows=b"Import articles")
        app.press(files.name.encode() + b"\r", shows=b"imported, ", timeout=60)  # the summary
        app.press(ESCAPE, until=main_screen(gone="Import articles"), what="the dialog closed")
        # Ctrl+P: the command palette, with the archive's people and places.
        app.press(b"\x10", shows=b"Search for commands")
        app.press(b"t", shows=b"Tokayev")  # the leader the hostile JSON article names
        app.press(ESCAPE, until=main_screen(gone="🔎"), what="the palette closed")
        app.send(b"q")
        status = app.wait(60)
    finally:
        app.close()
    data = app.data()
    assert status == 0, data[-2000:]
    assert b"FILE-TITLE" in data  # the hostile file name was shown, neutralised
    assert app_output_problems(data) == []
