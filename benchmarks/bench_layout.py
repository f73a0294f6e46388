"""Provides the layout benchmark: a long Arabic article laid out cold, at new widths, and cached.

The article is made of unique paragraphs (so that no paragraph cache can
help) stitched from windows of the seed article and the mixed test article,
which keeps the real mix of Arabic words, numbers, Latin names and brackets
and the real repetition of words.  Run ``python benchmarks/bench_layout.py``;
``--hostile`` times the texts of issue 19 instead (2,000,000 marks on one letter,
a word of 1,990,000 letters).
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from reader import layout

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "articles" / "000_9a7c0bc9154ad588.txt",
           ROOT / "tests" / "data" / "mixed_brackets.txt")


#: Letters for made-up words, roughly as frequent as in news text.
_LETTERS = "اااالللليييممموووننهههرررتتببعدسفكقحجشصطزخضغثذظءأإآةةىئؤ"


def make_article(words: int, seed: int = 0, new_words: float = 0.3) -> str:
    """A deterministic article of about ``words`` words in unique paragraphs of 25-90 words.

    Windows of real text keep the real mix and repetition of words; a share
    ``new_words`` of the words is replaced by made-up Arabic words, so that the
    vocabulary (which decides how much shaping a cold start does) is as large
    as in a real long article (about 5,000 distinct words for 20,000).
    """
    corpus = " ".join(p.read_text(encoding="utf-8") for p in SOURCES).split()
    rng = random.Random(seed)
    paragraphs = []
    total = 0
    while total < words:
        size = min(rng.randint(25, 90), words - total)
        chosen: list[str] = []
        while len(chosen) < size:
            at = rng.randrange(len(corpus))
            for word in corpus[at:at + rng.randint(3, 8)]:
                if rng.random() < new_words:
                    word = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8)))
                chosen.append(word)
        paragraphs.append(" ".join(chosen[:size]))
        total += size
    return "\n".join(paragraphs)


def _ms(fn: object, *args: object, **kw: object) -> float:
    start = time.perf_counter()
    fn(*args, **kw)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def run(words: int = 20000, repeats: int = 3) -> dict[str, float]:
    """Lay out an article of ``words`` words and return timings in milliseconds.

    Each figure is the best of ``repeats`` runs (the machine is shared: the
    best run is the one least disturbed).

    Returns:
        ``cold_ms``: first layout with every cache empty (shaping every
        distinct word, bidi classes, widths, wrapping, reordering);
        ``new_width_ms``: median over five new widths once the
        width-independent work is cached (what a terminal resize costs);
        ``cached_ms``: the same width again; ``other_article_ms``: first
        layout of another article once the words of the first are shaped
        (opening the next article); ``cold_hide_marks_ms``: first layout with
        harakat hidden, caches empty; plus the article's size.
    """
    text = make_article(words)
    other = make_article(words, seed=1)
    cold, hide, next_article = [], [], []
    for _ in range(repeats):
        layout.clear_caches()
        cold.append(_ms(layout.layout_text, text, 80))
        next_article.append(_ms(layout.layout_text, other, 80))
        layout.clear_caches()
        hide.append(_ms(layout.layout_text, text, 80, hide_marks=True))
    layout.layout_text(text, 80)
    new = []
    for width in (81, 100, 120, 60, 73):
        runs = []
        for _ in range(repeats):
            layout.forget_lines()
            runs.append(_ms(layout.layout_text, text, width))
        new.append(min(runs))
    cached = min(_ms(layout.layout_text, text, 73) for _ in range(repeats))
    return {
        "words": float(words),
        "chars": float(len(text)),
        "distinct_words": float(len(set(text.split()))),
        "lines": float(len(layout.layout_text(text, 80))),
        "cold_ms": round(min(cold), 2),
        "new_width_ms": round(statistics.median(new), 2),
        "new_width_max_ms": round(max(new), 2),
        "cached_ms": round(cached, 4),
        "other_article_ms": round(min(next_article), 2),
        "cold_hide_marks_ms": round(min(hide), 2),
    }


def hostile(repeats: int = 1) -> dict[str, float]:
    """Lay out the texts of issue 19 (item 3) and return timings in milliseconds (best of runs).

    ``marks_ms``: one letter and 1,999,000 shaddas (188 s for 200,000 on main
    before the fix); ``word_cold_ms`` and ``word_new_width_ms``: one word of
    1,990,000 random letters, cold then at a new width (24 s cold before);
    ``first_batch_ms``: the first batch of that word from :func:`layout.iter_layout`
    (what the reading pane shows first).
    """
    rng = random.Random(19)
    marks = "ب" + "\u0651" * 1_999_000
    word = "".join(rng.choice(_LETTERS) for _ in range(1_990_000))
    out: dict[str, list[float]] = {"marks_ms": [], "word_cold_ms": [], "word_new_width_ms": [],
                                   "first_batch_ms": []}
    for _ in range(repeats):
        layout.clear_caches()
        out["marks_ms"].append(_ms(layout.layout_text, marks, 40))
        layout.clear_caches()
        out["first_batch_ms"].append(_ms(lambda: next(layout.iter_layout(word, 80))))
        layout.clear_caches()
        out["word_cold_ms"].append(_ms(layout.layout_text, word, 80))
        layout.forget_lines()
        out["word_new_width_ms"].append(_ms(layout.layout_text, word, 81))
    return {k: round(min(v), 1) for k, v in out.items()}


if __name__ == "__main__":
    import sys

    results = hostile() if "--hostile" in sys.argv else run()
    for key, value in results.items():
        print(f"{key:>20}: {value:g}")
