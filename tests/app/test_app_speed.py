"""The app's fast paths (issue 6): the garbage collector frozen while it runs, names found at once.

On the dev store (a private copy: the app marks what it opens read).
"""

from __future__ import annotations

import gc

import reader.search as S
from helpers.pilot import SIZE, settle
from reader.app import make_app
from reader.store import ArticleStore


async def test_the_app_gives_the_garbage_collector_back_as_it_found_it(
    dev_store_copy: ArticleStore,
) -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    app = make_app(dev_store_copy, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == threshold and gc.isenabled() == enabled


async def test_a_name_typed_shows_its_articles_without_waiting(
    dev_store_copy: ArticleStore,
) -> None:
    app = make_app(dev_store_copy, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Tokaye")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.main_screen
        assert screen is not None
        screen.search_bar.input.value = "Tokayev"  # the field's watcher runs here and now
        # No await in between: the list shows the results with the letter typed.
        assert screen.filter is not None and screen.filter.key == "Tokayev"
        found = S.search(dev_store_copy, "Tokayev", prefix=True).docnos
        assert screen.article_list.count == len(found)
