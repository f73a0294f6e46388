"""Fixtures of the unit tests that fetch feeds: the loopback feed server, and no network else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers.feed_server import PROXY_VARIABLES, FeedServer, feed_server, loopback_only


@pytest.fixture(scope="module")
def server() -> Iterator[FeedServer]:
    """The feed server on 127.0.0.1, one per test module."""
    with feed_server() as running:
        yield running


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No proxy, and every name lookup but the loopback's fails (as DNS would)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with loopback_only():
        yield
