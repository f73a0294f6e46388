"""Fuzzing the importers: mutated real files never crash, never hang, only drafts or problems."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.paths import ROOT
from reader.importers import ImportProblem, read_article_file, read_article_text
from reader.models import ArticleDraft

SEEDS = sorted(
    p
    for p in [*(ROOT / "tests" / "data" / "import").iterdir(), *(ROOT / "articles").iterdir()]
    if p.is_file() and p.stat().st_size > 0
)
SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".rss", ".atom", "")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?")

# Inputs known to be hard for parsers: deep nesting, endless lines, entity tricks.
NASTY = (
    b"[" * 50_000,
    b'{"a":' * 20_000,
    b"<div>" * 30_000,
    b"> " * 20_000 + b"text",
    b"*" * 50_000 + b"a" + b"_" * 50_000,
    b"x" * 2_000_000,
    ("قمة " * 300_000).encode("utf-8"),
    (
        b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        b"<rss><channel><item><title>&d;&d;&d;&d;</title><description>x</description></item></channel></rss>"
    ),
    b"\xef\xbb\xbf" + b"\x00" * 1000,
    b"\xff\xfe" + b"\x00\xd8" * 1000,
    b"---\n" + b"key: value\n" * 10_000,
    b"title: x\n" * 10_000 + b"\nbody",
    b"[" + b'{"title": "t", "content": "c"},' * 20_000 + b"{}]",
    b"\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\xe2\x80\xae hostile",
    # Long runs that would make a careless regular expression backtrack for ever.
    b"Title\n\nbody\n[ad" + b" " * 50_000 + b"x\n",
    b"title:" + b" " * 100_000 + b"x\n\nbody",
    b"---\nauthor:\n  -" + b" " * 100_000 + b"x\n---\nbody",
    b'{"title": "t", "content": "' + b"<p" * 50_000 + b'"}',
    b"Comments (" + b"1" * 100_000,
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random mutation of a real file: cut, flip, insert, delete, repeat or splice."""
    kind = rng.randrange(7)
    n = len(data)
    if kind == 0:  # truncation
        return data[: rng.randrange(n + 1)]
    if kind == 1:  # flipped bytes
        out = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            if out:
                out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == 2:  # random bytes inserted
        at = rng.randrange(n + 1)
        return (
            data[:at] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) + data[at:]
        )
    if kind == 3:  # a chunk deleted
        a = rng.randrange(n + 1)
        b = min(n, a + rng.randrange(1, 200))
        return data[:a] + data[b:]
    if kind == 4:  # a chunk repeated many times (long lines, deep nesting)
        a = rng.randrange(n + 1)
        chunk = data[a : a + rng.randrange(1, 12)] or b"<"
        return data[:a] + chunk * rng.randrange(100, 20_000) + data[a:]
    if kind == 5:  # two files spliced
        other = rng.choice(SEEDS).read_bytes()
        return data[: rng.randrange(n + 1)] + other[rng.randrange(len(other) + 1) :]
    return rng.choice(NASTY)


def cases(count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    for i in range(count):
        source = rng.choice(SEEDS)
        suffix = source.suffix if rng.random() < 0.7 else rng.choice(SUFFIXES)
        yield f"case{i:03d}{suffix}", mutate(source.read_bytes(), rng)


def check(path: Path) -> None:
    try:
        for item in read_article_file(path):
            check_item(item)
    except ImportProblem as exc:
        check_item(exc)


def check_item(item: object) -> None:
    if isinstance(item, ImportProblem):
        reason = str(item)
        assert reason and "\n" not in reason
        assert not reason.startswith("internal error"), reason
        return
    assert isinstance(item, ArticleDraft)
    assert item.title.strip() and item.body.strip()
    assert "\n" not in item.title
    assert item.date is None or ISO.fullmatch(item.date), item.date
    assert all(line and line == line.rstrip() for line in item.body.split("\n"))


@pytest.mark.timeout(60)
def test_hundreds_of_mutated_files_give_only_drafts_or_problems(tmp_path: Path) -> None:
    for name, data in cases(400, seed=20240704):
        path = tmp_path / name
        path.write_bytes(data)
        check(path)
        path.unlink()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_nasty_inputs_under_every_suffix(tmp_path: Path, suffix: str) -> None:
    for i, data in enumerate(NASTY):
        path = tmp_path / f"nasty{i}{suffix}"
        path.write_bytes(data)
        check(path)


@pytest.mark.timeout(60)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_bytes_give_only_drafts_or_problems(data: bytes, suffix: str) -> None:
    try:
        for item in read_article_text(data, Path("fuzz" + suffix)):
            check_item(item)
    except ImportProblem as exc:
        check_item(exc)


@pytest.mark.timeout(60)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=500),
    suffix=st.sampled_from(SUFFIXES),
)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_text_gives_only_drafts_or_problems(text: str, suffix: str) -> None:
    try:
        for item in read_article_text(text.encode("utf-8"), Path("fuzz" + suffix)):
            check_item(item)
    except ImportProblem as exc:
        check_item(exc)
