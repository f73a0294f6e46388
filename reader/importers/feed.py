"""Provides the RSS and Atom importer (feedparser): one article per entry.

feedparser reads every RSS and Atom dialect, tolerates malformed XML, and
sanitises embedded HTML.  Each entry's HTML content is reduced to paragraphs;
its link is the url; the feed's title is the source when the entry names
none; dates come from the entry's own text when it is unambiguous (so a
date-only or zone-less value is not turned into midnight UTC), else from
feedparser's parsed UTC time.  Bad entries are yielded as ImportProblem
instances after the drafts (JSON lists interleave them).
"""

from __future__ import annotations

import io
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from reader.importers.base import (
    EntryProblem,
    ImportProblem,
    Items,
    clean_body,
    make_draft,
    max_file_articles,
    too_many_articles,
)
from reader.importers.dates import from_struct, normalise_date
from reader.importers.htmltext import fragment_to_text, html_to_paragraphs
from reader.importers.plaintext import strip_furniture
from reader.importers.xmlprolog import without_doctype
from reader.models import ArticleDraft

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,300}\?>")


def _detail_text(value: Any, detail: Any) -> str:
    """Text of a feed field, reducing HTML when feedparser says it is HTML."""
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = (detail or {}).get("type", "") if isinstance(detail, dict) else ""
    if "html" in kind:
        return "\n".join(html_to_paragraphs(value))
    return fragment_to_text(value)


def _content(entry: Any) -> tuple[str, str | None]:
    """The entry's text and the language its content declares."""
    for item in entry.get("content") or ():
        text = _detail_text(item.get("value"), item)
        if text.strip():
            return text, item.get("language")
    summary = _detail_text(entry.get("summary"), entry.get("summary_detail"))
    language = (entry.get("summary_detail") or {}).get("language")
    return summary, language


def _author(entry: Any) -> str | None:
    names = [
        str(a["name"]) for a in entry.get("authors") or () if isinstance(a, dict) and a.get("name")
    ]
    if names:
        return ", ".join(names)
    author = entry.get("author")
    return author if isinstance(author, str) else None


def _date(entry: Any) -> str | None:
    """The entry's date: published (RSS pubDate, Atom published, dcterms:issued), else
    created, else updated (Atom updated, dc:date), each as its text says, in UTC."""
    # dict.get, not entry.get: feedparser maps a missing "updated" to
    # "published" behind a DeprecationWarning on every access.
    for raw, parsed in (("published", "published_parsed"), ("created", "created_parsed"),
                        ("updated", "updated_parsed")):
        value = normalise_date(dict.get(entry, raw)) or from_struct(dict.get(entry, parsed))
        if value:
            return value
    return None


def _xml_error(result: Any) -> str:
    """feedparser's parse error as "message at line N" (SAX prefixes it with "<unknown>:L:C:")."""
    error = result.get("bozo_exception")
    if error is None:
        return "malformed XML"
    get_message = getattr(error, "getMessage", None)
    get_line = getattr(error, "getLineNumber", None)
    if callable(get_message) and callable(get_line):
        return f"{get_message()} at line {get_line()}"
    return str(error)[:120]


def _parse(text: str) -> Any:
    import feedparser

    # feedparser would honour an encoding the declaration names, but the text
    # is already decoded (and checked) and handed over as UTF-8.  It is given a
    # stream, never a string: a string that looks like a URL or a file name
    # would be fetched or opened.
    # Without its doctype: entities it declares are then never expanded (a
    # reference to one stays text), external ones never fetched.
    cleaned = _XML_DECLARATION.sub('<?xml version="1.0" encoding="utf-8"?>',
                                   without_doctype(text), count=1)
    return feedparser.parse(
        io.BytesIO(cleaned.encode("utf-8", "surrogatepass")), resolve_relative_uris=False
    )


#: An entry's opening tag (RSS ``<item>``, Atom ``<entry>``): counted before parsing.
_ENTRY_TAG = re.compile(r"<(?:item|entry)[\s>/]", re.IGNORECASE)


def read_feed(text: str, origin: str) -> Items:
    """Read an RSS or Atom feed file.

    A feed with more entries than the per-file article limit (counted by
    their opening tags) is refused before it is parsed.

    Args:
        text: The decoded feed.
        origin: The file path; entries get ``path#N`` (N counted from 1).

    Yields:
        Drafts, and EntryProblem instances for entries without text.

    Raises:
        ImportProblem: Not a feed, a feed without entries, too many entries,
            or none with text.
    """
    limit = max_file_articles()
    for tags, _ in enumerate(_ENTRY_TAG.finditer(text), start=1):
        if tags > limit:
            raise too_many_articles(f"more than {limit:,}", limit)
    result, entries = _read(text)
    channel = result.get("feed") or {}
    feed_title = _detail_text(channel.get("title"), channel.get("title_detail")).replace("\n", " ")
    feed_language = channel.get("language")
    base = _base_url(channel.get("link"))
    problems: list[EntryProblem] = []
    good = 0
    for number, entry in enumerate(entries, start=1):
        try:
            draft = _entry_draft(entry, f"{origin}#{number}", feed_title, feed_language, base)
        except ImportProblem as exc:
            problems.append(EntryProblem(f"entry {number}", exc))
            continue
        good += 1
        yield draft
    if not good:
        if result.get("bozo"):
            raise ImportProblem(f"malformed feed with no readable entry ({_xml_error(result)})")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ImportProblem(f"no importable entry: {problems[0]}{more}", kind=problems[0].kind)
    yield from problems


def _read(text: str) -> tuple[Any, list[Any]]:
    """feedparser's result for a feed that has entries, and its entries.

    Raises:
        ImportProblem: The text is not a feed, or a feed without entries.
    """
    try:
        result = _parse(text)
    except (
        ValueError,
        TypeError,
        AttributeError,
        LookupError,
        RecursionError,
        UnicodeError,
    ) as exc:
        raise ImportProblem(f"cannot read the feed ({type(exc).__name__})") from None
    entries = list(result.get("entries") or ())
    if not entries:
        if result.get("bozo") and not result.get("version"):
            raise ImportProblem(f"not a readable RSS or Atom feed ({_xml_error(result)})")
        if not result.get("version"):
            raise ImportProblem("XML file that is not an RSS or Atom feed")
        raise ImportProblem("the feed has no entries")
    return result, entries


def _base_url(link: object) -> str | None:
    """The feed's own web address (its channel link), when it is an absolute http(s) one."""
    if not isinstance(link, str):
        return None
    parts = urlsplit(link.strip())
    return link.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _entry_url(link: object, base: str | None) -> object:
    """The entry's link, a relative one ("/news/1.html") made absolute against the feed's."""
    if isinstance(link, str) and base and not urlsplit(link).scheme and link.strip():
        return urljoin(base, link.strip())
    return link


def _entry_draft(entry: Any, origin: str, feed_title: str,
                 feed_language: str | None, base: str | None = None) -> ArticleDraft:
    """One entry as a draft; the feed's title and language stand in for the entry's,
    and its channel link is the base of a relative entry link.

    Raises:
        ImportProblem: The entry has no title and no text, or no text.
    """
    body, content_language = _content(entry)
    title = _detail_text(entry.get("title"), entry.get("title_detail")).replace("\n", " ")
    lines = body.split("\n") if body else []
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    source = entry.get("source") or {}
    return make_draft(
        title=title or None,
        body=clean_body(strip_furniture(lines)),
        origin=origin,
        date=_date(entry),
        source=(source.get("title") if isinstance(source, dict) else None) or feed_title or None,
        url=_entry_url(entry.get("link"), base),
        author=_author(entry),
        language=content_language
        or (entry.get("title_detail") or {}).get("language")
        or feed_language,
    )
