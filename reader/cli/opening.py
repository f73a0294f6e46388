"""Provides the store a command works on: where it is, opening it, and finding an article in it.

Without ``--db`` the store is the default one (``READER_DB``, else the
platform data directory), and the first command that reads it there imports
the bundled sample articles, so a new user sees something.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.cli.errors import UsageError, err
from reader.textsafe import one_line

if TYPE_CHECKING:
    from reader.corrections import CorrectedReader
    from reader.models import Article
    from reader.store import ArticleStore
    from reader.store.api import ArticleReader


def store_path(args: argparse.Namespace) -> tuple[str, bool]:
    """The store path, and whether it was chosen by default (no --db)."""
    from reader.store import default_store_path

    if args.db:
        return str(args.db), False
    return default_store_path(), True


def open_store(args: argparse.Namespace, *, seed: bool = True) -> ArticleStore:
    """Open the store; on first use of the default store, import the bundled samples.

    Args:
        args: The parsed command line (``--db``).
        seed: Import the samples into a default store that does not exist yet
            (commands that write or repair the store pass False).
    """
    from reader.store import open_store as open_path

    path, by_default = store_path(args)
    store = open_path(path)
    if seed and by_default and not store.exists():
        said = seed_samples(store)
        if said:
            err(said)
    return store


def corrected(store: ArticleStore) -> CorrectedReader:
    """The store as the user's corrections make it read (``reader correct``)."""
    from reader.corrections import CorrectedReader
    from reader.store.corrections import CorrectionFile

    return CorrectedReader(store, source=CorrectionFile(store.backend))


def open_store_quietly(args: argparse.Namespace) -> tuple[ArticleStore, str | None]:
    """:func:`open_store` for the app: what the first run did is returned, not printed (the
    app's screen would hide a line on stderr until it quits)."""
    from reader.store import open_store as open_path

    path, by_default = store_path(args)
    store = open_path(path)
    said = seed_samples(store) if by_default and not store.exists() else None
    return store, said


def seed_samples(store: ArticleStore) -> str | None:
    """Import the bundled sample articles; the line that says so (None: no samples)."""
    from reader.ingest import import_paths
    from reader.samples import bundled_articles_dir

    samples = bundled_articles_dir()
    if samples is None:
        return None
    reports = import_paths(store, [samples])
    n = sum(r.imported for r in reports)
    return f"first run: imported {n} sample articles into {one_line(store.label)}"


def resolve_article(store: ArticleReader, ref: str) -> Article:
    """The article whose id is ``ref`` or uniquely starts with it.

    Raises:
        UsageError: The store is empty, or no article (or several) match.
    """
    from reader.store import AmbiguousReference, ArticleNotFound

    if not store.exists():
        raise UsageError(
            f"no article {one_line(ref)!s}: the store {one_line(store.label)} is empty")
    try:
        return store.get(ref)
    except (ArticleNotFound, AmbiguousReference) as exc:
        raise UsageError(str(exc)) from None


def stale_index(store: ArticleReader) -> str | None:
    """A line saying the people/places index is from another extractor version, if it is."""
    from reader.entities import ANALYSER_VERSION

    built = store.analyser_version
    if not built or built == ANALYSER_VERSION or not store.count():
        return None
    return (f"people and places were indexed by extractor version {one_line(built)}; this reader "
            f"has version {ANALYSER_VERSION}: run `reader reindex` for its results")
