"""Unit tests of the app's pure parts: reader.views and reader.keys (no Textual app running)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.drafts import draft, simple_analyser
from reader import keys
from reader.layout import cell_width, layout_text, spans_to_cells, truncate
from reader.models import ArticleSummary, Entity, Span
from reader.store import open_store
from reader.views import (
    ArchiveRows,
    DocnoRows,
    ListFilter,
    Painter,
    StateWriter,
    articles_about,
    complete_path,
    filter_key,
    hit_ranges,
    list_columns,
    list_row_runs,
    logical_lines,
    logical_truncate,
    paint_runs,
    sidebar_rows,
    target_keys,
    top_entities,
    word_hits,
)


def _summary(i: int, title: str = "عنوان", source: str | None = "وكالة") -> ArticleSummary:
    return ArticleSummary(
        id=f"{i:016x}",
        title=title,
        date="2024-05-18",
        source=source,
        url=None,
        author=None,
        language="ar",
        imported_at="2024-05-18T00:00:00Z",
        fingerprint="f",
        docno=i,
    )


class _CountingStore:
    """A stand-in store that counts how many list pages were read."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.calls: list[tuple[int | None, int]] = []

    def count(self) -> int:
        return self.n

    def latest(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        self.calls.append((limit, offset))
        end = self.n if limit is None else min(self.n, offset + limit)
        return [_summary(i) for i in range(offset, end)]


# ----------------------------------------------------------------- rows


def test_archive_rows_read_nothing_until_a_row_is_asked_for() -> None:
    store = _CountingStore(30_000)
    rows = ArchiveRows(store)
    assert len(rows) == 30_000
    assert store.calls == []


def test_archive_rows_fetch_only_the_page_of_the_row_asked_for() -> None:
    store = _CountingStore(30_000)
    rows = ArchiveRows(store, page_size=100)
    assert rows.row(12_345).docno == 12_345
    assert store.calls == [(100, 12_300)]


def test_archive_rows_reuse_a_fetched_page() -> None:
    store = _CountingStore(1000)
    rows = ArchiveRows(store, page_size=100)
    rows.row(5)
    rows.row(99)
    assert len(store.calls) == 1


def test_archive_rows_out_of_range_is_none() -> None:
    rows = ArchiveRows(_CountingStore(3))
    assert rows.row(3) is None and rows.row(-1) is None


def _memory_store(n: int = 5):
    store = open_store(None, analyser=simple_analyser)
    store.import_drafts([draft(i) for i in range(n)])
    return store


def test_archive_rows_index_of_finds_an_article_by_id() -> None:
    store = _memory_store(7)
    rows = ArchiveRows(store, page_size=2)
    for i in range(7):
        summary = rows.row(i)
        assert rows.index_of(summary.id) == i


def test_docno_rows_keep_the_order_given() -> None:
    store = _memory_store(6)
    order = [4, 0, 5]
    rows = DocnoRows(store, order, page_size=2)
    assert [rows.row(i).docno for i in range(3)] == order


def test_docno_rows_index_of_an_article_not_listed_is_none() -> None:
    store = _memory_store(4)
    rows = DocnoRows(store, [1, 2])
    assert rows.index_of(store.summaries([3])[0].id) is None


# -------------------------------------------------------------- filters


def test_filter_key_of_a_country_covers_its_office_holders() -> None:
    kz = Entity(
        "place:KZ", "place", "كازاخستان", english="Kazakhstan", place_kind="country", code="KZ"
    )
    assert filter_key(kz) == "country:KZ"


def test_filter_key_of_a_person_or_city_is_its_own_key() -> None:
    person = Entity("person:tokayev", "person", "توكاييف", country="KZ")
    city = Entity("place:astana", "place", "أستانا", place_kind="city", country="KZ")
    assert (filter_key(person), filter_key(city)) == ("person:tokayev", "place:astana")


def test_target_keys_of_a_country_include_its_people() -> None:
    ents = [
        Entity("person:tokayev", "person", "توكاييف", country="KZ"),
        Entity("person:xi", "person", "شي", country="CN"),
    ]
    assert target_keys("country:KZ", ents) == {"place:KZ", "person:tokayev"}


def test_articles_about_lists_newest_first() -> None:
    store = _memory_store(5)
    docnos = articles_about(store, "place:CN")
    sorts = store.docmap()
    assert docnos and [sorts[d] for d in docnos] == sorted((sorts[d] for d in docnos), reverse=True)


def test_hit_ranges_of_an_entity_filter_are_its_mentions() -> None:
    spans = [Span(0, 5, "place", "place:CN"), Span(10, 14, "person", "person:xi")]
    flt = ListFilter("entity", "place:CN", "China", ("place:CN",))
    assert hit_ranges("x" * 20, spans, [], flt) == [(0, 5)]


def test_hit_ranges_of_a_text_search_are_the_matching_words() -> None:
    text = "Talks in Astana. astana again"
    flt = ListFilter("search", "Astana", "Astana", (), "text")
    assert [text[a:b] for a, b in hit_ranges(text, [], [], flt)] == ["Astana", "astana"]


def test_word_hits_match_arabic_with_a_proclitic() -> None:
    text = "زار الرئيس وكازاخستان"
    assert word_hits(text, "كازاخستان") or word_hits(text, "الرئيس")


def test_hit_ranges_without_a_filter_are_empty() -> None:
    assert hit_ranges("abc", [Span(0, 1, "place", "place:CN")], [], None) == []


def test_top_entities_orders_by_articles_then_mentions() -> None:
    catalog = {
        "place:CN": {
            "kind": "place",
            "name": "الصين",
            "mentions": 9,
            "articles": 2,
            "place_kind": "country",
        },
        "place:KZ": {
            "kind": "place",
            "name": "كازاخستان",
            "mentions": 3,
            "articles": 5,
            "place_kind": "country",
        },
        "person:xi": {"kind": "person", "name": "شي", "mentions": 4, "articles": 1},
    }
    # Section by section (people, then places), each by articles, then mentions.
    assert [e.key for e in top_entities(catalog)] == ["person:xi", "place:KZ", "place:CN"]
    assert [e.key for e in top_entities(catalog, limit=1)] == ["person:xi", "place:KZ"]


def _entity(key: str, kind: str, name: str, **kw: object) -> Entity:
    return Entity(key=key, kind=kind, name=name, **kw)  # type: ignore[arg-type]


def test_sidebar_rows_list_each_section_under_its_heading() -> None:
    ents = [
        _entity("place:KZ", "place", "كازاخستان", english="Kazakhstan", place_kind="country",
                code="KZ", count=3),
        _entity("person:xi", "person", "شي", english="Xi Jinping", country="CN", count=2),
    ]
    rows, items = sidebar_rows(ents, archive=False)
    headings = [r.text for r in rows if r.kind == "heading"]
    assert headings == ["In this article", "People (1)", "Places (1)"]
    assert [e.key for e in items] == ["person:xi", "place:KZ"]  # the table's order
    details = [r.text for r in rows if r.kind == "detail"]
    assert details == ["Xi Jinping · CN", "Kazakhstan · country · KZ"]


def test_sidebar_rows_say_when_a_section_is_empty() -> None:
    rows, items = sidebar_rows([], archive=True)
    assert [r.text for r in rows if r.kind == "heading"] == [
        "Archive, by articles", "People (0)", "Places (0)"]
    assert items == [] and sum(r.text == "  none found" for r in rows) == 2


def test_a_new_section_is_one_row_of_the_table(monkeypatch) -> None:
    import reader.sections as sections

    org = sections.Section("organisation", "Organisations", lambda e: (e.english,),
                           lambda e: "organisation")
    monkeypatch.setattr(sections, "SECTIONS", (*sections.SECTIONS, org))
    ents = [_entity("organisation:un", "organisation", "الأمم المتحدة", english="UN", count=1,
                    articles=4)]
    rows, items = sidebar_rows(ents, archive=True)
    assert "Organisations (1)" in [r.text for r in rows if r.kind == "heading"]
    # The archive's big number is articles (its order); mentions go on the second line.
    assert [r.text for r in rows if r.kind == "detail"] == ["UN · 1 mention"]
    assert [r.count for r in rows if r.kind == "name"] == [4]
    catalog = {"organisation:un": {"kind": "organisation", "name": "الأمم المتحدة",
                                   "mentions": 2, "articles": 4}}
    assert [e.key for e in top_entities(catalog)] == ["organisation:un"]


# ------------------------------------------------------------- painting


def test_paint_runs_pads_right_to_left_lines_on_the_left() -> None:
    line = layout_text("مرحبا بكم", 20)[0]
    runs = paint_runs(line, 20)
    assert runs[0] == (" " * (20 - line.cells), "") and "".join(t for t, _ in runs).endswith(
        line.text
    )


def test_paint_runs_pads_left_to_right_lines_on_the_right() -> None:
    line = layout_text("Hello", 10)[0]
    assert "".join(t for t, _ in paint_runs(line, 10)) == "Hello     "


def test_paint_runs_styles_the_cells_spans_to_cells_gives() -> None:
    text = "زار توكاييف الصين أمس"
    start = text.index("الصين")
    line = layout_text(text, 40)[0]
    runs = paint_runs(line, 40, [(start, start + 5, "place")])
    painted = "".join(t for t, _ in runs)
    lead = 40 - line.cells
    ((a, b),) = spans_to_cells(line, start, start + 5)
    styled = "".join(t for t, name in runs if name == "place")
    assert styled == painted[lead + a : lead + b]


def test_paint_runs_keeps_a_combining_mark_with_its_letter() -> None:
    text = "كَتَبَ الولد"
    line = layout_text(text, 30)[0]
    runs = paint_runs(line, 30, [(0, 6, "hit")])
    styled = "".join(t for t, name in runs if name == "hit")
    assert "\u064e" in styled and cell_width(styled) == 3


def test_later_styles_win_over_earlier_ones() -> None:
    line = layout_text("Hello world", 20)[0]
    runs = paint_runs(line, 20, [(0, 5, "person"), (0, 5, "current-hit")])
    assert ("Hello", "current-hit") in runs


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي قمة G20 (الصين) 2024 abc", max_size=90),
    source=st.text(alphabet="وكالة AP Reuters", max_size=30),
    width=st.integers(min_value=20, max_value=160),
)
def test_a_list_row_fills_exactly_its_width(title: str, source: str, width: int) -> None:
    runs = list_row_runs(_summary(1, title, source), width, Painter(), read=False, starred=True)
    assert sum(cell_width(t) for t, _ in runs) == width


def test_list_row_title_of_an_arabic_article_is_laid_out_and_right_aligned() -> None:
    title = "قمة الصين وآسيا الوسطى"
    width = 90
    runs = list_row_runs(_summary(1, title), width, Painter(), read=True, starred=False)
    shown = "".join(t for t, name in runs if name == "title")
    title_w = list_columns(width).title
    assert shown.endswith(truncate(title, title_w).text) and title not in shown


@pytest.mark.parametrize(
    ("width", "source", "date", "relative"),
    [(160, True, True, True), (76, True, True, True), (64, True, True, False),
     (40, True, True, False), (36, False, True, False), (24, False, False, False)],
)
def test_list_columns_drop_relative_then_source_then_date_when_narrow(
    width: int, source: bool, date: bool, relative: bool
) -> None:
    cols = list_columns(width)
    assert (bool(cols.source), bool(cols.date), cols.relative) == (source, date, relative)
    assert cols.title >= width // 3


def test_a_dated_row_shows_source_date_and_how_long_ago() -> None:
    now = datetime(2015, 8, 4, 12, 0, tzinfo=UTC)
    summary = replace(_summary(1, "Title", "alriyadh"), date="2015-08-01T09:00:00Z")
    runs = list_row_runs(summary, 90, Painter(), read=True, starred=False, now=now)
    by_style: dict[str, str] = {}
    for text, name in runs:
        by_style[name] = by_style.get(name, "") + text
    assert by_style["source"].strip() == "Riyadh"
    assert by_style["date"].split() == ["2015-08-01", "3d", "ago"]


def test_an_undated_row_gives_the_date_cells_to_its_title() -> None:
    summary = replace(_summary(1, "Title", "Wire"), date=None)
    runs = list_row_runs(summary, 60, Painter(), read=True, starred=False)
    assert not any(name == "date" for _, name in runs)
    assert sum(cell_width(t) for t, _ in runs) == 60


def test_logical_lines_keep_logical_order_for_a_bidi_terminal() -> None:
    text = "قمة الصين وآسيا الوسطى في مدينة شيآن التاريخية"
    lines = logical_lines(text, 12)
    assert all(line.text == text[line.start : line.end] for line in lines)
    assert all(line.cells <= 12 for line in lines)


def test_logical_truncate_cuts_at_the_end_with_an_ellipsis() -> None:
    line = logical_truncate("قمة الصين وآسيا الوسطى", 10)
    assert line.text.endswith("…") and line.text.startswith("قمة") and line.cells <= 10


def test_painter_in_terminal_bidi_mode_paints_logical_text() -> None:
    text = "زار توكاييف الصين"
    assert Painter(terminal_bidi=True).one_line(text, 40).text == text
    assert Painter().one_line(text, 40).text != text


def test_painter_preview_is_shaped_and_flush_right_for_arabic() -> None:
    shown = Painter().preview("توكاييف", 20)
    assert shown.startswith(" ") and "توكاييف" not in shown and cell_width(shown) == 20


# ------------------------------------------------------------ state writer


class _SlowStore:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object, object]] = []
        self.gate = threading.Event()

    def set_mark(
        self, article_id: str, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        self.gate.wait(5)
        self.calls.append((article_id, read, starred))

    def set_last_open(self, article_id: str | None) -> None:
        self.calls.append(("last", article_id, None))


def test_state_writer_never_blocks_the_caller() -> None:
    store = _SlowStore()
    writer = StateWriter(store)
    writer.mark("a", read=True)  # the store is "locked": the call must return anyway
    assert store.calls == []
    store.gate.set()
    assert writer.close(5)


def test_state_writer_keeps_the_order_of_writes() -> None:
    store = _SlowStore()
    store.gate.set()
    writer = StateWriter(store)
    writer.mark("a", read=True)
    writer.mark("a", read=False)
    writer.last_open("a")
    assert writer.close(5)
    assert store.calls == [("a", True, None), ("a", False, None), ("last", "a", None)]


def test_state_writer_reports_a_failed_write() -> None:
    class Broken:
        def set_mark(self, *a: object, **k: object) -> None:
            raise OSError("disk full")

    errors: list[str] = []
    writer = StateWriter(Broken(), on_error=errors.append)
    writer.mark("a", read=True)
    assert writer.close(5) and errors and "disk full" in errors[0]


def test_state_writer_flush_gives_up_after_the_timeout() -> None:
    store = _SlowStore()
    writer = StateWriter(store)
    writer.mark("a", read=True)
    started = time.monotonic()
    assert writer.flush(0.05) is False
    assert time.monotonic() - started < 5
    store.gate.set()
    assert writer.close(5)


# ------------------------------------------------------------- paths


def test_complete_path_completes_a_unique_prefix(tmp_path: Path) -> None:
    (tmp_path / "articles-2024.json").write_text("[]")
    assert complete_path(str(tmp_path) + "/art") == str(tmp_path) + "/articles-2024.json"


def test_complete_path_ends_folders_with_a_slash(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    assert complete_path(str(tmp_path) + "/fe") == str(tmp_path) + "/feeds/"


def test_complete_path_without_a_match_is_none(tmp_path: Path) -> None:
    assert complete_path(str(tmp_path) + "/nothing-here") is None


def test_complete_path_hides_dot_files_unless_asked(tmp_path: Path) -> None:
    (tmp_path / ".hidden").write_text("")
    assert complete_path(str(tmp_path) + "/") is None
    assert complete_path(str(tmp_path) + "/.h") == str(tmp_path) + "/.hidden"


# ------------------------------------------------------------------ keys


def test_every_binding_id_is_unique() -> None:
    ids = [op.id for op in keys.OPERATIONS]
    assert len(ids) == len(set(ids))


def test_every_operation_belongs_to_a_known_scope() -> None:
    assert {op.scope for op in keys.OPERATIONS} <= set(keys.SCOPES)


def test_bindings_carry_the_operation_ids() -> None:
    assert {b.id for b in keys.bindings("reader")} == {op.id for op in keys.operations("reader")}


def test_the_markdown_table_lists_every_documented_operation() -> None:
    table = keys.markdown_table()
    assert all(f"`{op.id}`" in table for op in keys.OPERATIONS if op.help)


def test_help_rows_follow_the_users_keymap() -> None:
    rows = {op_id: k for _, k, _, op_id in keys.help_rows({"quit": "ctrl+q"})}
    assert rows["quit"] == "ctrl+q"


def test_the_keys_readers_expect_are_bound() -> None:
    bound = {k for op in keys.OPERATIONS for k in op.keys.split(",")}
    assert {
        "j",
        "k",
        "g",
        "G",
        "space",
        "b",
        "n",
        "N",
        "m",
        "s",
        "slash",
        "q",
        "question_mark",
        "tab",
        "enter",
        "i",
        "a",
        "x",
        "escape",
    } <= bound


def test_views_and_keys_do_not_import_textual() -> None:
    code = "import sys, reader.views, reader.keys; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
