"""Provides what the reading pane shows: an article's rows at a width, and highlights (no Textual).

The rows are the layout engine's lines of ``title + "\\n\\n" + body`` (see
:func:`reader.entities.article_text`) with a meta line (date · source · url)
under the title; highlights are the mentions of people and places and the
search hits on a row, as style names over logical ranges.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from reader.entities import article_text
from reader.layout import VisualLine
from reader.models import Article, Span
from reader.sections import section_of
from reader.views.dates import full_date, local_now, relative
from reader.views.painting import Painter

HIT = "hit"
"""Style name of a search hit (or of a mention of what the list is filtered by)."""
CURRENT_HIT = "current-hit"
"""Style name of the hit n / N went to."""


@dataclass(frozen=True, slots=True)
class PaneLine:
    """One row of the pane: a laid-out line and what it is."""

    line: VisualLine
    """The line, with the logical offset of each character."""
    role: str
    """``title``, ``meta`` or ``body`` (blank separators are ``body`` lines with no text)."""


def meta_text(article: Article, now: datetime | None = None) -> str:
    """The line under the title: date (local time, and how long ago) · source · url
    (whatever is known)."""
    when = full_date(article.date, None if now is None else now.tzinfo)
    if when and now is not None:
        when = f"{when} ({relative(article.date, now)})"
    return " · ".join(x for x in (when, article.source or "", article.url or "") if x)


LINK = "link"
"""Style name of the article's address in the meta line (an OSC 8 hyperlink)."""
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f-\x9f]+$", re.IGNORECASE)


def link_target(url: str | None) -> str | None:
    """The address to open or hyperlink: an http(s) URL with no space or control character,
    non-ASCII letters percent-encoded (None for anything else)."""
    if not url or not _SAFE_URL.match(url.strip()):
        return None
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~")


def meta_link_range(article: Article, lines: Iterable[PaneLine]) -> tuple[int, int] | None:
    """The logical range of the address in the meta line (it ends the line: see
    :func:`meta_text`) when it can be a hyperlink."""
    url = article.url or ""
    end = max((pl.line.end for pl in lines if pl.role == "meta"), default=0)
    if not url or link_target(url) is None or end < len(url):
        return None
    return end - len(url), end


def build_lines(article: Article, width: int, painter: Painter) -> list[PaneLine]:
    """All rows of an article at ``width``: title lines, the meta line, then the body."""
    return [row for batch in iter_lines(article, width, painter) for row in batch]


def iter_lines(article: Article, width: int, painter: Painter) -> Iterator[list[PaneLine]]:
    """The rows of :func:`build_lines` a batch at a time (each a bounded amount of layout).

    A long article is shown from its first batch on and can be left at any
    batch (see :meth:`Painter.iter_lines`).
    """
    text = article_text(article.title, article.body)
    title_end = len(article.title) if article.title else 0
    meta = meta_text(article, local_now())
    meta_lines = [PaneLine(m, "meta") for m in painter.lines(meta, width)] if meta else []
    meta_done = False
    if not title_end:
        if meta_lines:
            yield [*meta_lines, PaneLine(VisualLine("", 0, 0, False, 0, (), 0), "meta")]
        meta_done = True
    for batch in painter.iter_lines(text, width):
        out: list[PaneLine] = []
        for line in batch:
            if not meta_done and line.start >= title_end:
                out.extend(meta_lines)
                meta_done = True
            out.append(PaneLine(line, "body" if meta_done else "title"))
        yield out
    if not meta_done:
        yield meta_lines


def line_marks(
    line: VisualLine, spans: Iterable[Span], hits: Sequence[tuple[int, int]], current_hit: int
) -> list[tuple[int, int, str]]:
    """The ``(start, end, style name)`` ranges to paint on ``line``, for :func:`paint_runs`.

    Mentions are named by their kind (a section of :data:`reader.sections.SECTIONS`;
    mentions of other kinds are not painted), hits :data:`HIT` or
    :data:`CURRENT_HIT`; mentions come first, then hits, then the current hit,
    so that later ones are drawn over earlier ones.

    Args:
        line: A line of the pane.
        spans: Entity mentions (logical offsets).
        hits: Hit ranges, in text order.
        current_hit: Index into ``hits`` of the current hit (-1: none).
    """
    lo, hi = line.start, line.end
    mentions = [(s.start, s.end, s.kind) for s in spans
                if s.start < hi and s.end > lo and section_of(s.kind) is not None]
    marked: list[tuple[int, int, str]] = []
    current: list[tuple[int, int, str]] = []
    if hits:
        i = bisect.bisect_left(hits, (lo - 10_000, 0))
        for k in range(i, len(hits)):
            a, b = hits[k]
            if a >= hi:
                break
            if b > lo:
                if k == current_hit:
                    current.append((a, b, CURRENT_HIT))
                else:
                    marked.append((a, b, HIT))
    return mentions + marked + current
