"""Provides one row of the article list: marks, date, source and the laid-out title (no Textual)."""

from __future__ import annotations

from reader.models import ArticleSummary
from reader.views.painting import Painter, paint_runs

UNREAD_MARK = "●"
"""Shown before an article not read yet."""
STAR_MARK = "★"
"""Shown before a starred article."""


def list_columns(width: int) -> tuple[int, int, int]:
    """Cells for (date, source, title) in a list row of ``width`` cells.

    The marks take 4 cells; the source column goes first when space runs out,
    then the date.
    """
    fixed = 4
    date = 12 if width >= 44 else 0
    source = 16 if width >= 80 else 11 if width >= 60 else 0
    title = max(1, width - fixed - date - source)
    return date, source, title


def list_row_runs(
    summary: ArticleSummary, width: int, painter: Painter, *, read: bool, starred: bool
) -> list[tuple[str, str]]:
    """The runs of one article-list row: marks, date, source, and the laid-out title.

    Style names: ``unread``, ``star``, ``date``, ``source``, ``title``.
    """
    date_w, source_w, title_w = list_columns(width)
    runs: list[tuple[str, str]] = [
        (" " if read else UNREAD_MARK, "" if read else "unread"),
        (" ", ""),
        (STAR_MARK if starred else " ", "star" if starred else ""),
        (" ", ""),
    ]
    if date_w:
        runs.append((f"{summary.display_date:<10}"[:10] + "  ", "date"))
    if source_w:
        src = painter.one_line(summary.source or "", source_w - 2)
        runs += [(t, "source") for t, _ in paint_runs(src, source_w - 2)]
        runs.append(("  ", ""))
    title = painter.one_line(summary.title, title_w)
    runs += [(t, "title") for t, _ in paint_runs(title, title_w)]
    return runs
