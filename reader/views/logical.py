"""Provides lines in logical order, unshaped, for terminals that do bidi themselves (no Textual).

With ``--terminal-bidi`` the terminal does the bidi reordering and shaping
(VTE, Konsole, mlterm in implicit mode): lines are only wrapped and cut here,
and keep each character's logical offset like the layout engine's lines.
"""

from __future__ import annotations

from wcwidth import iter_graphemes

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
    unless one is wider than the line (then it is cut between grapheme clusters).

    Linear in the paragraph: each word is measured once, a long word cut in
    one pass over its clusters.
    """
    lines: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    cells = 0  # of the current line
    for a, b in word_ranges(paragraph):
        w = cell_width(paragraph[a:b])
        if cur is not None:
            joined = cells + cell_width(paragraph[cur[1]:a]) + w
            if joined <= width:
                cur, cells = (cur[0], b), joined
                continue
            lines.append(cur)
            cur = None
        if w > width:  # a word wider than the line: cut it by cells
            pieces = _cut(paragraph, a, b, width)
            lines.extend(pieces[:-1])
            a = pieces[-1][0]
            w = cell_width(paragraph[a:b])
        cur, cells = (a, b), w
    if cur is not None:
        lines.append(cur)
    return lines


def _cut(paragraph: str, a: int, b: int, width: int) -> list[tuple[int, int]]:
    """``paragraph[a:b]`` in pieces of at most ``width`` cells (a wider cluster: alone)."""
    pieces: list[tuple[int, int]] = []
    start = pos = a
    cells = 0
    for cluster in iter_graphemes(paragraph[a:b]):
        w = cell_width(cluster)
        if cells + w > width and pos > start:
            pieces.append((start, pos))
            start, cells = pos, 0
        cells += w
        pos += len(cluster)
    pieces.append((start, b))
    return pieces


def logical_truncate(text: str, width: int, ellipsis: str = "…") -> VisualLine:
    """One logical line cut to ``width`` cells with an ellipsis at its end (``--terminal-bidi``)."""
    flat = neutralise(text.replace("\n", " ").replace("\r", " ")).strip()
    rtl = base_direction(flat)
    if cell_width(flat) <= width:
        return VisualLine(flat, 0, len(flat), rtl, cell_width(flat), tuple(range(len(flat))), 0)
    room = width - cell_width(ellipsis)
    k = cells = 0
    for cluster in iter_graphemes(flat):
        w = cell_width(cluster)
        if cells + w > room:
            break
        cells += w
        k += len(cluster)
    shown = flat[:k].rstrip() + ellipsis
    return VisualLine(shown, 0, k, rtl, cell_width(shown), tuple(range(len(shown))), 0)
