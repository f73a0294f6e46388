"""Provides the user's corrections of people and places as kept in the store (no Textual).

They are user state, like read marks and subscriptions: a ``corrections``
table of the store's ``state.json``, replaced atomically on every change and
written under the writer lock.  They are not derived from the articles, so
``reader reindex`` and ``reader check --repair`` (which rebuild the indexes)
keep them.  What they mean is :mod:`reader.corrections`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from reader.corrections.rules import Correction, Corrections
from reader.store.backend import STATE_NAME, Backend, DirBackend

TABLE = "corrections"
"""The state table the corrections live in."""
META = "corrections_meta"
"""The state table holding the highest number given to a correction."""


class CorrectionNotFound(LookupError):
    """No correction has the number asked for."""


class CorrectionFile:
    """The corrections of one store (the ``corrections`` table of its ``state.json``)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        """Where the store's files live (see :attr:`reader.store.ArticleStore.backend`)."""
        self._loaded: tuple[tuple[int, int, int], Corrections] | None = None

    def _stamp(self) -> tuple[int, int, int] | None:
        """``state.json``'s inode (a write replaces the file), time and size (None: not on disk)."""
        if not isinstance(self.backend, DirBackend):
            return None
        try:
            st = (self.backend.path / STATE_NAME).stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def all(self) -> list[Correction]:
        """Every correction, in the order made (read afresh: another process may have added)."""
        self.backend.reset_state_cache()
        rows = self.backend.state_db().table(TABLE).all()
        found = (Correction.from_doc(dict(row)) for row in rows)
        return sorted((c for c in found if c is not None), key=lambda c: c.id)

    def load(self) -> Corrections:
        """The corrections as lookups (read again only when ``state.json`` changed: the app
        looks every two seconds for corrections made by another process)."""
        stamp = self._stamp()
        if stamp is not None and self._loaded is not None and self._loaded[0] == stamp:
            return self._loaded[1]
        loaded = Corrections(self.all())
        if stamp is not None:
            self._loaded = (stamp, loaded)
        return loaded

    def add(self, correction: Correction) -> Correction:
        """Keep a new correction; returns it with its number and time."""
        with self.backend.writing():
            self.backend.reset_state_cache()
            state = self.backend.state_db()  # once: both tables must be of one reading
            table = state.table(TABLE)
            # Numbers are never given twice (an undone number stays undone), so the
            # highest ever given is kept beside the rows.
            meta = state.table(META)
            kept_last = meta.get(doc_id=1)
            last = kept_last.get("last") if kept_last is not None else None
            numbers = [row.get("id") for row in table.all()] + [last]
            number = max((n for n in numbers if isinstance(n, int)), default=0) + 1
            made = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            kept = replace(correction, id=number, made=correction.made or made)
            table.insert(dict(kept.to_doc()))
            if kept_last is None:
                meta.insert({"last": number})
            else:
                meta.update({"last": number}, doc_ids=[1])
        return kept

    def remove(self, number: int) -> Correction:
        """Undo correction ``number``.

        Raises:
            CorrectionNotFound: None has that number.
        """
        with self.backend.writing():
            self.backend.reset_state_cache()
            table = self.backend.state_db().table(TABLE)
            for row in table.all():
                if row.get("id") == number:
                    found = Correction.from_doc(dict(row))
                    table.remove(doc_ids=[row.doc_id])
                    if found is not None:
                        return found
                    break
        raise CorrectionNotFound(f"no correction number {number} (see `reader correct list`)")
