"""reader.terminal.hung_up: a terminal whose other end closed, and only that."""

from __future__ import annotations

import os
import pty

from reader.terminal import hung_up


def test_a_pseudo_terminal_hangs_up_when_its_other_end_closes() -> None:
    master, slave = pty.openpty()
    try:
        assert not hung_up(slave)
        os.write(master, b"typed, not read")  # input waiting is no hang-up
        assert not hung_up(slave)
        os.close(master)
        master = -1
        assert hung_up(slave)
    finally:
        os.close(slave)
        if master >= 0:
            os.close(master)


def test_a_closed_descriptor_is_not_taken_for_a_hang_up() -> None:
    # POLLNVAL is what macOS answers for every terminal: never a reason to quit.
    read_end, write_end = os.pipe()
    os.close(read_end)
    os.close(write_end)
    assert not hung_up(read_end)
