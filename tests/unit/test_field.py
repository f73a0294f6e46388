"""The text field's view (reader.views.field): caret stops in visual order, windowing, styles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.layout import cell_width, field_line
from reader.views.field import field_view, move, position_at, stops


def caret_walk(text: str, step: int) -> list[int]:
    """Logical positions the caret visits pressing one arrow from the far end until it stops."""
    line = field_line(text)
    n = len(text)
    pos = stops(line, n)[0 if step > 0 else -1].position  # the edge the arrow moves away from
    seen = [pos]
    while True:
        nxt = move(line, n, pos, step)
        if nxt == pos:
            return seen
        pos = nxt
        seen.append(pos)


def test_left_walks_an_arabic_value_from_its_start_to_its_end() -> None:
    # Right to left: the rightmost cell is the first letter, the end cell is on the left.
    assert caret_walk("سلام", -1) == [0, 1, 3, 4]  # the lam-alef is one stop


def test_right_walks_a_latin_value_in_order() -> None:
    assert caret_walk("abc", 1) == [0, 1, 2, 3]


def test_a_latin_word_in_arabic_is_walked_left_to_right_on_screen() -> None:
    text = "قال abc"
    line = field_line(text)
    assert line.rtl
    # From the end cell (far left) to the right: a, b, c, the space, then the Arabic right to left.
    assert caret_walk(text, 1) == [7, 4, 5, 6, 3, 2, 1, 0]


def test_a_click_gives_the_clicked_cells_position() -> None:
    text = "abc سلام"
    line = field_line(text)
    n = len(text)
    for s in stops(line, n):
        assert position_at(line, n, s.cell) == s.position
    assert position_at(line, n, 10_000) == stops(line, n)[-1].position


def test_a_long_value_is_windowed_around_the_caret() -> None:
    text = "/home/user/" + "مقالات/" * 20 + "file.txt"
    line = field_line(text)
    view = field_view(line, len(text), len(text), 30)
    assert sum(cell_width(t) for t, _ in view.runs) == 30
    assert 0 <= view.caret < 30 and "".join(t for t, _ in view.runs).rstrip().endswith("file.txt")
    home = field_view(line, len(text), 0, 30, scroll=view.scroll)
    assert home.scroll == 0 and "".join(t for t, _ in home.runs).startswith("/home")


def test_the_suggestion_and_the_selection_are_styled() -> None:
    line = field_line("abcdef")
    view = field_view(line, 3, 3, 20, selection=(0, 2))
    assert ("ab", "selection") in view.runs
    assert any(name == "suggestion" and "def"[1:] in text for text, name in view.runs)


@settings(deadline=None, max_examples=150)
@given(st.text(alphabet="ابتسلم abc123()中👍🏽\u0651", max_size=30), st.integers(1, 40),
       st.integers(0, 40))
def test_a_view_is_always_exactly_the_fields_width(text: str, width: int, cursor: int) -> None:
    line = field_line(text)
    view = field_view(line, len(text), min(cursor, len(text)), width)
    assert sum(cell_width(t) for t, _ in view.runs) == width
    assert 0 <= view.caret < width


def test_a_lone_skin_tone_before_an_emoji_keeps_its_own_cells() -> None:
    # Logically "🏽" and "👍" are two clusters of two cells; reordered right to left the
    # thumb comes first and must not swallow the swatch (one cell short, the row not flush).
    text = "🏽👍ا"
    line = field_line(text)
    assert line.cells == 5 and cell_width(line.text) == 5
    for width in (4, 5, 8):
        view = field_view(line, len(text), 0, width)
        assert sum(cell_width(t) for t, _ in view.runs) == width
