"""A read that a commit overtakes must not leave the old files cached for the new root.

The app reads the store from worker threads (the warm-up loads the catalogue
while the import dialog's worker commits): a read that started on the old root
and ends after the commit may answer from the old files, once, but must not
keep them: the next read sees the new commit.  Each test makes the commit
happen in the middle of a read, deterministically, from inside the file read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers.drafts import draft, simple_analyser
from reader.store import open_store
from reader.store.store import ArticleStore


def commit_during_next_read(store: ArticleStore, number: int) -> list[bool]:
    """Make the next shard read of ``store.files`` commit article ``number`` first."""
    files = store.files
    real_open: Callable[[str], Any] = files.open
    done: list[bool] = []

    def open_then_commit(name: str) -> Any:
        db = real_open(name)  # the old file, as the read started
        if not done:
            done.append(True)
            store.import_drafts([draft(number, body="الصين")])  # the commit overtakes it
        return db

    files.open = open_then_commit  # type: ignore[method-assign]
    return done


@pytest.fixture(params=["memory", "dir"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ArticleStore:
    s = open_store(None if request.param == "memory" else tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1, body="الصين")])
    return s


def test_the_catalogue_read_before_a_commit_is_not_kept(store: ArticleStore) -> None:
    done = commit_during_next_read(store, 2)
    store.catalog()  # started on the old root: it may answer from it
    assert done
    assert store.catalog()["place:CN"]["articles"] == 2


def test_postings_read_before_a_commit_are_not_kept(store: ArticleStore) -> None:
    done = commit_during_next_read(store, 2)
    store.postings("ent", "place:CN")
    assert done
    assert len(store.postings("ent", "place:CN")) == 2


def test_the_sort_keys_read_before_a_commit_are_not_kept(store: ArticleStore) -> None:
    done = commit_during_next_read(store, 2)
    store.files.docmap()
    assert done
    assert len([k for k in store.files.docmap() if k]) == 2
