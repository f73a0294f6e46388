"""Provides the user's settings: a frozen dataclass read from TOML (no Textual).

The file is ``READER_CONFIG`` if set, else ``config.toml`` in the platform
config directory.  Every setting has a default, so the file is optional; an
unreadable file (or one that is not a small regular file, or not TOML) is
reported in one line and the defaults are used; a setting that is wrong
(a key name Textual does not know, say) is reported and its default kept.
Key names are checked against Textual's (its ``textual.keys`` table, imported
only when a keymap is read: the command line never reads the config).

Example::

    theme = "gruvbox"
    terminal_bidi = false      # true: let a bidi-capable terminal reorder text
    hide_marks = false         # true: hide harakat and tatweel
    day_headers = false        # true: the list starts with day headers (D)
    [keymap]                   # binding id = keys (see the ? help screen)
    quit = "q,ctrl+q"
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader.textsafe import one_line


@dataclass(frozen=True)
class Config:
    """Settings of the app."""

    theme: str = "textual-dark"
    """A Textual theme name."""
    terminal_bidi: bool = False
    """Hand bidi reordering to the terminal instead of doing it ourselves."""
    hide_marks: bool = False
    """Hide harakat and tatweel (for terminals that draw combining marks badly)."""
    day_headers: bool = False
    """Start with day headers in the list (``D`` turns them on and off)."""
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
    ("theme", str), ("terminal_bidi", bool), ("hide_marks", bool), ("day_headers", bool),
)
_KNOWN = frozenset({"theme", "terminal_bidi", "hide_marks", "day_headers", "keymap"})


#: A config file above this size is not read (a settings file is a few hundred bytes).
MAX_CONFIG_BYTES = 1024 * 1024
#: Modifiers Textual understands in a key name (``ctrl+shift+k``).
KEY_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def load_config(path: Path | None = None) -> tuple[Config, str | None]:
    """Read the config file.

    Never raises and never blocks: a FIFO, a directory, a device, a huge file,
    invalid or too deeply nested TOML, or a setting of the wrong kind gives
    one line saying so, and the defaults (for that setting, or for all).

    Returns:
        The config (defaults for anything missing or unusable) and a one-line
        problem message when the file exists but could not all be used, else None.
    """
    path = path or config_path()
    shown = one_line(str(path))
    try:
        raw = _read_config_bytes(path)
    except FileNotFoundError:
        return Config(), None
    except _NotAConfig as exc:
        return Config(), f"{shown}: {exc}; using defaults"
    except OSError as exc:
        return Config(), f"{shown}: cannot read the config ({exc.strerror}); using defaults"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return Config(), f"{shown}: not valid TOML ({one_line(str(exc))}); using defaults"
    except (RecursionError, MemoryError):
        return Config(), f"{shown}: not a usable config (nested too deeply); using defaults"
    kwargs, problems = _settings(data)
    message = f"{shown}: " + "; ".join(problems) + " (ignored)" if problems else None
    return Config(**kwargs), message  # type: ignore[arg-type]


class _NotAConfig(Exception):
    """The config path names something that is not a small regular file."""


def _read_config_bytes(path: Path) -> bytes:
    """The file's bytes, opened without blocking (a FIFO with no writer would wait forever)
    and only if it is a regular file within :data:`MAX_CONFIG_BYTES`.

    Raises:
        FileNotFoundError: There is no config file (the defaults are meant).
        _NotAConfig: It is a FIFO, directory, device or socket, or too large.
        OSError: It cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = ("a directory" if stat.S_ISDIR(info.st_mode) else
                    "a pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else
                    "a device or socket")
            raise _NotAConfig(f"is {kind}, not a config file")
        if info.st_size > MAX_CONFIG_BYTES:
            raise _NotAConfig(f"is too large for a config file ({info.st_size:,} bytes; "
                              f"the limit is {MAX_CONFIG_BYTES:,})")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_CONFIG_BYTES:
        raise _NotAConfig(f"is too large for a config file (the limit is {MAX_CONFIG_BYTES:,} "
                          "bytes)")
    return data


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
    if isinstance(keymap, dict):
        kwargs["keymap"], bad = _keymap(keymap)
        problems += bad
    else:
        problems.append("keymap should map binding ids to key strings")
    unknown = set(data) - _KNOWN
    if unknown:
        problems.append("unknown settings: " + ", ".join(one_line(k, 40) for k in sorted(unknown)))
    return kwargs, problems


def _keymap(table: dict[str, object]) -> tuple[dict[str, str], list[str]]:
    """The usable bindings of a ``[keymap]`` table, and a problem for each other one (whose
    default keys are then kept): an unknown binding id, or keys Textual does not know."""
    from reader.keys import operations

    known = {op.id for op in operations()}
    usable: dict[str, str] = {}
    problems: list[str] = []
    for op_id, keys in table.items():
        name = one_line(str(op_id), 40)
        if op_id not in known:
            problems.append(f"[keymap] {name}: no such binding id (see the ? screen)")
        elif not isinstance(keys, str):
            problems.append(f"[keymap] {name} should be a string of keys")
        else:
            bad = next((p for p in map(key_problem, keys.split(",")) if p), None)
            if bad:
                problems.append(f"[keymap] {name}: {bad}; its default keys are kept")
            else:
                usable[op_id] = ",".join(k.strip() for k in keys.split(","))
    return usable, problems


def key_problem(key: str) -> str | None:
    """Why ``key`` is not a key name Textual knows (None: it is one).

    A key name is modifiers (``ctrl``, ``shift``, ``alt``...) joined by ``+``
    to a key: a named key of :class:`textual.keys.Keys` (``escape``,
    ``pagedown``, ``f5``), a character's name (``question_mark``, ``slash``),
    or one printable character (a letter of any script: an Arabic keyboard's
    ``ق``).  Escape sequences and other controls are never key names.
    """
    name = key.strip()
    if not name:
        return "an empty key name"
    if not name.isprintable() or any(c.isspace() for c in name):
        return f"{one_line(name, 40)} is not a key name (it holds control characters or spaces)"
    modifiers, _, base = name.rpartition("+")
    if not base:
        return f"{one_line(name, 40)} is not a key name (write plus for +)"
    if modifiers and not set(modifiers.split("+")) <= KEY_MODIFIERS:
        return f"{one_line(name, 40)} is not a key name (unknown modifier)"
    if len(base) == 1 or base in _named_keys():
        return None
    from textual.keys import REPLACED_KEYS, key_to_character  # Textual's reading of names

    if key_to_character(REPLACED_KEYS.get(base, base)) is not None:
        return None
    return f"{one_line(name, 40)} is not a key name Textual knows"


def _named_keys() -> frozenset[str]:
    """The keys Textual names (without modifiers): ``escape``, ``home``, ``f12``..."""
    global _NAMED
    if _NAMED is None:
        from textual.keys import Keys

        _NAMED = frozenset(k.value.rpartition("+")[2] for k in Keys) | {"space", "enter"}
    return _NAMED


_NAMED: frozenset[str] | None = None
