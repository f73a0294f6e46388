"""Provides exports of articles: Markdown, JSON and CSV (no Textual).

``reader export`` and the app's export key write one of these.  Each keeps
what the store knows of an article (id, title, date, source, url, author,
language, body); the text is written as stored (logical order, UTF-8), never
laid out, so other programs read it as they would the original.  JSON is an
array of objects (the import's own format: an export imports back); CSV has a
header row and one article a row (RFC 4180, bodies with their line breaks
quoted); Markdown is one section per article with ``key: value`` front
matter (one article's export is a file the Markdown importer reads back).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

from reader.models import Article

FORMATS: dict[str, str] = {"md": "Markdown", "json": "JSON", "csv": "CSV"}
"""The export formats, by the name ``--format`` takes (also the file's extension)."""
FIELDS: tuple[str, ...] = ("id", "title", "date", "source", "url", "author", "language", "body")
"""What each article keeps, in this order."""


def article_record(article: Article) -> dict[str, str]:
    """An article's exported fields (empty strings for what is not known)."""
    return {name: str(getattr(article, name) or "") for name in FIELDS}


def to_json(articles: Iterable[Article]) -> str:
    """A JSON array of the articles' records (UTF-8 text, not escaped)."""
    return json.dumps([article_record(a) for a in articles], ensure_ascii=False, indent=2) + "\n"


def to_csv(articles: Iterable[Article]) -> str:
    """CSV with a header row, one article a row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for article in articles:
        writer.writerow(article_record(article))
    return buffer.getvalue()


def _front_value(text: str) -> str:
    return " ".join(text.split())


def to_markdown(articles: Iterable[Article]) -> str:
    """Each article as front matter, its title as a heading and its paragraphs; articles are
    separated by a rule."""
    parts = []
    for article in articles:
        record = article_record(article)
        front = [f"{k}: {_front_value(record[k])}" for k in FIELDS[2:7] if record[k]]
        paragraphs = [p.strip() for p in article.body.split("\n") if p.strip()]
        block = ["---", *front, "---", "", f"# {_front_value(article.title)}", ""]
        block += [line for p in paragraphs for line in (p, "")]
        parts.append("\n".join(block).rstrip("\n") + "\n")
    return "\n---\n\n".join(parts) if parts else ""


def export_text(articles: Iterable[Article], fmt: str) -> str:
    """The articles in format ``fmt`` (a key of :data:`FORMATS`).

    Raises:
        ValueError: not a known format.
    """
    if fmt == "json":
        return to_json(articles)
    if fmt == "csv":
        return to_csv(articles)
    if fmt == "md":
        return to_markdown(articles)
    raise ValueError(f"unknown export format {fmt!r} (md, json or csv)")


def format_of(path: str | None, given: str | None) -> str:
    """The format asked for (``--format``), else the one the file's extension names, else md.

    Raises:
        ValueError: ``given`` is not a known format.
    """
    if given:
        if given not in FORMATS:
            raise ValueError(f"unknown export format {given!r} (md, json or csv)")
        return given
    ext = (path or "").rsplit(".", 1)[-1].casefold() if path and "." in path else ""
    ext = {"markdown": "md"}.get(ext, ext)
    return ext if ext in FORMATS else "md"


def write_export(path: Path, text: str) -> None:
    """Write an export to ``path`` whole or not at all (a temporary file renamed over it).

    Raises:
        OSError: the folder cannot be written (no space, no permission).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
