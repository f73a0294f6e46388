"""The config file: every bad one is one line and the defaults, never a hang or a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.hashes import changes, snapshot
from reader.config import Config, key_problem, load_config
from reader.keys import operations


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "config"
    path.mkdir()
    return path


def _load(path: Path) -> tuple[Config, str | None]:
    before = snapshot(path.parent)
    loaded = load_config(path)
    assert changes(before, snapshot(path.parent)) == []  # nothing read is changed
    return loaded


def test_no_file_is_the_defaults_without_a_word(folder: Path) -> None:
    assert _load(folder / "config.toml") == (Config(), None)


def test_a_fifo_is_refused_at_once_not_waited_on(folder: Path) -> None:
    fifo = folder / "config.toml"
    os.mkfifo(fifo)
    config, problem = _load(fifo)  # would block forever if it were opened for reading
    assert config == Config()
    assert problem == f"{fifo}: is a pipe (FIFO), not a config file; using defaults"


def test_a_directory_a_device_and_a_huge_file_are_refused(folder: Path) -> None:
    (folder / "dir.toml").mkdir()
    huge = folder / "huge.toml"
    huge.write_text("# comment\n" * 200_000)
    for path, reason in ((folder / "dir.toml", "is a directory, not a config file"),
                         (Path("/dev/zero"), "is a device or socket, not a config file"),
                         (huge, "is too large for a config file (2,000,000 bytes; the limit "
                                "is 1,048,576)")):
        config, problem = load_config(path) if path.is_char_device() else _load(path)
        assert (config, problem) == (Config(), f"{path}: {reason}; using defaults")


def test_toml_nested_50000_deep_is_one_line(folder: Path) -> None:
    path = folder / "config.toml"
    path.write_text("a = " + "[" * 50_000 + "]" * 50_000)
    assert _load(path) == (
        Config(), f"{path}: not a usable config (nested too deeply); using defaults")


def test_invalid_toml_and_wrong_kinds(folder: Path) -> None:
    path = folder / "config.toml"
    path.write_text("theme = [\n")
    config, problem = _load(path)
    assert config == Config() and problem is not None and "not valid TOML" in problem
    path.write_text('theme = 3\nhide_marks = true\nkeymap = "q"\nfancy = 1\n')
    config, problem = _load(path)
    assert config == Config(hide_marks=True)
    assert problem == (f"{path}: theme should be a str; keymap should map binding ids to key "
                       "strings; unknown settings: fancy (ignored)")


def test_hostile_and_invalid_key_names_keep_the_default_and_name_the_binding(
    folder: Path,
) -> None:
    path = folder / "config.toml"
    path.write_text(
        "[keymap]\n"
        'quit = "q,\\u001b]0;pwned\\u0007"\n'
        '"x\\u001b[2J" = "q"\n'
        'help = "ctrl+x"\n'
        'import = "ق"\n'
        'search = "ctrl+question_mark, f5"\n'
        '"list.down" = "j,ctrl+hyperdrive"\n'
        '"list.up" = 3\n'
        '"reader.top" = "\\u009b2J"\n', encoding="utf-8")
    config, problem = _load(path)
    assert config.keymap == {"help": "ctrl+x", "import": "ق", "search": "ctrl+question_mark,f5"}
    assert problem is not None and "\n" not in problem
    assert "\x1b" not in problem and "\x9b" not in problem and "\x07" not in problem
    for binding in ("[keymap] quit:", "[keymap] x␛[2J: no such binding id",
                    "[keymap] list.down: ctrl+hyperdrive is not a key name Textual knows",
                    "[keymap] list.up should be a string", "[keymap] reader.top:"):
        assert binding in problem, binding


@pytest.mark.parametrize("key", [
    "q", "Q", "ق", "?", "ctrl+q", "ctrl+shift+left", "escape", "pagedown", "f12", "space",
    "enter", "tab", "question_mark", "slash", "full_stop", "alt+enter", "home", "plus",
])
def test_key_names_textual_knows(key: str) -> None:
    assert key_problem(key) is None


@pytest.mark.parametrize("key", [
    "", " ", "\x1b", "\x1b[2J", "ctrl+\x07", "escapee", "ctrl+", "hyper+nothing", "super+",
    "control+q", "q q", "\u009b", "pgdn",
])
def test_other_names_are_not_keys(key: str) -> None:
    assert key_problem(key) is not None


def test_every_default_key_is_a_key_name() -> None:
    """The check agrees with the keys the app ships with."""
    for op in operations():
        for key in op.keys.split(","):
            assert key_problem(key) is None, (op.id, key)


def test_day_headers_are_read_and_a_wrong_kind_is_said(folder: Path) -> None:
    path = folder / "config.toml"
    path.write_text("day_headers = true\n")
    assert _load(path) == (Config(day_headers=True), None)
    path.write_text('day_headers = "yes"\n')
    config, problem = _load(path)
    assert config.day_headers is False and problem is not None and "day_headers" in problem
