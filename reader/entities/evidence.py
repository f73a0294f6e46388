"""Provides what made a mention a person, and how sure each kind of evidence is (no Textual).

Every rule that records a person says why (:class:`Evidence`): a known
leader's full name, a title before the name, a name set off by a comma and
a title, a known given name and a surname, the name detector ... Each kind
has a confidence, the share of such mentions that were right when the rules
were tuned on real news (the SaudiNewsNet sample, the ANERcorp stretches and
the dev set).  A person's confidence is that of their best mention; the
sidebar shows the people at :data:`SHOWN` or above and can reveal the rest,
and ``reader entities --json`` lists both with their evidence.
"""

from __future__ import annotations

from enum import StrEnum


class Evidence(StrEnum):
    """Why a mention was read as a person (the value is what ``--json`` prints)."""

    KNOWN_NAME = "known full name"
    """A known leader's full name (data/leaders)."""
    TITLE = "title"
    """A title before the name ("الرئيس X", "وزير الخارجية الأمريكي X", "President X")."""
    OFFICE = "office on the date"
    """A title alone, naming whoever held that office on the article's date
    ("خادم الحرمين الشريفين", "الرئيس الأمريكي")."""
    APPOSITION = "name then title"
    """A name that a comma and a title follow ("X Y، مستشار الرئيس")."""
    NATIONALITY = "nationality"
    """A nationality used as a noun before the name ("والكيني أبراهام كيبيوت")."""
    EARLIER = "named before"
    """A later, shorter mention of someone the article named in full or with a title."""
    KNOWN_SHORT = "known surname"
    """A known leader's distinctive surname alone ("ترامب", "لأردوغان")."""
    SHORT_IN_CONTEXT = "surname where a name stands"
    """A known surname that is also a word, where only a name can stand ("وأعلن لولا")."""
    GIVEN_NAME = "given name and surname"
    """A known given name followed by name words ("إنريكو ماتي")."""
    WEAK_GIVEN_NAME = "ambiguous given name"
    """A given name that is also an ordinary word, followed by name-like words."""
    DETECTOR = "looks like a foreign name"
    """Words the name detector reads as a transliterated foreign name, nothing else."""


CONFIDENCE: dict[Evidence, float] = {
    Evidence.KNOWN_NAME: 0.95,
    Evidence.TITLE: 0.9,
    Evidence.EARLIER: 0.9,
    Evidence.OFFICE: 0.85,
    Evidence.APPOSITION: 0.85,
    Evidence.NATIONALITY: 0.8,
    Evidence.KNOWN_SHORT: 0.8,
    Evidence.GIVEN_NAME: 0.75,
    Evidence.SHORT_IN_CONTEXT: 0.65,
    Evidence.WEAK_GIVEN_NAME: 0.5,
    Evidence.DETECTOR: 0.45,
}
"""How sure each kind of evidence is, from 0 to 1."""

SHOWN = 0.6
"""People at this confidence or above are shown by default; the rest on request."""
