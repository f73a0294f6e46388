"""Provides how dates read: a calendar date in the user's time zone and "3 days ago" (no Textual).

Stored dates are ISO 8601 (``2015-07-23T19:28:17Z`` in UTC, or a date alone,
``2015-07-23``).  A time is shown in the local time zone (the machine's, or
``TZ``), so an article published late on the 23rd in UTC may read as the 24th
in Riyadh; a date alone is a calendar day and is never shifted.  Relative
dates are counted from ``now`` (passed in, so the rules are tested at any moment).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

_UNITS: tuple[tuple[str, str, int], ...] = (
    ("year", "y", 365 * 86400),
    ("month", "mo", 30 * 86400),
    ("week", "w", 7 * 86400),
    ("day", "d", 86400),
    ("hour", "h", 3600),
    ("minute", "m", 60),
)


def parse_stored(value: str | None, tz: tzinfo | None = None) -> datetime | date | None:
    """A stored date as a local datetime (a time) or a date (a date alone); None when unreadable.

    Args:
        value: The stored ISO 8601 text.
        tz: The zone to show times in (None: the machine's local zone).
    """
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz)


def local_now(tz: tzinfo | None = None) -> datetime:
    """Now, in ``tz`` (None: the machine's local zone)."""
    return datetime.now(UTC).astimezone(tz)


def calendar_date(value: str | None, tz: tzinfo | None = None) -> str:
    """``YYYY-MM-DD`` in the local zone, or ``""`` when there is no readable date."""
    moment = parse_stored(value, tz)
    if moment is None:
        return (value or "")[:10] if value and value[:4].isdigit() else ""
    if isinstance(moment, datetime):
        return moment.date().isoformat()
    return moment.isoformat()


def full_date(value: str | None, tz: tzinfo | None = None) -> str:
    """The date with its local time when it has one: ``2015-07-23 22:28``."""
    moment = parse_stored(value, tz)
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%d %H:%M")
    return calendar_date(value, tz)


def relative(value: str | None, now: datetime, *, short: bool = False) -> str:
    """How long ago (``3 days ago``; short: ``3d ago``), ``today`` or ``in 2 days``; ``""``
    when there is no readable date.

    A date alone is counted in whole days from ``now``'s calendar day; a time in
    seconds from ``now``.
    """
    moment = parse_stored(value, now.tzinfo)
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        seconds = (now - moment).total_seconds()
    else:
        seconds = (now.date() - moment).days * 86400
        if seconds == 0:
            return "today"
    return _ago(seconds, short)


def _ago(seconds: float, short: bool) -> str:
    future = seconds < 0
    seconds = abs(seconds)
    for name, abbr, size in _UNITS:
        n = int(seconds // size)
        if n >= 1:
            text = f"{n}{abbr}" if short else f"{n} {name}{'s' if n != 1 else ''}"
            return f"in {text}" if future else f"{text} ago"
    return "just now"
