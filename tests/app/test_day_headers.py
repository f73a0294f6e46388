"""Pilot tests of day headers (D): a line naming each day above its articles, newest first."""

from __future__ import annotations

import pytest

from helpers.pilot import app_for, main_screen, row_text, settle
from helpers.waits import pilot_until
from reader.store import ArticleStore
from reader.views.dates import calendar_date
from reader.widgets.article_list import ArticleList

SIZES = [(160, 45), (120, 40), (100, 30), (60, 24)]


def _day(summary) -> str:  # noqa: ANN001 - an ArticleSummary
    return calendar_date(summary.date) if summary.date else ""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_d_puts_each_day_under_its_header_and_the_cursor_skips_headers(
    big_store: ArticleStore, size: tuple[int, int]
) -> None:
    app = app_for(big_store)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        lst.focus()
        days = [_day(lst.rows.row(i)) for i in range(lst.count)]
        await pilot.press("D")
        await pilot_until(pilot, lambda: lst.day_lines is not None)
        lines = lst.day_lines
        assert lines is not None
        distinct = len([d for i, d in enumerate(days) if i == 0 or d != days[i - 1]])
        assert lst.line_count() == lst.count + distinct
        first = row_text(lst, 0)  # the list starts at the top: its first line is a header
        assert first.strip().startswith(("Undated", *_weekdays())) and "ago" in first
        assert len(first) == lst.scrollable_content_region.width
        # The cursor moves over articles only; each is painted on its own line.
        second_day = lines.first_rows[1]
        await pilot.press(*["down"] * second_day)
        await settle(pilot)
        assert lst.cursor == second_day
        line = lst.line_of(second_day)
        assert lines.at_line(line - 1) == (None, days[second_day])  # its day's header above it
        top = lst.scroll_offset.y
        assert top <= line - 1 and line < top + lst.scrollable_content_region.height
        await pilot.press("D")
        await settle(pilot)
        assert lst.day_lines is None and lst.line_count() == lst.count
        assert lst.cursor == second_day  # the same article stays highlighted


def _weekdays() -> tuple[str, ...]:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


async def test_a_click_on_a_header_opens_nothing_and_on_a_row_opens_it(
    big_store: ArticleStore,
) -> None:
    app = app_for(big_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        await pilot.press("D")
        await pilot_until(pilot, lambda: lst.day_lines is not None)
        lines = lst.day_lines
        assert lines is not None
        opened = screen.article
        header = lines.line_of_row(lines.first_rows[1]) - 1  # the second day's header
        await pilot.click(ArticleList, offset=(10, header))
        await settle(pilot)
        assert screen.article is opened and lst.cursor == 0
        row = lines.first_rows[1]
        await pilot.click(ArticleList, offset=(10, header + 1))  # the article under it
        await settle(pilot)
        assert lst.cursor == row
        assert screen.article is not None and screen.article.id == lst.rows.row(row).id


async def test_headers_show_only_when_the_list_is_newest_first(big_store: ArticleStore) -> None:
    app = app_for(big_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        lst = screen.article_list
        await pilot.press("D")
        await pilot_until(pilot, lambda: lst.day_lines is not None)
        await pilot.press("O")  # by source: days would cut the sources apart
        await settle(pilot)
        assert screen.current_order() == "source" and lst.day_lines is None
        await pilot.press("O")  # newest first again
        await settle(pilot)
        assert screen.current_order() == "date" and lst.day_lines is not None


async def test_the_config_can_start_the_list_with_day_headers(big_store: ArticleStore) -> None:
    from reader.config import Config

    app = app_for(big_store, config=Config(day_headers=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = main_screen(app).article_list
        await pilot_until(pilot, lambda: lst.day_lines is not None)
        assert row_text(lst, 0).strip().endswith("ago")
        await pilot.press("D")
        await settle(pilot)
        assert lst.day_lines is None
