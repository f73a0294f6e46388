"""Provides the in-app measurements (Textual Pilot), run in a fresh process per measurement.

``python benchmarks/app_probe.py --db STORE --mode start`` prints, as JSON,
the time from opening the store to the first frame that shows the article
list; ``--mode full`` also types queries letter by letter into the search
field and pages through the list, timing each keystroke and each page.

How the figures are taken (Textual 8.2):

- a *frame* is one call of ``Screen._on_timer_update`` that ended in
  ``App._display``; under Pilot the app is headless and ``_display`` writes
  nothing, so the probe also renders the update to terminal escapes
  (``CompositorUpdate.render_segments``) to pay what a real terminal costs;
- *first paint*: from just before ``open_store`` to the end of the first frame
  of the main screen with rows in its list;
- *keystroke*: from just before the key is sent to the end of the first frame
  after the screen applied the search for the text typed so far (the screen's
  ``_apply_search``); the share spent in ``reader.search.search`` is reported
  apart, as is the screen's debounce (``SEARCH_DEBOUNCE``, none since the
  screen searches at each keystroke: at once when the query names something,
  else in its search worker);
- *page*: ``pagedown`` in the list; the work is the key's action plus the
  frame that follows it (what one page costs the CPU, to compare with a 16 ms
  frame); the wall time from sending the key to the end of that frame, and
  Pilot's own cost (pressing a key bound to nothing), are reported apart.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from reader.app import ReaderApp
    from reader.screens.main import MainScreen

#: Keys bound to nothing anywhere in the app, to time Pilot's own round trip.
UNBOUND_KEY = "f9"


class Recorder:
    """Timestamps of frames, searches applied and list actions, patched into Textual and the app."""

    def __init__(self) -> None:
        self.frames: list[tuple[float, float, Any]] = []
        """(start, end, screen) of every frame displayed."""
        self.applied: list[tuple[float, str]] = []
        """(time, query) each time the main screen applied a search."""
        self.searches: list[tuple[str, float]] = []
        """(query, seconds) of each call of reader.search.search."""
        self.actions: list[tuple[float, float]] = []
        """(start, end) of each list page-down action."""

    def install(self, app: Any) -> None:
        from textual._compositor import CompositorUpdate
        from textual.screen import Screen

        import reader.search
        from reader.widgets.article_list import ArticleList

        rec = self
        shown: list[bool] = []
        original_tick = Screen._on_timer_update
        original_display = app._display

        def tick(screen: Any) -> None:
            shown.clear()
            start = time.perf_counter()
            original_tick(screen)
            if shown:
                rec.frames.append((start, time.perf_counter(), screen))

        def display(screen: Any, renderable: Any) -> None:
            if isinstance(renderable, CompositorUpdate):
                # Headless: pay for the escape sequences a terminal would be sent.
                renderable.render_segments(app.console)
                shown.append(True)
            original_display(screen, renderable)

        Screen._on_timer_update = tick  # type: ignore[method-assign, assignment]
        app._display = display

        original_search = reader.search.search

        def search(store: Any, query: str, **kw: Any) -> Any:
            start = time.perf_counter()
            try:
                return original_search(store, query, **kw)
            finally:
                rec.searches.append((query, time.perf_counter() - start))

        reader.search.search = search  # type: ignore[assignment, unused-ignore]

        original_page = ArticleList.action_page_down

        def page_down(widget: Any) -> None:
            start = time.perf_counter()
            original_page(widget)
            rec.actions.append((start, time.perf_counter()))

        ArticleList.action_page_down = page_down  # type: ignore[method-assign, assignment]

    def patch_screen(self, screen: Any) -> None:
        rec = self
        original = screen._apply_search

        def apply(query: str, result: Any, **kw: Any) -> None:
            original(query, result, **kw)
            rec.applied.append((time.perf_counter(), query))

        screen._apply_search = apply

    def frame_after(self, when: float) -> tuple[float, float] | None:
        for start, end, _ in self.frames:
            if start >= when:
                return start, end
        return None


async def _wait(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.0005)


async def probe(db: Path, mode: str, size: tuple[int, int], queries: list[str],
                pages: int, *, debounce: float | None = None,
                gc_freeze: bool = False) -> dict[str, Any]:
    """Run the app on ``db`` under Pilot and return the timings (seconds).

    ``debounce`` and ``gc_freeze`` are for trying changes without editing the
    app: another search debounce (the app has none: 0.15 s was the old one),
    and one more ``gc.freeze()`` in the probe once the app has started (the
    app freezes its own start-up data, see ``ReaderApp.freeze_heap``).
    """
    import reader.screens.searching
    from reader.app import make_app
    from reader.screens.main import MainScreen
    from reader.store import open_store

    if debounce is not None:
        reader.screens.searching.SEARCH_DEBOUNCE = debounce  # read at each keystroke

    rec = Recorder()
    t0 = time.perf_counter()
    store = open_store(db)
    app = make_app(store, poll_interval=0)
    rec.install(app)

    def main_frames() -> list[tuple[float, float, Any]]:
        return [f for f in rec.frames
                if isinstance(f[2], MainScreen) and f[2].article_list.count > 0]

    debounce_s = reader.screens.searching.SEARCH_DEBOUNCE
    out: dict[str, Any] = {"mode": mode, "search_debounce_s": debounce_s,
                           "gc_freeze": gc_freeze, "gc_pauses": []}
    gc_start: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        # Full collections walk every object the app holds: long pauses land in frames.
        if phase == "start":
            gc_start[:] = [time.perf_counter()]
        elif gc_start and info["generation"] == 2:
            out["gc_pauses"].append(time.perf_counter() - gc_start[0])

    gc.callbacks.append(on_gc)
    async with app.run_test(size=size) as pilot:
        await _wait(lambda: bool(main_frames()))
        first = main_frames()[0]
        out["first_paint_s"] = first[1] - t0
        out["count"] = store.count()
        if mode == "start":
            app.exit()
            return out
        screen = app.main_screen
        assert screen is not None
        rec.patch_screen(screen)
        # Let the warm-up (name index) finish, as it does while people read the first article.
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["app_froze_heap"] = gc.get_freeze_count() > 0
        # From here on: the collections that land while typing and paging.
        out["gc_pauses_start"], out["gc_pauses"] = out["gc_pauses"], []
        if gc_freeze:
            gc.freeze()

        out["keystrokes"] = await _type_queries(pilot, app, screen, rec, queries)
        out["pages"], out["pilot_overhead_s"] = await _page_down(pilot, screen, rec, pages)
        app.exit()
    out["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


async def _type_queries(pilot: Pilot[int], app: ReaderApp, screen: MainScreen, rec: Recorder,
                        queries: list[str]) -> list[dict[str, Any]]:
    """Type each query letter by letter into the search field; time each keystroke."""
    keystrokes: list[dict[str, Any]] = []
    for query in queries:
        await pilot.press("slash")
        typed = ""
        for ch in query:
            typed += ch
            n_applied = len(rec.applied)
            n_search = len(rec.searches)
            sent = time.perf_counter()
            await pilot.press("space" if ch == " " else ch)
            await _wait(lambda typed=typed, n=n_applied: any(
                q == typed for _, q in rec.applied[n:]))
            applied_at = next(t for t, q in rec.applied[n_applied:] if q == typed)
            await _wait(lambda at=applied_at: rec.frame_after(at) is not None)
            frame = rec.frame_after(applied_at)
            assert frame is not None
            work = sum(s for q, s in rec.searches[n_search:] if q == typed)
            keystrokes.append({
                "query": typed, "latency_s": frame[1] - sent, "search_s": work,
                "results": screen.article_list.count,
            })
        await pilot.press("escape")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    return keystrokes


async def _page_down(pilot: Pilot[int], screen: MainScreen, rec: Recorder,
                     pages: int) -> tuple[list[dict[str, Any]], float]:
    """Page down the list from the top ``pages`` times; each page's times, and Pilot's own."""
    screen.article_list.focus()
    await pilot.press("home")
    await pilot.pause()
    overhead = []
    for _ in range(pages):
        sent = time.perf_counter()
        await pilot.press(UNBOUND_KEY)
        overhead.append(time.perf_counter() - sent)
    page_rows = []
    for _ in range(pages):
        n_actions = len(rec.actions)
        sent = time.perf_counter()
        await pilot.press("pagedown")
        pressed = time.perf_counter() - sent
        await _wait(lambda n=n_actions: len(rec.actions) > n)
        action = rec.actions[n_actions]
        await _wait(lambda at=action[1]: rec.frame_after(at) is not None)
        frame = rec.frame_after(action[1])
        assert frame is not None
        page_rows.append({
            "work_s": (action[1] - action[0]) + (frame[1] - frame[0]),
            "action_s": action[1] - action[0],
            "frame_s": frame[1] - frame[0],
            "wall_s": frame[1] - sent,
            "press_s": pressed,
            "cursor": screen.article_list.cursor,
        })
    return page_rows, statistics.median(overhead)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the probe, print its JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--mode", choices=["start", "full"], default="start")
    parser.add_argument("--size", default="120x36", help="terminal size, COLSxROWS")
    parser.add_argument("--query", action="append", default=[], help="typed letter by letter")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--debounce", type=float, help="try another SEARCH_DEBOUNCE (seconds)")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="also gc.freeze() in the probe after start")
    args = parser.parse_args(argv)
    cols, rows = (int(x) for x in args.size.split("x"))
    result = asyncio.run(probe(args.db, args.mode, (cols, rows), args.query, args.pages,
                               debounce=args.debounce, gc_freeze=args.gc_freeze))
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
