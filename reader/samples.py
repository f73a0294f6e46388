"""Locates the bundled sample articles (no Textual)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_articles_dir() -> Path | None:
    """Return the directory holding the bundled sample articles.

    A wheel ships them inside the package as ``reader/bundled`` (see
    ``package-dir`` in pyproject.toml); an editable install from a checkout
    finds them in the checkout's top-level ``articles/``.

    Returns:
        The directory, or None when neither place has it.
    """
    try:
        packaged = Path(str(resources.files("reader") / "bundled"))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd loaders
        packaged = None
    if packaged is not None and packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "articles"
    if checkout.is_dir():
        return checkout
    return None
