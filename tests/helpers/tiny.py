"""Provides the file of issue 19's memory case: a 63 MiB JSON array of 1,452,820 tiny articles.

Each entry is a two-word article (``{"title":"خبر 0000001","body":"نص 01"}``):
the file is under the 64 MiB size limit, so only a limit on articles per
file (or reading it an entry at a time) bounds what importing it costs.
"""

from __future__ import annotations

from pathlib import Path

#: The issue's count.
TINY_ARTICLES = 1_452_820


def write_tiny_articles(path: Path, count: int = TINY_ARTICLES) -> int:
    """Write ``count`` tiny articles to ``path`` as one JSON array; returns its size in bytes.

    Written in chunks, so the generator itself holds little.
    """
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[\n")
        for start in range(0, count, 10_000):
            fh.write(",\n".join(f'{{"title":"خبر {i:07d}","body":"نص {i % 100:02d}"}}'
                                for i in range(start, min(count, start + 10_000))))
            fh.write(",\n" if start + 10_000 < count else "\n")
        fh.write("]\n")
    return path.stat().st_size
