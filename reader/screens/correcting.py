"""Provides :class:`CorrectingScreen`: the sidebar's corrections (hide, merge, link, undo, list).

The sidebar posts :class:`reader.widgets.entity_sidebar.EntitySidebar.Correct`;
this screen asks who a merge or a link means (:class:`NamePicker`), writes the
correction to the store off the UI thread (it takes the writer lock, which a
long import in another process may hold), then applies the store's
corrections at once: the sidebar, the archive view, the list filter, search
and the command palette all read through
:class:`reader.corrections.CorrectedReader`.  ``u`` undoes the corrections
made in this session, newest first; ``C`` lists every one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work

from reader.corrections import CorrectedReader, Correction, Corrections, CorrectionSource
from reader.models import Entity
from reader.screens.browse import POLL_INTERVAL
from reader.screens.correction_dialogs import CorrectionsDialog, NamePicker, Picked
from reader.screens.searching import SearchingScreen
from reader.store import StoreBusy, StoreError
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.painting import tell

if TYPE_CHECKING:
    from reader.store.api import ArticleReader
    from reader.views import Painter, StateWriter


def correction_label(entity: Entity) -> str:
    """How a correction names an entity: ``Ash Carter (آشتون كارتر)``, or the name alone."""
    return f"{entity.english} ({entity.name})" if entity.english else entity.name


class CorrectingScreen(SearchingScreen):
    """Browsing and search, plus the user's corrections of people and places."""

    def __init__(self, store: ArticleReader, painter: Painter, state: StateWriter, *,
                 poll_interval: float = POLL_INTERVAL) -> None:
        super().__init__(store, painter, state, poll_interval=poll_interval)
        self.made: list[int] = []
        """Numbers of the corrections made in this session (``u`` undoes the last)."""

    @property
    def corrections_source(self) -> CorrectionSource | None:
        """Where the corrections are kept (None: the store is read without them)."""
        store = self.store
        return store.source if isinstance(store, CorrectedReader) else None

    @on(EntitySidebar.Correct)
    def _correct(self, event: EntitySidebar.Correct) -> None:
        event.stop()
        source = self.corrections_source
        if source is None:
            tell(self, "Corrections are not kept for this store", severity="warning")
        elif event.what == "list":
            self._list(source)
        elif event.what == "undo":
            if not self.made:
                tell(self, "No correction of this session to undo (C lists them all)",
                     timeout=3)
            else:
                self._write(source, remove=self.made[-1])
        elif event.entity is not None:
            self.correct(event.what, event.entity, archive=event.archive)

    def correct(self, what: str, entity: Entity, *, archive: bool) -> None:
        """Hide, merge or link ``entity`` (a picker asks whom a merge or a link means)."""
        source = self.corrections_source
        if source is None:
            return
        article = None if archive or self.article is None else self.article.id
        label = correction_label(entity)
        if what in ("hide", "hide_everywhere"):
            where = None if what == "hide_everywhere" else article
            self._write(source, add=Correction("hide", key=entity.key, label=label,
                                               article=where))
            return
        merge = what == "merge"
        title = f"Merge {label} with…" if merge else f"Link {label} to…"
        picker = NamePicker(
            self.painter, title, self.store.catalog(),
            kind=entity.kind if merge else "person", leaders=entity.kind == "person",
            exclude=entity.key, everywhere=None if merge or article is None else False)

        def chosen(picked: Picked | None) -> None:
            if picked is not None:
                self._after_pick(source, what, entity, picked, article)

        self.app.push_screen(picker, chosen)

    def _after_pick(self, source: CorrectionSource, what: str, entity: Entity, picked: Picked,
                article: str | None) -> None:
        label = correction_label(entity)
        target = picked.target
        store = self.store
        corrections = store.corrections if isinstance(store, CorrectedReader) else Corrections()
        if what == "merge":
            if corrections.canonical(target.key) == entity.key:
                tell(self, f"{target.label} already counts as {label}: undo that first (C)",
                     severity="warning")
                return
            self._write(source, add=Correction("merge", key=entity.key, label=label,
                                               target=target))
            return
        # In one article the entity is linked whole; everywhere, the name is.
        where = None if picked.everywhere else article
        self._write(source, add=Correction("link", key=entity.key,
                                           form="" if where else entity.name,
                                           label=label, target=target, article=where))

    def _list(self, source: CorrectionSource) -> None:
        try:
            items = source.all()
        except (StoreError, OSError) as exc:
            tell(self, str(exc), severity="error")
            return

        def undo(c: Correction) -> None:
            self._write(source, remove=c.id)

        self.app.push_screen(CorrectionsDialog(self.painter, items, undo))

    @work(thread=True, group="correct")
    def _write(self, source: CorrectionSource, *, add: Correction | None = None,
               remove: int | None = None) -> None:
        """Keep or undo a correction (off the UI thread: the writer lock may be busy)."""
        made: int | None = None
        try:
            if add is not None:
                kept = source.add(add)
                made = kept.id
                said = f"{kept.describe()} · u undoes it"
            else:
                gone = source.remove(remove or 0)
                said = f"Undone: {gone.describe()}"
            latest = source.load()
        except (StoreError, StoreBusy, OSError, LookupError) as exc:
            self.app.call_from_thread(tell, self, str(exc), severity="error")
            return
        self.app.call_from_thread(self._corrected, latest, said, made, remove)

    def _corrected(self, latest: Corrections, said: str, made: int | None,
                   removed: int | None) -> None:
        """Apply the store's corrections now, everywhere, and say what changed."""
        if made is not None:
            self.made.append(made)
        if removed in self.made:
            self.made.remove(removed)
        store = self.store
        if isinstance(store, CorrectedReader):
            store.set_corrections(latest)
        tell(self, said, timeout=6)
        self.apply_corrections(changed=True)
        if self.filter is not None:
            self.apply_filter(self.filter)
