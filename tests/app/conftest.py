"""Fixtures of the app tests: private copies of the app's store (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.stores import copy_store
from reader.models import ArticleDraft
from reader.store import ArticleStore, open_store


@pytest.fixture
def store_path(app_store_copy: Path) -> Path:
    """A private copy of the app's store (the bundled articles and the extra drafts)."""
    return app_store_copy


@pytest.fixture
def store(store_path: Path) -> ArticleStore:
    """That copy, open."""
    return open_store(store_path)


@pytest.fixture(scope="session")
def big_store_path(app_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's store plus 30 short articles: enough rows for a page to be a page."""
    path = copy_store(app_store_path, tmp_path_factory.mktemp("big") / "store")
    open_store(path).import_drafts(
        [
            ArticleDraft(title=f"filler {i}", body=f"text {i}", date=f"2020-01-{i % 28 + 1:02d}")
            for i in range(30)
        ]
    )
    return path


@pytest.fixture
def big_store(big_store_path: Path, tmp_path: Path) -> ArticleStore:
    """A private copy of the big store, open."""
    return open_store(copy_store(big_store_path, tmp_path / "big"))
