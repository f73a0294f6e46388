"""The benchmark's corpus generator (benchmarks/corpus.py): reproducible, unique, article-sized.

The benchmark itself runs end to end in tests/e2e/test_benchmarks_smoke.py.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from helpers.paths import ROOT


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_the_same_for_the_same_seed() -> None:
    corpus = _corpus_module()
    assert list(corpus.iter_articles(20, seed=3)) == list(corpus.iter_articles(20, seed=3))


def test_corpus_titles_and_urls_are_unique() -> None:
    arts = list(_corpus_module().iter_articles(200, seed=3))
    assert len({a["title"] for a in arts}) == len({a["url"] for a in arts}) == 200


def test_corpus_articles_average_about_300_words() -> None:
    arts = list(_corpus_module().iter_articles(200, seed=3))
    mean = sum(len(a["content"].split()) for a in arts) / len(arts)
    assert 250 <= mean <= 350
