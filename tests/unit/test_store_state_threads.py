"""Two threads opening a damaged ``state.json`` at once: both are told it is damaged.

The app reads the user state on the UI thread (the reading position as it
quits) while the state writer's thread re-opens it for a mark.  The file is
published to other threads only once it was read and checked: a thread that
comes in while another is still reading must get the same one-line
:class:`StoreCorrupt`, never a raw JSON error from a file nobody checked.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from helpers.drafts import draft
from reader.store import StoreCorrupt, StoreError, open_store
from reader.store.files import AtomicJSONStorage


def test_a_second_thread_never_gets_the_unchecked_state_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    store.import_drafts([draft(1)])
    (tmp_path / "store" / "state.json").write_bytes(b'{"marks": {"1": {"id": "abc')
    backend = store.backend
    backend.reset_state_cache()
    real_read = AtomicJSONStorage.read
    other: list[BaseException | str] = []
    started: list[bool] = []

    def read_while_another_thread_opens(self: AtomicJSONStorage):  # type: ignore[no-untyped-def]
        if not started:
            started.append(True)

            def open_it() -> None:
                try:
                    store.position("x")
                    other.append("no error")
                except StoreError as exc:
                    other.append(exc)
                except BaseException as exc:  # noqa: BLE001 - the defect under test
                    other.append(exc)

            thread = threading.Thread(target=open_it)
            thread.start()
            thread.join(30)
        return real_read(self)

    monkeypatch.setattr(AtomicJSONStorage, "read", read_while_another_thread_opens)
    with pytest.raises(StoreCorrupt, match="state.json"):
        store.marks()
    assert len(other) == 1 and isinstance(other[0], StoreCorrupt), other
    assert "state.json" in str(other[0])
