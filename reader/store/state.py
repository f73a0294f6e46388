"""Provides the reader's own state: read marks, stars, the last open article, the articles
deleted from view and each article's reading position (no Textual).

It lives in ``state.json``, a small TinyDB file beside the shards that is
replaced atomically on every change (unlike the shards, it is mutable).  A
change takes the writer lock, so two processes never lose each other's marks.

Deleting an article is a tombstone here, not a removal from the shards: the
article leaves the app's list, its views and searches, ``reader list``,
``search`` and ``export``, and comes back when the tombstone goes (undo, or
``reader`` never having removed it).  The shards are immutable generations
that a commit writes whole, so a real removal would mean rewriting every index
an article is in; a tombstone is instant, survives ``reindex`` and
``check --repair`` (they keep ``state.json``) and can always be undone.
"""

from __future__ import annotations

from tinydb import Query, TinyDB

from reader.store.backend import Backend


class UserStateFile:
    """Read marks, stars and the last open article of one store (``state.json``)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        """Where the store's files live."""

    def _db(self) -> TinyDB:
        return self.backend.state_db()

    def marks(self) -> tuple[set[str], set[str]]:
        """Ids of the articles marked read, and of the starred ones."""
        read: set[str] = set()
        starred: set[str] = set()
        for doc in self._db().table("marks").all():
            if doc.get("read"):
                read.add(doc["id"])
            if doc.get("starred"):
                starred.add(doc["id"])
        return read, starred

    def set_mark(self, article_id: str, *, read: bool | None = None,
                 starred: bool | None = None) -> None:
        """Mark an article read/unread or starred/unstarred; written to disk at once."""
        with self.backend.writing():
            # Another process may have written since we read.
            self.backend.reset_state_cache()
            table = self._db().table("marks")
            doc = table.get(Query().id == article_id)
            new = {"id": article_id, "read": bool(doc and doc.get("read")),
                   "starred": bool(doc and doc.get("starred"))}
            if read is not None:
                new["read"] = read
            if starred is not None:
                new["starred"] = starred
            # One write per change (TinyDB's upsert writes twice: an update
            # that matched nothing, then the insert).
            if doc is None:
                table.insert(new)
            else:
                table.update(new, doc_ids=[doc.doc_id])

    def deleted(self) -> set[str]:
        """Ids of the articles deleted from view (tombstones)."""
        return {doc["id"] for doc in self._db().table("deleted").all() if doc.get("id")}

    def set_deleted(self, article_ids: list[str], deleted: bool) -> None:
        """Delete articles from view (``deleted``) or bring them back; on disk at once."""
        with self.backend.writing():
            self.backend.reset_state_cache()
            table = self._db().table("deleted")
            have = {doc["id"]: doc.doc_id for doc in table.all() if doc.get("id")}
            if deleted:
                new = [{"id": i} for i in dict.fromkeys(article_ids) if i not in have]
                if new:
                    table.insert_multiple(new)
            else:
                gone = [have[i] for i in article_ids if i in have]
                if gone:
                    table.remove(doc_ids=gone)

    def position(self, article_id: str) -> int | None:
        """Where the article was left: the logical offset of its first line on screen."""
        doc = self._db().table("positions").get(Query().id == article_id)
        offset = None if doc is None else doc.get("offset")
        return offset if isinstance(offset, int) and offset > 0 else None

    def set_position(self, article_id: str, offset: int) -> None:
        """Remember where an article was left (0: at its top, which is forgotten)."""
        with self.backend.writing():
            self.backend.reset_state_cache()
            table = self._db().table("positions")
            doc = table.get(Query().id == article_id)
            if offset <= 0:
                if doc is not None:
                    table.remove(doc_ids=[doc.doc_id])
            elif doc is None:
                table.insert({"id": article_id, "offset": offset})
            elif doc.get("offset") != offset:
                table.update({"offset": offset}, doc_ids=[doc.doc_id])

    def last_open(self) -> str | None:
        """Id of the article open when the app last closed."""
        doc = self._db().table("session").get(doc_id=1)
        return None if doc is None else doc.get("last_open")

    def set_last_open(self, article_id: str | None) -> None:
        """Remember the open article for the next launch."""
        with self.backend.writing():
            self.backend.reset_state_cache()  # another process may have written since
            table = self._db().table("session")
            if table.get(doc_id=1) is None:
                table.insert({"last_open": article_id})
            else:
                table.update({"last_open": article_id}, doc_ids=[1])
