"""Provides what the app's widgets show, as plain functions of the store and layout (no Textual).

The widgets in :mod:`reader.widgets` only translate keys and paint; the
decisions live here so that they are unit-tested without a terminal.  By idea:

- :mod:`.rows`: the article list as a paged, lazily fetched sequence
  (:class:`PagedRows`, :class:`ArchiveRows`, :class:`DocnoRows`);
- :mod:`.filters`: what a sidebar choice or a search keeps in the list
  (:class:`ListFilter`, :func:`filter_key`, :func:`articles_about`) and what it
  highlights (:func:`hit_ranges`);
- :mod:`.catalog` and :mod:`.sidebar`: the archive's entities, and the rows of
  the people and places pane, section by section (see :mod:`reader.sections`);
- :mod:`.painting`, :mod:`.logical`: the cells of one line, in visual order
  (or logical order when a bidi terminal reorders itself), with styles
  (:class:`Painter`, :func:`paint_runs`);
- :mod:`.listing` and :mod:`.article`: one row of the article list (its
  columns by width); the rows of the reading pane, their highlights and the
  address's hyperlink;
- :mod:`.dates` and :mod:`.sources`: dates in the local zone and how long ago;
  a source's short name;
- :mod:`.ordering` and :mod:`.counts`: the list's views (the search's filters
  toggled in a query) and orders; the unread count;
- :mod:`.state`: read marks and stars written off the UI thread (:class:`StateWriter`);
- :mod:`.paths`: path completion for the import dialog (:func:`complete_path`);
- :mod:`.field`: a text field's view, the caret moving on screen (:func:`field_view`).
"""

from __future__ import annotations

from reader.views.article import PaneLine, build_lines, iter_lines, line_marks, meta_text
from reader.views.catalog import article_entities, entity_from_catalog, top_entities
from reader.views.filters import (
    ListFilter,
    articles_about,
    entity_label,
    filter_key,
    hit_ranges,
    target_keys,
    word_hits,
)
from reader.views.listing import STAR_MARK, UNREAD_MARK, list_columns, list_row_runs
from reader.views.logical import logical_lines, logical_truncate
from reader.views.painting import ONE_LINE_CACHE, Painter, paint_runs
from reader.views.paths import complete_path
from reader.views.rows import MAX_PAGES, PAGE_SIZE, ArchiveRows, DocnoRows, PagedRows
from reader.views.sidebar import SidebarRow, entity_detail, sidebar_rows
from reader.views.state import StateWriter

__all__ = [
    "MAX_PAGES",
    "ONE_LINE_CACHE",
    "PAGE_SIZE",
    "STAR_MARK",
    "UNREAD_MARK",
    "ArchiveRows",
    "DocnoRows",
    "ListFilter",
    "PagedRows",
    "Painter",
    "PaneLine",
    "SidebarRow",
    "StateWriter",
    "articles_about",
    "build_lines",
    "iter_lines",
    "complete_path",
    "entity_detail",
    "article_entities",
    "entity_from_catalog",
    "entity_label",
    "filter_key",
    "hit_ranges",
    "line_marks",
    "list_columns",
    "list_row_runs",
    "logical_lines",
    "logical_truncate",
    "meta_text",
    "paint_runs",
    "sidebar_rows",
    "target_keys",
    "top_entities",
    "word_hits",
]
