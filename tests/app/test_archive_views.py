"""Pilot tests of browsing an archive: columns at each width, views, orders, links, deleting
with undo, exports, reading positions, the archive names key and the status line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.pilot import app_for, main_screen, open_seed, row_text, settle
from helpers.waits import pilot_until
from reader.store import open_store
from reader.views import list_columns

SIZES = [(160, 45), (120, 40), (100, 30), (60, 24)]


def _row_cells(screen, y: int) -> str:  # noqa: ANN001 - a MainScreen
    return row_text(screen.article_list, y)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_list_shows_date_and_source_from_about_100_columns(store, size) -> None:
    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        width = lst.scrollable_content_region.width
        cols = list_columns(width)
        dated = next(i for i in range(lst.count) if lst.rows.row(i).date)
        shown = _row_cells(screen, dated)
        summary = lst.rows.row(dated)
        assert len(shown) == width
        if size[0] >= 100:
            assert cols.source and cols.date, f"{width} cells: source and date must show"
            assert (summary.date or "")[:4] in shown
        assert bool(cols.relative) == (width >= 76)
        # Panes are fractions: the list and the reader share the width.
        assert screen.reading_pane.size.width >= 30 or size[0] < 70


async def test_the_status_line_counts_unread_and_keeps_x_clears_at_60(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot_until(pilot, lambda: "unread" in screen.status.text)
        await pilot.press("U")
        await pilot_until(pilot, lambda: "is:unread" in screen.status.text)
        assert screen.status.text.rstrip().endswith("x clears") or "✕" in screen.status.text
        assert len(screen.status.text) <= 60


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_unread_and_starred_views_toggle_and_combine(store, size) -> None:
    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        total = screen.article_list.count
        await pilot.press("s")  # star the highlighted article
        await pilot.press("asterisk")
        await settle(pilot)
        assert screen.filter is not None and screen.filter.key == "is:starred"
        assert screen.article_list.count == 1
        await pilot.press("U")
        await settle(pilot)
        assert screen.filter.key == "is:starred is:unread"
        await pilot.press("asterisk", "U")
        await settle(pilot)
        assert screen.filter is None and screen.article_list.count == total


async def test_show_source_and_sort_by_source(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.show_source("Test Wire")
        await settle(pilot)
        assert screen.filter.key == 'source:"Test Wire"'
        assert {screen.article_list.rows.row(i).source
                for i in range(screen.article_list.count)} == {"Test Wire"}
        await pilot.press("x")
        await pilot.press("O")
        await settle(pilot)
        assert screen.current_order() == "source" and "sorted by source" in screen.status.text
        lst = screen.article_list
        sources = [lst.rows.row(i).source or "" for i in range(lst.count)]
        known = [s for s in sources if s]
        assert sources[: len(known)] == known
        await pilot.press("O")
        await settle(pilot)
        assert screen.current_order() == "date"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_deleted_article_leaves_the_list_and_comes_back(store_path: Path, size) -> None:
    store = open_store(store_path)
    app = app_for(store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        total = lst.count
        gone = lst.current.id
        await pilot.press("d")
        await settle(pilot)
        assert lst.count == total - 1 and gone not in {lst.rows.row(i).id for i in range(lst.count)}
        app.state.flush()
        assert gone in open_store(store_path).deleted()
        await pilot.press("u")
        await settle(pilot)
        assert lst.count == total and lst.current.id == gone
        app.state.flush()
        assert gone not in open_store(store_path).deleted()


async def test_m_acts_on_the_highlighted_row_from_the_list_and_the_open_one_elsewhere(
    store,
) -> None:
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        opened = screen.article.id
        await pilot.press("j")  # highlight another row, the open article stays open
        other = lst.current.id
        assert other != opened
        await pilot.press("s")
        assert other in lst.starred_ids and opened not in lst.starred_ids
        screen.reading_pane.focus()
        await pilot.pause()
        await pilot.press("s")
        assert opened in lst.starred_ids
        assert any("open article" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_is_the_archive_names_from_any_pane(store, size) -> None:
    app = app_for(store)
    async with app.run_test(size=size) as pilot:  # the sidebar is hidden under 110 columns
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("a")
        await settle(pilot)
        narrow = size[0] < 70
        assert screen.sidebar.archive
        assert screen.pane == "sidebar" if narrow else screen.sidebar_shown
        assert any("archive" in str(n.message) for n in app._notifications)


async def test_links_are_copied_and_opened_or_said_missing(store, monkeypatch) -> None:
    import webbrowser

    opened: list[str] = []

    class Window(webbrowser.BaseBrowser):
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            opened.append(url)
            return True

    browser: webbrowser.BaseBrowser = Window("window")
    monkeypatch.setattr("webbrowser.get", lambda using=None: browser)
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        with_url = next(i for i in range(lst.count) if lst.rows.row(i).url)
        lst.cursor = with_url
        await pilot.press("enter")
        await settle(pilot)
        lst.focus()
        await pilot.press("y")
        assert app.clipboard == lst.current.url
        await pilot.press("o")
        await settle(pilot)
        assert opened == [lst.current.url]
        browser = webbrowser.GenericBrowser("lynx")  # runs in the terminal: never started
        await pilot.press("o")
        await settle(pilot)
        assert len(opened) == 1
        assert any("runs in this terminal" in str(n.message) for n in app._notifications)
        without = next((i for i in range(lst.count) if not lst.rows.row(i).url), None)
        if without is not None:
            lst.cursor = without
            await pilot.press("o")
            assert any("no web address" in str(n.message) for n in app._notifications)


async def test_the_meta_line_hyperlinks_the_address(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        lst.cursor = next(i for i in range(lst.count) if lst.rows.row(i).url)
        await pilot.press("enter")
        await settle(pilot)
        pane = screen.reading_pane
        links = {seg.style.link for y in range(8) for seg in pane.render_line(y)
                 if seg.style is not None and seg.style.link}
        assert links == {screen.article.url}


async def test_e_exports_the_open_article_to_a_named_file(
    store, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.action_export("json", "article")
        await settle(pilot)
        files = list(tmp_path.glob("khabar-article-*.json"))
        assert len(files) == 1
        assert json.loads(files[0].read_text(encoding="utf-8"))[0]["id"] == screen.article.id
        said = [str(n.message) for n in app._notifications]
        assert any("Exported 1 article as JSON" in m and files[0].name in m for m in said)
        screen.article_list.focus()
        await pilot.press("e")
        await settle(pilot)
        listed = list(tmp_path.glob("khabar-articles-*.md"))
        assert len(listed) == 1 and listed[0].read_text(encoding="utf-8").count("\n# ") >= 2


async def test_the_reading_position_is_remembered(store_path: Path) -> None:
    store = open_store(store_path)
    app = app_for(store)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        longest = max(range(lst.count), key=lambda i: len(store.article(
            lst.rows.row(i).docno).body))
        lst.cursor = longest
        await pilot.press("enter")
        await settle(pilot)
        pane = screen.reading_pane
        await pilot.press("space")
        await settle(pilot)
        offset = pane.top_offset()
        assert offset
        await pilot.press("escape", "j", "enter")  # another article
        await settle(pilot)
        await pilot.press("escape")
        lst.cursor = longest
        await pilot.press("enter")
        await settle(pilot)
        await pilot_until(pilot, lambda: pane.top_offset() == offset)


async def test_n_and_n_show_in_the_footer_only_with_hits(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(60, 24)) as pilot:
        await open_seed(pilot)
        screen = main_screen(app)

        def shown() -> set[str]:
            return {b.binding.action for b in screen.active_bindings.values() if b.enabled}

        assert "next_hit" not in shown() and "back" in shown()
        kz = next(e for e in screen.entities if e.code == "KZ")
        screen.filter_by_entity(kz)
        await settle(pilot)
        screen.reading_pane.focus()
        await pilot.pause()
        assert screen.reading_pane.hits and "next_hit" in shown()


async def test_the_palette_shows_one_source(store) -> None:
    from helpers.pilot import highlighted_command, type_text

    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "Show source: Test Wire")
        await pilot_until(pilot, lambda: "Test Wire" in highlighted_command(app),
                          "the source command")
        await pilot.press("enter")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.filter is not None and screen.filter.key == 'source:"Test Wire"'
        assert screen.article_list.count >= 1


async def test_a_letter_in_the_palette_lists_names_before_any_view_command(store) -> None:
    from helpers.pilot import palette_prompts

    def prompts() -> list[str]:
        return palette_prompts(app)

    app = app_for(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press("t")  # Tokayev, the seed article's leader
        await pilot_until(pilot, lambda: any("Tokayev" in p for p in prompts()), "Tokayev")
        await settle(pilot)
        assert not any(p.startswith(("View:", "Sort:", "Export", "Show source")) for p in prompts())
        await pilot.press("s", "o", "r")  # three letters: the view commands are offered
        await pilot_until(pilot, lambda: any(p.startswith("Sort:") for p in prompts()), "Sort")
