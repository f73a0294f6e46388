"""Provides people and places: extraction, the gazetteer, and the index analysis (no Textual).

``extract`` finds the people and places of one article; ``analyse`` adds
what the store indexes (full-text terms and country facets).  Bump
``ANALYSER_VERSION`` whenever the extractor or the data files change what
they find, so ``reader reindex`` is known to be due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.models import Analysis

if TYPE_CHECKING:
    from reader.entities.result import ExtractionResult

ANALYSER_VERSION = "4"

__all__ = ["ANALYSER_VERSION", "Analysis", "ExtractionResult", "analyse", "article_text",
           "extract", "merge_results"]

# The extractor and its data load lazily: `reader list` imports the
# normalisation module (this package) but must not pay for the extractor.
_LAZY = {"extract": "reader.entities.extractor", "merge_results": "reader.entities.extractor",
         "article_text": "reader.entities.extractor", "ExtractionResult": "reader.entities.extractor",
         "load_gazetteer": "reader.entities.gazetteer"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.entities' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def analyse(title: str, body: str, language: str | None = None) -> Analysis:
    """Extract entities and index terms in one pass over the article's words.

    Returns:
        An :class:`Analysis`: entities with counts, mention spans, light-stem
        terms with counts, and ``country:XX`` facets weighted by how often the
        country or its office-holders are named.
    """
    from reader.entities.extractor import analysis

    return analysis(title, body, language)


analyse.version = ANALYSER_VERSION  # type: ignore[attr-defined]
