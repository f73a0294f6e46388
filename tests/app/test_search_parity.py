"""The app and ``reader search`` are one search: the same query lists the same articles.

A table of queries (Arabic, English, titles, an honorific, names together,
a quoted phrase, filters, a typo, no match) is typed into the app's search
field (Pilot), and given to ``reader search --json``; once typing pauses the
app lists exactly the articles the command line prints, in the same order,
and reads the query the same way.  Picking another reading (Tab, a click in
the preview line) matches ``--reading N``.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from helpers.paths import DATA
from helpers.pilot import SIZE, app_for, main_screen, search_for, settle
from helpers.stores import copy_store
from helpers.waits import pilot_until
from reader.cli import main
from reader.ingest import import_paths
from reader.layout import cell_width
from reader.screens.main import MainScreen
from reader.store import open_store

#: The queries, and what each exercises.
QUERIES = [
    ("Tokayev", "an English surname"),
    ("توكاييف", "an Arabic surname"),
    ("لتوكاييف", "a glued proclitic"),
    ("الكازاخستاني", "a nationality adjective"),
    ("Kazakhstan", "an English country"),
    ("الملك سلمان", "a title and a given name"),
    ("President Putin", "an English title"),
    ("خادم الحرمين الشريفين", "an honorific: the office's holders by date"),
    ("شريف", "a name several people share"),
    ("عبد الله", "a given name alone"),
    ("Tokayev Kazakhstan", "two names: articles about both"),
    ("شي جين بينغ كازاخستان", "two Arabic names"),
    ('"وقف إطلاق النار"', "a quoted phrase"),
    ("وقف إطلاق النار", "the same words unquoted"),
    ("source:okaz", "a filter alone"),
    ("شريف after:2016", "words and a date filter"),
    ("is:unread كازاخستان", "a read-mark filter"),
    ("rail link", "English words"),
    ("Tokayv", "a typo"),
    ("xyzzyq", "no match"),
    ("شريف source:no-such-paper", "words found, but a filter keeps none"),
]


@pytest.fixture(scope="module")
def parity_store_path(app_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's store plus the search fixtures (people sharing a name, kings, phrases)."""
    path = copy_store(app_store_path, tmp_path_factory.mktemp("parity") / "store")
    import_paths(open_store(path), [DATA / "search" / "articles.json"])
    return path


def cli_search(db: Path, query: str, *extra: str) -> tuple[int, dict[str, object]]:
    """``reader --db DB search QUERY --json EXTRA...`` in-process: (status, the JSON)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["--db", str(db), "search", query, "--json", *extra])
    return status, json.loads(out.getvalue())


def listed_ids(screen: MainScreen) -> list[str]:
    lst = screen.article_list
    return [lst.rows.row(i).id for i in range(lst.count)]


@pytest.fixture(scope="module")
def app_answers(parity_store_path: Path) -> dict[str, tuple[list[str], str | None, str]]:
    """Each query typed into one running app: (ids listed, reading key, status line)."""
    import asyncio

    async def run() -> dict[str, tuple[list[str], str | None, str]]:
        app = app_for(open_store(parity_store_path))
        answers = {}
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            for query, _ in QUERIES:
                screen = await search_for(pilot, query)
                settled = screen.settled_search
                assert settled is not None
                key = settled.chosen.key if settled.chosen is not None else None
                answers[query] = (listed_ids(screen), key, screen.status.text)
                await pilot.press("escape")
                await settle(pilot)
        return answers

    return asyncio.run(run())


@pytest.mark.parametrize(("query", "what"), QUERIES, ids=[q for q, _ in QUERIES])
def test_the_app_lists_what_reader_search_prints(app_answers, parity_store_path: Path,
                                                 query: str, what: str) -> None:
    ids, reading, status_line = app_answers[query]
    status, printed = cli_search(parity_store_path, query)
    assert [a["id"] for a in printed["articles"]] == ids, what  # type: ignore[index]
    chosen = printed["reading"]
    assert (chosen["key"] if chosen else None) == reading, what  # type: ignore[index]
    assert status == (0 if ids else 1), what
    assert f"· {len(ids):,} article" in status_line, status_line


def test_the_table_covers_matches_and_misses(app_answers) -> None:
    assert app_answers["xyzzyq"][0] == [] and app_answers["شريف"][0]
    assert len(app_answers["وقف إطلاق النار"][0]) > len(app_answers['"وقف إطلاق النار"'][0])


async def test_tab_picks_the_next_reading_as_reading_n_does(parity_store_path: Path) -> None:
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "شريف")
        first = screen.settled_search
        assert first is not None and len(first.readings) >= 3
        for n in (2, 3):
            await pilot.press("tab")
            await reading_shown(pilot, screen, n - 1)
            _, printed = cli_search(parity_store_path, "شريف", "--reading", str(n))
            assert listed_ids(screen) == [a["id"] for a in printed["articles"]]  # type: ignore
        await pilot.press("shift+tab")
        await reading_shown(pilot, screen, 1)
        assert app.focused is screen.search_bar.input  # Tab stayed in the field


async def reading_shown(pilot, screen: MainScreen, index: int) -> None:
    """Wait until the screen lists the query's reading ``index`` (from 0)."""
    await pilot_until(pilot, lambda: screen.settled_search is not None
                      and screen.settled_search.reading == index, f"reading {index + 1}")
    await settle(pilot)


async def click_in_preview(pilot, screen: MainScreen, label: str) -> None:
    """Click the preview line on ``label`` (a reading or a suggested name)."""
    plain = str(screen.search_bar.query_one("#search-preview").render())
    x = cell_width(plain[:plain.index(label)]) + 2
    await pilot.click("#search-preview", offset=(x, 0))


async def test_a_click_on_a_reading_in_the_preview_picks_it(parity_store_path: Path) -> None:
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "شريف")
        settled = screen.settled_search
        assert settled is not None
        n, label = next((i, r.label) for i, r in enumerate(settled.readings)
                        if r.label == "Nawaz Sharif (PK)")
        await click_in_preview(pilot, screen, label)
        await reading_shown(pilot, screen, n)
        _, printed = cli_search(parity_store_path, "شريف", "--as", "person:nawaz-sharif")
        assert listed_ids(screen) == [a["id"] for a in printed["articles"]]  # type: ignore


async def test_tab_moves_to_the_next_pane_when_the_query_has_one_reading(store) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "rail link")
        assert screen.settled_search is not None and len(screen.settled_search.readings) == 1
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is screen.reading_pane


async def test_nothing_found_suggests_the_closest_names_and_a_click_searches(
        parity_store_path: Path) -> None:
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "Putim")
        settled = screen.settled_search
        assert settled is not None and not settled.docnos
        assert settled.suggestions[:1] == ["Vladimir Putin (RU)"]
        plain = str(screen.search_bar.query_one("#search-preview").render())
        assert "nothing found" in plain and "did you mean" in plain
        await click_in_preview(pilot, screen, "Vladimir Putin")
        await pilot_until(pilot, lambda: screen.search_bar.input.value == "Vladimir Putin",
                          "the suggestion in the field")
        await search_settled(pilot, screen, "Vladimir Putin")
        found = screen.settled_search
        assert found is not None and found.about >= 1 and screen.article_list.count >= 1
        assert [t.key for t in found.targets] == ["person:vladimir-putin"]


async def search_settled(pilot, screen: MainScreen, query: str) -> None:
    await pilot_until(pilot, lambda: screen.settled_search is not None
                      and screen.settled_search.query == query, f"{query!r} settled")
    await settle(pilot)


async def test_the_status_bar_shows_the_active_filters(parity_store_path: Path) -> None:
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "شريف source:okaz after:2015-01")
        assert "source okaz" in screen.status.text and "from 2015-01" in screen.status.text
        assert screen.article_list.count == 1


async def test_a_filter_that_cannot_be_read_is_said_in_the_preview(parity_store_path) -> None:
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, "after:someday")
        preview = str(screen.search_bar.query_one("#search-preview").render())
        assert "after: takes a date" in preview
        assert main_screen(app).article_list.count == 0


async def test_a_filter_that_keeps_nothing_says_so_in_the_app_and_on_stderr(
        parity_store_path: Path) -> None:
    query = "شريف source:no-such-paper"
    app = app_for(open_store(parity_store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await search_for(pilot, query)
        settled = screen.settled_search
        assert settled is not None and settled.unfiltered > 0
        plain = str(screen.search_bar.query_one("#search-preview").render())
        assert "nothing found" in plain and f"{settled.unfiltered:,} without the filters" in plain
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        status = main(["--db", str(parity_store_path), "search", query])
    assert status == 1
    assert f"without the filters: {settled.unfiltered:,} article" in err.getvalue()
    assert "closest names" not in err.getvalue()
