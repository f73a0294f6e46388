"""Provides the name detector: does a folded Arabic word look like a transliterated foreign name?

Arabic news writes foreign names in Arabic letters (أرتورو فيدال، إريك
روزينباخ), and no list holds every player, artist or official.  Their letter
sequences differ from those of ordinary Arabic words (long vowels in a row,
تش، غر، ـوف، ـسكي ...), so a naive Bayes model over the word's character
1-4-grams, edges marked, tells them apart: :meth:`Detector.score` is the
log-odds that the word is a foreign name.  The model is data
(``data/name_detector.json``, trained by ``tools/train_name_detector.py``
from transliterated names and wordfreq's words), and the extractor asks it
only at words no other rule read, so it costs little.  No Textual here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat

MAX_N = 4
"""Longest character n-gram the model reads."""
DEFAULT_THRESHOLD = 6.0
"""Log-odds above which a word reads as a foreign name (the file's own threshold wins)."""


def ngrams(word: str) -> list[str]:
    """Character 1-4-grams of a folded word, its start and end marked by ``<`` and ``>``."""
    w = f"<{word}>"
    # The letters, then the longer grams (none of which is a lone mark), in the
    # order of the n-gram loop: the scores are summed in this order.
    grams = [c for c in word if c not in "<>"] if "<" in word or ">" in word else list(word)
    grams += [w[i:i + n] for n in range(2, MAX_N + 1) for i in range(len(w) - n + 1)]
    return grams


@dataclass
class Detector:
    """Log-odds of character n-grams: foreign name over ordinary word."""

    grams: dict[str, float] = field(default_factory=dict)
    prior: float = 0.0
    unseen: float = 0.0
    """Log-odds of an n-gram the training words never had."""
    threshold: float = DEFAULT_THRESHOLD
    ordinary: frozenset[str] = frozenset()
    """Ordinary words the model reads as names all the same (دبلوماسي): never foreign."""
    _cache: dict[str, float] = field(default_factory=dict, repr=False)

    def score(self, word: str) -> float:
        """Log-odds that the folded ``word`` is a transliterated foreign name (cached)."""
        found = self._cache.get(word)
        if found is None:
            grams, unseen = self.grams, self.unseen
            found = self.prior + sum(map(grams.get, ngrams(word), repeat(unseen)))
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found

    def foreign(self, word: str) -> bool:
        """Does the folded ``word`` read as a foreign name (3 letters or more)?"""
        return len(word) >= 3 and word not in self.ordinary and self.score(word) > self.threshold

    def confidence(self, word: str) -> float:
        """How sure the model is that ``word`` is a foreign name, from 0 to 1 (logistic)."""
        s = self.score(word) - self.threshold
        return 1.0 / (1.0 + math.exp(-s / 4.0))


@lru_cache(maxsize=1)
def load_detector() -> Detector:
    """The shipped model (an empty one, reading nothing as foreign, if the file is missing)."""
    path = resources.files("reader.entities") / "data" / "name_detector.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Detector(threshold=float("inf"))
    meta = doc.get("meta", {})
    return Detector(grams=doc["grams"], prior=float(doc["prior"]), unseen=float(doc["unseen"]),
                    threshold=float(meta.get("threshold", DEFAULT_THRESHOLD)),
                    ordinary=frozenset(doc.get("ordinary", ())))
