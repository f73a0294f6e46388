"""Provides the query syntax: words, quoted phrases and filters (no Textual).

A query is words, with optionally::

    "وقف إطلاق النار"     a phrase: these words, next to each other, in this order
                           (also «...» and “...”; an unclosed quote runs to the end)
    source:okaz            articles whose source contains "okaz" (folded, any case;
                           source:"Test Wire" for a name with spaces); several: any of them
    after:2015-07-01       dated on or after that day (YYYY, YYYY-MM or YYYY-MM-DD)
    before:2015-08         dated before that month (undated articles match neither)
    is:unread  is:read  is:starred  is:unstarred

The keys have Arabic forms too: ``مصدر:`` (source), ``بعد:`` (after),
``قبل:`` (before), ``حالة:`` (is; with ``غير_مقروء``, ``مقروء``, ``مميز``).  A
``key:value`` whose key is none of these is words (``10:30``, ``http://...``).
:func:`parse` never fails: a filter it cannot read is a problem to report
(``after:yesterday``), and the rest of the query still stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reader.entities.normalize import fold
from reader.search.names import query_words

#: One token: a ``key:value`` (the value may be quoted), a quoted phrase, or a bare run.
_TOKEN = re.compile(
    r'(?P<key>[^\s:"«“]+):(?P<value>"[^"]*"?|«[^»]*»?|“[^”]*”?|\S*)'
    r'|(?P<phrase>"[^"]*"?|«[^»]*»?|“[^”]*”?)'
    r"|(?P<word>\S+)"
)
_QUOTES = "\"«»“”"

#: Filter keys as typed (folded) -> the filter they set.
KEYS = {
    "source": "source", "src": "source", "مصدر": "source", "المصدر": "source",
    "after": "after", "since": "after", "بعد": "after",
    "before": "before", "until": "before", "قبل": "before",
    "is": "is", "حاله": "is",
}
#: Values of ``is:`` -> (mark, wanted): read marks and stars.
STATES = {
    "unread": ("read", False), "read": ("read", True),
    "starred": ("starred", True), "unstarred": ("starred", False),
    "غير_مقروء": ("read", False), "غيرمقروء": ("read", False), "مقروء": ("read", True),
    "مميز": ("starred", True), "غير_مميز": ("starred", False),
}
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


@dataclass(frozen=True, slots=True)
class Filters:
    """What the articles found must also be: from a source, within dates, read or starred."""

    sources: tuple[str, ...] = ()
    """Folded source names: an article's folded source must contain one of them."""
    after: str | None = None
    """ISO date prefix (``2015``, ``2015-07``, ``2015-07-01``): dated on or after it."""
    before: str | None = None
    """ISO date prefix: dated before it."""
    read: bool | None = None
    """True: read articles only; False: unread only; None: either."""
    starred: bool | None = None
    """True: starred only; False: not starred; None: either."""

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.sources) or any(
            x is not None for x in (self.after, self.before, self.read, self.starred))

    @property
    def needs_marks(self) -> bool:
        """Whether the filters ask about read marks or stars."""
        return self.read is not None or self.starred is not None

    def describe(self) -> str:
        """The filters for people: ``source okaz · after 2015-07-01 · unread``."""
        parts = []
        if self.sources:
            parts.append("source " + " or ".join(self.sources))
        if self.after:
            parts.append(f"from {self.after}")
        if self.before:
            parts.append(f"before {self.before}")
        if self.read is not None:
            parts.append("read" if self.read else "unread")
        if self.starred is not None:
            parts.append("starred" if self.starred else "not starred")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query taken apart: its words, its phrases, its filters and what could not be read."""

    text: str
    """The words and phrases as typed, filters left out (what names and hits are read from)."""
    words: tuple[str, ...] = ()
    """Folded words outside quotes, in order."""
    phrases: tuple[tuple[str, ...], ...] = ()
    """Folded words of each quoted phrase."""
    filters: Filters = field(default_factory=Filters)
    problems: tuple[str, ...] = ()
    """One line per filter that could not be read (``after: ... is not a date``)."""

    @property
    def all_words(self) -> tuple[str, ...]:
        """Every folded word of the query, phrases included (what a plain word search needs)."""
        out = list(self.words)
        for phrase in self.phrases:
            out += phrase
        return tuple(out)

    @property
    def empty(self) -> bool:
        """Nothing to search for and nothing to filter by."""
        return not self.all_words and not self.filters.active


class _Builder:
    """Collects the parts of a query while :func:`parse` reads it."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.words: list[str] = []
        self.phrases: list[tuple[str, ...]] = []
        self.sources: list[str] = []
        self.dates: dict[str, str] = {}
        self.marks: dict[str, bool] = {}
        self.problems: list[str] = []

    def add_words(self, raw: str) -> None:
        self.text.append(raw)
        self.words += query_words(raw)

    def add_phrase(self, raw: str) -> None:
        words = tuple(query_words(raw))
        if len(words) > 1:
            self.phrases.append(words)
            self.text.append(raw)
        else:
            self.add_words(raw)  # a quoted word is a word

    def add_filter(self, key: str, raw_key: str, value: str, *, typing: bool) -> None:
        if not value:
            if not typing:
                self.problems.append(f"{raw_key}: needs a value ({_EXAMPLES[key]})")
            return
        if key == "source":
            self.sources.append(" ".join(query_words(value)) or fold(value))
        elif key in ("after", "before"):
            date = read_date(value)
            if date is None:
                self.problems.append(
                    f"{raw_key}: takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
            else:
                self.dates[key] = date
        else:
            state = STATES.get(fold(value).lower())
            if state is None:
                if not typing or not any(s.startswith(fold(value)) for s in STATES):
                    self.problems.append(f"{raw_key}: takes unread, read, starred or "
                                         f"unstarred, not {value!r}")
            else:
                self.marks[state[0]] = state[1]

    def build(self) -> ParsedQuery:
        filters = Filters(tuple(dict.fromkeys(self.sources)), self.dates.get("after"),
                          self.dates.get("before"), self.marks.get("read"),
                          self.marks.get("starred"))
        return ParsedQuery(" ".join(self.text), tuple(self.words), tuple(self.phrases),
                           filters, tuple(self.problems))


_EXAMPLES = {"source": "source:okaz", "after": "after:2015-07-01",
             "before": "before:2015-08", "is": "is:unread"}


def parse(query: str, *, typing: bool = False) -> ParsedQuery:
    """Take a query apart (see the module docstring).

    Args:
        query: What the user typed.
        typing: The query is still being typed: a filter without its value yet
            (``source:``) or with the start of one (``is:unr``) is no problem.
    """
    b = _Builder()
    for m in _TOKEN.finditer(query):
        if m.group("key") is not None:
            raw_key = m.group("key")
            key = KEYS.get(fold(raw_key).lower())
            if key is None:
                b.add_words(m.group())
            else:
                b.add_filter(key, raw_key, m.group("value").strip(_QUOTES).strip(),
                             typing=typing)
        elif m.group("phrase") is not None:
            b.add_phrase(m.group("phrase").strip(_QUOTES))
        else:
            b.add_words(m.group("word"))
    return b.build()


def read_date(text: str) -> str | None:
    """An ISO date prefix from ``2015``, ``2015-7``, ``2015/07/01`` (None: not a real date)."""
    m = _DATE.match(fold(text).strip())
    if m is None:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if month is None:
        return year
    if day is None:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def in_dates(date: str | None, after: str | None, before: str | None) -> bool:
    """Whether an article's ISO date is within ``[after, before)`` (prefixes; None: open).

    An undated article is within no bounds (it passes only when both are None).
    """
    if after is None and before is None:
        return True
    if not date:
        return False
    if after is not None and date[:len(after)] < after:
        return False
    return before is None or date[:len(before)] < before
