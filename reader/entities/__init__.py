"""Provides people and places: extraction, the gazetteer, and the index analysis (no Textual).

``extract`` finds the people and places of one article; ``analyse`` adds
what the store indexes (full-text terms and country facets).  Bump
``ANALYSER_VERSION`` whenever the extractor or the data files change what
they find, so ``reader reindex`` is known to be due.

The package's modules, by step (see :mod:`reader.entities.extractor`):
``normalize`` (folding shared with the index and search), ``lexicon`` (closed
word classes), ``records``/``lookup``/``loaders``/``gazetteer`` (the data
files and their index), ``words`` (word tests), ``candidates`` and ``scan``
(step 1), ``titles``, ``people``, ``places`` and ``institutions`` (the rules),
``mentions`` (what the rules found), ``resolve`` (step 2), ``result``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.models import Analysis
from reader.native import guard

if TYPE_CHECKING:
    from reader.entities.result import ExtractionResult

ANALYSER_VERSION = "9"

# The rule modules may be installed compiled (setup.py): they are used only while
# their sources are the ones they were built from (see reader.native).
NATIVE = guard(__name__, __file__)

__all__ = ["ANALYSER_VERSION", "SEPARATOR", "Analysis", "EntityAnalyser", "ExtractionResult",
           "analyse", "article_text", "extract", "merge_results"]

# The extractor and its data load lazily: `reader list` imports the
# normalisation module (this package) but must not pay for the extractor.
_LAZY = {"extract": "reader.entities.extractor",
         "merge_results": "reader.entities.result", "ExtractionResult": "reader.entities.result",
         "load_gazetteer": "reader.entities.gazetteer"}

SEPARATOR = "\n\n"
"""Between an article's title and body in the text that spans' offsets refer to."""


def article_text(title: str, body: str) -> str:
    """The text that spans' offsets refer to: the title, a blank line, the body.

    Here, not in the extractor, so that search and the reading pane can build
    it without importing the rules (a fifth of ``reader search``'s start)."""
    return f"{title}{SEPARATOR}{body}" if title else body


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.entities' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


class EntityAnalyser:
    """The analyser a store runs on each imported article (a ``reader.store.api.Analyser``).

    Calling it extracts entities and index terms in one pass over the
    article's words (see :func:`reader.entities.extractor.analysis`); the
    extractor and the gazetteer are loaded on the first call.
    """

    version: str = ANALYSER_VERSION
    """Changes whenever what the extractor finds changes (``reader reindex`` is then due)."""

    def __call__(self, title: str, body: str, language: str | None = None,
                 date: str | None = None, /) -> Analysis:
        """Entities with counts, light-stem terms with counts, and
        ``country:XX`` facets weighted by how often the country or its
        office-holders are named.  ``date`` (ISO) picks who held an office
        then; without it, the latest holder."""
        from reader.entities.extractor import analysis

        return analysis(title, body, language, date)

    def __repr__(self) -> str:
        return f"<reader.entities.analyse version {self.version}>"


#: The extractor as the store runs it: ``analyse(title, body, language, date)``.
analyse = EntityAnalyser()
