"""Provides the Markdown importer: markup reduced to paragraphs with markdown-it-py.

A Markdown file is one article.  Markdown is parsed (CommonMark, plus tables
and strikethrough) rather than scraped with regular expressions, so emphasis,
links, escapes and code are read as a renderer would: the words stay, the
markup goes.  Headings, paragraphs, list items, quotes and table rows each
become one line of the body; images and raw HTML tags are dropped (the text
inside raw HTML blocks is kept).
"""

from __future__ import annotations

from typing import Any

from reader.importers.base import Items, clean_body, make_draft
from reader.importers.dates import normalise_date
from reader.importers.htmltext import html_to_paragraphs
from reader.importers.plaintext import split_front_matter, split_lines, strip_furniture


def _inline_text(token: Any) -> str:
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
    tokens = parser.parse(source)
    blocks: list[tuple[str, str]] = []
    heading: str | None = None
    list_stack: list[str] = []
    item_prefix = ""
    row: list[str] | None = None
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_stack.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if list_stack:
                list_stack.pop()
        elif kind == "list_item_open":
            if list_stack and list_stack[-1] == "ordered_list_open":
                item_prefix = f"{token.info}{token.markup} " if token.info else "• "
            else:
                item_prefix = "• "
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row:
                blocks.append(("p", " | ".join(row)))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
                continue
            for line in text.split("\n"):
                line = line.strip()
                if line:
                    blocks.append((heading or "p", item_prefix + line))
                    item_prefix = ""
        elif kind in ("fence", "code_block"):
            for line in token.content.split("\n"):
                if line.strip():
                    blocks.append(("p", line.rstrip()))
        elif kind == "html_block":
            blocks.extend(("p", p) for p in html_to_paragraphs(token.content))
    return blocks


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
    body = clean_body(strip_furniture([b for _, b in blocks]))
    yield make_draft(
        title=title,
        body=body,
        origin=origin,
        date=normalise_date(meta.fields.get("date")),
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
