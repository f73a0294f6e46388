"""Provides identity and record conversion for stored articles (pure functions)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from reader.entities.normalize import fold_text
from reader.models import Article, ArticleDraft, ArticleSummary

Record = dict[str, Any]
"""A stored article as JSON: a body shard's full record (with ``body`` and
``ents``) or a list shard's record (:data:`LIST_FIELDS`)."""

#: Fields of a list record (what the article list needs; no body).
LIST_FIELDS = ("id", "title", "date", "source", "url", "author", "lang", "at", "fp", "sort")
#: Fields every body record must have as non-empty text (the rest can be rebuilt from them).
REQUIRED_FIELDS = ("id", "title", "fp", "sort")


def now_iso() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_url(url: str) -> str:
    """Canonical form of a url for duplicate detection.

    Scheme and host are lower-cased, the fragment dropped, a trailing slash
    on the path removed and ``http``/``https`` treated alike; the query is
    kept, since it often identifies the article.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"
    path = parts.path.rstrip("/") or ""
    return urlunsplit((scheme, parts.netloc.lower(), path, parts.query, ""))


def content_fingerprint(title: str, body: str) -> str:
    """Digest of the folded title and body: the same text with other diacritics,
    hamza spellings or spacing gives the same fingerprint."""
    return folded_fingerprint(fold_text(title) + "\n" + fold_text(body))


def folded_fingerprint(folded: str) -> str:
    """:func:`content_fingerprint` of the text whose ``fold_text(title) + "\\n" +
    fold_text(body)`` is ``folded`` (the importer's workers have it from the
    split they analyse: see :func:`reader.entities.extractor.analysis_folded`)."""
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def article_id(url: str | None, fingerprint: str) -> str:
    """Stable id: from the url when there is one, else from the content."""
    basis = "url:" + normalize_url(url) if url and url.strip() else "content:" + fingerprint
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


UNDATED = "0"
"""How an undated article's sort key starts: below every date (``1900-...`` and later)."""


def sort_key(date: str | None, imported_at: str, docno: int) -> str:
    """Key the list is ordered by (ascending = oldest first; the list shows newest first).

    The article's date, then the docno so that every key is unique and equal
    dates keep import order.  An article without a date sorts below every
    dated one (last in the list), undated ones among themselves by import
    time.  Stores written before this rule gave an undated article its import
    time as its date (it sorted first): ``reader reindex`` makes their keys again.
    """
    if date:
        return f"{date}|{docno:09d}"
    return f"{UNDATED}|{imported_at}|{docno:09d}"


def record_sort_key(rec: Record, docno: int) -> str:
    """The sort key a stored record should have, made from its date and import time."""
    date, at = rec.get("date"), rec.get("at")
    return sort_key(date if isinstance(date, str) else None,
                    at if isinstance(at, str) and at else now_iso(), docno)


def new_record(draft: ArticleDraft, docno: int, imported_at: str, *,
               defer_fingerprint: bool = False) -> Record:
    """The full stored record (as in a body shard) for a draft.

    With ``defer_fingerprint`` and a url (the id then comes from the url),
    ``fp`` is left ``None`` for the caller to fill in: the importer has its
    worker processes compute it along with the analysis.
    """
    has_url = bool(draft.url and draft.url.strip())
    fp = None if defer_fingerprint and has_url else content_fingerprint(draft.title, draft.body)
    return {
        "id": article_id(draft.url, fp or ""),
        "title": draft.title,
        "date": draft.date,
        "source": draft.source,
        "url": draft.url,
        "author": draft.author,
        "lang": draft.language,
        "at": imported_at,
        "fp": fp,
        "sort": sort_key(draft.date, imported_at, docno),
        "body": draft.body,
    }


def list_record(record: Record) -> Record:
    """The part of a full record the article list keeps."""
    return {k: record.get(k) for k in LIST_FIELDS}


_LIST_KEYS = frozenset(LIST_FIELDS)


def as_list_record(record: Record) -> Record:
    """``record`` itself if it is a list record already (its fields are
    :data:`LIST_FIELDS`), else its :func:`list_record`: a commit's records mostly
    are (their bodies were written with their body shards)."""
    return record if record.keys() == _LIST_KEYS else list_record(record)


def to_summary(docno: int, rec: Record) -> ArticleSummary:
    """A list record as an :class:`ArticleSummary`."""
    return ArticleSummary(
        id=rec["id"], title=rec["title"], date=rec.get("date"), source=rec.get("source"),
        url=rec.get("url"), author=rec.get("author"), language=rec.get("lang"),
        imported_at=rec.get("at") or "", fingerprint=rec.get("fp") or "", docno=docno,
        sort_key=rec.get("sort") or "",
    )


def to_article(docno: int, rec: Record) -> Article:
    """A full record as an :class:`Article`."""
    return Article(
        id=rec["id"], title=rec["title"], date=rec.get("date"), source=rec.get("source"),
        url=rec.get("url"), author=rec.get("author"), language=rec.get("lang"),
        imported_at=rec.get("at") or "", fingerprint=rec.get("fp") or "", docno=docno,
        sort_key=rec.get("sort") or "", body=rec.get("body") or "",
    )
