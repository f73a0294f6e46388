"""Provides the JSON importer: one article object, a list of them, a wrapped list, or JSON Lines.

Field names vary between exporters, so each field is looked up under its common
names, case-insensitively: title/headline, content/body/text (else
description/summary), date/published/pubDate/datePublished/dc:date/updated/
date_extracted... (see :data:`DATE_KEYS`), source/site/
publisher (a string or ``{"name": ...}``), url/link, author/byline (a string,
a list, or ``{"name": ...}``), language/lang.  WordPress-style
``{"rendered": ...}`` values and HTML bodies are reduced to text.  A list may
also sit under ``articles``, ``items`` (JSON Feed), ``entries``, ``data``...

Bad entries in a multi-article file do not sink the good ones: each is
*yielded* as an :class:`ImportProblem` ("entry 3: no title and no text",
"line 7: invalid JSON (...)") between the drafts, and the rest import.  When
no entry at all is good, the file fails as a whole with one ImportProblem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

from reader.importers.base import (
    EntryProblem,
    ImportProblem,
    Item,
    Items,
    clean_body,
    make_draft,
    max_file_articles,
    too_many_articles,
)
from reader.importers.dates import normalise_date
from reader.importers.htmltext import fragment_to_text
from reader.importers.jsonstream import Member, TooManyEntries, TopLevel, line_spans, scan
from reader.importers.plaintext import strip_furniture
from reader.models import ArticleDraft

TITLE_KEYS = ("title", "headline", "heading", "subject")
BODY_KEYS = (
    "content",
    "body",
    "text",
    "articlebody",
    "article_body",
    "content_text",
    "content_html",
    "fulltext",
    "full_text",
    "story",
)
SUMMARY_KEYS = ("description", "summary", "abstract", "lead", "excerpt", "snippet")
#: WordPress and others give the same moment in UTC without a zone suffix.
UTC_DATE_KEYS = ("date_gmt", "published_gmt", "modified_gmt")
#: Where exporters put the date, best first: publication, then creation, then
#: the last change, then when a scraper collected the page (SaudiNewsNet's
#: ``date_extracted``): the first that reads as a date is taken.
DATE_KEYS = (
    "date",
    "published",
    "pubdate",
    "pub_date",
    "published_at",
    "publishedat",
    "date_published",
    "datepublished",
    "published_date",
    "publication_date",
    "publish_date",
    "publishdate",
    "published_time",
    "article:published_time",
    "dc:date",
    "dc.date",
    "dc_date",
    "dcterms:issued",
    "issued",
    "datetime",
    "created_at",
    "createdat",
    "date_created",
    "datecreated",
    "created",
    "timestamp",
    "updated",
    "updated_at",
    "updatedat",
    "date_updated",
    "date_modified",
    "datemodified",
    "modified",
    "modified_at",
    "last_modified",
    "lastmod",
    "dcterms:modified",
    "date_extracted",
    "extracted_at",
    "date_crawled",
    "crawled_at",
    "date_scraped",
    "scraped_at",
    "retrieved_at",
)
SOURCE_KEYS = (
    "source",
    "site",
    "publisher",
    "sitename",
    "site_name",
    "outlet",
    "agency",
    "provider",
)
URL_KEYS = (
    "url",
    "link",
    "href",
    "permalink",
    "canonical_url",
    "web_url",
    "weburl",
    "external_url",
)
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writer")
LANGUAGE_KEYS = ("language", "lang", "locale", "inlanguage")
#: Where exporters put their list of articles inside a top-level object.
LIST_KEYS = ("articles", "items", "entries", "data", "results", "posts", "news", "stories", "docs")


def _lower_keys(obj: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if isinstance(key, str):
            out.setdefault(key.strip().lower(), value)
    return out


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = fields.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any, depth: int = 0) -> str | None:
    """Text from a string, a ``{"rendered"|"text"|"value": ...}`` object, or a list of those."""
    if depth > 3:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        inner = _lower_keys(value)
        for key in ("rendered", "text", "value", "#text", "content", "body", "html"):
            if key in inner:
                return _text(inner[key], depth + 1)
        return None
    if isinstance(value, list):
        parts = [_text(item, depth + 1) for item in value[:10000]]
        return "\n".join(p for p in parts if p) or None
    return None


def _name(value: Any, depth: int = 0) -> str | None:
    """A name from a string, ``{"name": ...}`` (or title/displayName), or a list of those."""
    if depth > 3:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        inner = _lower_keys(value)
        for key in ("name", "title", "displayname", "display_name", "fullname", "text"):
            if isinstance(inner.get(key), str):
                return str(inner[key])
        return None
    if isinstance(value, list):
        names = [_name(item, depth + 1) for item in value[:50]]
        return ", ".join(n for n in names if n) or None
    return None


def _url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        inner = _lower_keys(value)
        for key in ("href", "url", "link"):
            if isinstance(inner.get(key), str):
                return str(inner[key])
    if isinstance(value, list) and value:
        return _url(value[0])
    return None


def _date(fields: dict[str, Any]) -> str | None:
    """The entry's date: the first of :data:`DATE_KEYS` that reads as one (UTC ISO)."""
    utc = _first(fields, UTC_DATE_KEYS)
    if isinstance(utc, str) and utc.strip():
        text = utc.strip()
        zoned = normalise_date(text if text[-1:] in "zZ" or "+" in text[10:] else text + "Z")
        if zoned:
            return zoned
    for key in DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, dict):  # {"$date": ...} (MongoDB), {"value": ...}
            value = _lower_keys(value).get("$date") or _text(value)
        found = normalise_date(value)
        if found:
            return found
    return None


def _looks_like_article(fields: dict[str, Any]) -> bool:
    return any(key in fields for key in TITLE_KEYS + BODY_KEYS + SUMMARY_KEYS)


def entry_to_draft(obj: Any, origin: str, defaults: dict[str, Any] | None = None) -> ArticleDraft:
    """Turn one JSON object into a draft.

    Args:
        obj: The decoded JSON value (must be an object).
        origin: Origin for the draft (path plus entry number).
        defaults: Fallbacks from the enclosing object (``source``, ``language``).

    Returns:
        The ArticleDraft.

    Raises:
        ImportProblem: Not an object, or no title and no text.
    """
    if not isinstance(obj, dict):
        kind = {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
            type(obj), "a number"
        )
        raise ImportProblem(f"{kind}, not an article object")
    fields = _lower_keys(obj)
    defaults = defaults or {}
    raw_title = _text(_first(fields, TITLE_KEYS))
    title = " ".join(fragment_to_text(raw_title).split("\n")) if raw_title else None
    raw_body = _text(_first(fields, BODY_KEYS)) or _text(_first(fields, SUMMARY_KEYS)) or ""
    lines = fragment_to_text(raw_body).split("\n") if raw_body.strip() else []
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    return make_draft(
        title=title,
        body=clean_body(strip_furniture(lines)),
        origin=origin,
        date=_date(fields),
        source=_name(_first(fields, SOURCE_KEYS)) or defaults.get("source"),
        url=_url(_first(fields, URL_KEYS)),
        author=_name(_first(fields, AUTHOR_KEYS)),
        language=_name(_first(fields, LANGUAGE_KEYS)) or defaults.get("language"),
    )


class _Entries:
    """Counts a multi-article file's good and bad entries; a file with no good one fails.

    Bad entries are yielded as :class:`EntryProblem` as they come (every one of
    them: a report can list them all), between the drafts.
    """

    def __init__(self) -> None:
        self.good = 0
        self.bad = 0
        self.first: EntryProblem | None = None

    def problem(self, where: str, problem: ImportProblem | str, kind: str | None = None) -> Item:
        entry = EntryProblem(where, problem, kind=kind)
        self.bad += 1
        self.first = self.first or entry
        return entry

    def finish(self, empty_reason: str) -> None:
        """Raise unless some entry was good."""
        if self.good:
            return
        if self.first is None:
            raise ImportProblem(empty_reason)
        more = self.bad - 1
        suffix = f" (and {more} more bad entr{'y' if more == 1 else 'ies'})" if more else ""
        raise ImportProblem(f"no importable article: {self.first}{suffix}", kind=self.first.kind)


def _entries(values: Iterable[Any], origin: str, defaults: dict[str, Any]) -> Items:
    gate = _Entries()
    for number, value in enumerate(values, start=1):
        try:
            draft = entry_to_draft(value, f"{origin}#{number}", defaults)
        except ImportProblem as exc:
            yield gate.problem(f"entry {number}", exc)
            continue
        gate.good += 1
        yield draft
    gate.finish("empty JSON list: no articles")


def read_json_lines(text: str, origin: str) -> Items:
    """Read JSON Lines: one article object per line; blank lines are skipped.

    A broken line is yielded as ``EntryProblem("line N: ...")`` and the other
    lines still import; the draft's origin is ``path#N`` with N the line number.
    Lines end at ``\\n`` (a JSON string may hold U+2028); a file of more lines
    than the per-file article limit is refused before any is read.

    Args:
        text: The decoded file.
        origin: The file path.
    """
    limit = max_file_articles()
    if sum(1 for _ in islice(line_spans(text), limit + 1)) > limit:
        raise too_many_articles(f"more than {limit:,}", limit)
    gate = _Entries()
    for number, start, end in line_spans(text):
        try:
            value = json.loads(text[start:end])
        except RecursionError:
            yield gate.problem(f"line {number}", "JSON nested too deeply", "invalid JSON")
            continue
        except ValueError as exc:
            reason = _friendly(exc.msg) if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield gate.problem(f"line {number}", f"invalid JSON ({reason})", "invalid JSON")
            continue
        try:
            draft = entry_to_draft(value, f"{origin}#{number}")
        except ImportProblem as exc:
            yield gate.problem(f"line {number}", exc)
            continue
        gate.good += 1
        yield draft
    gate.finish("empty JSON Lines file: no articles")


_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def _friendly(message: str) -> str:
    """json's messages, without the dangling "at" (the position is given separately)."""
    message = message.removesuffix(" starting at").removesuffix(" at")
    return message[:1].lower() + message[1:]


def _unclosed(text: str) -> bool:
    """True when a JSON text ends inside a string or with brackets still open: cut off."""
    outside = _STRING.sub('""', text)
    if outside.count('"') % 2:
        return True  # a string that never ends
    opened = outside.count("{") + outside.count("[")
    closed = outside.count("}") + outside.count("]")
    return opened > closed


def read_json(text: str, origin: str) -> Items:
    """Read a JSON file: one article, a list of articles, or (detected) JSON Lines.

    The whole file is checked before any entry is yielded (a broken file
    imports nothing), then a list's entries are decoded one at a time (see
    :mod:`reader.importers.jsonstream`): memory holds the text and one entry,
    not the whole document.  A list longer than the per-file article limit is
    refused before any entry is read.

    Args:
        text: The decoded file.
        origin: The file path; entries of a list get ``path#N`` (N counted from 1).

    Yields:
        Drafts, and EntryProblem instances for bad entries of a list.

    Raises:
        ImportProblem: Invalid or truncated JSON, too many articles, or nothing
            importable in it.
    """
    limit = max_file_articles()
    try:
        top = scan(text, lambda key: key.strip().lower() in LIST_KEYS, limit)
    except TooManyEntries:
        raise too_many_articles(f"more than {limit:,}", limit) from None
    except RecursionError:
        raise ImportProblem("JSON nested too deeply", kind="invalid JSON") from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_json_lines(text, origin)
            return
        truncated = " (the file looks truncated)" if _unclosed(text) else ""
        where = f"line {exc.lineno} column {exc.colno}"
        raise ImportProblem(f"invalid JSON at {where}: {_friendly(exc.msg)}{truncated}",
                            kind="invalid JSON") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python allows
        raise ImportProblem(f"invalid JSON ({exc})", kind="invalid JSON") from None
    if top.kind == "array":
        yield from _entries(top.items(), origin, {})
    elif top.kind == "object":
        yield from _read_object(top, origin)
    else:
        try:
            entry_to_draft(json.loads(text), origin)
        except ImportProblem as exc:
            raise ImportProblem(f"JSON holds {exc}") from None


def _read_object(top: TopLevel, origin: str) -> Items:
    """A top-level object: a wrapped list of articles (``articles``, ``items`` ...), or one article.

    Raises:
        ImportProblem: The object has no list of articles and no article field.
    """
    members: dict[str, Member] = {}
    for member in top.members:
        members.setdefault(member.key.strip().lower(), member)
    for key in LIST_KEYS:
        inner = members.get(key)
        if inner is None or not inner.entries:
            continue
        if any(isinstance(v, dict) for v in top.each(inner.entries)):
            fields = {k: top.value(m.start, m.end) for k, m in members.items() if not m.entries}
            defaults = {
                "source": _name(_first(fields, ("title",) + SOURCE_KEYS)),
                "language": _name(_first(fields, LANGUAGE_KEYS)),
            }
            yield from _entries(top.each(inner.entries), origin, defaults)
            return
    value = {m.key: top.value(m.start, m.end) for m in top.members}
    if not _looks_like_article(_lower_keys(value)):
        raise ImportProblem(
            "JSON object has no title or text field (title, content, body, text ...)"
        )
    yield entry_to_draft(value, origin)
