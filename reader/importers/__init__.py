"""Provides the importer registry: files found, formats told apart, articles read (no Textual).

The store and the command line use three functions:

- :func:`iter_article_files` walks the paths given (directories recursively,
  in sorted order, skipping dot-names, never looping on symlinks);
- :func:`read_article_file` reads one file and yields
  :class:`~reader.models.ArticleDraft` objects, *and* :class:`ImportProblem`
  instances for bad entries of a multi-article file (a JSON list, JSON Lines,
  a feed) whose other entries are fine; it *raises* ImportProblem when the
  file as a whole is not an article (binary, empty, too large, undecodable,
  truncated JSON, unknown format...);
- :func:`detect_format` names the format from the suffix and the first bytes.

Callers therefore do::

    for item in read_article_file(path):          # may raise ImportProblem
        if isinstance(item, ImportProblem): report(path, item)
        else: store(item)

Nothing but ImportProblem ever escapes for bad input: an unexpected error in a
parsing library is turned into ImportProblem("internal error ...") so that one
strange file cannot stop an import of many.  Format modules and their heavy
libraries (trafilatura, feedparser, markdown-it) are imported on first use.

Walking paths and reading a file's bytes within the limits live in
:mod:`reader.importers.files`; a new file format is a module with a
``read_*(text, origin)`` function, a row of :data:`FORMATS` and its suffixes
in :data:`SUFFIXES`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.importers.base import (
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_MAX_FILE_ARTICLES,
    DEFAULT_MAX_FILE_MB,
    EntryProblem,
    ImportProblem,
    Item,
    Items,
    max_article_chars,
    max_file_articles,
    max_file_bytes,
    too_many_articles,
)
from reader.importers.encoding import bom_encoding, check_not_binary, decode_bytes
from reader.importers.files import Refused, iter_article_files, read_file_bytes
from reader.importers.xmlprolog import skip_prolog
from reader.models import ArticleDraft

__all__ = [
    "DEFAULT_MAX_ARTICLE_CHARS",
    "DEFAULT_MAX_FILE_ARTICLES",
    "DEFAULT_MAX_FILE_MB",
    "FORMATS",
    "EntryProblem",
    "ImportProblem",
    "Item",
    "Refused",
    "detect_format",
    "iter_article_files",
    "max_file_bytes",
    "read_article_file",
    "read_article_text",
]

#: Format name -> "module:function" of its reader, imported on first use.
FORMATS: dict[str, str] = {
    "text": "reader.importers.plaintext:read_text",
    "markdown": "reader.importers.markdown:read_markdown",
    "html": "reader.importers.htmlpage:read_html",
    "json": "reader.importers.jsonfile:read_json",
    "jsonl": "reader.importers.jsonfile:read_json_lines",
    "feed": "reader.importers.feed:read_feed",
}

#: File suffix (lower case) -> format.  Content can overrule it (see detect_format).
SUFFIXES: dict[str, str] = {
    "": "text",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}

_HEAD_BYTES = 8192
_FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")
_HTML_STARTS = ("<!doctype html", "<html")


def _sniff_text(head: bytes) -> str:
    """The first characters of a file, decoded leniently and lower-cased, for sniffing only."""
    encoding = bom_encoding(head) or "utf-8"
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return text.lstrip().lower()


def detect_format(path: Path, head: bytes) -> str:
    """Name a file's format from its suffix and its first bytes.

    Content overrules the suffix for markup: a file whose first element is
    ``<rss``, ``<feed`` or ``<rdf:RDF`` is a feed and one that opens with
    ``<!DOCTYPE html>`` or ``<html`` is a page, whatever its name.  JSON is
    recognised by content only where the suffix says nothing (a ``.txt``
    article may well start with ``[``).  A file without a suffix is text.

    Args:
        path: The file's path (only its suffix is used).
        head: The file's first bytes (a few KiB are plenty).

    Returns:
        One of ``text``, ``markdown``, ``html``, ``json``, ``jsonl``, ``feed``.

    Raises:
        ImportProblem: The bytes are binary, the file is XML but not a feed, or
            the suffix is unknown and the content is none of the above.
    """
    check_not_binary(head[:_HEAD_BYTES])
    suffix = path.suffix.lower()
    if suffix and not suffix[1:].isalnum():
        suffix = ""
    by_suffix = SUFFIXES.get(suffix)
    start = skip_prolog(_sniff_text(head)) or ""
    if start.startswith(_FEED_ROOTS):
        return "feed"
    if start.startswith(_HTML_STARTS):
        return "html"
    if by_suffix == "feed" or (by_suffix is None and _sniff_text(head).startswith("<?xml")):
        return _xml_format(start)
    if by_suffix is not None:
        return by_suffix
    return _format_by_content(start, suffix)


def _head(data: bytes) -> bytes:
    """The first bytes of a file, enough to see past its XML prolog (a few KiB, unless a
    long prolog of comments or declarations needs more; at most the whole file)."""
    size = _HEAD_BYTES
    while size < len(data) and skip_prolog(_sniff_text(data[:size])) is None:
        size *= 8
    return data[:size]


def _xml_format(start: str) -> str:
    """The format of an XML file (by suffix or declaration) whose root is not a feed's nor html.

    Raises:
        ImportProblem: The root element is some other XML.
    """
    if start.startswith("<") and not start.startswith(("<rss", "<feed", "<rdf")):
        words = start[1:].split(None, 1)  # empty when only white space follows "<"
        root = words[0].split(">", 1)[0][:30] if words else ""
        if root.startswith(("head", "body")):
            return "html"
        if not re.fullmatch(r"[a-z][\w:.-]*", root):
            raise ImportProblem("XML file that is not an RSS or Atom feed")
        raise ImportProblem(f"XML file that is not an RSS or Atom feed (root element <{root}>)")
    return "feed"


def _format_by_content(start: str, suffix: str) -> str:
    """The format of a file whose suffix says nothing: JSON or an HTML fragment.

    Raises:
        ImportProblem: The content is neither.
    """
    if start.startswith(("{", "[")):
        return "json"
    if start.startswith("<") and any(
        tag in start for tag in ("<head", "<body", "<p>", "<div", "<article")
    ):
        return "html"
    raise ImportProblem(
        f"unknown format ({suffix} file): expected text, Markdown, HTML, JSON or an RSS/Atom feed"
    )


def _reader(fmt: str) -> Callable[[str, str], Items]:
    module_name, _, function = FORMATS[fmt].partition(":")
    module = importlib.import_module(module_name)
    reader: Callable[[str, str], Items] = getattr(module, function)
    return reader


def read_article_text(data: bytes, path: Path, fmt: str | None = None) -> Iterator[Item]:
    """Read articles from bytes already in memory, as :func:`read_article_file` does.

    Args:
        data: The file's content.
        path: Its name (for the suffix and the drafts' origin).
        fmt: The format, when known; detected otherwise.

    Yields:
        ArticleDraft objects, and ImportProblem instances for bad entries.

    Raises:
        ImportProblem: The content is not an importable article.
    """
    if fmt is None:
        fmt = detect_format(path, _head(data))
    elif fmt not in FORMATS:
        raise ImportProblem(f"unknown format {fmt!r}")
    text = decode_bytes(data, markup=fmt in ("html", "feed"))
    del data  # a large file is held once, as text, from here on
    if not text.strip():
        raise ImportProblem("empty file (only blank space)")
    try:
        yield from _reader(fmt)(text, str(path))
    except ImportProblem:
        raise
    except MemoryError:
        raise ImportProblem("not enough memory to read the file") from None
    except RecursionError:
        raise ImportProblem("the file is nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - see the module docstring
        raise ImportProblem(
            f"internal error while reading the {fmt} file ({type(exc).__name__}: {exc}); "
            "please report it"
        ) from None


def read_article_file(path: Path) -> Iterator[Item]:
    """Read one file and yield the articles in it.

    The format is picked by content and suffix (:func:`detect_format`); the
    encoding is detected, never guessed (see :mod:`reader.importers.encoding`).
    Files above the size limit (64 MiB, or ``READER_MAX_FILE_MB``) are refused
    before they are read; files of more articles than the per-file limit
    (100,000, or ``READER_MAX_FILE_ARTICLES``) before any article is yielded.

    Args:
        path: The file.

    Yields:
        :class:`~reader.models.ArticleDraft` objects, and :class:`EntryProblem`
        instances for bad entries of a multi-article file (its good entries
        still come through).  Entries of a multi-article file have origin
        ``path#N``: N counts entries from 1 (JSON Lines: N is the line number).

    Raises:
        ImportProblem: The file is not an article; ``str(exc)`` is one line
            without the path.  It can be raised after some items were yielded
            only for an internal error.
    """
    path = Path(path)
    limit = max_article_chars()
    most = max_file_articles()
    drafts = 0
    # No local name for the bytes, so read_article_text can let go of them.
    for item in read_article_text(read_file_bytes(path), path):
        if isinstance(item, ArticleDraft):
            drafts += 1
            if drafts > most:  # every format counts its entries first; this is a backstop
                raise too_many_articles(f"more than {most:,}", most)
            if len(item.body) + len(item.title) > limit:
                item = _too_long(item, limit)
        yield item


def _too_long(draft: ArticleDraft, limit: int) -> ImportProblem:
    """Why an article over the per-article limit is refused (an entry of a multi-article file)."""
    size = len(draft.body) + len(draft.title)
    problem = ImportProblem(
        f"article {_short(draft.title)!r} is too long ({size:,} characters; the limit is "
        f"{limit:,}, READER_MAX_ARTICLE_CHARS)", kind="too long")
    _, sep, number = draft.origin.rpartition("#")
    return EntryProblem(f"entry {number}", problem) if sep and number.isdigit() else problem


def _short(title: str) -> str:
    return title if len(title) <= 60 else title[:59] + "…"
