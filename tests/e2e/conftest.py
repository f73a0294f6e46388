"""Fixtures of the end-to-end tests (the real program); every test here is marked ``slow``."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import ARTICLES
from helpers.processes import run_reader, store_ids

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests of this layer ``slow`` (``-m "not slow"`` runs unit and app tests only)."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def imported_samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The bundled articles imported by a real `reader import`, once: (the store, its ids).

    Tests damage or edit a copy (``shutil.copytree``), never this store.
    """
    db = tmp_path_factory.mktemp("samples") / "store"
    run = run_reader("--db", db, "import", ARTICLES)
    assert run.returncode == 0, str(run)
    return db, store_ids(db)
