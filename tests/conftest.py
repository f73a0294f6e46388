"""Shared fixtures: no test touches the real home; stores in memory or in tmp_path."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from reader.entities.normalize import light_stem, tokenize
from reader.models import Analysis, ArticleDraft, Entity

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "articles" / "000_9a7c0bc9154ad588.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shutil.which("tmux") is None:
        skip = pytest.mark.skip(reason="tmux is not installed")
        for item in items:
            if "tmux" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the store and the config at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("READER_DB", str(home / "store"))
    monkeypatch.setenv("READER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("READER_DEBUG", raising=False)


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The eight dev articles plus the seed, imported with the real extractor."""
    from reader.ingest import import_paths
    from reader.store import open_store

    store = open_store(tmp_path_factory.mktemp("dev") / "store")
    import_paths(store, sorted((DATA / "dev").glob("a0*.txt")) + [SEED])
    return store


def simple_analyser(title: str, body: str, language: str | None) -> Analysis:
    """A tiny, predictable analyser for store tests: 'الصين' and 'Kazakhstan' are places."""
    text = title + "\n\n" + body
    terms = Counter(light_stem(t) for _, _, t in tokenize(text))
    ents = []
    for key, word in (("place:CN", "الصين"), ("place:KZ", "Kazakhstan")):
        n = text.count(word)
        if n:
            ents.append(Entity(key=key, kind="place", name=word, count=n, place_kind="country", code=key[-2:]))
    return Analysis(entities=tuple(ents), spans=(), terms=tuple(sorted(terms.items())))


simple_analyser.version = "test-1"  # type: ignore[attr-defined]


def draft(i: int, **kw: object) -> ArticleDraft:
    """A numbered draft with a date spread over 2024."""
    fields: dict[str, object] = {
        "title": f"خبر رقم {i}",
        "body": f"نص الخبر {i} عن الصين وكازاخستان",
        "date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
        "source": "وكالة",
    }
    fields.update(kw)
    return ArticleDraft(**fields)  # type: ignore[arg-type]
