"""Provides one row of the article list: marks, source, date and the laid-out title (no Textual).

Columns by the list's width (:func:`list_columns`): the marks always; the
date (``YYYY-MM-DD``, in the local zone) from 28 cells, with how long ago
(``3d ago``) from 76; the source's short name (:func:`reader.views.sources.short_source`)
from 40 cells, wider from 64.  The title takes the rest, and an undated row's
title takes the date's cells too (no blank gap).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reader.models import ArticleSummary
from reader.views.dates import calendar_date, relative
from reader.views.painting import Painter, paint_runs
from reader.views.sources import short_source

UNREAD_MARK = "●"
"""Shown before an article not read yet."""
STAR_MARK = "★"
"""Shown before a starred article."""
MARK_CELLS = 4
"""Cells of the unread and star marks (with their gaps)."""
DATE_CELLS = 10
"""Cells of a calendar date (``2015-07-23``)."""
RELATIVE_CELLS = 8
"""Cells of a short relative date (``11mo ago``)."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Cells of each column of a list row of a given width (0: not shown)."""

    source: int
    """The source's short name, with its gap."""
    date: int
    """The date, with its gap (and the relative date when ``relative``)."""
    title: int
    """The title, on a dated row."""
    relative: bool
    """Whether the date is followed by how long ago."""


def list_columns(width: int) -> Columns:
    """Cells of each column in a list row of ``width`` cells.

    The title keeps at least about half of the row: the relative date goes
    first when space runs out, then the source, then the date.
    """
    rel = width >= 76
    date = DATE_CELLS + 2 + (RELATIVE_CELLS + 1 if rel else 0) if width >= 28 else 0
    source = 14 if width >= 64 else 9 if width >= 40 else 0
    title = max(1, width - MARK_CELLS - date - source)
    return Columns(source, date, title, rel)


def date_column(summary: ArticleSummary, columns: Columns, now: datetime | None) -> str:
    """The date column's text, padded to its width (``""`` for an undated row)."""
    day = calendar_date(summary.date, None if now is None else now.tzinfo)
    if not columns.date or not day:
        return ""
    text = day
    if columns.relative and now is not None:
        ago = relative(summary.date, now, short=True)
        text = f"{day} {ago:>{RELATIVE_CELLS}}"[: columns.date - 2]
    return f"{text:<{columns.date - 2}}  "


def list_row_runs(
    summary: ArticleSummary,
    width: int,
    painter: Painter,
    *,
    read: bool,
    starred: bool,
    now: datetime | None = None,
) -> list[tuple[str, str]]:
    """The runs of one article-list row: marks, source, date, and the laid-out title.

    Style names: ``unread``, ``star``, ``date``, ``source``, ``title``.  ``now``
    (local time) is what relative dates count from (None: no relative date).
    """
    columns = list_columns(width)
    runs: list[tuple[str, str]] = [
        (" " if read else UNREAD_MARK, "" if read else "unread"),
        (" ", ""),
        (STAR_MARK if starred else " ", "star" if starred else ""),
        (" ", ""),
    ]
    if columns.source:
        room = columns.source - 1
        src = painter.one_line(short_source(summary.source, room), room)
        runs += [(t, "source") for t, _ in paint_runs(src, room)]
        runs.append((" ", ""))
    date = date_column(summary, columns, now)
    if date:
        runs.append((date, "date"))
    title_w = max(1, width - MARK_CELLS - columns.source - len(date))
    title = painter.one_line(summary.title, title_w)
    runs += [(t, "title") for t, _ in paint_runs(title, title_w)]
    return runs
