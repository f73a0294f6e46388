"""Provides the two stores the tests share, built once per session and copied for each test.

- The app's store: the bundled articles plus :data:`EXTRA_DRAFTS` (Pilot
  tests, SVG snapshots, the real app in tmux).
- The dev store: the eight dev articles of ``tests/data/dev`` plus the seed,
  imported with the real extractor (search and extraction tests).

The session fixtures in ``tests/conftest.py`` build each once; a test that
changes state (read marks, stars, imports) works on a copy, which costs a
few file copies instead of analysing every article again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.paths import ARTICLES, DATA, SEED
from reader.models import ArticleDraft

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


def build_app_store(dest: Path) -> Path:
    """Import the bundled articles (and :data:`EXTRA_DRAFTS`) into a new store at ``dest``."""
    from reader.ingest import import_paths
    from reader.store import open_store

    store = open_store(dest)
    import_paths(store, [ARTICLES])
    store.import_drafts(list(EXTRA_DRAFTS))
    return dest


def build_dev_store(dest: Path) -> Path:
    """Import the eight dev articles and the seed into a new store at ``dest``."""
    from reader.ingest import import_paths
    from reader.store import open_store

    import_paths(open_store(dest), sorted((DATA / "dev").glob("a0*.txt")) + [SEED])
    return dest


def copy_store(built: Path, dest: Path) -> Path:
    """A private copy of a built store at ``dest``."""
    shutil.copytree(built, dest)
    return dest


def seed_text() -> str:
    """The seed article as stored (logical text)."""
    return SEED.read_text(encoding="utf-8")
