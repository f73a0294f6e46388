"""Pilot tests of the sidebar's people found on weaker evidence: hidden, then revealed."""

from __future__ import annotations

from pathlib import Path

from helpers.pilot import SIZE, app_for, main_screen, settle
from helpers.waits import pilot_until
from reader.entities.evidence import SHOWN
from reader.models import ArticleDraft
from reader.store import ArticleStore, open_store
from reader.widgets.entity_sidebar import EntitySidebar

BODY = ("وقال الرئيس الصيني شي جين بينغ إن العلاقات قوية. "
        "وحضر الحفل ريناتو سوليدام ومسؤولون آخرون.")


def _store(tmp_path: Path) -> ArticleStore:
    store = open_store(tmp_path / "db")
    store.import_drafts([ArticleDraft(title="خبر", body=BODY, date="2024-05-18")])
    return store


async def _sidebar_with_the_article(pilot) -> EntitySidebar:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = main_screen(pilot.app)
    await pilot_until(pilot, lambda: bool(screen.sidebar.entities))
    await pilot.press("tab", "tab")
    return screen.sidebar


async def test_unsure_people_are_hidden_and_r_reveals_them(tmp_path: Path) -> None:
    app = app_for(_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        side = await _sidebar_with_the_article(pilot)
        assert side.has_focus
        people = [e for e in side.items if e.kind == "person"]
        assert [e.english for e in people] == ["Xi Jinping"]
        more = [r.text for r in side.rows if r.kind == "more"]
        assert more == ["  1 more on weaker evidence (r: show)"]
        await pilot.press("r")
        people = [e for e in side.items if e.kind == "person"]
        assert [e.name for e in people] == ["شي جين بينغ", "ريناتو سوليدام"]
        assert people[1].confidence < SHOWN
        details = [r.text for r in side.rows if r.kind == "detail"]
        assert any(d.startswith("unsure: looks like a foreign name") for d in details)
        assert [r.text for r in side.rows if r.kind == "more"] == [
            "  1 more on weaker evidence (r: hide)"]
        await pilot.press("r")
        assert [e.english for e in side.items if e.kind == "person"] == ["Xi Jinping"]


async def test_a_click_on_the_note_reveals_them(tmp_path: Path) -> None:
    app = app_for(_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        side = await _sidebar_with_the_article(pilot)
        y = next(i for i, r in enumerate(side.rows) if r.kind == "more")
        await pilot.click(EntitySidebar, offset=(5, y - side.scroll_offset.y))
        await settle(pilot)
        assert side.show_unsure
        assert len([e for e in side.items if e.kind == "person"]) == 2


async def test_the_reveal_key_is_in_the_footer_and_help(tmp_path: Path) -> None:
    from reader.keys import help_rows

    assert any("weaker evidence" in row[2] and row[1] == "r" for row in help_rows())
    app = app_for(_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        side = await _sidebar_with_the_article(pilot)
        assert any(b.action == "toggle_unsure" for b in side.BINDINGS if hasattr(b, "action"))
