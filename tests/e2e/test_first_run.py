"""The first launch on the default store: the sample import is said in the app, at once.

The line used to go to stderr before the app took the screen, so it showed
only after quitting.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from helpers.terminal import Tmux, terminal_env


@pytest.mark.tmux
@pytest.mark.slow
def test_the_first_run_says_in_the_app_that_it_imported_the_samples(tmp_path: Path) -> None:
    env = terminal_env(tmp_path, {"READER_DB": str(tmp_path / "default")})
    with Tmux(env, size=(120, 36)) as tmux:
        tmux.start(f"{sys.executable} -m reader")
        screen = tmux.wait_for("sample articles")
        assert "first run: imported" in screen.replace("\n", " ")
        assert "All articles" in screen
        tmux.keys("q")
