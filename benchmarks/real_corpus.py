"""Provides the real-vocabulary benchmark corpus: N articles resampled from SaudiNewsNet.

The synthetic corpus (:mod:`corpus`) is drawn from a few dozen source
sentences: its vocabulary is small, so the per-word caches of the importer
and the extractor hit almost always, and it understates what real text costs
(issue 18: real news has hundreds of thousands of distinct words).  This
corpus is built from the real sample in ``../shared/eval/saudinewsnet-dev``
(2,603 Saudi newspaper articles, not in the repository): each article is a
real title and runs of consecutive real sentences taken from random articles
of the sample, to about the length of a real article, so the words, names,
titles and their contexts are those of real news.

Everything is drawn from one seeded ``random.Random``: the same sample, N and
seed give byte-identical files.  Run ``python benchmarks/real_corpus.py N DIR``
to write the corpus without running the benchmark.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _sample_dir() -> Path:
    """``shared/eval/saudinewsnet-dev`` beside the checkout or beside a folder above it."""
    for folder in HERE.parent.parents:
        found = folder / "shared" / "eval" / "saudinewsnet-dev"
        if found.is_dir():
            return found
    return HERE.parent.parent / "shared" / "eval" / "saudinewsnet-dev"


SAMPLE = _sample_dir()
"""Where the real sample is (the ``--sample`` of the benchmark overrides it)."""

ARTICLES_PER_FILE = 1000
#: Consecutive sentences taken from one source article at a time.
RUN_MIN, RUN_MAX = 2, 6
FIRST_DAY = date(2012, 1, 1)
DAYS = 365 * 4
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+|\n+")


def load_sample(sample: Path = SAMPLE) -> list[dict[str, str]]:
    """The sample's articles (title, content, source, ...), in file order.

    Raises:
        FileNotFoundError: The sample is not there.
    """
    files = sorted(sample.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{sample}: no SaudiNewsNet sample here")
    arts: list[dict[str, str]] = []
    for path in files:
        arts += json.loads(path.read_text(encoding="utf-8"))
    return arts


def iter_articles(n: int, sample: list[dict[str, str]], seed: int = 18) -> Iterator[dict[str, str]]:
    """``n`` articles as the JSON importer reads them, drawn from ``sample``."""
    rng = random.Random(seed)
    texts = [[s for s in _SENTENCE_END.split(a.get("content") or "") if s.strip()]
             for a in sample]
    texts = [t for t in texts if t]
    lengths = [sum(len(s.split()) for s in t) for t in texts]
    titles = [a["title"] for a in sample if a.get("title")]
    sources = sorted({a.get("source") or "" for a in sample} - {""}) or ["sample"]
    for k in range(n):
        target = rng.choice(lengths)
        sentences: list[str] = []
        words = 0
        while words < target:
            src = rng.choice(texts)
            start = rng.randrange(len(src))
            run = src[start:start + rng.randint(RUN_MIN, RUN_MAX)]
            sentences += run
            words += sum(len(s.split()) for s in run)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield {"title": rng.choice(titles), "content": "\n".join(sentences),
               "date": day.isoformat(), "source": rng.choice(sources),
               "url": f"https://example.org/real/{k}"}


def write_corpus(n: int, out_dir: Path, *, seed: int = 18, sample: Path = SAMPLE,
                 per_file: int = ARTICLES_PER_FILE) -> tuple[list[Path], int, int]:
    """Write ``n`` articles as JSON arrays into ``out_dir``: (files, words, distinct words)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    words = 0
    vocabulary: set[str] = set()
    batch: list[dict[str, str]] = []

    def flush() -> None:
        path = out_dir / f"real-{len(files):05d}.json"
        path.write_text(json.dumps(batch, ensure_ascii=False, indent=0), encoding="utf-8")
        files.append(path)
        batch.clear()

    for art in iter_articles(n, load_sample(sample), seed):
        split = art["title"].split() + art["content"].split()
        words += len(split)
        vocabulary.update(split)
        batch.append(art)
        if len(batch) == per_file:
            flush()
    if batch:
        flush()
    return files, words, len(vocabulary)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench-real-corpus")
    written, total, distinct = write_corpus(count, target)
    print(f"{count} articles, {total} words ({distinct} distinct), "
          f"{len(written)} files in {target}")
