"""Provides the user's settings: a frozen dataclass read from TOML (no Textual).

The file is ``READER_CONFIG`` if set, else ``config.toml`` in the platform
config directory.  Every setting has a default, so the file is optional; an
unreadable file is reported in one line and the defaults are used.

Example::

    theme = "gruvbox"
    terminal_bidi = false      # true: let a bidi-capable terminal reorder text
    hide_marks = false         # true: hide harakat and tatweel
    [keymap]                   # binding id = keys (see the ? help screen)
    quit = "q,ctrl+q"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Config:
    """Settings of the app."""

    theme: str = "textual-dark"
    """A Textual theme name."""
    terminal_bidi: bool = False
    """Hand bidi reordering to the terminal instead of doing it ourselves."""
    hide_marks: bool = False
    """Hide harakat and tatweel (for terminals that draw combining marks badly)."""
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id -> comma-separated keys, applied with App.set_keymap."""


def config_path() -> Path:
    """Where the config file is read from (it need not exist)."""
    env = os.environ.get("READER_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("khabar-reader", appauthor=False) / "config.toml"


#: Settings that are one value, with the type the value must have.
_SCALARS: tuple[tuple[str, type], ...] = (
    ("theme", str), ("terminal_bidi", bool), ("hide_marks", bool),
)
_KNOWN = frozenset({"theme", "terminal_bidi", "hide_marks", "keymap"})


def load_config(path: Path | None = None) -> tuple[Config, str | None]:
    """Read the config file.

    Returns:
        The config (defaults for anything missing) and a one-line problem
        message when the file exists but could not be used, else None.
    """
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(), None
    except OSError as exc:
        return Config(), f"{path}: cannot read the config ({exc.strerror}); using defaults"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return Config(), f"{path}: not valid TOML ({exc}); using defaults"
    kwargs, problems = _settings(data)
    message = f"{path}: " + "; ".join(problems) + " (ignored)" if problems else None
    return Config(**kwargs), message  # type: ignore[arg-type]


def _settings(data: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    """The usable settings of a parsed file, and what is wrong with the others."""
    problems = []
    kwargs: dict[str, object] = {}
    for name, kind in _SCALARS:
        if name in data:
            if isinstance(data[name], kind):
                kwargs[name] = data[name]
            else:
                problems.append(f"{name} should be a {kind.__name__}")
    keymap = data.get("keymap", {})
    if isinstance(keymap, dict) and all(isinstance(v, str) for v in keymap.values()):
        kwargs["keymap"] = {str(k): v for k, v in keymap.items()}
    elif keymap:
        problems.append("keymap should map binding ids to key strings")
    unknown = set(data) - _KNOWN
    if unknown:
        problems.append("unknown settings: " + ", ".join(sorted(unknown)))
    return kwargs, problems
