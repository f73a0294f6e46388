"""Provides reindex, check and repair of a store (no Textual): `reader reindex`, `reader check`.

Body shards are the source of truth: every other file (list, keys, docmap,
postings, catalog) is derived from them and can be rebuilt.  ``check``
(:mod:`reader.store.check`) proves the derived files agree with the bodies;
``repair`` and ``reindex`` (:mod:`reader.store.rebuild`) rebuild them, repair
after moving damaged files aside (never deleting or overwriting them).
"""

from __future__ import annotations

from reader.store.check import FACET_PREFIXES, check
from reader.store.rebuild import RepairReport, reindex, repair

__all__ = ["FACET_PREFIXES", "RepairReport", "check", "reindex", "repair"]
