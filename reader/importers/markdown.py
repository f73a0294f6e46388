"""Provides the Markdown importer: markup reduced to paragraphs with markdown-it-py.

A Markdown file is one article.  Markdown is parsed (CommonMark, plus tables
and strikethrough) rather than scraped with regular expressions, so emphasis,
links, escapes and code are read as a renderer would: the words stay, the
markup goes.  Headings, paragraphs, list items, quotes and table rows each
become one line of the body; images and raw HTML tags are dropped (the text
inside raw HTML blocks is kept).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.importers.base import Items, clean_body, make_draft
from reader.importers.htmltext import html_to_paragraphs
from reader.importers.plaintext import (
    front_matter_date,
    split_front_matter,
    split_lines,
    strip_furniture,
)

if TYPE_CHECKING:
    from markdown_it.token import Token


def _inline_text(token: Token) -> str:
    """The text of an inline token: words kept, markup dropped, soft breaks as spaces."""
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind == "image":
            continue  # alt text describes a picture that is not there
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def markdown_paragraphs(source: str) -> list[tuple[str, str]]:
    """Parse Markdown into ``(kind, text)`` blocks in document order.

    Args:
        source: Markdown text (front matter already removed).

    Returns:
        Blocks: kind is ``h1`` ... ``h6`` for headings, ``p`` for everything else.
    """
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks = _Blocks()
    for token in parser.parse(source):
        blocks.take(token)
    return blocks.blocks


class _Blocks:
    """Collects the blocks of a Markdown token stream, one token at a time."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.heading: str | None = None
        """The tag (``h1`` ...) of the heading being read, if any."""
        self.lists: list[str] = []
        """The open lists, innermost last (``bullet_list_open`` or ``ordered_list_open``)."""
        self.item_prefix = ""
        """What the next line starts with: the marker of a list item just opened."""
        self.row: list[str] | None = None
        """The cells of the table row being read, if any."""
        self._handlers: dict[str, Callable[[Token], None]] = {
            "heading_open": self._heading_open, "heading_close": self._heading_close,
            "bullet_list_open": self._list_open, "ordered_list_open": self._list_open,
            "bullet_list_close": self._list_close, "ordered_list_close": self._list_close,
            "list_item_open": self._item_open, "tr_open": self._row_open,
            "tr_close": self._row_close, "inline": self._inline, "fence": self._code,
            "code_block": self._code, "html_block": self._html,
        }

    def take(self, token: Token) -> None:
        """Read one token (those that make no block are ignored)."""
        handler = self._handlers.get(token.type)
        if handler is not None:
            handler(token)

    def _heading_open(self, token: Token) -> None:
        self.heading = token.tag

    def _heading_close(self, token: Token) -> None:
        self.heading = None

    def _list_open(self, token: Token) -> None:
        self.lists.append(token.type)

    def _list_close(self, token: Token) -> None:
        if self.lists:
            self.lists.pop()

    def _item_open(self, token: Token) -> None:
        if self.lists and self.lists[-1] == "ordered_list_open":
            self.item_prefix = f"{token.info}{token.markup} " if token.info else "• "
        else:
            self.item_prefix = "• "

    def _row_open(self, token: Token) -> None:
        self.row = []

    def _row_close(self, token: Token) -> None:
        if self.row:
            self.blocks.append(("p", " | ".join(self.row)))
        self.row = None

    def _inline(self, token: Token) -> None:
        text = _inline_text(token)
        if self.row is not None:
            self.row.append(text)
            return
        for line in text.split("\n"):
            line = line.strip()
            if line:
                self.blocks.append((self.heading or "p", self.item_prefix + line))
                self.item_prefix = ""

    def _code(self, token: Token) -> None:
        for line in token.content.split("\n"):
            if line.strip():
                self.blocks.append(("p", line.rstrip()))

    def _html(self, token: Token) -> None:
        self.blocks.extend(("p", p) for p in html_to_paragraphs(token.content))


def read_markdown(text: str, origin: str) -> Items:
    """Read one Markdown article.

    The title is the front matter's, else a first heading, else a first
    one-line paragraph followed by more text, else derived from the first sentence.

    Args:
        text: The decoded file.
        origin: The file path, for the draft's ``origin``.

    Yields:
        One ArticleDraft.

    Raises:
        ImportProblem: The file holds no text.
    """
    meta, lines = split_front_matter(split_lines(text))
    blocks = markdown_paragraphs("\n".join(strip_furniture(lines)))
    title = meta.fields.get("title")
    if blocks:
        kind, first = blocks[0]
        if title is None:
            single_line = kind == "p" and len(blocks) > 1 and len(first) <= 200
            if kind.startswith("h") or (single_line and _first_paragraph_is_one_line(lines)):
                title, blocks = first, blocks[1:]
        elif first.strip() == title.strip():
            blocks = blocks[1:]
    body = clean_body(strip_furniture([b for _, b in blocks]), split_runs=False)
    yield make_draft(
        title=title,
        body=body,
        origin=origin,
        date=front_matter_date(meta.fields),
        source=meta.fields.get("source"),
        url=meta.fields.get("url"),
        author=meta.fields.get("author"),
        language=meta.fields.get("language"),
    )


def _first_paragraph_is_one_line(lines: list[str]) -> bool:
    """True when the first non-blank source line is followed by a blank line."""
    for i, line in enumerate(lines):
        if line.strip():
            return i + 1 < len(lines) and not lines[i + 1].strip()
    return False
