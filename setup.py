"""Build: the entity extraction rules compiled to C by mypyc, when they can be.

Everything else about the package is in pyproject.toml.  Extraction is most
of what an import costs and it is rule after rule of small Python functions
(dictionary lookups, string tests): compiled by mypyc, from the same
type-checked sources, it runs about 1.5 times as fast with the same results
(issue 18).  Compiling is never required: each extension is *optional*, so a
machine without a C compiler or Python's headers gets the pure-Python package
with a warning, and ``READER_PURE_PYTHON=1`` at install time skips compiling.

Beside the compiled modules the build writes ``_compiled.json``, the hash of
each source they were compiled from, and only when every one of them was
built.  At run time :mod:`reader.native` uses the compiled modules only while
that record matches the sources: an edited checkout runs its edits, and a
failed or partial build never runs an older compiled module.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ENTITIES = HERE / "reader" / "entities"
PACKAGE = "reader.entities"
#: The record of what was compiled, written beside the compiled modules.
BUILT = "_compiled.json"


def _compiled_modules() -> list[Path]:
    """The modules to compile: every rule module of reader.entities (not its
    ``__init__``, which chooses between the compiled modules and the sources)."""
    return sorted(p for p in ENTITIES.glob("*.py") if p.name != "__init__.py")


class BuildRules(build_ext):
    """build_ext, then the record of the sources compiled (or none, if any failed)."""

    def run(self) -> None:
        super().run()
        modules = _compiled_modules()
        if not modules or not self.extensions:
            return
        outputs = [Path(self.get_ext_fullpath(f"{PACKAGE}.{p.stem}")) for p in modules]
        record = outputs[0].parent / BUILT
        record.unlink(missing_ok=True)
        if not all(out.is_file() for out in outputs):
            print("reader: the extraction rules were not all compiled; they run from source")
            return
        record.write_text(json.dumps(
            {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in modules},
            indent=0, sort_keys=True) + "\n", encoding="utf-8")


def _extensions() -> list[Extension]:
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
        return []
    try:
        extensions: list[Extension] = mypycify(
            [str(p.relative_to(HERE)) for p in _compiled_modules()], group_name="reader_entities")
    except Exception as exc:  # a source mypyc cannot compile: install the sources
        print(f"reader: not compiling the extraction rules ({exc})")
        return []
    for ext in extensions:
        ext.optional = True  # no compiler, no headers: the pure-Python package
    return extensions


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildRules})
