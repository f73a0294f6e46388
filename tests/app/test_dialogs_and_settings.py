"""Pilot tests of the dialogs (help, import), quitting, the config, terminal safety, keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.command import CommandPalette

from helpers.pilot import SIZE, app_for, main_screen, row_text, seed_index, settle
from helpers.waits import pilot_until
from reader import keys
from reader.app import BDSM_EXPLICIT, BDSM_IMPLICIT, ReaderApp, bidi_mode_sequences
from reader.config import Config
from reader.models import ArticleDraft
from reader.screens.correction_dialogs import CorrectionsDialog, NamePicker
from reader.screens.help import HelpScreen
from reader.screens.import_dialog import ImportDialog
from reader.screens.main import MainScreen
from reader.screens.refresh_dialog import RefreshDialog
from reader.store import open_store
from reader.widgets.article_list import ArticleList
from reader.widgets.entity_sidebar import EntitySidebar
from reader.widgets.reading_pane import ReadingPane
from reader.widgets.search_bar import SearchInput

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
        assert "1 article imported" in dialog.summary
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
        assert (bar.total, bar.progress) == (3, 3) and "3 articles imported" in dialog.summary


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


async def test_a_mark_that_cannot_be_saved_is_told_and_never_ends_the_app(store_path: Path) -> None:
    """Damaged read marks: a failed mark is shown, q quits with 0, and the reading
    position that q fails to save is kept for stderr (the screen is going)."""
    state = store_path / "state.json"
    damaged = b'{"marks": {"1": {"id": "abc'
    state.write_bytes(damaged)
    app = app_for(open_store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("m")
        assert app.state.flush(10)
        await pilot_until(pilot, lambda: any(
            "state.json" in str(n.message) and n.severity == "error" for n in app._notifications
        ), "the failed mark to be told")
        screen.article_list.cursor = seed_index(screen)
        await pilot.press("enter")
        await settle(pilot)
        screen.reading_pane.focus()
        await pilot.press("space")
        await settle(pilot)
        assert screen.reading_pane.top_offset()  # so q has a position to save
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None) and app.return_value == 0
    assert app.state.flush(10)
    assert len(app.unsaved) == 1 and "state.json" in app.unsaved[0], app.unsaved
    app._state_error("could not save: late")  # the writer thread, after the app closed
    assert app.unsaved[-1] == "could not save: late"
    assert state.read_bytes() == damaged


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
    "refresh": RefreshDialog,
    "help": HelpScreen,
    "picker": NamePicker,
    "corrections": CorrectionsDialog,
}


@pytest.mark.parametrize("op", keys.OPERATIONS, ids=lambda op: op.id)
def test_every_operation_has_an_action_where_it_is_bound(op: keys.Operation) -> None:
    name = op.action.split("(")[0]
    assert hasattr(SCOPE_CLASSES[op.scope], f"action_{name}")


@pytest.mark.parametrize("scope", sorted(SCOPE_CLASSES))
def test_every_scope_binds_its_operations_with_ids(scope: str) -> None:
    ids = {b.id for b in SCOPE_CLASSES[scope].BINDINGS if getattr(b, "id", None)}
    assert {op.id for op in keys.operations(scope)} <= ids
