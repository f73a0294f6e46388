"""Build: the entity extraction rules compiled to C by mypyc, when they can be.

Everything else about the package is in pyproject.toml.  Extraction is most
of what an import costs and it is rule after rule of small Python functions
(dictionary lookups, string tests): compiled by mypyc, from the same
type-checked sources, it runs about 1.5 times as fast with the same results
(issue 18).  Compiling is never required: each extension is *optional*, so a
machine without a C compiler or Python's headers gets the pure-Python package
with a warning, and ``READER_PURE_PYTHON=1`` at install time skips compiling.
At run time :mod:`reader.entities` uses the compiled modules only while their
sources are the ones they were built from (see :mod:`reader.native`): an
edited checkout runs its edits.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
ENTITIES = HERE / "reader" / "entities"
#: Written at build time: the sources the compiled modules were built from.
BUILT = ENTITIES / "_compiled.json"


def _compiled_modules() -> list[Path]:
    """The modules to compile: every rule module of reader.entities (not its
    ``__init__``, which chooses between the compiled modules and the sources)."""
    return sorted(p for p in ENTITIES.glob("*.py") if p.name != "__init__.py")


def _extensions() -> list[Extension]:
    BUILT.unlink(missing_ok=True)
    if os.environ.get("READER_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    modules = _compiled_modules()
    try:
        extensions: list[Extension] = mypycify([str(p.relative_to(HERE)) for p in modules],
                                               group_name="reader_entities")
    except Exception as exc:  # a source mypyc cannot compile: install the sources
        print(f"reader: not compiling the extraction rules ({exc})")
        return []
    for ext in extensions:
        ext.optional = True  # no compiler, no headers: the pure-Python package
    BUILT.write_text(json.dumps(
        {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in modules},
        indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return extensions


setup(ext_modules=_extensions())
