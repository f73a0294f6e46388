"""Provides bidi layout: logical text in, shaped visual lines that map back to logical offsets out.

Terminals draw cells left to right and do no bidi reordering or Arabic
shaping; Textual does neither.  So every line that reaches the screen is laid
out here: wrapped in logical order at spaces, reordered by UAX #9 with its
paragraph's base direction, with Arabic already in presentation forms, and
with the logical offset of every character it shows (search hits and entity
mentions are logical spans; :func:`spans_to_cells` turns them into cells).

Decisions (see also :mod:`reader.layout.bidi` and :mod:`reader.layout.shaping`):

- Levels are resolved once per paragraph (UAX #9 3.4), each line reordered
  from its slice (L1-L4): a number reads the same wherever the line breaks.
  Explicit embeddings, overrides and isolates are dropped (neither obeyed
  nor shown: copied news carries stray ones), the one documented departure
  from UAX #9.
- The unit of wrapping, reordering and width is the extended grapheme
  cluster (UAX #29): a letter and its marks, a flag, an emoji with its skin
  tone, a ZWJ family.  A cluster takes the cells wcwidth gives it; a
  lam-alef ligature is one cell, so "السلام" takes 5 cells, not 6.  No line
  is wider than ``width``.
- Letters join by their Unicode Joining_Type (:mod:`reader.layout.joining`):
  ZWJ joins, ZWNJ breaks a join, marks are transparent.
- A character wider than the whole line (a wide CJK character at width 1) is
  shown as U+FFFD, one cell, mapped to the character's offset.
- A word wider than the line starts a new line and is cut between clusters;
  each piece is shaped on its own, as if the pieces were separate words.
- Breaking spaces (and leading or trailing ones) belong to no line.
- LRM, RLM and ALM steer the reordering and are then dropped; ZWJ (but inside
  an emoji sequence), ZWNJ, soft hyphens and other boundary-neutral
  characters are never drawn.
- Cost is linear in the text: more than 30 zero-width characters in a row
  (the Stream-Safe Text Format's limit) or 1,000 spaces are not laid out,
  words over 1,000 characters are shaped in pieces and paragraphs over 8,000
  laid out in parts (:mod:`reader.layout.paragraph`, :mod:`reader.layout.lines`).
- ``hide_marks`` lays the text out as if harakat and tatweel were not there.

The package, from the bottom up: :mod:`~reader.layout.bidi` (UAX #9 levels
and reordering), :mod:`~reader.layout.joining` (Arabic joining forms),
:mod:`~reader.layout.shaping` (display units: shaped clusters, measured,
mapped to offsets), :mod:`~reader.layout.paragraph` (the width-independent
model of a paragraph, its levels), :mod:`~reader.layout.wrapping`,
:mod:`~reader.layout.reorder` (a line in visual order),
:mod:`~reader.layout.lines` (visual lines of a text, cached, in batches),
:mod:`~reader.layout.oneline` (titles, queries and text fields) and
:mod:`~reader.layout.cells` (widths, highlights, padding, ``reader show``).
Import from ``reader.layout`` itself: the names below are its API.
"""

from __future__ import annotations

from reader.layout.cells import cell_width, char_cells_of, pad, render_article, spans_to_cells
from reader.layout.lines import (
    VisualLine,
    clear_caches,
    forget_lines,
    iter_layout,
    layout_paragraph,
    layout_text,
)
from reader.layout.oneline import field_line, shape_query, truncate
from reader.layout.paragraph import base_direction

__all__ = [
    "VisualLine", "base_direction", "cell_width", "char_cells_of", "clear_caches", "field_line",
    "forget_lines", "iter_layout",
    "layout_paragraph", "layout_text", "pad", "render_article", "shape_query", "spans_to_cells",
    "truncate",
]
