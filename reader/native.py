"""Provides the choice between the compiled extraction rules and their sources (no Textual).

An install compiles the modules of :mod:`reader.entities` with mypyc when it
can (``setup.py``) and, once all of them are built, records the hash of each
source it compiled in ``reader/entities/_compiled.json``.  Python imports an
extension module in preference to a ``.py`` of the same name, so in a
checkout installed with ``pip install -e .`` an edited rule would go on
running its old compiled form until the next install.  :func:`guard`
prevents that: when any compiled module's source differs from what it was
built from, when there is no record (nothing compiled, or a build that failed
part way) or when ``READER_PURE_PYTHON`` is set, every module of the group is
imported from its source: the same code, slower.  All or none: compiled
modules call each other directly, so a compiled caller would not see an
edited callee.

The check costs one read and hash of the sources (about 290 KB, under a
millisecond), made once, when the first compiled module is imported: a
command that loads no rules (``reader list``, ``reader search``) never pays it.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

#: Set (to a non-empty value) to import the sources even where compiled modules are installed.
PURE_ENV = "READER_PURE_PYTHON"
#: The record the build writes beside the compiled modules (setup.py names it BUILT too).
BUILT = "_compiled.json"
#: Stands in :func:`stale_sources`'s answer for the library the compiled modules share
#: when it is not the one built beside them.
LIBRARY = "(library)"


def stale_sources(folder: Path) -> list[str] | None:
    """What of ``folder``'s compiled modules is not what the build recorded.

    The record (setup.py) names each source compiled with its hash (the
    mypyc-compiled modules by module name, the C sources, ``"sources"``, by
    file name), and the library the compiled modules share, a top-level
    module built beside the package (two folders up from ``folder``).

    Returns:
        None when no complete build recorded what it compiled (no record, or
        an unreadable one); else the names of the modules whose ``.py``
        differs or is gone, the C sources likewise, and :data:`LIBRARY` when
        the shared library that an import would load is not the one beside
        the package (another install's, or none).
    """
    try:
        built = json.loads((folder / BUILT).read_text(encoding="utf-8"))
        modules, library = built["modules"], built["library"]
        sources = built.get("sources", {})
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not (isinstance(modules, dict) and isinstance(library, str)
            and isinstance(sources, dict)):
        return None
    stale = []
    files = [(name, f"{name}.py", digest) for name, digest in modules.items()]
    files += [(name, name, digest) for name, digest in sources.items()]
    for name, file, digest in sorted(files):
        try:
            source = (folder / file).read_bytes()
        except OSError:
            stale.append(name)
            continue
        if hashlib.sha256(source).hexdigest() != digest:
            stale.append(name)
    if not _library_beside(folder.parent.parent / library):
        stale.append(LIBRARY)
    return stale


def _library_beside(path: Path) -> bool:
    """Is ``path`` the file an import of its module name would load?"""
    try:
        spec = importlib.util.find_spec(path.name.split(".", 1)[0])
    except (ImportError, ValueError):
        return False
    return (spec is not None and spec.origin is not None
            and Path(spec.origin).resolve() == path.resolve())


class SourceFirst:
    """A meta path finder that decides once, at the first import of one of a
    package's compiled modules, whether to import the group from its sources."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder
        self.use_sources: bool | None = None
        """Decided at the first import of a module of the package (None until then)."""
        self.stale: list[str] = []
        """What :func:`stale_sources` found (the benchmarks report it)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        """A spec from the source when the group runs from its sources; else None,
        and the import system finds the compiled module (or the source) as usual.

        Raises:
            ModuleNotFoundError: The group runs from its sources and ``fullname`` is
                one of its modules written in C, which has none.
        """
        prefix, _, name = fullname.rpartition(".")
        if prefix != self.package:
            return None
        source = self.folder / f"{name}.py"
        if self.use_sources is None:
            self.use_sources = self._decide()
        if not self.use_sources:
            return None
        if source.is_file():
            return importlib.util.spec_from_file_location(fullname, source)
        if (self.folder / f"{name}.c").is_file():
            # A module written in C (no Python source), such as _wordsplit: the
            # package runs from its sources, so its callers take their Python path.
            raise ModuleNotFoundError(f"{fullname} is not used: its package runs from its "
                                      "sources", name=fullname)
        return None

    def _decide(self) -> bool:
        stale = stale_sources(self.folder)
        if stale is None:
            # No record: nothing was compiled, or a build failed part way and what
            # compiled modules lie there may be older than the sources.
            return True
        self.stale = stale
        return bool(stale) or bool(os.environ.get(PURE_ENV))


def guard(package: str, init_file: str) -> SourceFirst:
    """Install the finder for ``package`` (whose ``__init__`` is ``init_file``)."""
    for finder in sys.meta_path:
        if isinstance(finder, SourceFirst) and finder.package == package:
            return finder
    finder = SourceFirst(package, Path(init_file).resolve().parent)
    sys.meta_path.insert(0, finder)
    return finder
