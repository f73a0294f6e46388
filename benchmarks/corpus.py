"""Provides the synthetic benchmark corpus: N Arabic news articles as JSON array files.

Sentences come from the bundled articles (``articles/``, read through the
importers) and the dev articles copied into ``tests/data/dev/``; the
people, places and numbers in them are varied from the gazetteer
(``reader.entities.gazetteer.load_gazetteer``), with a skewed choice so that
some leaders and countries are in many articles and most in few, as in a real
archive.  A small share of words is replaced by made-up Arabic words so the
vocabulary grows with the archive as a real one does (a few eight-sentence
sources would otherwise give a 30,000-article archive a vocabulary of a few
thousand words, and a word index far smaller than a real one).

Everything is drawn from one seeded ``random.Random``: the same N and seed
give byte-identical files.  Run ``python benchmarks/corpus.py N DIR`` to
write a corpus without running the benchmark.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.entities.gazetteer import Leader, Place

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLES = ROOT / "articles"
DEV = ROOT / "tests" / "data" / "dev"

ARTICLES_PER_FILE = 1000
#: Articles stop at the first sentence past a target drawn around this (they end ~40 words past it).
WORDS_MEAN = 265
WORDS_SD = 60
#: Share of name and number occurrences replaced by another one.
VARY = 0.7
#: Share of words replaced by a made-up word (grows the vocabulary like a real archive).
NEW_WORDS = 0.03
FIRST_DAY = date(2016, 1, 1)
DAYS = (date(2025, 12, 31) - FIRST_DAY).days + 1

#: Letters for made-up words, roughly as frequent as in news text (as in bench_layout).
_LETTERS = "اااالللليييممموووننهههرررتتببعدسفكقحجشصطزخضغثذظءأإآةةىئؤ"
_SOURCES = (
    "وكالة الأنباء العربية", "صحيفة الخبر", "الشرق اليومية", "وكالة آسيا الوسطى", "نشرة المساء",
    "موقع الحدث", "صحيفة الوطن", "وكالة الأخبار الدولية", "إذاعة الصباح", "مجلة الأسبوع",
)
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+|\n+")
_DIGITS = re.compile(r"\d+")
_ARABIC = re.compile("[\u0621-\u064a]")

#: A source sentence as text pieces and (kind, original name) slots for names.
Template = list[str | tuple[str, str]]


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What :func:`write_corpus` wrote."""

    files: tuple[Path, ...]
    articles: int
    words: int
    """Whitespace-separated words in titles and bodies."""
    templates: int
    """Distinct source sentences the articles are drawn from."""


def source_texts() -> list[tuple[str, str]]:
    """(title, body) of every Arabic article in ``articles/`` and ``tests/data/dev/``.

    Read through :func:`reader.importers.read_article_file`, so HTML, feeds and
    JSON give their text as the importer sees it.  The dev copy is optional:
    without it the corpus is drawn from ``articles/`` alone.
    """
    from reader.importers import ImportProblem, read_article_file

    paths = sorted(ARTICLES.iterdir()) + (sorted(DEV.glob("*.txt")) if DEV.is_dir() else [])
    out = []
    for path in paths:
        try:
            items = list(read_article_file(path))
        except ImportProblem:
            continue
        for item in items:
            if isinstance(item, ImportProblem) or item.language not in (None, "ar"):
                continue
            if len(_ARABIC.findall(item.body)) > len(item.body) // 3:
                out.append((item.title, item.body))
    return out


def split_sentences(body: str) -> list[str]:
    """Sentences of at least five words, from a body's lines."""
    parts = (s.strip() for s in _SENTENCE_END.split(body))
    return [s for s in parts if len(s.split()) >= 5 and _ARABIC.search(s)]


class _Names:
    """Arabic names from the gazetteer by kind, drawn with a Zipf-like skew."""

    KINDS = ("leader", "short", "country", "city")

    def __init__(self, rng: random.Random) -> None:
        leaders, countries, cities = _gazetteer_entries(rng)
        self.pools: dict[str, list[str]] = {
            "leader": [p.ar[0] for p in leaders if p.ar],
            "short": [(p.short or p.ar)[0] for p in leaders if p.ar],
            "country": [p.ar[0] for p in countries],
            "city": [p.ar[0] for p in cities],
        }
        self.weights = {k: list(itertools.accumulate(1 / (i + 1) for i in range(len(v))))
                        for k, v in self.pools.items()}
        # Every spelling the gazetteer knows, to find the names in the sources.
        self.kind_of = _spellings(leaders, countries, cities)
        names = sorted(self.kind_of, key=len, reverse=True)
        # A name is a whole word, possibly after one glued proclitic (وبكين، لتوكاييف).
        self.pattern = re.compile(
            r"(?<![\w])(?P<pre>[وفبلك]?)(?P<name>" + "|".join(map(re.escape, names)) + r")(?![\w])"
        )

    def pick(self, kind: str, rng: random.Random) -> str:
        """One name of ``kind``, the first of its pool the most often."""
        return rng.choices(self.pools[kind], cum_weights=self.weights[kind])[0]


def _gazetteer_entries(rng: random.Random) -> tuple[list[Leader], list[Place], list[Place]]:
    """Leaders, countries and big cities of the gazetteer, each list in a shuffled order."""
    from reader.entities.gazetteer import load_gazetteer

    gz = load_gazetteer()
    leaders = sorted(gz.leaders.values(), key=lambda p: p.key)
    countries = sorted((p for p in gz.places.values() if p.kind == "country" and p.ar),
                       key=lambda p: p.key)
    # News names big cities: the 400 most populous with an Arabic name.
    cities = sorted((p for p in gz.places.values() if p.kind == "city" and p.ar),
                    key=lambda p: (-p.population, p.key))[:400]
    rng.shuffle(leaders)
    rng.shuffle(countries)
    rng.shuffle(cities)
    return leaders, countries, cities


def _spellings(leaders: list[Leader], countries: list[Place],
               cities: list[Place]) -> dict[str, str]:
    """Every Arabic spelling of the entries, to the kind of name it is (a leader's first)."""
    kind_of: dict[str, str] = {}
    for leader in leaders:
        for n in leader.ar:
            kind_of[n] = "leader"
        for n in leader.short:
            kind_of.setdefault(n, "short")
    for kind, places in (("country", countries), ("city", cities)):
        for place in places:
            for n in place.ar:
                kind_of.setdefault(n, kind)
    return kind_of


def _template(sentence: str, names: _Names) -> Template:
    """A sentence as text pieces and (kind, original name) slots."""
    pieces: Template = []
    at = 0
    for m in names.pattern.finditer(sentence):
        pieces.append(sentence[at:m.start("name")])
        pieces.append((names.kind_of[m.group("name")], m.group("name")))
        at = m.end()
    pieces.append(sentence[at:])
    return pieces


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8)))


def _number(m: re.Match[str], rng: random.Random) -> str:
    text = m.group()
    if rng.random() >= VARY:
        return text
    if len(text) == 4 and text[:2] in ("19", "20"):
        return str(rng.randint(2000, 2025))
    if len(text) <= 2:  # days of the month, small counts
        return str(rng.randint(1, 30))
    return str(rng.randint(10 ** (len(text) - 1), 10 ** len(text) - 1))


def _fill(template: Template, names: _Names, rng: random.Random) -> str:
    out = []
    for piece in template:
        if isinstance(piece, str):
            out.append(piece)
        else:
            kind, original = piece
            out.append(names.pick(kind, rng) if rng.random() < VARY else original)
    text = _DIGITS.sub(lambda m: _number(m, rng), "".join(out))
    words = text.split(" ")
    for i in range(len(words)):
        if rng.random() < NEW_WORDS:
            words[i] = _made_up(rng)
    return " ".join(words)


def iter_articles(n: int, seed: int = 6) -> Iterator[dict[str, str]]:
    """Yield ``n`` article objects (title, date, source, url, language, content).

    Args:
        n: How many articles.
        seed: The random seed (the same seed gives the same articles).
    """
    rng = random.Random(seed)
    names = _Names(rng)
    sources = source_texts()
    templates = [_template(s, names) for _, body in sources for s in split_sentences(body)]
    heads = [_template(t, names) for t, _ in sources if _ARABIC.search(t)]
    titles: set[str] = set()
    for i in range(n):
        target = max(80, int(rng.gauss(WORDS_MEAN, WORDS_SD)))
        paragraphs: list[str] = []
        words = 0
        while words < target:
            para = [_fill(rng.choice(templates), names, rng) for _ in range(rng.randint(1, 4))]
            words += sum(len(s.split()) for s in para)
            paragraphs.append(" ".join(para))
        title = _title(heads, templates, names, rng)
        while title in titles:
            title = _title(heads, templates, names, rng)
        titles.add(title)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield {
            "title": title,
            "date": day.isoformat(),
            "source": rng.choice(_SOURCES),
            "url": f"https://news.example/{day.year}/{day.month:02d}/{i:06d}",
            "language": "ar",
            "content": "\n".join(paragraphs),
        }


def _title(heads: list[Template], templates: list[Template], names: _Names,
           rng: random.Random) -> str:
    # A source headline, or the start of a source sentence, with names varied.
    if heads and rng.random() < 0.3:
        return _fill(rng.choice(heads), names, rng)
    words = _fill(rng.choice(templates), names, rng).split()
    return " ".join(words[: rng.randint(6, 11)]).rstrip("،,.:؛")


def write_corpus(n: int, out_dir: Path, *, seed: int = 6,
                 per_file: int = ARTICLES_PER_FILE) -> CorpusInfo:
    """Write ``n`` articles as JSON arrays of ``per_file`` articles into ``out_dir``.

    Args:
        n: How many articles.
        out_dir: Created if missing; files ``corpus-00000.json`` ... are (re)written.
        seed: The random seed.
        per_file: Articles per file.

    Returns:
        What was written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    words = 0
    batch: list[dict[str, str]] = []

    def flush() -> None:
        path = out_dir / f"corpus-{len(files):05d}.json"
        path.write_text(json.dumps(batch, ensure_ascii=False, indent=0), encoding="utf-8")
        files.append(path)
        batch.clear()

    for art in iter_articles(n, seed):
        words += len(art["title"].split()) + len(art["content"].split())
        batch.append(art)
        if len(batch) == per_file:
            flush()
    if batch:
        flush()
    templates = sum(len(split_sentences(b)) for _, b in source_texts())
    return CorpusInfo(tuple(files), n, words, templates)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench-corpus")
    info = write_corpus(count, target)
    print(f"{info.articles} articles, {info.words} words, {len(info.files)} files in {target}")
