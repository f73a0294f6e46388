"""Provides the article store: open_store() and the types it hands out (no Textual)."""

from __future__ import annotations

from pathlib import Path

from reader.store.api import Analyser, ArticleReader, CatalogEntry, RootDoc, Store, UserState
from reader.store.backend import DirBackend, MemoryBackend
from reader.store.errors import (
    AmbiguousReference,
    ArticleNotFound,
    StoreCorrupt,
    StoreError,
    StoreNotFound,
    StoreTooNew,
)
from reader.store.files import StoreBusy
from reader.store.paths import default_store_path
from reader.store.session import ImportOutcome, ImportSession
from reader.store.store import ArticleStore

__all__ = [
    "AmbiguousReference", "Analyser", "ArticleNotFound", "ArticleReader", "ArticleStore",
    "CatalogEntry", "ImportOutcome", "ImportSession", "RootDoc", "Store", "StoreBusy",
    "StoreCorrupt", "StoreError", "StoreNotFound", "StoreTooNew",
    "UserState", "default_store_path", "open_store",
]


def open_store(path: str | Path | None, analyser: Analyser | None = None) -> ArticleStore:
    """Open (lazily) the store at ``path``; None means a fresh in-memory store.

    Nothing is created or read until it is needed: opening a path where no
    store exists yet gives an empty store, and the first import creates it.

    Args:
        path: The store directory, or None for memory (tests).
        analyser: Entity extractor for imports (default: reader.entities.analyse).
    """
    backend = MemoryBackend() if path is None else DirBackend(Path(path).expanduser())
    return ArticleStore(backend, analyser)
