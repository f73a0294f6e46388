"""Provides what the importer tests share: their sample files and short ways to read one."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import DATA
from reader.importers import ImportProblem, read_article_file
from reader.models import ArticleDraft

IMPORT_DATA = DATA / "import"
"""Sample files of every format and encoding, good and bad (tests/data/import)."""


def items(path: Path) -> list[ArticleDraft | ImportProblem]:
    """Everything reading ``path`` gives: drafts and problems."""
    return list(read_article_file(path))


def drafts(name: str | Path) -> list[ArticleDraft]:
    """The drafts of a sample file (a name in :data:`IMPORT_DATA`) or of any path."""
    path = name if isinstance(name, Path) else IMPORT_DATA / name
    return [i for i in items(path) if isinstance(i, ArticleDraft)]


def one(name: str | Path) -> ArticleDraft:
    """The only draft of a file (it must hold exactly one)."""
    found = drafts(name)
    assert len(found) == 1
    return found[0]


def problems(name: str | Path) -> list[str]:
    """The problems reported for the entries of a sample file or of any path."""
    path = name if isinstance(name, Path) else IMPORT_DATA / name
    return [str(i) for i in items(path) if isinstance(i, ImportProblem)]


def failure(path: Path) -> str:
    """Why reading ``path`` fails as a whole (it must fail)."""
    with pytest.raises(ImportProblem) as info:
        list(read_article_file(path))
    return str(info.value)
