"""Provides what the app's widgets show, as plain functions of the store and layout (no Textual).

The widgets in :mod:`reader.widgets` only translate keys and paint; the
decisions live here so that they are unit-tested without a terminal:

- :class:`ArchiveRows` and :class:`DocnoRows`: the article list as a paged,
  lazily fetched sequence (30,000 rows cost one page at start, not 30,000);
- :class:`ListFilter`, :func:`filter_key`, :func:`articles_about`: what a
  sidebar choice or a search keeps in the list;
- :func:`hit_ranges`: the logical ranges a search or filter highlights;
- :class:`Painter` and :func:`paint_runs`: the cells of one line, in visual
  order (or logical order when a bidi terminal reorders itself), with styles;
- :class:`StateWriter`: read marks and stars written off the UI thread;
- :func:`complete_path`: path completion for the import dialog.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.layout import (
    VisualLine,
    base_direction,
    cell_width,
    layout_text,
    shape_query,
    spans_to_cells,
    truncate,
)
from reader.models import ArticleSummary, Entity, Span
from reader.textsafe import neutralise

PAGE_SIZE = 100
"""Rows fetched from the store at a time."""
MAX_PAGES = 64
"""Pages kept in memory per view (least recently used dropped)."""


# ------------------------------------------------------------------ rows


class _PagedRows:
    """Rows fetched a page at a time and kept in a small LRU cache."""

    def __init__(self, store: Any, count: int, page_size: int = PAGE_SIZE) -> None:
        self.store = store
        """The article store rows come from."""
        self.count = count
        """How many rows the view has."""
        self.page_size = page_size
        self._pages: OrderedDict[int, list[ArticleSummary | None]] = OrderedDict()

    def __len__(self) -> int:
        return self.count

    def _fetch(self, page: int) -> list[ArticleSummary | None]:
        raise NotImplementedError

    def row(self, index: int) -> ArticleSummary | None:
        """The summary at ``index`` (None when out of range or gone from the store)."""
        if index < 0 or index >= self.count:
            return None
        page, at = divmod(index, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[at] if at < len(rows) else None

    def index_of(self, article_id: str) -> int | None:
        """Position of an article in this view, or None."""
        raise NotImplementedError

    def index_of_summary(self, summary: ArticleSummary) -> int | None:
        """Position of a listed article in this view, or None (no id lookup when its docno tells)."""
        return self.index_of(summary.id)


class ArchiveRows(_PagedRows):
    """The whole archive, newest first, read from ``store.latest`` a page at a time."""

    def __init__(self, store: Any, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, store.count(), page_size)

    def _fetch(self, page: int) -> list[ArticleSummary | None]:
        return list(self.store.latest(self.page_size, page * self.page_size))

    def index_of(self, article_id: str) -> int | None:
        docno = _docno(self.store, article_id)
        if docno is None:
            return None
        sorts = self.store.docmap()
        if docno >= len(sorts) or not sorts[docno]:
            return None
        mine = sorts[docno]
        # The list is ordered by sort key, newest (largest) first.
        return sum(1 for s in sorts if s > mine)


class DocnoRows(_PagedRows):
    """A filtered or searched list: docnos in the order given, summaries fetched by page."""

    def __init__(self, store: Any, docnos: Sequence[int], page_size: int = PAGE_SIZE,
                 first: Sequence[ArticleSummary] | None = None) -> None:
        super().__init__(store, len(docnos), page_size)
        self.docnos = list(docnos)
        """The articles shown, in order."""
        self._position: dict[int, int] | None = None
        if first is not None:
            # The first page, already fetched (by the search, off the UI thread).
            wanted = self.docnos[:page_size]
            found = {s.docno: s for s in first}
            if all(d in found for d in wanted):
                self._pages[0] = [found[d] for d in wanted]

    def _fetch(self, page: int) -> list[ArticleSummary | None]:
        wanted = self.docnos[page * self.page_size : (page + 1) * self.page_size]
        found = {s.docno: s for s in self.store.summaries(wanted)}
        return [found.get(d) for d in wanted]

    def index_of(self, article_id: str) -> int | None:
        docno = _docno(self.store, article_id)
        return None if docno is None else self._index_of_docno(docno)

    def index_of_summary(self, summary: ArticleSummary) -> int | None:
        return self._index_of_docno(summary.docno)

    def _index_of_docno(self, docno: int) -> int | None:
        if self._position is None:
            self._position = {d: i for i, d in enumerate(self.docnos)}
        return self._position.get(docno)


def _docno(store: Any, article_id: str) -> int | None:
    from reader.store import StoreError

    try:
        return int(store.resolve(article_id))
    except StoreError:
        return None


# --------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What the list is narrowed to: an entity picked, or a search."""

    kind: str
    """``entity`` or ``search``."""
    key: str
    """The entity index key (``country:KZ``, ``person:...``) or the query typed."""
    label: str
    """Logical text naming it for people ("Tokayev", "Kazakhstan", the query)."""
    targets: tuple[str, ...] = ()
    """Entity keys whose mentions are highlighted as hits."""
    mode: str = "entity"
    """For searches: ``entity`` or ``text`` (what :func:`reader.search.search` did)."""


def filter_key(entity: Entity) -> str:
    """The index key that finds the articles about an entity.

    A country covers itself and its office-holders (``country:XX``); people,
    cities and regions are found by their own key.
    """
    if entity.kind == "place" and entity.place_kind == "country" and entity.code:
        return f"country:{entity.code}"
    return entity.key


def entity_label(entity: Entity) -> str:
    """How the status bar names an entity: its English name, else its own."""
    return entity.english or entity.name


def articles_about(store: Any, key: str) -> list[int]:
    """Docnos of the articles indexed under ``key``, newest first (the list's order)."""
    sorts = store.docmap()
    docnos = {d for d, _ in store.postings("ent", key)}
    return sorted(docnos, key=lambda d: sorts[d] if d < len(sorts) else "", reverse=True)


def entity_from_catalog(key: str, rec: dict[str, Any]) -> Entity:
    """An :class:`Entity` from a ``store.catalog()`` record (archive-wide counts)."""
    return Entity(
        key=key,
        kind=str(rec.get("kind") or ("person" if key.startswith("person:") else "place")),
        name=str(rec.get("name") or key),
        aliases=tuple(rec.get("aliases") or ()),
        english=rec.get("english"),
        country=rec.get("country"),
        place_kind=rec.get("place_kind"),
        code=rec.get("code"),
        count=int(rec.get("mentions") or 0),
        articles=int(rec.get("articles") or 0),
    )


def top_entities(
    catalog: dict[str, dict[str, Any]], limit: int = 30
) -> tuple[list[Entity], list[Entity]]:
    """The archive's most mentioned people and places (by articles, then mentions).

    Returns:
        ``(people, places)``, each at most ``limit`` long.
    """
    ents = [entity_from_catalog(k, rec) for k, rec in catalog.items()]
    ents.sort(key=lambda e: (-e.articles, -e.count, e.english or e.name))
    people = [e for e in ents if e.kind == "person"][:limit]
    places = [e for e in ents if e.kind == "place"][:limit]
    return people, places


def target_keys(key: str, entities: Iterable[Entity]) -> set[str]:
    """Entity keys whose mentions in an article stand for the filter ``key``.

    ``country:XX`` stands for the country's place key and for every person
    serving it; other keys stand for themselves.
    """
    if not key.startswith("country:"):
        return {key}
    code = key.split(":", 1)[1]
    keys = {f"place:{code}"}
    for e in entities:
        if (e.kind == "place" and e.code == code) or (e.kind == "person" and e.country == code):
            keys.add(e.key)
    return keys


def hit_ranges(
    text: str, spans: Iterable[Span], entities: Iterable[Entity], flt: ListFilter | None
) -> list[tuple[int, int]]:
    """Logical ranges to highlight as hits for the active filter, in text order.

    Args:
        text: The article text (:func:`reader.entities.article_text`).
        spans: Entity mentions in ``text``.
        entities: The article's entities (countries of office-holders).
        flt: The list's filter or search, or None.
    """
    if flt is None:
        return []
    ents = list(entities)
    if flt.kind == "entity" or flt.mode == "entity":
        keys: set[str] = set()
        for k in flt.targets or (flt.key,):
            keys |= target_keys(k, ents)
        return sorted({(s.start, s.end) for s in spans if s.key in keys})
    return word_hits(text, flt.key)


def word_hits(text: str, query: str) -> list[tuple[int, int]]:
    """Words of ``text`` matching the query's words (same folding and light stems as the index)."""
    from reader.entities.normalize import light_stem, tokenize

    stems = {light_stem(w) for _, _, w in tokenize(query)}
    if not stems:
        return []
    return [(a, b) for a, b, w in tokenize(text) if light_stem(w) in stems]


# -------------------------------------------------------------- painting


class Painter:
    """Lays out text for the screen: visual order and shaped, or logical for a bidi terminal.

    With ``terminal_bidi`` the terminal reorders and shapes by itself (VTE,
    Konsole, mlterm in implicit mode), so lines are wrapped here but painted in
    logical order, unshaped; doing both would reverse Arabic twice.
    """

    def __init__(self, *, terminal_bidi: bool = False, hide_marks: bool = False) -> None:
        self.terminal_bidi = terminal_bidi
        """Paint logical text and let the terminal reorder it."""
        self.hide_marks = hide_marks
        """Hide harakat and tatweel."""

    def lines(self, text: str, width: int) -> tuple[VisualLine, ...]:
        """Lines of a multi-paragraph text at ``width`` cells."""
        width = max(1, width)
        if self.terminal_bidi:
            return logical_lines(text, width)
        return layout_text(text, width, hide_marks=self.hide_marks)

    def one_line(self, text: str, width: int) -> VisualLine:
        """One line (a title, a name), cut at its logical end with an ellipsis.

        Remembered (the list lays out the same titles again and again: paging
        back, search results of one query after the next).
        """
        return _one_line(text, max(1, width), self.terminal_bidi)

    def preview(self, text: str, width: int) -> str:
        """What the user types, readable while typing (padded flush by direction)."""
        width = max(1, width)
        if self.terminal_bidi:
            line = logical_truncate(text, width)
            shown = line.text
        else:
            shown = shape_query(text, width)
        gap = max(0, width - cell_width(shown))
        return " " * gap + shown if base_direction(text) else shown + " " * gap


ONE_LINE_CACHE = 8192
"""Titles and names laid out, remembered (about 2 KB each)."""


@lru_cache(maxsize=ONE_LINE_CACHE)
def _one_line(text: str, width: int, terminal_bidi: bool) -> VisualLine:
    if terminal_bidi:
        return logical_truncate(text, width)
    return truncate(text, width)


def _logical_line(text: str, start: int, end: int, rtl: bool, paragraph: int) -> VisualLine:
    piece = neutralise(text[start:end])
    return VisualLine(
        piece, start, end, rtl, cell_width(piece), tuple(range(start, end)), paragraph
    )


def logical_lines(text: str, width: int) -> tuple[VisualLine, ...]:
    """Greedy word wrap in logical order, without reordering or shaping (``--terminal-bidi``)."""
    out: list[VisualLine] = []
    pos = 0
    para = 0
    for raw in text.split("\n"):
        if raw.strip():
            if out:
                out.append(VisualLine("", pos, pos, out[-1].rtl, 0, (), para))
            rtl = base_direction(raw)
            for a, b in _wrap_words(raw, width):
                out.append(_logical_line(text, pos + a, pos + b, rtl, para))
            para += 1
        pos += len(raw) + 1
    return tuple(out)


def _wrap_words(paragraph: str, width: int) -> list[tuple[int, int]]:
    words: list[tuple[int, int]] = []
    i = 0
    n = len(paragraph)
    while i < n:
        while i < n and paragraph[i].isspace():
            i += 1
        j = i
        while j < n and not paragraph[j].isspace():
            j += 1
        if j > i:
            words.append((i, j))
        i = j
    lines: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for a, b in words:
        w = cell_width(paragraph[a:b])
        if cur is not None and cell_width(paragraph[cur[0] : b]) <= width:
            cur = (cur[0], b)
            continue
        if cur is not None:
            lines.append(cur)
        while w > width:  # a word wider than the line: cut it by cells
            k = a
            while k < b and cell_width(paragraph[a : k + 1]) <= width:
                k += 1
            k = max(k, a + 1)
            lines.append((a, k))
            a = k
            w = cell_width(paragraph[a:b])
        cur = (a, b) if b > a else None
    if cur is not None:
        lines.append(cur)
    return lines


def logical_truncate(text: str, width: int, ellipsis: str = "…") -> VisualLine:
    """One logical line cut to ``width`` cells with an ellipsis at its end (``--terminal-bidi``)."""
    flat = neutralise(text.replace("\n", " ").replace("\r", " ")).strip()
    rtl = base_direction(flat)
    if cell_width(flat) <= width:
        return VisualLine(flat, 0, len(flat), rtl, cell_width(flat), tuple(range(len(flat))), 0)
    k = 0
    while k < len(flat) and cell_width(flat[: k + 1]) + cell_width(ellipsis) <= width:
        k += 1
    shown = flat[:k].rstrip() + ellipsis
    return VisualLine(shown, 0, k, rtl, cell_width(shown), tuple(range(len(shown))), 0)


def paint_runs(
    line: VisualLine,
    width: int,
    styles: Sequence[tuple[int, int, str]] = (),
    *,
    pad_to_width: bool = True,
) -> list[tuple[str, str]]:
    """Split a line into runs of text sharing a style, padded flush by direction.

    Args:
        line: A visual (or logical) line.
        width: Cells of the row; right-to-left lines are padded on the left.
        styles: ``(start, end, name)`` logical ranges, later ones drawn over
            earlier ones (give mentions first, then hits, then the current hit).
        pad_to_width: Pad to ``width`` (else only the left padding of RTL lines).

    Returns:
        ``(text, style name)`` runs left to right; the name is ``""`` for none.
    """
    text = line.text
    per_char = [""] * len(text)
    if styles and text:
        # Cell position of each character (a zero-width mark shares its base's cell).
        starts = []
        pos = 0
        last = 0
        for ch in text:
            w = cell_width(ch)
            starts.append(pos if w else last)
            if w:
                last = pos
            pos += w
        for start, end, name in styles:
            if end <= line.start or start >= line.end:
                continue
            for a, b in spans_to_cells(line, start, end):
                for i, s in enumerate(starts):
                    if a <= s < b:
                        per_char[i] = name
    lead = max(0, width - line.cells) if line.rtl else 0
    runs: list[tuple[str, str]] = []
    if lead:
        runs.append((" " * lead, ""))
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and per_char[j] == per_char[i]:
            j += 1
        runs.append((text[i:j], per_char[i]))
        i = j
    if pad_to_width and not line.rtl and line.cells < width:
        runs.append((" " * (width - line.cells), ""))
    return runs


# ------------------------------------------------------------ list rows

UNREAD_MARK = "●"
STAR_MARK = "★"


def list_columns(width: int) -> tuple[int, int, int]:
    """Cells for (date, source, title) in a list row of ``width`` cells.

    The marks take 4 cells; the source column goes first when space runs out,
    then the date.
    """
    fixed = 4
    date = 12 if width >= 44 else 0
    source = 16 if width >= 80 else 11 if width >= 60 else 0
    title = max(1, width - fixed - date - source)
    return date, source, title


def list_row_runs(
    summary: ArticleSummary, width: int, painter: Painter, *, read: bool, starred: bool
) -> list[tuple[str, str]]:
    """The runs of one article-list row: marks, date, source, and the laid-out title.

    Style names: ``unread``, ``star``, ``date``, ``source``, ``title``.
    """
    date_w, source_w, title_w = list_columns(width)
    runs: list[tuple[str, str]] = [
        (" " if read else UNREAD_MARK, "" if read else "unread"),
        (" ", ""),
        (STAR_MARK if starred else " ", "star" if starred else ""),
        (" ", ""),
    ]
    if date_w:
        runs.append((f"{summary.display_date:<10}"[:10] + "  ", "date"))
    if source_w:
        src = painter.one_line(summary.source or "", source_w - 2)
        runs += [(t, "source") for t, _ in paint_runs(src, source_w - 2)]
        runs.append(("  ", ""))
    title = painter.one_line(summary.title, title_w)
    runs += [(t, "title") for t, _ in paint_runs(title, title_w)]
    return runs


# ------------------------------------------------------------ user state


class StateWriter:
    """Writes read marks, stars and the last open article on one background thread.

    ``store.set_mark`` takes the store's writer lock, which an import (ours or
    another process's) may hold for a while: the UI must never wait for it.
    Writes keep their order; :meth:`flush` waits for them at exit.
    """

    def __init__(self, store: Any, on_error: Callable[[str], None] | None = None) -> None:
        self.store = store
        """The store written to."""
        self.on_error = on_error
        """Told (from the writer thread) when a write failed."""
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                job()
            except Exception as exc:  # noqa: BLE001 - reported, never fatal to the UI
                if self.on_error is not None:
                    self.on_error(f"could not save: {neutralise(str(exc))}")
            finally:
                self._queue.task_done()

    def _put(self, job: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="reader-state", daemon=True)
            self._thread.start()
        self._queue.put(job)

    def mark(
        self, article_id: str, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Queue a read/star change."""
        self._put(lambda: self.store.set_mark(article_id, read=read, starred=starred))

    def last_open(self, article_id: str | None) -> None:
        """Queue remembering the open article."""
        self._put(lambda: self.store.set_last_open(article_id))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued write is done (at most ``timeout`` seconds); True when done."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done.set)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Flush, then stop the thread."""
        ok = self.flush(timeout)
        if self._thread is not None and ok:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        return ok


# ---------------------------------------------------------------- paths


def complete_path(value: str, *, limit: int = 500) -> str | None:
    """Complete a typed path from the file system (first match, directories end in ``/``).

    Args:
        value: What the user typed (``~`` allowed).
        limit: Directory entries looked at, at most (a huge folder never stalls typing).

    Returns:
        ``value`` plus the completed rest, or None when nothing matches.
    """
    if not value:
        return None
    head, sep, tail = value.rpartition("/")
    directory = os.path.expanduser(head + sep) if sep else "."
    if not directory:
        directory = "/"
    try:
        names = []
        with os.scandir(directory) as it:
            for n, entry in enumerate(it):
                if n >= limit:
                    break
                if entry.name.startswith(tail) and (
                    tail.startswith(".") or not entry.name.startswith(".")
                ):
                    names.append((entry.name, entry.is_dir()))
    except OSError:
        return None
    if not names:
        return None
    name, is_dir = min(names)
    completed = value + name[len(tail) :] + ("/" if is_dir else "")
    return None if completed == value else completed
