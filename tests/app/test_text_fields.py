"""Pilot tests of the text fields: typed Arabic shows shaped in visual order, the caret moves.

The three places the user types (the search field, the command palette, the
import dialog's path) are one widget, BidiInput.  Each is driven with real
key presses and a click, and checked on what the field paints.
"""

from __future__ import annotations

import pytest

from helpers.pilot import SIZE, app_for, row_text, settle
from helpers.waits import pilot_until
from reader.screens.commands import PaletteInput, ReaderPalette
from reader.screens.import_dialog import ImportDialog
from reader.widgets.bidi_input import BidiInput
from reader.widgets.search_bar import SearchInput

SALAM = "سلام"
#: سلام as drawn: meem, lam-alef, seen, left to right.
SALAM_SHOWN = "\ufee1\ufefc\ufeb3"


async def _type(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char)


def _caret_char(field: BidiInput) -> str:
    """The text painted on the caret's cell (one cluster)."""
    view = field.view()
    cells = 0
    for text, name in view.runs:
        if name == "cursor":
            assert cells == view.caret
            return text
        cells += len(text)  # the runs here are single-cell characters
    raise AssertionError("no caret painted")


async def _open(pilot, where: str) -> BidiInput:
    app = pilot.app
    if where == "search":
        await pilot.press("slash")
        await settle(pilot)
        return app.screen.query_one(SearchInput)
    if where == "palette":
        await pilot.press("ctrl+p")
        await pilot_until(pilot, lambda: isinstance(app.screen, ReaderPalette), "the palette")
        palette_field = app.screen.query_one(PaletteInput)
        await pilot_until(pilot, lambda: palette_field.has_focus, "the palette's field focused")
        return palette_field
    await pilot.press("i")
    await pilot_until(pilot, lambda: isinstance(app.screen, ImportDialog), "the import dialog")
    field = app.screen.query_one("#import-path", BidiInput)
    field.value = ""
    return field


@pytest.mark.parametrize("where", ["search", "palette", "import"])
async def test_arabic_typed_shows_shaped_and_the_arrows_move_on_screen(store, where: str) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        field = await _open(pilot, where)
        await _type(pilot, SALAM)
        await pilot.pause()
        assert field.value == SALAM
        shown = row_text(field, 0)
        assert SALAM_SHOWN in shown and SALAM not in shown
        # Flush right, the caret at the logical end: the cell left of the word.
        assert shown.rstrip() == shown
        start = field.view().caret
        assert start == shown.index(SALAM_SHOWN) - 1 and _caret_char(field) == " "
        await pilot.press("right")  # from the end (left of the word) onto its leftmost letter
        assert field.cursor_position == 3 and field.view().caret == start + 1
        assert _caret_char(field) == "\ufee1"  # meem, the last letter typed
        await pilot.press("right")
        assert field.cursor_position == 1 and _caret_char(field) == "\ufefc"  # lam-alef
        await pilot.press("right", "right")
        assert field.cursor_position == 0 and _caret_char(field) == "\ufeb3"  # seen, the first
        await pilot.press("left")
        assert field.cursor_position == 1
        # Typing goes in at the caret, in logical order: after the seen.
        await pilot.press("ب")
        assert field.value == "سبلام" and field.cursor_position == 2


async def test_arrows_in_a_left_to_right_path_with_an_arabic_folder(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        field = await _open(pilot, "import")
        await _type(pilot, "/tmp/" + SALAM)
        await pilot.pause()
        shown = row_text(field, 0)
        assert "/tmp/" + SALAM_SHOWN in shown and shown.startswith("/tmp/")
        # Left from the end goes onto the rightmost cell: the Arabic word's first letter.
        await pilot.press("left")
        assert field.cursor_position == 5 and _caret_char(field) == "\ufeb3"
        await pilot.press("left", "left", "left")
        assert field.cursor_position == 4 and _caret_char(field) == "/"


async def test_a_click_puts_the_caret_on_the_clicked_cell(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        field = await _open(pilot, "search")
        await _type(pilot, SALAM + " 2023")
        await pilot.pause()
        shown = row_text(field, 0)
        x = shown.index("\ufefc")  # the lam-alef's cell
        await pilot.click(field, offset=(x + field.content_region.x - field.region.x, 0))
        await pilot.pause()
        assert field.cursor_position == 1
        x = shown.index("2023")
        await pilot.click(field, offset=(x + field.content_region.x - field.region.x, 0))
        await pilot.pause()
        assert field.cursor_position == 5  # the 2: numbers read left to right
