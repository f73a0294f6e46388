"""Pilot tests of corrections from the people pane: hide, merge, link, undo, list, restart."""

from __future__ import annotations

from pathlib import Path

from helpers.corrections import ASHTON, CARTER, KERRY, OBAMA, people_store
from helpers.pilot import SIZE, app_for, main_screen, settle, type_text
from helpers.waits import pilot_until
from reader.screens.commands import entity_commands
from reader.screens.correction_dialogs import CorrectionsDialog, NamePicker
from reader.search import search
from reader.store import open_store
from reader.store.corrections import CorrectionFile
from reader.widgets.entity_sidebar import EntitySidebar


def keys_of(side: EntitySidebar) -> set[str]:
    return {e.key for e in side.items}


async def on_name(pilot, key: str, *, archive: bool = False) -> EntitySidebar:  # type: ignore[no-untyped-def]
    """Focus the people pane (the archive's view, if asked) with ``key`` highlighted."""
    await settle(pilot)
    screen = main_screen(pilot.app)
    side = screen.sidebar
    await pilot_until(pilot, lambda: bool(side.entities), "the article's names")
    await pilot.press("tab", "tab")
    if archive:
        await pilot.press("a")
        await pilot_until(pilot, lambda: side.archive, "the archive view")
    side.cursor = next(i for i, e in enumerate(side.items) if e.key == key)
    return side


async def hide_obama_everywhere(pilot) -> EntitySidebar:  # type: ignore[no-untyped-def]
    """Highlight Obama in the open article's names and press H."""
    side = await on_name(pilot, OBAMA)
    await pilot.press("H")
    await pilot_until(pilot, lambda: OBAMA not in keys_of(side), "Obama hidden")
    return side


async def test_hide_in_the_article_reaches_the_archive_and_u_undoes_it(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        side = await on_name(pilot, KERRY)
        screen = main_screen(app)
        assert screen.article is not None and screen.article.title == "أوباما وكيري"
        await pilot.press("h")
        await pilot_until(pilot, lambda: KERRY not in keys_of(side), "Kerry hidden")
        assert OBAMA in keys_of(side)
        assert all(s.key != KERRY for s in screen.spans)  # no longer highlighted
        assert screen.store.catalog()[KERRY]["articles"] == 1
        await pilot.press("u")
        await pilot_until(pilot, lambda: KERRY in keys_of(side), "Kerry back")
        assert screen.store.catalog()[KERRY]["articles"] == 2
        assert CorrectionFile(open_store(tmp_path / "db").backend).all() == []


async def test_hide_everywhere_reaches_palette_search_and_a_restart(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        side = await hide_obama_everywhere(pilot)
        screen = main_screen(app)
        await pilot.press("a")
        await pilot_until(pilot, lambda: side.archive, "the archive view")
        assert OBAMA not in keys_of(side) and KERRY in keys_of(side)
        commands = entity_commands(screen.store.catalog(), screen.painter)
        assert all(c.entity.key != OBAMA for c in commands)
        assert all(t.key != OBAMA for t in search(screen.store, "Barack Obama").targets)
    again = app_for(open_store(tmp_path / "db"))
    async with again.run_test(size=SIZE) as pilot:
        side = await on_name(pilot, KERRY)
        assert OBAMA not in keys_of(side)


async def test_merge_with_the_picker(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        side = await on_name(pilot, ASHTON, archive=True)
        await pilot.press("M")
        await pilot_until(pilot, lambda: isinstance(app.screen, NamePicker), "the picker")
        picker = app.screen
        assert isinstance(picker, NamePicker)
        assert all(c.target.key != ASHTON for c in picker.candidates)
        await type_text(pilot, "Ash Carter")
        await pilot_until(pilot, lambda: picker.shown and picker.shown[0].target.key == CARTER,
                          "Ash Carter offered")
        await pilot.press("enter")
        await pilot_until(pilot, lambda: ASHTON not in keys_of(side), "Ashton merged")
        carter = next(e for e in side.items if e.key == CARTER)
        assert carter.articles == 2
        screen = main_screen(app)
        result = search(screen.store, "Catherine Ashton")
        assert [t.key for t in result.targets] == [CARTER] and result.about == 2


async def test_link_in_this_article_or_everywhere(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        side = await on_name(pilot, KERRY)
        await pilot.press("L")
        await pilot_until(pilot, lambda: isinstance(app.screen, NamePicker), "the picker")
        picker = app.screen
        assert isinstance(picker, NamePicker) and picker.everywhere is False
        await type_text(pilot, "Putin")
        await pilot_until(pilot, lambda: bool(picker.shown), "Putin offered")
        putin = picker.shown[0].target
        assert putin.english == "Vladimir Putin"
        await pilot.press("enter")
        await pilot_until(pilot, lambda: putin.key in keys_of(side), "Kerry linked")
        screen = main_screen(app)
        catalog = screen.store.catalog()
        assert catalog[KERRY]["articles"] == 1 and catalog[putin.key]["articles"] == 1
        # Everywhere, this time: F2 switches the picker's scope.
        await pilot.press("a")
        await pilot_until(pilot, lambda: side.archive, "the archive view")
        side.cursor = next(i for i, e in enumerate(side.items) if e.key == KERRY)
        await pilot.press("L")
        await pilot_until(pilot, lambda: isinstance(app.screen, NamePicker), "the picker")
        picker = app.screen
        assert isinstance(picker, NamePicker) and picker.everywhere is None  # archive: always
        await type_text(pilot, "Putin")
        await pilot_until(pilot, lambda: bool(picker.shown), "Putin offered")
        await pilot.press("enter")
        await pilot_until(pilot, lambda: KERRY not in keys_of(side), "Kerry linked everywhere")
        assert screen.store.catalog()[putin.key]["articles"] == 2


async def test_the_picker_scope_switches_with_f2_and_escape_cancels(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        await on_name(pilot, KERRY)
        await pilot.press("L")
        await pilot_until(pilot, lambda: isinstance(app.screen, NamePicker), "the picker")
        picker = app.screen
        assert isinstance(picker, NamePicker)
        await pilot.press("f2")
        assert picker.everywhere is True
        await pilot.press("escape")
        await pilot_until(pilot, lambda: not isinstance(app.screen, NamePicker), "closed")
        await settle(pilot)
        assert CorrectionFile(open_store(tmp_path / "db").backend).all() == []


async def test_the_list_dialog_undoes_any_correction(tmp_path: Path) -> None:
    app = app_for(people_store(tmp_path / "db"))
    async with app.run_test(size=SIZE) as pilot:
        side = await hide_obama_everywhere(pilot)
        await pilot.press("C")
        await pilot_until(pilot, lambda: isinstance(app.screen, CorrectionsDialog), "the list")
        dialog = app.screen
        assert isinstance(dialog, CorrectionsDialog)
        assert [c.key for c in dialog.items] == [OBAMA]
        await pilot.press("enter")
        await pilot_until(pilot, lambda: not dialog.items, "undone in the list")
        await pilot.press("escape")
        await pilot_until(pilot, lambda: OBAMA in keys_of(side), "Obama back")
