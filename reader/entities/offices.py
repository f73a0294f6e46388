"""Provides offices and their holders: who held an office on an article's date (no Textual).

The leaders data gives each person's terms in office with dates.  A title in
an article ("الرئيس الأمريكي", "خادم الحرمين الشريفين", "ولي العهد" in Saudi
copy) names whoever held that office on the article's date; a name two
leaders share (بوش: George H. W. Bush in 1990, George W. Bush in 2004) names
the one in office then.  This module classifies an office by what titles
call it (:func:`office_kind`), pads partial dates to comparable bounds
(:func:`lower_bound`, :func:`upper_bound`), and answers :func:`holder` and
:func:`pick_leader`.  An article without a date is read as of today: the
latest holder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.entities.records import Leader, Office

#: Office kinds titles name, by the English office title (the role decides heads).
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("deputy_crown_prince", re.compile(r"^Deputy Crown Prince of ")),
    ("crown_prince", re.compile(r"^Crown Prince of ")),
    ("foreign_minister", re.compile(
        r"^(Minister (of|for) (the )?(Foreign|External) Affairs|Foreign (Minister|Secretary)"
        r"|United States Secretary of State$|Secretary of State for Foreign)")),
    ("defence_minister", re.compile(
        r"^(Minister (of|for) (the )?(National )?Defen[cs]e|United States Secretary of Defense"
        r"|Secretary of State for Defence|Defen[cs]e Minister)")),
    ("interior_minister", re.compile(
        r"^(Minister (of|for) (the )?(Interior|Home Affairs)|Home Secretary|Interior Minister)")),
    ("vice_president", re.compile(r"^Vice President of ")),
)

#: Office kinds held by one person at a time in a country (titles resolve to them).
TITLE_KINDS = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                         "defence_minister", "interior_minister", "crown_prince",
                         "deputy_crown_prince", "vice_president"})


def office_kind(title: str, role: str, country_names: Sequence[str] = ()) -> str:
    """What titles call an office: its role for heads, else a kind by its English title.

    ``country_names``: the English names of the office's country; a crown
    prince or vice president "of" somewhere else (Crown Prince of Abu Dhabi)
    is a sub-national office, ``other``.
    """
    if role in ("head_of_state", "head_of_government"):
        return role
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(title):
            if kind in ("crown_prince", "deputy_crown_prince", "vice_president") and country_names:
                where = title.split(" of ", 1)[1].removeprefix("the ")
                if not any(where == n.removeprefix("the ") for n in country_names):
                    return "other"
            return kind
    return "other"


def lower_bound(date: str | None) -> str:
    """A partial ISO date as the first day it may mean (``2004`` -> ``2004-01-01``)."""
    if not date:
        return "0000-00-00"
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:] + ["01", "01"])[:2]])


def upper_bound(date: str | None) -> str | None:
    """A partial ISO date as the last day it may mean (``2004`` -> ``2004-12-31``)."""
    if not date:
        return None
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:] + ["12", "31"])[:2]]) if len(parts) == 1 else (
        date if len(parts) == 3 else f"{date}-31")


def article_day(date: str | None) -> str | None:
    """The ``YYYY-MM-DD`` of an article's date (None when it has none or it is unreadable)."""
    if date and re.match(r"\d{4}-\d{2}-\d{2}", date):
        return date[:10]
    return None


def held_on(office: Office, day: str | None) -> bool:
    """Was the office held on ``day`` (None: today, so still held)?"""
    if day is None:
        return office.end is None
    return office.start <= day and (office.end is None or day <= office.end)


@dataclass(frozen=True, slots=True)
class Term:
    """A term in an office, for the holders index."""

    start: str
    end: str | None
    key: str
    title: str


def index_terms(leaders: Iterable[Leader]) -> dict[tuple[str, str], list[Term]]:
    """(office kind, country) -> every term in such an office, latest start first."""
    index: dict[tuple[str, str], list[Term]] = {}
    for leader in leaders:
        for o in leader.offices:
            if o.kind in TITLE_KINDS and o.country:
                index.setdefault((o.kind, o.country), []).append(
                    Term(o.start, o.end, leader.key, o.title))
    for terms in index.values():
        terms.sort(key=lambda t: t.start, reverse=True)
    return index


def holder(terms: Mapping[tuple[str, str], list[Term]], kind: str, country: str,
           day: str | None, style: str | None = None) -> str | None:
    """Key of whoever held the office of ``kind`` in ``country`` on ``day``.

    ``style``: the first word the office's English title must have (``King``,
    ``President``, ``Emir``), when the title that named it says ("الملك").
    Without a day, the holder now (else the latest one).  None when the data
    has nobody for that day.
    """
    found = [t for t in terms.get((kind, country), ())
             if style is None or t.title.split(" ", 1)[0] == style]
    if day is None:
        current = [t for t in found if t.end is None]
        if current:
            return current[0].key
        latest = max(found, key=lambda t: t.end or "", default=None)
        return latest.key if latest is not None else None
    for t in found:  # latest start first: an acting holder gives way to the new one
        if t.start <= day and (t.end is None or day <= t.end):
            return t.key
    return None


def pick_leader(leaders: Sequence[Leader], day: str | None,
                countries: Mapping[str, int]) -> tuple[Leader, bool]:
    """Which of several leaders a name they share names, and whether that is clear.

    A leader of a country the article names counts first (Saudi copy's "الملك
    عبدالله" in 2015 is the late Saudi king, not Jordan's), then being in
    office on the article's day (بوش in 2004 and in 1990), then how often the
    country is named; without a day, being in office now.  Clear: the best
    one scores above every other on the first two.
    """
    def score(leader: Leader) -> tuple[bool, bool, int, str]:
        country = countries.get(leader.country or "", 0)
        in_office = any(held_on(o, day) for o in leader.offices)
        latest = max((o.end or "9999" for o in leader.offices), default="")
        return (country > 0, in_office, country, latest)

    ranked = sorted(leaders, key=score, reverse=True)
    best = ranked[0]
    clear = len(ranked) == 1 or score(best)[:2] > score(ranked[1])[:2]
    return best, clear
