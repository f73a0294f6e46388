"""Pilot tests of finding articles: search as you type, the sidebar's filters, the palette."""

from __future__ import annotations

import pytest
from textual.events import Key

from helpers.paths import SEED_START
from helpers.pilot import (
    SIZE,
    app_for,
    highlighted_command,
    listed_titles,
    main_screen,
    row_text,
    search_for,
    seed_index,
    settle,
    type_text,
)
from helpers.waits import pilot_until
from reader.layout import shape_query
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.search_bar import SearchInput
from reader.widgets.status_bar import StatusBar

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
        assert side.archive and "Archive" in side.rows[0].text
        await pilot.press("a")
        await settle(pilot)
        assert not side.archive


# ------------------------------------------------------------- command palette


async def test_the_command_palette_filters_by_an_entity(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "country: Kazakh")
        await pilot_until(pilot, lambda: "Kazakhstan" in highlighted_command(app),
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
