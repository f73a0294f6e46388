"""Tests of reader.textsafe: what the CLI prints can never control a terminal.

What reaches a real terminal from hostile articles and file names is checked
end to end in tests/e2e/test_hostile.py.
"""

from __future__ import annotations

import json
import os

from hypothesis import given
from hypothesis import strategies as st

from helpers.terminal import UNSAFE_TEXT
from reader.textsafe import dumps_json, neutralise, one_line


@given(st.text())
def test_neutralise_keeps_length_and_leaves_nothing_a_terminal_obeys(text: str) -> None:
    out = neutralise(text)
    assert len(out) == len(text)
    assert not UNSAFE_TEXT.search(out)


@given(st.recursive(st.none() | st.text() | st.integers(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                    max_leaves=8))
def test_dumps_json_round_trips_and_is_terminal_safe(data: object) -> None:
    text = dumps_json(data)
    assert json.loads(text) == data
    assert not UNSAFE_TEXT.search(text.replace("\n", ""))


def test_a_surrogate_from_a_file_name_is_shown_as_a_placeholder() -> None:
    name = os.fsdecode(b"raw\x9bname")  # what Python makes of a name that is not UTF-8
    assert one_line(name) == "raw\ufffdname"
