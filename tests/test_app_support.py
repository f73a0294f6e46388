"""Shared helpers for the app tests (pilot, snapshots, tmux): a store of the bundled articles.

Not a test module by itself; named ``test_app_*`` so it lives with the app
tests it serves.  A store is built once per session into a directory and
copied for each test (copying a few files is much cheaper than analysing
every article again).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.models import ArticleDraft

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
SEED = ARTICLES / "000_9a7c0bc9154ad588.txt"
SEED_START = "وفي 18 مايو/أيار، اجتمع زعماء من كازاخستان"

#: Added to the bundled articles so the tests do not depend on which samples ship.
EXTRA_DRAFTS = (
    ArticleDraft(
        title="Tokayev and Xi open a rail link between Kazakhstan and China",
        body=(
            "Kazakhstan's President Kassym-Jomart Tokayev and China's President Xi Jinping "
            "opened a new freight rail link in Astana on Monday.\n"
            "Tokayev said the line would double trade with China within five years."
        ),
        date="2023-06-01",
        source="Test Wire",
        url="https://example.test/rail",
        language="en",
    ),
    ArticleDraft(
        title="ميرضيائيف يستقبل توكاييف في طشقند",
        body=(
            "استقبل الرئيس الأوزبكي شوكت ميرضيائيف نظيره الكازاخستاني قاسم جومارت توكاييف "
            "في طشقند يوم الأحد.\nوبحث الرئيسان التجارة بين أوزبكستان وكازاخستان."
        ),
        date="2023-03-10",
        source="وكالة الاختبار",
        url="https://example.test/tashkent",
        language="ar",
    ),
)


def build_store(dest: Path) -> Path:
    """Import the bundled articles (and :data:`EXTRA_DRAFTS`) into a new store at ``dest``."""
    from reader.ingest import import_paths
    from reader.store import open_store

    store = open_store(dest)
    import_paths(store, [ARTICLES])
    store.import_drafts(list(EXTRA_DRAFTS))
    return dest


def copy_store(built: Path, dest: Path) -> Path:
    """A private copy of a built store."""
    shutil.copytree(built, dest)
    return dest


def seed_text() -> str:
    """The seed article as stored (logical text)."""
    return SEED.read_text(encoding="utf-8")
