"""Pilot tests of browsing: launch, list keys, read marks and stars, panes, sizes, polling."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.events import MouseScrollDown

from helpers.paths import SEED_START
from helpers.pilot import SIZE, app_for, main_screen, row_text, seed_index, settle
from helpers.waits import pilot_until
from reader.layout import shape_query, truncate
from reader.models import ArticleDraft
from reader.store import open_store
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.reading_pane import ReadingPane

# ------------------------------------------------------------------ start


async def test_launch_lists_every_article_and_opens_one(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.article_list.count == store.count() and screen.article is not None


async def test_launch_reopens_the_last_article(store) -> None:
    target = store.latest()[2]
    store.set_last_open(target.id)
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.article.id == target.id and screen.article_list.current.id == target.id


async def test_an_empty_store_says_how_to_import() -> None:
    app = app_for(open_store(None))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = " ".join(row_text(main_screen(app).article_list, y).strip() for y in range(1, 4))
        assert "press i to import" in shown


async def test_the_list_shows_arabic_titles_laid_out_not_logical(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        y = seed_index(screen)
        shown = row_text(screen.article_list, y)
        assert SEED_START[:10] not in shown
        assert truncate(SEED_START, 12).text[-8:] in shown or shape_query("اجتمع", 10) in shown


async def test_the_reading_pane_paints_visual_lines_flush_right(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        lst.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        pane = screen.reading_pane
        first = pane.lines[0].line
        painted = row_text(pane, 0)
        assert first.rtl and painted.rstrip().endswith(first.text) and "وفي" not in painted


# ------------------------------------------------------------- list keys


@pytest.mark.parametrize(
    ("keys_pressed", "expected"),
    [
        (["j"], 1),
        (["down"], 1),
        (["j", "j", "k"], 1),
        (["j", "up"], 0),
        (["G"], -1),
        (["end"], -1),
        (["G", "g"], 0),
        (["G", "home"], 0),
        (["pagedown"], "page"),
        (["space"], "page"),
        (["G", "pageup"], "-page"),
        (["G", "b"], "-page"),
    ],
)
async def test_list_keys_move_the_cursor(big_store, keys_pressed: list[str], expected) -> None:
    app = app_for(big_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        lst.cursor = 0
        await pilot.press(*keys_pressed)
        last = lst.count - 1
        page = lst.scrollable_content_region.height - 1
        want = {"page": page, "-page": last - page}.get(expected, expected)
        assert lst.cursor == (last if want == -1 else want)


async def test_enter_opens_the_highlighted_article(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        lst.cursor = 1
        await pilot.press("enter")
        await settle(pilot)
        assert main_screen(app).article.id == lst.rows.row(1).id


async def test_clicking_a_row_opens_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        await pilot.click(ArticleList, offset=(10, 2))
        await settle(pilot)
        assert lst.cursor == 2 and main_screen(app).article.id == lst.rows.row(2).id


async def test_opening_an_article_marks_it_read(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        lst.cursor = 1
        await pilot.press("enter")
        await settle(pilot)
        assert lst.rows.row(1).id in lst.read_ids


# ----------------------------------------------------------- marks, persistence


async def test_m_toggles_read_and_s_toggles_the_star(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        article_id = lst.current.id
        was_read = article_id in lst.read_ids
        await pilot.press("m", "s")
        assert (article_id in lst.read_ids) != was_read and article_id in lst.starred_ids
        await pilot.press("s")
        assert article_id not in lst.starred_ids


async def test_read_marks_stars_and_last_article_survive_a_restart(store_path: Path) -> None:
    app = app_for(open_store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        lst.cursor = 2
        await pilot.press("enter", "s")
        await settle(pilot)
        opened = lst.rows.row(2).id
        lst.cursor = 3
        await pilot.press("m")
        marked = lst.rows.row(3).id
    read, starred = open_store(store_path).marks()
    assert opened in read and opened in starred and marked in read
    again = app_for(open_store(store_path))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(again)
        assert screen.article.id == opened and opened in screen.article_list.starred_ids


# ------------------------------------------------------------- panes


async def test_tab_and_shift_tab_move_between_the_three_panes(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = [type(app.focused)]
        for _ in range(3):
            await pilot.press("tab")
            seen.append(type(app.focused))
        await pilot.press("shift+tab")
        seen.append(type(app.focused))
        assert seen == [ArticleList, ReadingPane, EntitySidebar, ArticleList, EntitySidebar]


async def test_reading_pane_keys_scroll(store) -> None:
    body = "\n".join(f"الفقرة رقم {i} من مقال طويل عن قمة الصين وآسيا الوسطى." for i in range(200))
    store.import_drafts([ArticleDraft(title="مقال طويل", body=body, date="2031-01-01")])
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = 0
        await pilot.press("enter", "tab")
        await settle(pilot)
        pane = screen.reading_pane
        assert app.focused is pane and pane.max_scroll_y > 100
        positions = []
        for key in (
            "j",
            "down",
            "k",
            "space",
            "b",
            "pagedown",
            "pageup",
            "G",
            "g",
            "end",
            "home",
            "up",
        ):
            await pilot.press(key)
            positions.append(pane.scroll_offset.y)
        page = pane.scrollable_content_region.height - 1
        top = pane.max_scroll_y
        assert positions == [1, 2, 1, 1 + page, 1, 1 + page, 1, top, 0, top, 0, 0]


async def test_mouse_wheel_scrolls_the_reading_pane(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        pane = screen.reading_pane
        pane.post_message(MouseScrollDown(pane, 5, 5, 0, 3, 0, False, False, False))
        await settle(pilot)
        assert pane.scroll_offset.y > 0


async def test_reflows_on_resize(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        before = len(screen.reading_pane.lines)
        await pilot.resize_terminal(200, 36)
        await settle(pilot)
        assert len(screen.reading_pane.lines) < before


# ------------------------------------------------------------- layout


async def test_a_medium_terminal_hides_the_sidebar_and_p_shows_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(90, 30)) as pilot:
        await settle(pilot)
        side = main_screen(app).sidebar
        assert not side.display or side.size.width == 0
        await pilot.press("p")
        await settle(pilot)
        assert side.size.width > 0


async def test_a_wide_terminal_hides_the_sidebar_with_p(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        side = main_screen(app).sidebar
        assert side.size.width > 0
        await pilot.press("p")
        await settle(pilot)
        assert side.size.width == 0


async def test_a_narrow_terminal_shows_one_pane_at_a_time(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.article_list.size.width > 0 and screen.reading_pane.size.width == 0
        await pilot.press("enter")
        await settle(pilot)
        assert screen.reading_pane.size.width > 0 and screen.article_list.size.width == 0
        await pilot.press("escape")
        await settle(pilot)
        assert screen.article_list.size.width > 0 and app.focused is screen.article_list


async def test_80_by_24_shows_list_and_reader(store) -> None:
    app = app_for(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.article_list.size.width >= 28 and screen.reading_pane.size.width >= 40


# ------------------------------------------------------------- other processes


async def test_articles_committed_elsewhere_appear_after_a_poll(store_path: Path) -> None:
    app = app_for(open_store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        before = screen.article_list.count
        keep = screen.article_list.current.id
        open_store(store_path).import_drafts(
            [ArticleDraft(title="Late news", body="Arrived later.", date="2030-01-01")]
        )
        screen.poll_store()
        await settle(pilot)
        assert screen.article_list.count == before + 1 and screen.article_list.current.id == keep


async def test_a_commit_made_in_this_process_reaches_the_list(store_path: Path) -> None:
    # The import dialog commits through the app's own store object, which then already
    # sees the new commit: refresh() finds nothing newer, yet the list must reload
    # (an in-app import left the list empty until restart).
    store = open_store(store_path)
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        before = screen.article_list.count
        store.import_drafts([ArticleDraft(title="Imported here", body="x", date="2030-01-03")])
        screen.poll_store()
        await settle(pilot)
        assert screen.article_list.count == before + 1


async def test_the_store_is_polled_on_a_timer(store_path: Path) -> None:
    app = app_for(open_store(store_path), poll_interval=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = main_screen(app).article_list.count
        open_store(store_path).import_drafts(
            [ArticleDraft(title="Timer news", body="x", date="2030-01-02")]
        )
        await pilot_until(pilot, lambda: main_screen(app).article_list.count > before,
                          "the timer's poll to list the new article")
        assert main_screen(app).article_list.count == before + 1
