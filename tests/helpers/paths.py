"""Provides the paths tests read: the checkout, the bundled articles, the seed, the test data."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The checkout (where ``pyproject.toml`` is)."""
ARTICLES = ROOT / "articles"
"""The bundled sample articles (shipped as ``reader.bundled``)."""
SEED = ARTICLES / "000_9a7c0bc9154ad588.txt"
"""The seed: an Arabic report on the China–Central Asia summit in Xi'an."""
SEED_START = "وفي 18 مايو/أيار، اجتمع زعماء من كازاخستان"
"""The seed's first words (it has no title line: its title is the start of its text)."""
DATA = ROOT / "tests" / "data"
"""Test data: the dev and held-out sets, import samples."""


def _shared_sample() -> Path:
    """``shared/eval/saudinewsnet-dev`` beside the checkout (or beside a folder above it)."""
    for folder in ROOT.parents:
        found = folder / "shared" / "eval" / "saudinewsnet-dev"
        if found.is_dir():
            return found
    return ROOT.parent / "shared" / "eval" / "saudinewsnet-dev"


SAUDINEWSNET = _shared_sample()
"""Two days of real Saudi newspaper articles (``../shared``; never copied into the repo):
tests that use it skip when it is absent."""
