"""Provides normalise_date(): publication dates from any format to ISO 8601, never guessed.

Output is ``YYYY-MM-DD`` when only the day is known and ``YYYY-MM-DDTHH:MM:SSZ``
(UTC) when the time is known.  A time with a zone or offset is converted to
UTC.  A time without one (SaudiNewsNet's ``2015-07-23 19:28:17``, RFC 2822's
``-0000``) is taken as UTC: the only reading that does not depend on the
machine that imports it (the same file gives the same dates, ids and order
everywhere), it is at most a few hours off, and it keeps the order of a day's
articles, which keeping only the day would lose.  Ambiguous numeric dates
(``05/06/2023``: May or June?) and anything unreadable give None.
"""

from __future__ import annotations

import math
import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Arabic month names: the Egyptian/Gulf forms and the Levantine/Iraqi ones
# (often written together, e.g. "مايو/أيار").
for _number, _names in enumerate(
    (
        "يناير|كانون الثاني",
        "فبراير|شباط",
        "مارس|آذار|اذار",
        "أبريل|ابريل|إبريل|نيسان",
        "مايو|أيار|ايار",
        "يونيو|يونيه|حزيران",
        "يوليو|يوليه|تموز",
        "أغسطس|اغسطس|آب|اب",
        "سبتمبر|أيلول|ايلول",
        "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
        "نوفمبر|تشرين الثاني",
        "ديسمبر|كانون الأول|كانون الاول",
    ),
    start=1,
):
    for _name in _names.split("|"):
        _MONTHS[_name] = _number

_MONTH_RE = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
    + r")\.?(?![^\W\d_])",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_NUMBER = re.compile(r"\d+")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_EPOCH = re.compile(r"\d{9,13}(\.\d+)?")
#: RFC 2822 without the weekday: "18 May 2023 10:00 ..." (with one, a comma comes early).
_RFC_2822_START = re.compile(r"\d{1,2} [A-Za-z]{3} \d{4} \d")


def _day(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _moment(value: datetime) -> str | None:
    """ISO string of a moment in UTC (a time without a zone is taken as UTC already)."""
    if not 1900 <= value.year <= 2200:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=UTC)
    utc = value.astimezone(UTC)
    if not 1900 <= utc.year <= 2200:
        return None
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def from_epoch(seconds: float) -> str | None:
    """Normalise a Unix time (seconds, or milliseconds when implausibly large)."""
    if not math.isfinite(seconds):
        return None
    if abs(seconds) > 1e11:  # milliseconds, as JavaScript writes them
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _moment(moment)


def from_struct(value: time.struct_time | None) -> str | None:
    """Normalise a UTC ``time.struct_time`` (what feedparser gives)."""
    if value is None:
        return None
    try:
        moment = datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return _moment(moment)


def _from_words(text: str) -> str | None:
    """Dates written with a month name: "18 May 2023", "May 18, 2023", "18 مايو/أيار 2023"."""
    month_match = _MONTH_RE.search(text)
    if month_match is None:
        return None
    month = _MONTHS[month_match.group(1).lower()]
    rest = _TIME.sub(" ", text[: month_match.start()] + " " + text[month_match.end() :])
    numbers = [int(n) for n in _NUMBER.findall(rest) if len(n) <= 4]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if 1 <= n <= 31]
    if len(years) != 1 or len(days) != 1:
        return None
    return _day(years[0], month, days[0])


def _from_numbers(text: str) -> str | None:
    """Numeric dates: year first always; day first only when it cannot be a month."""
    match = _NUMERIC.fullmatch(text.strip())
    if match is None:
        return None
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:
        return _day(a, b, c)
    if len(match.group(3)) != 4:
        return None
    if a > 12 >= b:
        return _day(c, b, a)
    if b > 12 >= a:
        return _day(c, a, b)
    if a == b:
        return _day(c, a, b)
    return None  # 05/06/2023: May or June? Not guessed.


def normalise_date(value: object) -> str | None:
    """Return a publication date as ISO 8601, or None when unknown or ambiguous.

    Args:
        value: A string in ISO 8601, RFC 2822, "18 May 2023" (English or Arabic
            month names), an unambiguous numeric form, or a Unix time number.

    Returns:
        ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM:SSZ`` (UTC) when a zoned time is known,
        or None.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return from_epoch(float(value))
    if not isinstance(value, str):
        return None
    return _from_text(value.translate(_DIGITS).strip())


def _from_text(text: str) -> str | None:
    """A date written as text (Western digits already): epoch, ISO, RFC 2822, numbers, words."""
    if not text or len(text) > 100:
        return None
    if _EPOCH.fullmatch(text):
        return from_epoch(float(text))
    if _ISO_DAY.match(text):
        return _from_iso(text)
    if "," in text[:5] or _RFC_2822_START.match(text):
        try:
            return _moment(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return _from_numbers(text) or _from_words(text)


def _from_iso(text: str) -> str | None:
    """ISO 8601 (``text`` starts with ``YYYY-MM-DD``): the day, or the moment when zoned."""
    if _ISO_DAY.fullmatch(text):
        try:
            return _day(*(int(p) for p in text.split("-")))
        except ValueError:
            return None
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return _moment(datetime.fromisoformat(iso))
    except ValueError:
        return _day(*(int(p) for p in text[:10].split("-")))
