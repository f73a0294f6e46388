#!/usr/bin/env python3
"""Regenerate screenshots/*.svg: the real app on real articles, driven by Textual's Pilot (120x40).

- screenshots/main.svg    the main screen with a real article open: dates, sources, names
- screenshots/search.svg  a search by leader (السيسي, Sisi; توكاييف without the real articles)
- screenshots/import.svg  the import dialog after importing a folder with a good and a bad file
- screenshots/refresh.svg the refresh dialog after refreshing four feeds served on 127.0.0.1

The store is built afresh in a temporary directory (nothing in your own store
is touched) from articles/ plus, when ```../shared/eval/saudinewsnet-dev`` is
there, a few dozen real SaudiNewsNet articles (a few of each source, and those
about the leader searched); they are read at screenshot time, never copied
into the repository.  Usage: python tools/screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 40)
SEED_START = "وفي 18 مايو/أيار"
REAL = next((p / "shared" / "eval" / "saudinewsnet-dev" for p in ROOT.parents
             if (p / "shared" / "eval" / "saudinewsnet-dev").is_dir()),
            ROOT.parent / "shared" / "eval" / "saudinewsnet-dev")
"""Real Saudi newspaper articles (SaudiNewsNet), beside the checkout (or a folder above it)."""
REAL_LEADER = "السيسي"
"""Searched in search.svg when the real articles are there (and opened in main.svg)."""
PER_SOURCE = 3


def real_articles(dest: Path) -> Path | None:
    """A JSON file of a few real articles of each source and those naming :data:`REAL_LEADER`."""
    if not REAL.is_dir():
        return None
    picked: list[dict[str, object]] = []
    per_source: dict[str, int] = {}
    for path in sorted(REAL.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if not isinstance(entry, dict) or not entry.get("content"):
                continue
            source = str(entry.get("source") or "")
            about = REAL_LEADER in str(entry.get("title", "")) + str(entry.get("content", ""))
            if about or per_source.get(source, 0) < PER_SOURCE:
                per_source[source] = per_source.get(source, 0) + 1
                picked.append(entry)
    dest.write_text(json.dumps(picked, ensure_ascii=False), encoding="utf-8")
    return dest


def build_store(path: Path, *, real: bool = True):
    """A store holding the real articles (with ``real``, when they are there), else the
    bundled ones."""
    from reader.ingest import import_paths
    from reader.store import open_store

    store = open_store(path)
    found = real_articles(path.parent / f"{path.name}-real.json") if real else None
    import_paths(store, [found if found is not None else ROOT / "articles"])
    return open_store(path)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def open_seed(screen) -> None:
    """Highlight and open the seed article (the newest about :data:`REAL_LEADER` when the real
    articles are in the store)."""
    lst = screen.article_list
    if REAL.is_dir():
        from reader.search import search

        found = search(screen.store, REAL_LEADER, limit=1)
        if found.summaries:
            summary = found.summaries[0]
            index = lst.rows.index_of(summary.id)
            lst.cursor = index or 0
            screen.open_article(lst.current)
            return
    for i in range(lst.count):
        row = lst.rows.row(i)
        if row is not None and row.title.startswith(SEED_START):
            lst.cursor = i
            screen.open_article(row)
            return
    raise SystemExit("the seed article is not in articles/")


async def shoot_main(store, out: Path) -> None:
    from reader.app import make_app

    app = make_app(store, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        open_seed(app.main_screen)
        await settle(pilot)
        app.save_screenshot(str(out / "main.svg"))


async def shoot_search(store, out: Path) -> None:
    from reader.app import make_app
    from reader.widgets.search_bar import SearchInput

    app = make_app(store, poll_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        app.screen.query_one(SearchInput).cursor_blink = False
        for ch in REAL_LEADER if REAL.is_dir() else "توكاييف":
            await pilot.press(ch)
        await pilot.pause(0.3)
        await settle(pilot)
        screen = app.main_screen
        if screen.article_list.count:
            screen.article_list.cursor = 0
            screen.open_article(screen.article_list.current)
            await settle(pilot)
            screen.reading_pane.action_next_hit()
        await settle(pilot)
        app.save_screenshot(str(out / "search.svg"))


async def shoot_import(store, out: Path, work: Path) -> None:
    from reader.app import make_app

    demo = work / "downloads"
    demo.mkdir()
    (demo / "astana-summit.json").write_text(
        json.dumps(
            [
                {
                    "title": "Leaders of Central Asia meet in Astana",
                    "body": "Kassym-Jomart Tokayev hosted the summit.",
                    "date": "2024-08-09",
                    "source": "Demo Wire",
                },
                {
                    "title": "قمة آسيا الوسطى في أستانا",
                    "body": "استضاف الرئيس توكاييف القمة في أستانا.",
                    "date": "2024-08-09",
                    "source": "وكالة العرض",
                },
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (demo / "truncated.json").write_text('[{"title": "cut off', encoding="utf-8")
    (demo / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64))
    app = make_app(store, poll_interval=0)
    cwd = os.getcwd()
    os.chdir(work)  # reports name files relative to the working directory
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("i")
            await settle(pilot)
            field = app.screen.query_one("#import-path")
            field.cursor_blink = False
            field.value = "downloads/"
            await pilot.press("enter")
            await settle(pilot)
            await pilot.pause(0.3)
            await settle(pilot)
            app.save_screenshot(str(out / "import.svg"))
    finally:
        os.chdir(cwd)


DEMO_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة العرض</title><language>ar</language>
<item><title>توكاييف يستقبل ميرضيائيف في أستانا</title><link>https://demo.test/1</link>
<pubDate>Fri, 09 Aug 2024 10:00:00 GMT</pubDate>
<description>استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف نظيره الأوزبكي.</description></item>
<item><title>افتتاح خط سكة حديد بين كازاخستان والصين</title><link>https://demo.test/2</link>
<pubDate>Sat, 10 Aug 2024 08:00:00 GMT</pubDate>
<description>افتتح الخط الجديد في أستانا بحضور وزراء البلدين.</description></item>
</channel></rss>
"""


async def shoot_refresh(store, out: Path, work: Path) -> None:
    """Four feeds served from a folder on 127.0.0.1: new, already stored, missing, a page."""
    import functools
    import shutil
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from reader.app import make_app
    from reader.feeds import SubscriptionList

    site = work / "site"
    site.mkdir()
    (site / "demo.rss").write_text(DEMO_RSS, encoding="utf-8")
    shutil.copy(ROOT / "articles" / "050_mixed_gulf_arab_g20_summits_feed.atom", site / "gulf.atom")
    (site / "index.html").write_text("<!DOCTYPE html><html><body><p>News</p></body></html>",
                                     encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format, *args) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    subs = SubscriptionList(store.backend)
    for path, name in (("/demo.rss", "وكالة العرض"), ("/gulf.atom", "Gulf summits"),
                       ("/closed.rss", "Closed wire"), ("/", "News site")):
        subs.add(base + path, name)
    app = make_app(store, poll_interval=0)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("R")
            while app.refresh_run is None or app.refresh_run.running:
                await pilot.pause(0.05)
            await settle(pilot)
            app.save_screenshot(str(out / "refresh.svg"))
    finally:
        server.shutdown()
        server.server_close()


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ.setdefault("READER_CONFIG", str(work / "no-config.toml"))
        store = build_store(work / "store")
        await shoot_main(store, out)
        await shoot_search(build_store(work / "store-search"), out)
        await shoot_import(build_store(work / "store-import", real=False), out, work)
        await shoot_refresh(build_store(work / "store-refresh", real=False), out, work)
    for name in ("main.svg", "search.svg", "import.svg", "refresh.svg"):
        print(out / name)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"))
