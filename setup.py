"""Build: the entity extraction rules compiled to C by mypyc, when they can be.

Everything else about the package is in pyproject.toml.  Extraction is most
of what an import costs and it is rule after rule of small Python functions
(dictionary lookups, string tests): compiled by mypyc, from the same
type-checked sources, it runs about 1.5 times as fast with the same results
(issue 18).  Beside them two modules are written in C: ``_wordsplit.c`` (the
split and fold of an article's words in one pass, four times as fast as the
Python version it stands in for, and the table of each word's facts, three
times as fast as a dict of them) and ``_termpostings.c`` (the importer's word
postings grouped by term in one counting sort, four times as fast as the
appends it stands in for).  Compiling is never required: if mypyc
rejects a source or the C compiler fails (no compiler, no Python headers),
the install goes on with the pure-Python package; ``READER_PURE_PYTHON=1``
at install time skips compiling.

Beside the compiled modules the build writes ``_compiled.json``: the hash of
each source compiled (the C ones under ``sources``) and the name of the
library the mypyc ones share, and only when every extension was built by
this build.  At run time :mod:`reader.native`
uses the compiled modules only while that record matches the sources and
the library is the one beside them: an edited checkout runs its edits, and a
failed or partial build never runs an older compiled module.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ENTITIES = HERE / "reader" / "entities"
PACKAGE = "reader.entities"
#: The library the compiled modules share (a top-level module beside ``reader``).
GROUP = "reader_entities"
#: The record of what was compiled (read by reader.native, which names it BUILT too).
BUILT = "_compiled.json"
#: The setup.py commands that build; the others (metadata) need no extensions.
BUILDING = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}


def _say(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr)


def _compiled_modules() -> list[Path]:
    """The modules to compile: every rule module of reader.entities (not its
    ``__init__``, which chooses between the compiled modules and the sources)."""
    return sorted(p for p in ENTITIES.glob("*.py") if p.name != "__init__.py")


def _c_sources() -> list[Path]:
    """The modules of reader.entities written in C (each one file, named as its module)."""
    return sorted(ENTITIES.glob("*.c"))


class BuildRules(build_ext):
    """build_ext that removes the previous build's outputs first, notes which
    extensions this run built, and records the sources compiled only when it
    built every mypyc module (optional extensions fail quietly, leaving older
    files); a C module that failed alone is left out of the record, and its
    callers, finding no module to import, take their Python path."""

    def run(self) -> None:
        self._built: set[str] = set()
        modules = _compiled_modules()
        record = Path(self.get_ext_fullpath(f"{PACKAGE}.{modules[0].stem}")).parent / BUILT
        record.unlink(missing_ok=True)
        for ext in self.extensions:
            Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
        super().run()
        c_names = {f"{PACKAGE}.{p.stem}": p for p in _c_sources()}
        missing = [ext.name for ext in self.extensions if ext.name not in self._built]
        if [name for name in missing if name not in c_names] or not self.extensions:
            _say(f"not compiled: {', '.join(missing)}; the extraction rules run from source")
            return
        if missing:  # a C module alone failed: its callers take their Python path
            _say(f"not compiled: {', '.join(missing)}; its Python version runs instead")
        library = Path(self.get_ext_fullpath(f"{GROUP}__mypyc")).name
        record.write_text(json.dumps({
            "library": library,
            "modules": {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in modules},
            "sources": {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                        for name, p in c_names.items() if name in self._built},
        }, indent=0, sort_keys=True) + "\n", encoding="utf-8")

    def build_extension(self, ext: Extension) -> None:
        super().build_extension(ext)  # raises on failure (optional: caught by the caller)
        self._built.add(ext.name)


def _extensions() -> list[Extension]:
    if not BUILDING.intersection(sys.argv[1:]):
        return []  # metadata only: no need to type-check the rules for it
    # An earlier editable build's record goes: compiled modules run only with the
    # record this build writes, if it compiles them (see BuildRules).  (A wheel built
    # from an editable checkout thus sends the checkout to its sources, correct and
    # slower, until its next install.)
    (ENTITIES / BUILT).unlink(missing_ok=True)
    if os.environ.get("READER_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed; the extraction rules run from source")
        return []
    try:
        extensions: list[Extension] = mypycify(
            [str(p.relative_to(HERE)) for p in _compiled_modules()], group_name=GROUP)
    except (Exception, SystemExit) as exc:  # mypyc rejects a source (it exits on errors)
        _say(f"not compiling the extraction rules ({exc!r}); they run from source")
        return []
    extensions += [Extension(f"{PACKAGE}.{p.stem}", [str(p.relative_to(HERE))])
                   for p in _c_sources()]
    for ext in extensions:
        ext.optional = True  # no compiler, no headers: the pure-Python package
    return extensions


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildRules})
