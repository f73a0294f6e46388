"""Provides where the store lives when no ``--db`` is given (no Textual)."""

from __future__ import annotations

import os


def default_store_path() -> str:
    """The store used without --db: ``READER_DB``, else the platform data directory."""
    env = os.environ.get("READER_DB")
    if env:
        return env
    from platformdirs import user_data_path

    return str(user_data_path("khabar-reader", appauthor=False) / "store")
