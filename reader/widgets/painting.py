"""Provides the step from styled text runs (see reader.views.paint_runs) to a Textual Strip."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.notifications import SeverityLevel
from textual.strip import Strip
from textual.widget import Widget

from reader.layout import cell_width
from reader.textsafe import one_line

TOAST_CELLS = 54
"""Width notifications are laid out at (Textual's toasts are 60 cells with padding)."""


def strip_from_runs(
    runs: Iterable[tuple[str, str]], base: Style, style_of: Callable[[str], Style], width: int
) -> Strip:
    """A strip of exactly ``width`` cells from ``(text, style name)`` runs.

    Args:
        runs: Text already in visual order and terminal-safe.
        base: The widget's style (background, colour).
        style_of: Maps a style name (a component class) to a Rich style.
        width: Cells of the row; the strip is padded or cropped to it.
    """
    segments = []
    cells = 0
    for text, name in runs:
        if not text:
            continue
        segments.append(Segment(text, base + style_of(name) if name else base))
        cells += cell_width(text)
    strip = Strip(segments, cells)
    if cells != width:
        strip = strip.crop_extend(0, width, base)
    return strip


def tell(
    node: Widget | App[Any],
    message: str,
    *,
    severity: SeverityLevel = "information",
    timeout: float | None = None,
) -> None:
    """Notify, with the message laid out like everything else (file names may be Arabic).

    Never as markup: a message quoting a file name or an article must not be parsed.

    Args:
        node: Any widget, screen or app (its app's painter is used when it has one).
        message: Plain text.
        severity: ``information``, ``warning`` or ``error``.
        timeout: Seconds on screen (Textual's default when None).
    """
    from reader.views import Painter

    painter = getattr(node.app, "painter", None) or Painter()
    lines = painter.lines(one_line(message, 600), TOAST_CELLS)
    text = "\n".join(line.text for line in lines)
    node.notify(text, severity=severity, timeout=timeout, markup=False)
