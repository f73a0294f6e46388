"""Provides lines in logical order, unshaped, for terminals that do bidi themselves (no Textual).

With ``--terminal-bidi`` the terminal does the bidi reordering and shaping
(VTE, Konsole, mlterm in implicit mode): lines are only wrapped and cut here,
and keep each character's logical offset like the layout engine's lines.
"""

from __future__ import annotations

from reader.layout import VisualLine, base_direction, cell_width
from reader.textsafe import neutralise


def logical_line(text: str, start: int, end: int, rtl: bool, paragraph: int) -> VisualLine:
    """``text[start:end]`` as one line, neutralised, in logical order."""
    piece = neutralise(text[start:end])
    return VisualLine(
        piece, start, end, rtl, cell_width(piece), tuple(range(start, end)), paragraph
    )


def logical_lines(text: str, width: int) -> tuple[VisualLine, ...]:
    """Greedy word wrap in logical order, without reordering or shaping (``--terminal-bidi``)."""
    out: list[VisualLine] = []
    pos = 0
    para = 0
    for raw in text.split("\n"):
        if raw.strip():
            if out:
                out.append(VisualLine("", pos, pos, out[-1].rtl, 0, (), para))
            rtl = base_direction(raw)
            for a, b in wrap_words(raw, width):
                out.append(logical_line(text, pos + a, pos + b, rtl, para))
            para += 1
        pos += len(raw) + 1
    return tuple(out)


def word_ranges(paragraph: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of non-space characters."""
    words: list[tuple[int, int]] = []
    i = 0
    n = len(paragraph)
    while i < n:
        while i < n and paragraph[i].isspace():
            i += 1
        j = i
        while j < n and not paragraph[j].isspace():
            j += 1
        if j > i:
            words.append((i, j))
        i = j
    return words


def wrap_words(paragraph: str, width: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of a paragraph wrapped at ``width`` cells, words kept whole
    unless one is wider than the line (then it is cut by cells)."""
    lines: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for a, b in word_ranges(paragraph):
        w = cell_width(paragraph[a:b])
        if cur is not None and cell_width(paragraph[cur[0] : b]) <= width:
            cur = (cur[0], b)
            continue
        if cur is not None:
            lines.append(cur)
        while w > width:  # a word wider than the line: cut it by cells
            k = a
            while k < b and cell_width(paragraph[a : k + 1]) <= width:
                k += 1
            k = max(k, a + 1)
            lines.append((a, k))
            a = k
            w = cell_width(paragraph[a:b])
        cur = (a, b) if b > a else None
    if cur is not None:
        lines.append(cur)
    return lines


def logical_truncate(text: str, width: int, ellipsis: str = "…") -> VisualLine:
    """One logical line cut to ``width`` cells with an ellipsis at its end (``--terminal-bidi``)."""
    flat = neutralise(text.replace("\n", " ").replace("\r", " ")).strip()
    rtl = base_direction(flat)
    if cell_width(flat) <= width:
        return VisualLine(flat, 0, len(flat), rtl, cell_width(flat), tuple(range(len(flat))), 0)
    k = 0
    while k < len(flat) and cell_width(flat[: k + 1]) + cell_width(ellipsis) <= width:
        k += 1
    shown = flat[:k].rstrip() + ellipsis
    return VisualLine(shown, 0, k, rtl, cell_width(shown), tuple(range(len(shown))), 0)
