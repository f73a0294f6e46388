"""The gazetteer, once loaded, stays out of the garbage collector's way (issue 18)."""

from __future__ import annotations

import subprocess
import sys


def test_loading_the_gazetteer_freezes_its_tables() -> None:
    """Its ~145,000 objects live as long as the process: a full collection must
    not walk them (in a fresh interpreter, so that nothing froze them before)."""
    code = ("import gc; from reader.entities.gazetteer import load_gazetteer; "
            "before = gc.get_freeze_count(); load_gazetteer(); "
            "print(before, gc.get_freeze_count())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    before, after = map(int, done.stdout.split())
    assert before == 0
    assert after > 100_000
