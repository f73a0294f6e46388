"""Provides Mentions: one extraction's state, and how a rule records what it found (no Textual).

:class:`Mentions` is the article's :class:`~reader.entities.words.Words` plus
what the rules found so far: the people (:class:`Person`, one per person with
every mention), the place names (:class:`PlaceMention`, settled later), the
words already claimed by a mention, the countries named or implied, and the
mentions left for step 2 (:class:`DeferredName`, :class:`ShortForm`).  Every
rule records a person through :meth:`Mentions.person`, so what is known of a
person (a title, an office, a country; the evidence of each mention, when
entities come to carry it) is gathered in one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.entities.lookup import Gazetteer
from reader.entities.normalize import skeleton
from reader.entities.records import Leader
from reader.entities.words import Words


@dataclass
class Person:
    """A person the article mentions, with every mention found so far."""

    key: str
    leader: Leader | None
    words: tuple[str, ...]
    """Folded words of the fullest name found."""
    country: str | None
    first: int
    """Token index of the first mention (for ordering)."""
    titled: bool = False
    office_holder: bool = False
    """Named with a title of office (president, minister...), so a search by
    country finds the article; athletes and artists with a nationality do not."""
    surfaces: Counter[str] = field(default_factory=Counter)
    """Each mention's text as written, counted."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Each mention's offsets into the text."""


@dataclass
class PlaceMention:
    """A place name in the text; which place it names is settled in step 3."""

    i: int
    """First word."""
    j: int
    """Word after the last."""
    start: int
    end: int
    candidates: list[str]
    """Keys of the places the name may stand for (homonyms: عمان, طرابلس)."""
    surface: str
    heads: str = ""
    """``city`` or ``country`` when the word before says so."""


class DeferredName(NamedTuple):
    """A single word after a title, read once every full name is known (step 2)."""

    k: int
    country: str | None
    """Country of the title's nationality adjective or country, if any."""
    strong: bool
    """After a strong title (see lexicon.STRONG_TITLES) a definite word is a name."""
    office: bool
    """The title is one of office (see :attr:`Person.office_holder`)."""


class ShortForm(NamedTuple):
    """A leader's short form seen without a title, joined in step 2."""

    i: int
    end: int
    key: str
    prefix: int


class Mentions(Words):
    """One article's words and the mentions found in them so far."""

    def __init__(self, text: str, gz: Gazetteer) -> None:
        super().__init__(text, gz)
        n = self.n
        self.claimed = [False] * n
        """Words some mention already took (every word belongs to at most one)."""
        self.in_person = [False] * n
        """Words that belong to a person's mention (places never overlap them)."""
        self.people: dict[str, Person] = {}
        self.places: list[PlaceMention] = []
        self.evidence: Counter[str] = Counter()
        """Country codes named or implied (nisba, office-holders), for disambiguation."""
        self.country_adjectives: Counter[str] = Counter()
        """Country names used as adjectives ("الحكومة السعودية"): no place mention, but
        what a search by country finds (see result.country_weights)."""
        self.sports: bool | None = None
        """Is the article sports copy?  (Asked only at a city named like a club.)"""
        self.deferred: list[DeferredName] = []
        """Single-word names after a title, resolved once every full name is known."""
        self.shorts: list[ShortForm] = []
        """Leader short forms seen without a title."""

    def person(self, key: str, leader: Leader | None, words: tuple[str, ...],
               country: str | None, k: int, j: int, prefix: int, titled: bool,
               office: bool = False) -> None:
        """Record a mention of a person: words k..j-1, ``prefix`` letters cut from the first.

        Args:
            key: The person's key (a leader's, or ``person:x:...``).
            leader: The known leader, if it is one.
            words: The folded words of the name.
            country: A country the context gives (a nationality after a title).
            titled: A title came before the name.
            office: The title is one of office.
        """
        start, end, text = self.surface(k, prefix, j)
        p = self.people.get(key)
        if p is None:
            p = self.people[key] = Person(
                key, leader, words, country or (leader.country if leader else None), k)
        elif len(words) > len(p.words):
            p.words = words
        if country and not p.country:
            p.country = country
        p.titled = p.titled or titled
        p.office_holder = p.office_holder or office
        p.surfaces[text] += 1
        p.spans.append((start, end))
        for q in range(k, j):
            self.claimed[q] = True
            self.in_person[q] = True
        if p.country and not (leader and leader.org):
            self.evidence[p.country] += 1

    def unknown_person(self, k: int, j: int, country: str | None, titled: bool,
                       prefix: int = 0, office: bool = False) -> None:
        """Record words k..j-1 as the name of a person the gazetteer does not know.

        A longer or differently spelled name of someone already found, or the
        first names of someone named in full before ("الأمير عبد العزيز"), is
        that person again.
        """
        words = tuple(self.words[k:j])
        if prefix:
            words = (self.words[k][prefix:], *words[1:])
        key = "person:x:" + "_".join(skeleton(w) for w in words)
        leader = None
        for p in self.people.values():
            if (p.leader is None and same_person(words, p.words)) or (
                    2 <= len(words) < len(p.words) and p.words[:len(words)] == words):
                key, leader = p.key, p.leader
                break
        self.person(key, leader, words, country, k, j, prefix, titled, office)

    def leader_at(self, k: int, titled: bool, country: str | None) -> int | None:
        """Record a known leader's name starting at word k, if one does; returns its end.

        After a title a leader's short form counts too ("الرئيس بوتين"), unless
        the title's nationality is another country's ("الرئيس الفرنسي X").
        """
        hit = self.phrase_at(k, ("leader", "short") if titled else ("leader",))
        if hit is None:
            return None
        end, kind, key, prefix = hit
        leader = self.gz.leaders[key]
        if (kind == "short" and country and leader.country and country != leader.country
                and not leader.org):
            return None  # "الرئيس الفرنسي X": X is not a leader of another country
        words = tuple(self.words[k:end])
        if prefix:
            words = (self.words[k][prefix:], *words[1:])
        self.person(key, leader, words, country, k, end, prefix, titled)
        return end


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two unknown names for one person: equal skeletons, or one a part of the other."""
    if not a or not b:
        return False
    sa = [skeleton(w) for w in a]
    sb = [skeleton(w) for w in b]
    if sa == sb:
        return True
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) >= 2 and all(w in big for w in small):
        return True
    return len(small) == 1 and small[0] == big[-1] and len(a[-1]) >= 3
