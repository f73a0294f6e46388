"""Real-terminal tests: the app and `reader show` in tmux (what people see), the app on a pty.

- tmux draws cells like any terminal that does no bidi and no shaping:
  launch ``python -m reader --db STORE`` at 120x36, check the seed's first
  line is on screen laid out (visual order, shaped: the layout engine's own
  output) and its logical form is not; search "Tokayev"; open the seed from
  the results; quit with q and exit status 0.  `reader show` and the layout
  engine's own rendering read right in the same terminal.
- pty: record every byte the app writes: BDSM explicit mode (``CSI 8 l``)
  before the app takes the screen and implicit mode (``CSI 8 h``) after it
  gives it back, and no escape sequence from a hostile article reaches the
  terminal raw.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from helpers.paths import SEED, SEED_START
from helpers.processes import reader_argv, run_reader, store_ids
from helpers.stores import seed_text
from helpers.terminal import PtyApp, Tmux, terminal_env
from helpers.waits import wait_until
from reader.layout import cell_width, layout_text
from reader.models import ArticleDraft
from reader.search import search
from reader.store import open_store

WIDTH, HEIGHT = 120, 36
LOGICAL_START = SEED_START  # "وفي 18 مايو/أيار، اجتمع زعماء من كازاخستان"
FIRST_WORDS = "وفي 18 مايو/أيار، اجتمع"
END = "END-OF-OUTPUT"
"""Printed after what a test reads from the screen: once it shows, everything before it does."""


def _first_line_on_screen(paragraph: str, screen: str) -> str | None:
    """The first visual line of ``paragraph`` at whatever width its pane has, if on screen."""
    for width in range(30, WIDTH):
        line = layout_text(paragraph, width)[0].text
        if line in screen:
            return line
    return None


def _seed_line_on_screen(screen: str) -> str | None:
    """The seed's first visual line at whatever width the reading pane has, if on screen."""
    return _first_line_on_screen(seed_text().split("\n", 1)[0], screen)


def _results(store: Path, query: str) -> list[tuple[str, str]]:
    """Each article the app lists for ``query``: its title, and a paragraph only its body has.

    (The seed's title is the start of its first paragraph: the list shows that one too.)
    """
    opened = open_store(store)
    found = search(opened, query, prefix=True, limit=50)
    results = []
    for docno in found.docnos:
        article = opened.article(docno)
        assert article is not None
        paragraphs = [p for p in article.body.split("\n")
                      if p.strip() and not p.startswith(article.title[:20])]
        results.append((article.title, paragraphs[0]))
    return results


@pytest.mark.tmux
def test_the_real_app_in_tmux_shows_arabic_laid_out_and_quits_cleanly(
    app_store_copy: Path, tmp_path: Path
) -> None:
    store = app_store_copy
    status_file = tmp_path / "status"
    results = _results(store, "Tokayev")
    seed_at = next(i for i, (title, _) in enumerate(results) if title.startswith(SEED_START))
    assert seed_at > 0  # so that opening it is a move away from the first result
    first_body, seed_body = results[0][1], results[seed_at][1]
    with Tmux(terminal_env(tmp_path), size=(WIDTH, HEIGHT)) as tmux:
        tmux.start(f"{sys.executable} -m reader --db {store}; echo EXIT:$? > {status_file}")
        screen = tmux.wait_for("All articles")
        # The newest article is open (the seed has no date: it is last in the list).
        newest = open_store(store).latest(1)[0]
        body = open_store(store).article(newest.docno)
        assert newest.date is not None and body is not None
        assert _first_line_on_screen(body.body.split("\n")[0], screen), screen
        assert LOGICAL_START[:12] not in screen

        tmux.keys("/")
        tmux.keys("Tokayev", literal=True)
        tmux.wait_for("Search:")
        tmux.keys("Enter")  # keep the results and open the first one
        visual_first_words = layout_text(FIRST_WORDS, 60)[0].text
        screen = tmux.wait_until(
            lambda shown: visual_first_words in shown and _first_line_on_screen(first_body, shown),
            "the results (the seed among them, shaped), the first one open")
        assert FIRST_WORDS not in screen and LOGICAL_START[:12] not in screen

        tmux.keys("g", *["j"] * seed_at, "Enter")  # the list has the focus
        screen = tmux.wait_until(lambda shown: _first_line_on_screen(seed_body, shown),
                                 "the seed's body in the reading pane")
        assert _seed_line_on_screen(screen), screen

        tmux.keys("q")
        wait_until(lambda: status_file.exists() and status_file.read_text().strip(), 20,
                   "the app to exit")
        assert status_file.read_text().strip() == "EXIT:0"


@pytest.mark.tmux
def test_reader_show_in_tmux_reads_right(tmp_path: Path) -> None:
    """`reader show` on the seed in a real terminal: first words top right, joined, in order."""
    db = tmp_path / "db"
    assert run_reader("--db", db, "import", SEED).returncode == 0
    ref = store_ids(db)[0][:10]
    with Tmux(terminal_env(tmp_path), size=(80, 24)) as tmux:
        # head: the article is longer than the pane, and its first lines must stay on screen.
        tmux.start(f"{sys.executable} -m reader --db {db} show {ref} --width 80 | head -n 20; "
                   f"printf {END}; read _")
        rows = tmux.wait_for(END).split("\n")
    first = rows[0]
    assert first.rstrip().endswith("ﻲﻓﻭ")  # "وفي": the first word, joined, at the top right
    assert cell_width(first) == 80
    words = first.split()
    assert words[-1] == "ﻲﻓﻭ" and words[-2] == "18"  # reading order: وفي then 18, right to left
    screen = "\n".join(rows)
    assert "وفي" not in screen and "اجتمع" not in screen  # nothing logical or unshaped
    assert "ﻊﻤﺘﺟﺍ" in screen


@pytest.mark.tmux
def test_rendered_seed_reads_right_in_a_real_terminal(tmp_path: Path) -> None:
    """The layout engine's lines of the seed, printed as they are: the first words of the
    article at the top right, letters joined."""
    script = tmp_path / "show.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from reader.layout import render_article\n"
        f"text = Path({str(SEED)!r}).read_text(encoding='utf-8')\n"
        "title, _, body = text.partition('\\n')\n"
        "lines = render_article(title, '', body, 80)\n"
        f"sys.stdout.write('\\n'.join(lines[:20]) + '\\n' + {END!r})\n"
        "sys.stdout.flush()\n"
        "input()\n",
        encoding="utf-8",
    )
    with Tmux(terminal_env(tmp_path), size=(80, 24)) as tmux:
        tmux.start(f"{sys.executable} {script}")
        rows = tmux.wait_for(END).split("\n")
    first = rows[0]
    assert first.endswith("ﻲﻓﻭ")  # "وفي", the article's first word, joined, at the right
    assert cell_width(first) == 80
    screen = "\n".join(rows)
    assert "وفي" not in screen and "اجتمع" not in screen  # no logical (unshaped) text
    assert "ﻊﻤﺘﺟﺍ" in screen  # "اجتمع" shaped and reversed


# --------------------------------------------------------------- raw bytes


HOSTILE_TITLE = "Breaking \x1b]0;PWNED-TITLE\x07 news \x1b]52;c;SGVsbG8=\x07 \u202eevil"
HOSTILE_BODY = (
    "Body \x1b[6n query \x1bP+q544e\x1b\\ dcs \x1b_hidden-apc\x1b\\ apc "
    "\x9b2J c1-csi \x1b]2;PWNED-BODY\x07 end"
)
RAW_FORBIDDEN = (
    b"\x1b]0;PWNED",
    b"\x1b]52;c;SGVsbG8",
    b"\x1b]2;PWNED",
    b"\x1b[6n",
    b"\x1bP+q",
    b"\x1b_hidden",
    b"\xc2\x9b2J",
    "\u202e".encode(),
)


def _open_and_quit(store: Path, tmp_path: Path, *options: str) -> tuple[bytes, int]:
    """Run the app on a WIDTH x HEIGHT pty, quit once the list is painted: (every byte, status)."""
    app = PtyApp(reader_argv("--db", str(store), *options), terminal_env(tmp_path),
                 size=(WIDTH, HEIGHT))
    try:
        app.wait_for(b"articles")
        app.send(b"q")
        status = app.wait(40)
    finally:
        app.close()
    return app.data(), status


def _hostile_store(path: Path) -> Path:
    store = open_store(path)
    store.import_drafts(
        [
            ArticleDraft(
                title=HOSTILE_TITLE,
                body=HOSTILE_BODY,
                date="2099-01-01",
                source="\x1b[31mred\x1b[0m",
            ),
            ArticleDraft(title="قمة في أستانا", body="اجتمع القادة في أستانا.", date="2024-01-01"),
        ]
    )
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_app_switches_bidi_terminals_to_explicit_mode_and_back(tmp_path: Path) -> None:
    out, status = _open_and_quit(_hostile_store(tmp_path / "store"), tmp_path)
    assert status == 0
    explicit, implicit = out.find(b"\x1b[8l"), out.rfind(b"\x1b[8h")
    screen_on, screen_off = out.find(b"\x1b[?1049h"), out.rfind(b"\x1b[?1049l")
    assert -1 < explicit < screen_on < screen_off < implicit


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_no_escape_sequence_from_a_hostile_article_reaches_the_terminal(tmp_path: Path) -> None:
    out, status = _open_and_quit(_hostile_store(tmp_path / "store"), tmp_path)
    assert status == 0
    assert b"PWNED-TITLE" in out  # the title was painted, neutralised
    found = [seq for seq in RAW_FORBIDDEN if seq in out]
    assert found == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_terminal_bidi_option_leaves_the_terminal_mode_alone(tmp_path: Path) -> None:
    out, status = _open_and_quit(_hostile_store(tmp_path / "store"), tmp_path, "--terminal-bidi")
    assert status == 0 and b"\x1b[8l" not in out and b"\x1b[8h" not in out
