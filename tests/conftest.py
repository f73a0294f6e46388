"""Fixtures of every layer: no test touches the real home; the shared stores are built once.

The layers are ``unit/`` (pure modules, in-process), ``app/`` (Pilot and SVG
snapshot tests) and ``e2e/`` (the real program: tmux, pty, subprocesses).
Helpers are in the ``helpers`` package (see ``helpers/__init__.py``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.stores import build_app_store, build_dev_store, copy_store
from reader.store import ArticleStore, open_store


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``tmux`` when tmux is not installed."""
    if shutil.which("tmux") is None:
        skip = pytest.mark.skip(reason="tmux is not installed")
        for item in items:
            if item.get_closest_marker("tmux") is not None:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Point the store and the config at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("READER_DB", str(home / "store"))
    monkeypatch.setenv("READER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("READER_DEBUG", raising=False)


# ------------------------------------------------------------ shared stores


@pytest.fixture(scope="session")
def app_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's store (bundled articles and extra drafts), built once: copy it to change it."""
    return build_app_store(tmp_path_factory.mktemp("app") / "store")


@pytest.fixture
def app_store_copy(app_store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the app's store, for a test that changes it."""
    return copy_store(app_store_path, tmp_path / "store")


@pytest.fixture(scope="session")
def dev_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev store (the eight dev articles and the seed), built once: copy it to change it."""
    return build_dev_store(tmp_path_factory.mktemp("dev") / "store")


@pytest.fixture(scope="session")
def dev_store(dev_store_path: Path) -> ArticleStore:
    """The dev store, open, for tests that only read it (search, ranking, entity counts)."""
    return open_store(dev_store_path)


@pytest.fixture
def dev_store_copy(dev_store_path: Path, tmp_path: Path) -> ArticleStore:
    """A private copy of the dev store, open, for a test that changes it (the app marks reads)."""
    return open_store(copy_store(dev_store_path, tmp_path / "dev"))
