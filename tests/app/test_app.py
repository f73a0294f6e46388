"""Pilot tests of the app: every binding, search, sidebar filter, import, persistence, layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.events import Key, MouseScrollDown

from helpers.paths import SEED_START
from helpers.pilot import (
    SIZE,
    app_for,
    listed_titles,
    main_screen,
    row_text,
    search_for,
    seed_index,
    settle,
    type_text,
)
from helpers.waits import pilot_until
from reader import keys
from reader.app import BDSM_EXPLICIT, BDSM_IMPLICIT, ReaderApp, bidi_mode_sequences
from reader.config import Config
from reader.layout import shape_query, truncate
from reader.models import ArticleDraft
from reader.screens.help import HelpScreen
from reader.screens.import_dialog import ImportDialog
from reader.screens.main import MainScreen
from reader.store import open_store
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.reading_pane import ReadingPane
from reader.widgets.search_bar import SearchInput
from reader.widgets.status_bar import StatusBar

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


# ------------------------------------------------------------- search


@pytest.mark.parametrize("query", ["Tokayev", "توكاييف", "Kazakhstan", "كازاخستان"])
async def test_search_by_leader_or_country_finds_the_seed(store, query: str) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, query)
        titles = listed_titles(screen)
        assert screen.filter is not None and screen.filter.kind == "search"
        assert any(t.startswith(SEED_START[:20]) for t in titles)
        assert len(titles) < store.count()


async def test_search_enter_opens_the_first_result(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Kazakhstan")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article.id == screen.article_list.rows.row(0).id
        assert app.focused is screen.article_list and not screen.has_class("-searching")


async def test_search_escape_clears_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Kazakhstan")
        await pilot.press("escape")
        await settle(pilot)
        assert screen.filter is None and screen.article_list.count == store.count()


async def test_the_search_field_shows_arabic_shaped_while_typing(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search_for(pilot, "توكاييف")
        field = app.screen.query_one(SearchInput)
        painted = row_text(field, 0)
        assert shape_query("توكاييف", 20) in painted and "توكاييف" not in painted


async def test_keys_typed_in_one_burst_after_slash_land_in_the_field(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, char in [("slash", "/"), ("K", "K"), ("a", "a"), ("z", "z")]:
            app.post_message(Key(key, char))  # no pause: as a paste or a fast typist
        await settle(pilot)
        assert app.screen.query_one(SearchInput).value == "Kaz"


async def test_slash_inside_the_search_field_is_typed(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a", "slash", "b")
        assert app.screen.query_one(SearchInput).value == "a/b"


async def test_the_search_preview_says_how_the_query_was_understood(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Kazakhstan")
        assert "Kazakhstan" in screen.search_note


async def test_n_and_shift_n_go_between_search_hits(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Kazakhstan")
        await pilot.press("enter", "tab")
        await settle(pilot)
        pane = screen.reading_pane
        assert len(pane.hits) >= 2
        await pilot.press("n")
        first = pane.current_hit
        await pilot.press("n")
        second = pane.current_hit
        await pilot.press("N")
        assert (first, second, pane.current_hit) == (0, 1, 0)


async def test_hits_are_painted_on_their_cells(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Kazakhstan")
        await pilot.press("enter", "tab", "n")
        await settle(pilot)
        pane = screen.reading_pane
        y = pane.line_of(pane.hits[0][0]) - pane.scroll_offset.y
        hit_style = pane.get_component_rich_style("reading-pane--current-hit", partial=True)
        styled = [
            seg.text
            for seg in pane.render_line(y)
            if seg.style and seg.style.bgcolor == hit_style.bgcolor
        ]
        assert styled


# ------------------------------------------------------------- sidebar


async def test_the_sidebar_lists_the_articles_people_and_places(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        kinds = {e.kind for e in screen.sidebar.items}
        assert kinds == {"person", "place"}


async def test_picking_a_place_filters_the_list_and_x_removes_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter", "tab", "tab")
        side = screen.sidebar
        side.cursor = next(i for i, e in enumerate(side.items) if e.kind == "place")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.filter is not None and screen.filter.kind == "entity"
        assert "Filter:" in screen.status.text and screen.article_list.count < store.count()
        await pilot.press("x")
        await settle(pilot)
        assert screen.filter is None and screen.article_list.count == store.count()


async def test_clicking_the_cross_in_the_status_bar_removes_the_filter(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter", "tab", "tab", "enter")
        await settle(pilot)
        assert screen.filter is not None
        x = screen.status.text.index("✕")
        await pilot.click(StatusBar, offset=(x, 0))
        await settle(pilot)
        assert screen.filter is None


async def test_escape_also_removes_the_filter(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter", "tab", "tab", "j", "enter")
        await settle(pilot)
        assert screen.filter is not None
        await pilot.press("escape")
        assert screen.filter is None


async def test_clicking_a_name_filters_by_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        y = next(i for i, r in enumerate(screen.sidebar.rows) if r.kind == "name")
        await pilot.click(EntitySidebar, offset=(5, y))
        await settle(pilot)
        assert screen.filter is not None and screen.filter.kind == "entity"


async def test_sidebar_cursor_keys_move(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter", "tab", "tab")
        side = screen.sidebar
        moves = []
        for key in ("j", "down", "k", "G", "g", "end", "up", "home"):
            await pilot.press(key)
            moves.append(side.cursor)
        last = len(side.items) - 1
        assert moves == [1, 2, 1, last, 0, last, last - 1, 0]


async def test_a_toggles_the_archives_most_mentioned(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("tab", "tab", "a")
        await settle(pilot)
        side = screen.sidebar
        assert side.archive and "archive" in side.rows[0].text
        await pilot.press("a")
        await settle(pilot)
        assert not side.archive


# ------------------------------------------------------------- command palette


def _highlighted_command(app: ReaderApp) -> str:
    """The text of the command the palette has highlighted ("" when none is)."""
    if not CommandPalette.is_open(app):
        return ""
    commands = app.screen.query_one(CommandList)
    if commands.highlighted is None:
        return ""
    return str(commands.get_option_at_index(commands.highlighted).prompt)


async def test_the_command_palette_filters_by_an_entity(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "country: Kazakh")
        await pilot_until(pilot, lambda: "Kazakhstan" in _highlighted_command(app),
                          "the palette to offer Kazakhstan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.filter is not None and screen.filter.key == "country:KZ"


async def test_palette_commands_name_leaders_and_countries(store) -> None:
    from reader.screens.commands import entity_commands
    from reader.views import Painter

    texts = [c.text for c in entity_commands(store.catalog(), Painter())]
    assert any(t.startswith("Filter by leader: ") for t in texts)
    assert "Filter by country: Kazakhstan" in texts


# ------------------------------------------------------------- dialogs


async def test_question_mark_shows_help_and_q_closes_it(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_help_closes_with_escape(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark", "escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def _import(pilot, path: Path) -> ImportDialog:
    await pilot.press("i")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ImportDialog)
    field = dialog.query_one("#import-path")
    field.value = str(path)
    await pilot.press("enter")
    await pilot_until(pilot, lambda: not dialog.running, "the import to finish")
    await settle(pilot)
    return dialog


async def test_importing_a_good_file_adds_it_to_the_list(store, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps(
            {
                "title": "Astana hosts a test summit",
                "body": "Leaders met in Astana.",
                "date": "2024-09-01",
                "source": "Test",
            }
        ),
        encoding="utf-8",
    )
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = main_screen(app).article_list.count
        dialog = await _import(pilot, good)
        assert any(line.startswith("imported") for line in dialog.lines)
        assert "1 imported" in dialog.summary
        await pilot.press("escape")
        await settle(pilot)
        assert main_screen(app).article_list.count == before + 1


async def test_importing_a_bad_file_lists_it_as_failed_with_its_reason(
    store, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "cut', encoding="utf-8")
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await _import(pilot, bad)
        failed = [line for line in dialog.lines if line.startswith("failed")]
        assert failed and "broken.json: " in failed[0] and len(failed[0].split(": ", 1)[1]) > 3


async def test_importing_a_folder_shows_progress_per_file(store, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(
            f"Headline {i}\n\nBody of test article {i}.", encoding="utf-8"
        )
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await _import(pilot, folder)
        bar = dialog.query_one("#import-progress")
        assert (bar.total, bar.progress) == (3, 3) and "3 imported" in dialog.summary


async def test_slash_is_typed_in_the_import_path_field(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        field = app.screen.query_one("#import-path")
        field.value = ""
        await pilot.press("slash", "t")
        assert isinstance(app.screen, ImportDialog) and field.value == "/t"


async def test_q_closes_the_import_dialog_when_the_field_is_not_focused(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        await pilot.press("q")  # typed into the path field
        assert isinstance(app.screen, ImportDialog)
        app.screen.set_focus(None)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


# ------------------------------------------------------------- quit, keymap, theme


async def test_q_quits_with_status_zero(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == 0


async def test_the_keymap_remaps_a_binding_by_id(store) -> None:
    app = app_for(store, config=Config(keymap={"toggle_star": "t"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        await pilot.press("t")
        assert lst.current.id in lst.starred_ids


async def test_a_config_problem_is_shown_without_parsing_it_as_markup(store) -> None:
    app = app_for(store, config_problem="config.toml: [keymap] should map ids [/] to keys")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("[keymap]" in str(n.message) for n in app._notifications)


async def test_the_command_palette_key_can_be_remapped(store) -> None:
    app = app_for(store, config=Config(keymap={"command_palette": "ctrl+k"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert CommandPalette.is_open(app)


async def test_the_configured_theme_is_applied(store) -> None:
    app = app_for(store, config=Config(theme="gruvbox"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "gruvbox"


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


# ------------------------------------------------------------- safety, bidi


async def test_a_hostile_title_reaches_no_cell_raw() -> None:
    store = open_store(None)
    store.import_drafts(
        [ArticleDraft(title="Evil \x1b]52;c;ZXZpbA==\x07 \u202etitle", body="body \x1b[2J text")]
    )
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        painted = row_text(screen.article_list, 0) + "".join(
            row_text(screen.reading_pane, y) for y in range(6)
        )
        assert "\x1b" not in painted and "\x07" not in painted and "\u202e" not in painted


async def test_a_damaged_store_ends_the_app_with_a_message_not_a_traceback(
    store_path: Path, capsys
) -> None:
    (store_path / "store.json").write_text("{ garbage", encoding="utf-8")
    app = app_for(open_store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    err = capsys.readouterr().err.replace("\n", " ")
    assert app.return_code == 1 and "store.json" in err and "Traceback" not in err


async def test_terminal_bidi_mode_paints_logical_text(store) -> None:
    app = app_for(store, terminal_bidi=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        assert "وفي 18" in row_text(screen.reading_pane, 0)


def test_bdsm_is_written_around_the_app_on_a_terminal() -> None:
    assert bidi_mode_sequences(terminal_bidi=False, is_tty=True) == (BDSM_EXPLICIT, BDSM_IMPLICIT)
    assert BDSM_EXPLICIT == "\x1b[8l" and BDSM_IMPLICIT == "\x1b[8h"


def test_no_bdsm_when_the_terminal_does_bidi_or_output_is_not_a_terminal() -> None:
    assert bidi_mode_sequences(terminal_bidi=True, is_tty=True) == ("", "")
    assert bidi_mode_sequences(terminal_bidi=False, is_tty=False) == ("", "")


# ------------------------------------------------------------- the key table


SCOPE_CLASSES = {
    "app": ReaderApp,
    "main": MainScreen,
    "list": ArticleList,
    "reader": ReadingPane,
    "sidebar": EntitySidebar,
    "search": SearchInput,
    "import": ImportDialog,
    "help": HelpScreen,
}


@pytest.mark.parametrize("op", keys.OPERATIONS, ids=lambda op: op.id)
def test_every_operation_has_an_action_where_it_is_bound(op: keys.Operation) -> None:
    name = op.action.split("(")[0]
    assert hasattr(SCOPE_CLASSES[op.scope], f"action_{name}")


@pytest.mark.parametrize("scope", sorted(SCOPE_CLASSES))
def test_every_scope_binds_its_operations_with_ids(scope: str) -> None:
    ids = {b.id for b in SCOPE_CLASSES[scope].BINDINGS if getattr(b, "id", None)}
    assert {op.id for op in keys.operations(scope)} <= ids
