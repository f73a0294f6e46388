"""Provides day headers: a header line before each day's articles in the list (no Textual).

A list sorted newest first reads like a newspaper's archive when each day's
articles come under their day ("Saturday 1 August 2015 · 3 days ago").  The
list stays a list of articles (its cursor is an article's index); this maps
its lines, headers included, to articles and back, in O(log days).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from reader.views.dates import calendar_date, relative

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

UNDATED = ""
"""The day of an article with no readable date (its header says "Undated")."""


class DayLines:
    """The lines of a list of rows whose days are given: a header before each new day.

    Args:
        days: The calendar day (``YYYY-MM-DD``, or :data:`UNDATED`) of each row, in list order.
    """

    def __init__(self, days: Sequence[str]) -> None:
        self.rows = len(days)
        """How many article rows."""
        self.first_rows: list[int] = []
        """The row each day starts at, in order."""
        self.days: list[str] = []
        """The day of each header, in order."""
        previous: str | None = None
        for row, day in enumerate(days):
            if day != previous:
                self.first_rows.append(row)
                self.days.append(day)
                previous = day
        # Header k is on line first_rows[k] + k: k headers come before it.
        self._header_lines = [row + k for k, row in enumerate(self.first_rows)]

    def __len__(self) -> int:
        """Lines in all: rows and headers."""
        return self.rows + len(self.first_rows)

    def line_of_row(self, row: int) -> int:
        """The line row ``row`` is painted on."""
        return row + bisect_right(self.first_rows, row)

    def at_line(self, line: int) -> tuple[int | None, str | None]:
        """What line ``line`` shows: ``(row, None)`` for an article, ``(None, day)`` for a
        header, ``(None, None)`` past the end."""
        if line < 0 or line >= len(self):
            return None, None
        k = bisect_right(self._header_lines, line) - 1
        if self._header_lines[k] == line:
            return None, self.days[k]
        return line - (k + 1), None

    def row_at_or_after(self, line: int) -> int | None:
        """The row on line ``line``, or the first row under the header there."""
        row, day = self.at_line(line)
        if day is not None:
            row, _ = self.at_line(line + 1)
        return row


def days_of(dates: Sequence[str | None], tz: tzinfo | None = None) -> list[str]:
    """The calendar day of each stored date in zone ``tz`` (None: the machine's local zone;
    :data:`UNDATED` when there is none)."""
    return [calendar_date(d, tz) if d else UNDATED for d in dates]


def article_days(store: ArticleReader) -> dict[int, str]:
    """Docno -> calendar day of every article (:func:`days_of`), read once per commit: with
    day headers on, the list asks again at every change (a search, a filter), and parsing
    30,000 dates takes 35 ms."""
    from reader.search.cache import cache_of
    from reader.search.filtering import facets

    cache = cache_of(store)
    if cache.days is None:
        by_docno = facets(store).by_docno
        docnos = list(by_docno)
        cache.days = dict(zip(docnos, days_of([by_docno[d].date for d in docnos]), strict=True))
    return cache.days


def day_header(day: str, now: datetime) -> str:
    """A header's text: ``Saturday 1 August 2015 · 3 days ago``, ``Undated``."""
    if day == UNDATED:
        return "Undated"
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return day
    ago = relative(day, now)
    text = f"{when.strftime('%A')} {when.day} {when.strftime('%B %Y')}"
    return f"{text} · {ago}" if ago else text
