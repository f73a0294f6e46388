"""Provides ``reader search``: the app's search, on the command line, with grep's exit statuses.

It calls the same :func:`reader.search.search` the app calls once typing
pauses, so both list the same articles.  On a terminal, a line on stderr
says how the query was read and what else it may mean (``--reading N`` or
``--as KEY`` picks another reading); ``--json`` prints the readings with the
articles.  The exit status is grep's: 0 when articles were found, 1 when
none were (said on stderr, with the closest names), 2 on an error (a filter
that cannot be read, a reading that does not exist, a damaged store).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from reader.cli.errors import err
from reader.cli.opening import corrected, open_store
from reader.cli.output import is_tty, print_rows, read_marks, summary_json
from reader.textsafe import dumps_json, one_line

if TYPE_CHECKING:
    from reader.search import Reading, SearchResult
    from reader.store.api import ArticleReader

SEARCH_FOUND = 0
"""Articles were found."""
SEARCH_NONE = 1
"""The search ran and found nothing."""
SEARCH_ERROR = 2
"""The search could not run: a query, reading or store it cannot read."""

#: A reading as ``--json`` prints it.
ReadingJson = dict[str, object]


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """``reader search QUERY``: articles about what the query names, then those with its words."""
    from reader.search import SearchResult, search
    from reader.store import StoreError

    query = " ".join(args.query)
    wanted: int | str | None = args.reading - 1 if args.reading else args.as_key
    try:
        store = corrected(open_store(args))
        result = (search(store, query, limit=args.limit, reading=wanted) if store.exists()
                  else SearchResult(query.strip(), [], []))
    except StoreError as exc:
        err(one_line(str(exc)))
        return SEARCH_ERROR
    if result.mode == "error":
        err(f"search: {one_line(result.interpretation)}")
        return SEARCH_ERROR
    if not result.reading_found:
        err(f"{query!r} has no reading {one_line(str(args.as_key or args.reading))}; "
            f"its readings: {one_line(readings_line(result.readings))}")
        return SEARCH_ERROR
    if args.json:
        out.write(dumps_json(result_json(result, store)) + "\n")
    else:
        if result.docnos and is_tty(out):
            err(one_line(read_as_line(result), 400))
        print_rows(result.summaries, out, as_json=False, store=store)
    if not result.docnos:
        err(one_line(nothing_line(result), 400))
        return SEARCH_NONE
    return SEARCH_FOUND


def readings_line(readings: list[Reading]) -> str:
    """``1 Nawaz Sharif (PK) · 2 words only``: the readings, numbered from 1."""
    return " · ".join(f"{n} {r.label}" for n, r in enumerate(readings, 1))


def read_as_line(result: SearchResult) -> str:
    """How the query was read, the articles found, and the other readings (for a terminal)."""
    said = result.interpretation or "every article"
    line = f"{said}: {_articles(result.about or len(result.docnos))}"
    if result.about and len(result.docnos) > result.about:
        line += f", then {len(result.docnos) - result.about:,} more holding the words"
    others = [(n, r) for n, r in enumerate(result.readings, 1) if n - 1 != result.reading]
    if others:
        listed = " · ".join(f"{n} {r.label}" for n, r in others)
        line += f"; also: {listed} (--reading N)"
    return line


def _articles(n: int) -> str:
    return f"{n:,} article{'s' if n != 1 else ''}"


def nothing_line(result: SearchResult) -> str:
    """The one line of a search that found nothing, with the closest names if any."""
    line = f"no articles match {result.query!r}"
    if result.interpretation:
        line += f" ({result.interpretation})"
    if result.unfiltered:
        line += f"; without the filters: {_articles(result.unfiltered)}"
    if result.suggestions:
        line += "; closest names: " + ", ".join(result.suggestions)
    return line


def reading_json(n: int, reading: Reading) -> ReadingJson:
    """One reading as ``--json`` prints it (``n`` is what ``--reading`` takes)."""
    return {"n": n, "key": reading.key, "label": reading.label,
            "targets": [{"key": t.key, "label": t.label, "kind": t.kind}
                        for t in reading.targets],
            "words": list(reading.words)}


def result_json(result: SearchResult, store: ArticleReader) -> dict[str, object]:
    """``search --json``: the query, how it was read, its other readings and the articles."""
    read, starred = read_marks(store) if result.summaries else (set(), set())
    readings = [reading_json(n, r) for n, r in enumerate(result.readings, 1)]
    f = result.filters
    return {
        "query": result.query,
        "reading": readings[result.reading] if readings else None,
        "readings": readings,
        "filters": {"source": list(f.sources), "after": f.after, "before": f.before,
                    "read": f.read, "starred": f.starred},
        "count": len(result.docnos),
        "about": result.about,
        "suggestions": result.suggestions,
        "articles": [summary_json(s, read, starred) for s in result.summaries],
    }
