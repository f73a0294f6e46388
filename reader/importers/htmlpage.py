"""Provides the HTML importer: a saved web page's headline and main text, via trafilatura.

trafilatura is the field's standard for telling an article from the menus,
scripts, styles, related links and footers around it; it also reads the
page's metadata (title, author, site name, canonical URL, date).  Dates are
taken without htmldate's "extensive search" (which guesses from any date in
the text); a zoned publication time in the page's metadata is preferred so
the moment, not just the day, is kept.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, cast

from reader.importers.base import ImportProblem, Items, clean_body, make_draft
from reader.importers.dates import normalise_date
from reader.importers.htmltext import html_to_paragraphs
from reader.importers.plaintext import strip_furniture

if TYPE_CHECKING:
    from configparser import ConfigParser

    from lxml.html import HtmlElement
    from trafilatura.settings import Document

# Libraries log through the logging module; without a handler anywhere,
# Python's last-resort handler would print their warnings on the user's
# terminal.  A NullHandler keeps them quiet unless the program configures logging.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Pages with more elements than this are refused: trafilatura needs about 0.15 ms
#: and 8 KB per element, so the cap bounds a page at some 8 s and 400 MB.  News
#: pages have a few thousand elements; long encyclopaedia pages some 30,000.
MAX_ELEMENTS = 50_000

# Pages saved "as a single file" inline their images as data: URIs, megabytes of
# base64 that say nothing about the article.
_DATA_URI = re.compile(r"data:[\w/+.-]{0,100};base64,[A-Za-z0-9+/=\s]{256,}")

#: ``<meta>`` dates, best first: publication, then creation, then the last change.
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "datecreated",
    "sailthru.date",
    "parsely-pub-date",
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)
_META_RANK = {key: rank for rank, key in enumerate(_META_DATE_KEYS)}


def _metadata(root: HtmlElement) -> dict[str, str]:
    """Read what trafilatura does not give us: zoned date, language, title fallbacks."""
    found: dict[str, str] = {}
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        found["language"] = lang
    _read_meta_tags(root, found)
    if "date" not in found:
        date = _time_element_date(root) or _json_ld_date(root)
        if date:
            found["date"] = date
    for tag in ("title", "h1"):
        text = _first_text(root, tag)
        if text:
            found.setdefault(tag, text)
    return found


def _read_meta_tags(root: HtmlElement, found: dict[str, str]) -> None:
    """Add the best usable date (see :data:`_META_DATE_KEYS`) and the language of the
    ``<meta>`` tags to ``found``."""
    best = len(_META_DATE_KEYS)
    for meta in root.iter("meta"):
        key = _meta_key(meta)
        content = (meta.get("content") or "").strip()
        if not key or not content:
            if (meta.get("http-equiv") or "").lower() == "content-language" and content:
                found.setdefault("language", content)
            continue
        rank = _META_RANK.get(key, best)
        if rank < best and "date" not in found and normalise_date(content):
            found["meta-date"], best = content, rank
        elif key in ("og:locale", "language", "content-language") and "language" not in found:
            found["language"] = content
    if "meta-date" in found:
        found["date"] = found.pop("meta-date")


def _meta_key(meta: HtmlElement) -> str:
    """What a ``<meta>`` tag describes: its property, name or itemprop, in lower case."""
    key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
    return str(key).strip().lower()


def _time_element_date(root: HtmlElement) -> str | None:
    """The datetime of a ``<time pubdate>`` or ``<time itemprop="datePublished">`` element."""
    for time_el in root.iter("time"):
        value = time_el.get("datetime")
        if value and ("pubdate" in time_el.attrib or time_el.get("itemprop") == "datePublished"):
            return str(value)
    return None


def _json_ld_date(root: HtmlElement) -> str | None:
    """The ``datePublished`` (else ``dateCreated``, else ``dateModified``) of the page's
    JSON-LD, read as text (the JSON may be broken)."""
    scripts = [script.text for script in root.iter("script")
               if (script.get("type") or "").lower() == "application/ld+json" and script.text]
    for field in ("datePublished", "dateCreated", "dateModified"):
        for text in scripts:
            match = re.search(rf'"{field}"\s*:\s*"([^"]{{4,40}})"', text)
            if match and normalise_date(match.group(1)):
                return match.group(1)
    return None


def _first_text(root: HtmlElement, tag: str) -> str | None:
    """The whitespace-folded text of the first ``tag`` element that has any."""
    for element in root.iter(tag):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _has_text_outside_furniture(page: str) -> bool:
    """True when the page has words outside scripts, styles, menus, footers and asides."""
    body_start = re.search(r"<body[\s>]", page, re.IGNORECASE)
    return bool(html_to_paragraphs(page[body_start.start() :] if body_start else page))


_CONFIG: ConfigParser | None = None


def _config() -> ConfigParser:
    """trafilatura settings: its defaults, with a cap on the page's element count."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
        _CONFIG = config
    return _CONFIG


def _parse_tree(text: str) -> HtmlElement | None:
    """The page parsed by lxml, or None when lxml cannot parse it (trafilatura then tries)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def read_html(text: str, origin: str) -> Items:
    """Read one saved web page.

    Args:
        text: The decoded page.
        origin: The file path, for the draft's ``origin``.

    Yields:
        One ArticleDraft.

    Raises:
        ImportProblem: The page holds no article text.
    """
    text = _readable_page(text)
    root = _parse_tree(text)
    if root is not None and sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        raise _too_large()
    meta = _metadata(root) if root is not None else {}
    document = _extract(root, text)
    paragraphs = _paragraphs(document)
    # trafilatura falls back to whatever text there is; a page whose only text
    # sits in menus, footers and asides has no article, whatever it returns.
    if not any(paragraphs) or not _has_text_outside_furniture(text):
        raise ImportProblem("no article text found in the HTML page")
    title = _found(document, "title") or meta.get("h1") or meta.get("title")
    if title and paragraphs and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    date = normalise_date(meta.get("date")) or normalise_date(_found(document, "date"))
    yield make_draft(
        title=title,
        body=clean_body(strip_furniture(paragraphs)),
        origin=origin,
        date=date,
        source=_found(document, "sitename"),
        url=_found(document, "url"),
        author=_found(document, "author"),
        language=meta.get("language") or _found(document, "language"),
    )


def _too_large() -> ImportProblem:
    """The problem of a page with more elements than :data:`MAX_ELEMENTS`."""
    return ImportProblem(f"HTML page too large to read (more than {MAX_ELEMENTS:,} elements)")


def _readable_page(text: str) -> str:
    """The page as lxml can parse it: no XML-incompatible controls, no inlined images.

    Raises:
        ImportProblem: Nothing is left, or the page has far too many tags to parse.
    """
    # lxml refuses strings with XML-incompatible characters (NUL and most C0).
    text = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
    text = _DATA_URI.sub("data:,", text)
    if not text.strip():
        raise ImportProblem("empty HTML page")
    if text.count("<") > 4 * MAX_ELEMENTS:
        raise _too_large()  # checked before parsing: parsing alone would cost gigabytes
    return text


def _extract(root: HtmlElement | None, text: str) -> Document | None:
    """trafilatura's document for the page (None when it finds nothing), favouring recall if needed.

    Raises:
        ImportProblem: trafilatura failed on the page.
    """
    import trafilatura

    document: Document | None = None
    try:
        for recall in (False, True):
            document = cast("Document | None", trafilatura.bare_extraction(
                root if root is not None else text,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=recall,
                config=_config(),
                date_extraction_params={"extensive_search": False, "original_date": True},
            ))  # a Document (not a dict) without as_dict
            if document is not None and (document.text or "").strip():
                break
            root = _parse_tree(text)  # trafilatura prunes the tree it is given
    except (ValueError, TypeError, AttributeError, RecursionError, LookupError) as exc:
        raise ImportProblem(f"cannot read the HTML page ({type(exc).__name__})") from None
    return document


def _paragraphs(document: Document | None) -> list[str]:
    """The lines of the text trafilatura found, stripped (none without a document)."""
    if document is None or not document.text:
        return []
    return [line.strip() for line in document.text.split("\n")]


def _found(document: Document | None, field: str) -> str | None:
    """A field of trafilatura's document, or None without a document."""
    return getattr(document, field) if document is not None else None
