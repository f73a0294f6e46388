"""The command line called in-process: output to a terminal, `locate`, no Textual in the core.

The same commands run as real subprocesses (exit statuses, what they print)
are in tests/e2e/test_cli.py.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT, SEED
from reader.cli import main
from reader.store import open_store


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
