"""Provides the plain-text importer, and the front matter and page-furniture rules Markdown shares.

A text file is one article.  Its title is, in order: a ``title`` in front
matter; a first line followed by a blank line; else a title derived from the
first sentence (the body then keeps that sentence).  The body is the text as
written, one paragraph per line; nothing is rendered (a ``*`` stays a ``*``).
Hard-wrapped text (blank lines between paragraphs, every line short) is
unwrapped so each paragraph becomes one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.importers.base import Items, clean_body, make_draft, word_set
from reader.importers.dates import normalise_date

#: Front matter keys understood, normalised (lower case, ``-`` and spaces as ``_``).
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "pubdate": "date",
    "pub_date": "date",
    "date_published": "date",
    "datepublished": "date",
    "publication_date": "date",
    "dc:date": "date",
    "dcterms:issued": "date",
    "created": "created",
    "created_at": "created",
    "date_created": "created",
    "updated": "updated",
    "updated_at": "updated",
    "modified": "updated",
    "date_modified": "updated",
    "last_modified": "updated",
    "lastmod": "updated",
    "dcterms:modified": "updated",
    "date_extracted": "extracted",
    "extracted_at": "extracted",
    "crawled_at": "extracted",
    "source": "source",
    "publisher": "source",
    "site": "source",
    "url": "url",
    "link": "url",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "language": "language",
    "lang": "language",
    "العنوان": "title",
    "التاريخ": "date",
    "المصدر": "source",
    "الرابط": "url",
    "الكاتب": "author",
    "اللغة": "language",
}

_KEY_LINE = re.compile(r"^\s*([^\W\d][\w \-]{0,29}?)\s*:\s*(.*?)\s*$")
#: A key with a namespace (``dc:date: ...``): tried first, kept only when the key is known.
_NS_KEY_LINE = re.compile(r"^\s*([^\W\d][\w\-]{0,15}:[^\W\d][\w\-]{0,29})\s*:\s*(.*?)\s*$")
#: The front matter's date fields, best first: the first that reads as a date is the article's.
DATE_FIELDS = ("date", "created", "updated", "extracted")
_LIST_ITEM = re.compile(r"^\s+-\s+(.*?)\s*$")
_FENCE_OPEN = "---"
_FENCE_CLOSE = ("---", "...")
#: A fenced block that does not close within this many lines is not front matter.
_FENCE_MAX_LINES = 100

# Page furniture.  Advert markers are removed wherever they stand as a whole
# line; the rest only from the end of the text, and only as a whole line.
_ADVERT = re.compile(
    r"^\[\s*(?:إعلان|اعلان|advertisement|advert|ads?|sponsored|publicité)"
    r"(?:\s*(?:رقم|no\.?|#)?\s*\d+)?\s*\]$",
    re.IGNORECASE,
)
_TRAILING_FURNITURE = (
    _ADVERT,
    re.compile(r"^(?:إعلان|اعلان|advertisement)$", re.IGNORECASE),
    re.compile(r"^(?:ال)?(?:مصدر|مصادر)\s*:?$"),
    re.compile(r"^sources?\s*:?$", re.IGNORECASE),
    re.compile(
        r"^(?:ال)?(?:تعليق|تعليقات)\s*(?:\(\s*\d+\s*\)|\d+)?$"
        r"|^(?:\(\s*\d+\s*\)|\d+)\s*(?:ال)?(?:تعليق|تعليقات)$",
    ),
    re.compile(r"^comments?\s*(?:\(\s*\d+\s*\)|\d+)?$|^\d+\s+comments?$", re.IGNORECASE),
)
_SHARE_CORE = word_set(
    "share print tweet email e-mail شارك شاركوا مشاركة طباعة اطبع إرسال ارسال أرسل"
)
_SHARE_WORDS = _SHARE_CORE | word_set(
    "this article story page link copy on via by to facebook twitter x whatsapp "
    "telegram linkedin reddit المقال الخبر الرابط نسخ عبر على إلى فيسبوك تويتر "
    "واتساب تلغرام تيليجرام لينكدإن البريد الإلكتروني"
)
_SHARE_SPLIT = re.compile(r"[\s|·•,/\\\-–—:]+")


@dataclass
class FrontMatter:
    """Metadata found at the top of a text or Markdown file."""

    fields: dict[str, str] = field(default_factory=dict)
    """Known keys (``title``, ``date``, ...) to their values."""


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
        if value and "\\" in value:
            value = value.replace('\\"', '"').replace("\\\\", "\\")
    return value.strip()


def _key(raw: str) -> str | None:
    return FRONT_MATTER_KEYS.get(re.sub(r"[\s\-]+", "_", raw.strip().lower()))


def _key_value(line: str) -> tuple[str | None, str] | None:
    """``(known key or None, value)`` of a ``key: value`` line; None for another line."""
    namespaced = _NS_KEY_LINE.match(line)
    if namespaced and _key(namespaced.group(1)):
        return _key(namespaced.group(1)), namespaced.group(2)
    match = _KEY_LINE.match(line)
    return None if match is None else (_key(match.group(1)), match.group(2))


def front_matter_date(fields: dict[str, str]) -> str | None:
    """The article's date from its front matter: the first of :data:`DATE_FIELDS` that
    reads as a date (publication first; when the page was collected last)."""
    for name in DATE_FIELDS:
        found = normalise_date(fields.get(name))
        if found:
            return found
    return None


def split_front_matter(lines: list[str]) -> tuple[FrontMatter, list[str]]:
    """Split leading front matter off the lines of a text.

    Two forms are understood: a YAML-style block fenced by ``---`` lines (only
    simple ``key: value`` pairs and ``- item`` lists are read; unknown keys are
    ignored), and a first paragraph made *only* of known ``key: value`` lines
    followed by a blank line.  Anything else is text, untouched.

    Args:
        lines: The text's lines (newlines already removed).

    Returns:
        The front matter (possibly empty) and the remaining lines.
    """
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].strip() == _FENCE_OPEN:
        end = _fence_end(lines, start)
        if end is None:
            return FrontMatter(), lines
        return FrontMatter(_fenced_fields(lines[start + 1 : end])), lines[end + 1 :]
    return _key_paragraph(lines, start)


def _fence_end(lines: list[str], start: int) -> int | None:
    """The line closing the fence opened at ``start``, if it closes soon enough."""
    for i in range(start + 1, min(len(lines), start + 1 + _FENCE_MAX_LINES)):
        if lines[i].strip() in _FENCE_CLOSE:
            return i
    return None


def _fenced_fields(block: list[str]) -> dict[str, str]:
    """The known fields of a fenced block: ``key: value`` lines, and ``key:`` with ``- item`` lines.

    The first value of a key wins; a list becomes its items joined by ", ".
    """
    meta: dict[str, str] = {}
    pending: str | None = None  # a known key given without a value: its list may follow
    items: list[str] = []
    for line in block:
        item = _LIST_ITEM.match(line)
        if item and pending:
            items.append(_unquote(item.group(1)))
            continue
        _end_list(meta, pending, items)
        pending, items = None, []
        key, value = _fenced_field(line)
        if key is None:
            continue
        if value and key not in meta:
            meta[key] = value
        elif not value:
            pending = key
    _end_list(meta, pending, items)
    return meta


def _fenced_field(line: str) -> tuple[str | None, str]:
    """A known key and its value from one unindented ``key: value`` line, else ``(None, "")``."""
    found = _key_value(line)
    if found is None or found[0] is None or line[:1].isspace():
        return None, ""
    return found[0], _unquote(found[1])


def _end_list(meta: dict[str, str], key: str | None, items: list[str]) -> None:
    """Store the list read under ``key`` (items joined by ", ") unless the key has a value."""
    if key and items and key not in meta:
        meta[key] = ", ".join(i for i in items if i)


def _key_paragraph(lines: list[str], start: int) -> tuple[FrontMatter, list[str]]:
    """Front matter as a first paragraph of known ``key: value`` lines followed by a blank line."""
    block: dict[str, str] = {}
    i = start
    while i < len(lines) and lines[i].strip():
        found = _key_value(lines[i])
        key, value = found if found is not None else (None, "")
        if key is None:
            return FrontMatter(), lines
        if key not in block:
            block[key] = _unquote(value)
        i += 1
    if not block or i >= len(lines):
        # Needs a blank line after it: a lone "Source: X" line is text.
        return FrontMatter(), lines
    return FrontMatter({k: v for k, v in block.items() if v}), lines[i + 1 :]


def _is_share_line(line: str) -> bool:
    words = [w for w in _SHARE_SPLIT.split(line.lower()) if w]
    return (
        bool(words)
        and all(w in _SHARE_WORDS for w in words)
        and any(w in _SHARE_CORE for w in words)
    )


#: Furniture lines are short; longer lines are text and skip the patterns
#: (which also keeps their backtracking cheap on hostile input).
_FURNITURE_MAX = 80


def is_advert_marker(line: str) -> bool:
    """Return True for a whole-line advert marker such as ``[إعلان رقم 2]``."""
    line = line.strip()
    return len(line) <= _FURNITURE_MAX and _ADVERT.match(line) is not None


def strip_furniture(lines: list[str]) -> list[str]:
    """Drop page furniture: advert markers anywhere, source/comment/share lines at the end.

    Only whole lines are dropped, and apart from advert markers only from the
    end of the text (a trailing run of them), so a sentence that merely
    mentions a source or ends with "(المصدر: THX) |" stays.

    Args:
        lines: The text's lines, in order.

    Returns:
        The lines without furniture.
    """
    kept = [line for line in lines if not is_advert_marker(line)]
    while kept:
        last = kept[-1].strip()
        if not last or (
            len(last) <= _FURNITURE_MAX
            and (_is_share_line(last) or any(p.match(last) for p in _TRAILING_FURNITURE))
        ):
            kept.pop()
            continue
        break
    return kept


_LIST_START = re.compile(r"^\s*(?:[*\-•+]|\d{1,3}[.)])\s+")
_WRAP_WIDTH = 100


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into one line per paragraph, when the text is clearly wrapped.

    "Clearly wrapped" means: blank lines separate paragraphs, no line is longer
    than 100 characters, and some paragraph has several lines.  A text with one
    paragraph per line (like the seed) is returned unchanged, and so are list
    items, which keep their own lines.

    Args:
        lines: The text's lines.
    """
    if not any(not line.strip() for line in lines):
        return lines
    if any(len(line) > _WRAP_WIDTH for line in lines):
        return lines
    blocks = _blocks(lines)
    if not _hard_wrapped(blocks):
        return lines
    out: list[str] = []
    for block in blocks:
        if not block:
            continue
        out.extend(_join_lines(block))
        out.append("")
    return out


def _blocks(lines: list[str]) -> list[list[str]]:
    """The text's paragraphs as lists of lines (blank lines separate them)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return blocks


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether some paragraphs have several lines, all but their last 40 characters on average."""
    wrapped = [b for b in blocks if len(b) >= 2]
    if not wrapped:
        return False
    full = sum(len(line) for b in wrapped for line in b[:-1])
    return full >= 40 * sum(len(b) - 1 for b in wrapped)


def _join_lines(block: list[str]) -> list[str]:
    """One paragraph's lines joined into one, except list items, which start a line each."""
    out: list[str] = []
    paragraph: list[str] = []
    for line in block:
        if _LIST_START.match(line) and paragraph:
            out.append(" ".join(paragraph))
            paragraph = []
        paragraph.append(line.strip())
    out.append(" ".join(paragraph))
    return out


def split_lines(text: str) -> list[str]:
    """Split text into lines on ``\\n``, ``\\r\\n`` or ``\\r``, with trailing spaces removed."""
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def read_text(text: str, origin: str) -> Items:
    """Read one plain-text article.

    Args:
        text: The decoded file.
        origin: The file path, for the draft's ``origin``.

    Yields:
        One ArticleDraft.

    Raises:
        ImportProblem: The file holds no text.
    """
    meta, lines = split_front_matter(split_lines(text))
    lines = strip_furniture(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    title = meta.fields.get("title")
    # A first line followed by a blank line is the title, unless front matter
    # named one already (then a repeat of it is dropped) or it is too long to be one.
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip():
        first = lines[0].strip()
        if title is None and len(first) <= 200:
            title, lines = first, lines[2:]
        elif title is not None and first == title.strip():
            lines = lines[2:]
    body = clean_body(unwrap(lines))
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
