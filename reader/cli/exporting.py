"""Provides ``reader export``: one article, a search's results or the whole archive, as
Markdown, JSON or CSV (see :mod:`reader.export`).

``reader export REF`` exports one article; ``--search QUERY`` the articles the
app and ``reader search`` list for that query, in that order; with neither,
every article, newest first (leaving out those deleted from view in the app; a REF
is exported even then).  ``--format`` names the format (else the
extension of ``-o FILE``, else Markdown); without ``-o`` the export is printed.
Exit status: 0 written, 1 nothing to export or the file cannot be written,
2 a query or format that cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, err
from reader.cli.opening import open_store, resolve_article
from reader.cli.output import deleted_ids, is_tty
from reader.export import FORMATS, export_text, format_of, write_export
from reader.textsafe import neutralise, one_line

if TYPE_CHECKING:
    from reader.models import Article
    from reader.store.api import ArticleReader


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    """``reader export [REF | --search QUERY] [--format md|json|csv] [-o FILE]``."""
    try:
        fmt = format_of(args.output, args.format)
    except ValueError as exc:
        err(str(exc))
        return EXIT_USAGE
    if args.ref and args.search:
        err("export: give an article or --search, not both")
        return EXIT_USAGE
    store = open_store(args)
    articles = _chosen(store, args)
    if articles is None:
        return EXIT_USAGE
    if not articles:
        err("export: no articles to export")
        return EXIT_FAILED
    text = export_text(articles, fmt)
    if args.output is None:
        # On a terminal, what an article holds is drawn, never obeyed (an escape shows as ␛).
        out.write(neutralise(text, keep_newlines=True, keep_tabs=True) if is_tty(out) else text)
        return EXIT_OK
    path = Path(args.output)
    try:
        write_export(path, text)
    except OSError as exc:
        err(f"export: cannot write {one_line(str(path))}: {one_line(exc.strerror or str(exc))}")
        return EXIT_FAILED
    many = f"{len(articles):,} article{'s' if len(articles) != 1 else ''}"
    err(f"exported {many} as {FORMATS[fmt]} to {one_line(str(path))}")
    return EXIT_OK


def _chosen(store: ArticleReader, args: argparse.Namespace) -> list[Article] | None:
    """The articles asked for (None: the query cannot be read, said on stderr)."""
    if args.ref:
        return [resolve_article(store, args.ref)]
    if not store.exists():
        return []
    if args.search:
        from reader.search import search

        result = search(store, args.search)
        if result.mode == "error":
            err(f"search: {one_line(result.interpretation)}")
            return None
        docnos = list(result.docnos)
    else:
        docnos = [s.docno for s in store.latest()]
    deleted = deleted_ids(store)
    found = (store.article(d) for d in docnos)
    return [a for a in found if a is not None and a.id not in deleted]
