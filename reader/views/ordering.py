"""Provides the list's views and orders: filters toggled in a query, sorting by date or source
(no Textual).

The views (unread only, starred only, one source) are the search's own
filters (``is:unread``, ``is:starred``, ``source:NAME``), so a view and a
search combine and read the same in the status line and on the command line:
:func:`toggle_filter` adds one to a query or takes it away.  The orders are
those of :data:`ORDERS`; relevance is a search's own order, so it is offered
for searches only (:func:`orders_for`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.store.api import ArticleReader

ORDERS: dict[str, str] = {
    "relevance": "by relevance",
    "date": "newest first",
    "source": "by source, then newest",
}
"""The list's orders and how the status line names them."""

_TOKEN = re.compile(r'(?:[^\s"«»]+|"[^"]*"|«[^»]*»)+')
_GROUPS: tuple[tuple[str, ...], ...] = (
    ("is:unread", "is:read"),
    ("is:starred", "is:unstarred"),
)


def _tokens(query: str) -> list[str]:
    return _TOKEN.findall(query)


def _group(token: str) -> tuple[str, ...]:
    low = token.casefold()
    for group in _GROUPS:
        if low in group:
            return group
    if low.startswith("source:"):
        return ("source:",)
    return (low,)


def _same_group(token: str, group: tuple[str, ...]) -> bool:
    low = token.casefold()
    if group == ("source:",):
        return low.startswith("source:")
    return low in group


def has_filter(query: str, token: str) -> bool:
    """Whether ``query`` holds the filter ``token`` (case aside)."""
    return any(t.casefold() == token.casefold() for t in _tokens(query))


def toggle_filter(query: str, token: str) -> str:
    """``query`` with the filter ``token`` added, or taken away when it is there.

    Adding replaces a filter of the same kind (``is:read`` for ``is:unread``,
    another ``source:``); the other words and filters stay, in their order.
    """
    tokens = _tokens(query)
    present = any(t.casefold() == token.casefold() for t in tokens)
    group = _group(token)
    kept = [t for t in tokens if not _same_group(t, group)]
    if not present:
        kept.append(token)
    return " ".join(kept)


def source_filter(source: str) -> str:
    """The filter that keeps one source: ``source:okaz``, or ``source:"Test Wire"``."""
    clean = source.replace('"', "")
    return f'source:"{clean}"' if any(c.isspace() for c in clean) else f"source:{clean}"


def orders_for(searching: bool) -> list[str]:
    """The orders offered: relevance first for a search; date, then source."""
    return ["relevance", "date", "source"] if searching else ["date", "source"]


def next_order(current: str, searching: bool) -> str:
    """The order after ``current`` (the first when ``current`` is not offered)."""
    offered = orders_for(searching)
    if current not in offered:
        return offered[0]
    return offered[(offered.index(current) + 1) % len(offered)]


def sort_docnos(store: ArticleReader, docnos: Sequence[int], order: str) -> list[int]:
    """``docnos`` in ``order``: ``date`` newest first, ``source`` by source then newest;
    ``relevance`` keeps the order given."""
    if order == "relevance":
        return list(docnos)
    sorts = store.docmap()

    def key_of(d: int) -> str:
        return sorts[d] if d < len(sorts) else ""

    newest = sorted(docnos, key=key_of, reverse=True)
    if order != "source":
        return newest
    from reader.search.filtering import facets

    by_docno = facets(store).by_docno

    def source_of(d: int) -> tuple[bool, str]:
        source = by_docno[d].source if d in by_docno else ""
        return (not source, source)  # unknown sources last

    return sorted(newest, key=source_of)


def archive_sources(store: ArticleReader) -> list[tuple[str, int]]:
    """The archive's sources with their article counts, most articles first (read once
    per generation: the palette asks at every keystroke)."""
    from collections import Counter

    from reader.search.cache import cache_of

    cache = cache_of(store)
    if cache.sources is None:
        counts = Counter(s.source for s in store.latest() if s.source)
        cache.sources = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    return cache.sources
