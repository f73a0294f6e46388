"""Provides the commands that read articles: ``open``, ``list``, ``show``, ``entities``.

None of them writes to the store, but the first use of the default store
imports the bundled samples (see :mod:`reader.cli.opening`).  ``search`` is
:mod:`reader.cli.searching`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import EXIT_FAILED, EXIT_OK, err
from reader.cli.opening import corrected, open_store, open_store_quietly, resolve_article
from reader.cli.output import is_tty, laid_out, print_rows, terminal_width
from reader.textsafe import dumps_json, neutralise, one_line

if TYPE_CHECKING:
    from reader.entities import ExtractionResult
    from reader.models import Entity

#: Width of ``reader show`` when neither ``--width`` nor a terminal says.
DEFAULT_WIDTH = 80


def cmd_open(args: argparse.Namespace, out: TextIO) -> int:
    """``reader [open]``: run the app on the store."""
    from reader.app import run_app

    store, notice = open_store_quietly(args)
    return run_app(store, terminal_bidi=bool(getattr(args, "terminal_bidi", False)),
                   end_process=True, notice=notice)


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    """``reader list``: articles newest first."""
    store = open_store(args)
    rows = store.latest(args.limit) if store.exists() else []
    print_rows(rows, out, as_json=args.json, store=store)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """``reader show REF``: one article laid out for the terminal (visual order, shaped)."""
    from reader.layout import render_article

    store = open_store(args)
    article = resolve_article(store, args.ref)
    width = args.width or terminal_width(out) or DEFAULT_WIDTH
    meta = " · ".join(
        x for x in (article.display_date, article.source or "", article.url or "") if x
    )
    lines = render_article(article.title, meta, article.body, width,
                           hide_marks=bool(args.hide_marks))
    # A terminal that reorders by itself would undo our layout: explicit mode around it.
    with laid_out(out, terminal_bidi=bool(getattr(args, "terminal_bidi", False)),
                  tty=is_tty(out)):
        for line in lines:
            out.write(line + "\n")
    return EXIT_OK


#: The sections ``reader entities`` prints: heading, entity kind, and the
#: fields shown in brackets after a name (those that are known).
ENTITY_SECTIONS: tuple[tuple[str, str, Callable[[Entity], tuple[str | None, ...]]], ...] = (
    ("People", "person", lambda e: (e.english, e.country)),
    ("Places", "place", lambda e: (e.english, e.place_kind, e.code)),
)


def cmd_entities(args: argparse.Namespace, out: TextIO) -> int:
    """``reader entities REF|FILE``: the people and places of a stored article (as the user's
    corrections make them) or of a file."""
    from reader.entities import extract, merge_results
    from reader.views import article_entities

    if names_a_file(args.ref):
        results = file_results(args.ref)
        if results is None:
            return EXIT_FAILED
    else:
        store = corrected(open_store(args))
        article = resolve_article(store, args.ref)
        found = extract(article.title, article.body, article.language, article.date)
        # As the app shows them: with the user's corrections (reader correct).
        found.entities, spans = article_entities(store, article, found.entities, found.spans)
        found.spans = list(spans)
        results = [found]
    result = merge_results(results)
    if args.json:
        out.write(dumps_json(result.to_json()) + "\n")
    else:
        print_entities(result, out)
    return EXIT_OK


def names_a_file(ref: str) -> bool:
    """Whether an ``entities`` reference is a file: one that exists, or a path-like name."""
    path = Path(ref)
    return path.is_file() or (not path.exists() and ("/" in ref or "." in ref))


def file_results(ref: str) -> list[ExtractionResult] | None:
    """The people and places of every article of a file; None (said on stderr) if it has none."""
    from reader.entities import extract
    from reader.importers import ImportProblem, read_article_file

    try:
        items = list(read_article_file(Path(ref)))
    except ImportProblem as exc:
        err(f"{one_line(ref)}: {one_line(str(exc))}")
        return None
    drafts = [d for d in items if not isinstance(d, ImportProblem)]
    if not drafts:
        err(f"{one_line(ref)}: no articles found in the file")
        return None
    return [extract(d.title, d.body, d.language, d.date) for d in drafts]


def print_entities(result: ExtractionResult, out: TextIO) -> None:
    """Print the people, then the places: a heading with the count, then a line per entity;
    then the people found on weaker evidence, each with why."""
    for heading, kind, details in ENTITY_SECTIONS:
        found = [e for e in result.shown if e.kind == kind]
        out.write(f"{heading} ({len(found)})\n")
        for e in found:
            out.write(entity_line(e, details(e)) + "\n")
    unsure = [e for e in result.unsure if e.kind == "person"]
    if unsure:
        out.write(f"People on weaker evidence ({len(unsure)})\n")
        for e in unsure:
            why = e.evidence[0] if e.evidence else "weak evidence"
            out.write(entity_line(e, (why, f"{round(e.confidence * 100)}%")) + "\n")


def entity_line(e: Entity, details: tuple[str | None, ...]) -> str:
    """``  count  name  (details)  also: aliases``, terminal-safe."""
    extra = ", ".join(x for x in details if x)
    aliases = f"  also: {'، '.join(e.aliases)}" if e.aliases else ""
    return (f"  {e.count:>3}  {neutralise(e.name)}" + (f"  ({extra})" if extra else "")
            + neutralise(aliases))
