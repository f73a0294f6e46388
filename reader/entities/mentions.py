"""Provides Mentions: one extraction's state, and how a rule records what it found (no Textual).

:class:`Mentions` is the article's :class:`~reader.entities.name_runs.NameRuns` plus
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

from reader.entities.evidence import CONFIDENCE, Evidence
from reader.entities.lexicon import NAME_PARTICLES
from reader.entities.lookup import Gazetteer
from reader.entities.name_runs import NameRuns
from reader.entities.normalize import skeleton
from reader.entities.records import Leader


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
    surfaces: dict[str, int] = field(default_factory=dict)
    """Each mention's text as written, counted."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Each mention's offsets into the text."""
    evidence: set[Evidence] = field(default_factory=set)
    """What made each mention a person (see :mod:`reader.entities.evidence`)."""
    confidence: float = 0.0
    """How sure the best mention is (0 to 1)."""
    named: bool = False
    """Named by a name at least once, not only by a title of office."""


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


class OfficeTitle(NamedTuple):
    """A title of office with no name after it ("الرئيس الأمريكي"), resolved in step 2
    to whoever held the office on the article's date."""

    i: int
    end: int
    """Word after the title's last word (the span's end)."""
    kind: str
    """Office kind (see :func:`reader.entities.offices.office_kind`)."""
    country: str | None
    """The title's country (None: the article's, found in step 2)."""
    style: str | None
    """First word of the office's English title (``King``, ``President``), if the title says."""


class Mentions(NameRuns):
    """One article's words and the mentions found in them so far."""

    def __init__(self, text: str, gz: Gazetteer, day: str | None = None) -> None:
        super().__init__(text, gz)
        self.day = day
        """The article's date (``YYYY-MM-DD``), or None: read as of today."""
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
        self.office_titles: list[OfficeTitle] = []
        """Titles of office with no name after them."""
        self.countries: Counter[str] | None = None
        """How often the article names each country (counted only when a choice
        between leaders needs it: :func:`reader.entities.choose.country_context`)."""

    def person(self, key: str, leader: Leader | None, words: tuple[str, ...],
               country: str | None, k: int, j: int, prefix: int, titled: bool,
               office: bool = False, *, evidence: Evidence,
               confidence: float | None = None) -> None:
        """Record a mention of a person: words k..j-1, ``prefix`` letters cut from the first.

        Args:
            key: The person's key (a leader's, or ``person:x:...``).
            leader: The known leader, if it is one.
            words: The folded words of the name (empty: a title of office alone).
            country: A country the context gives (a nationality after a title).
            titled: A title came before the name.
            office: The title is one of office.
            evidence: What made the words a person.
            confidence: How sure (default: the evidence's own confidence).
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
        if evidence is not Evidence.OFFICE:
            p.named = True
            p.surfaces[text] = p.surfaces.get(text, 0) + 1
        p.spans.append((start, end))
        p.evidence.add(evidence)
        p.confidence = max(p.confidence, CONFIDENCE[evidence] if confidence is None
                           else confidence)
        for q in range(k, j):
            self.claimed[q] = True
            self.in_person[q] = True
        if p.country and not (leader and leader.org):
            self.evidence[p.country] += 1

    def unknown_person(self, k: int, j: int, country: str | None, titled: bool,
                       prefix: int = 0, office: bool = False, *, evidence: Evidence,
                       confidence: float | None = None) -> None:
        """Record words k..j-1 as the name of a person the gazetteer does not know.

        A longer or differently spelled name of someone already found, or the
        first names of someone named in full before ("الأمير عبد العزيز"), is
        that person again.
        """
        words = tuple(self.words[k:j])
        first = words[0] if words else ""
        gz = self.gz
        if (not prefix and first[:1] in "وف" and first not in gz.given
                and (first[1:] in gz.given
                     or (first[:1] == "و" and len(first) >= 5 and first not in gz.frequent
                         and first[1:] not in gz.common and words[1:2] != ("الله",)))):
            # "الفريق سان مارتن ومختار فلاتة", "رئيس اللجنة وشيبان العنزي": the
            # conjunction is not the name's
            prefix = 1
        if prefix:
            words = (self.words[k][prefix:], *words[1:])
        key = "person:x:" + "_".join(skeleton(w) for w in words)
        leader = None
        for p in self.people.values():
            if (p.leader is None and same_person(words, p.words)) or (
                    2 <= len(words) < len(p.words) and p.words[:len(words)] == words) or (
                    # "بارك أوباما" after "باراك أوباما": the leader named, misspelt
                    p.leader is not None and len(words) == len(p.words) >= 2
                    and [skeleton(w) for w in words] == [skeleton(w) for w in p.words]):
                key, leader = p.key, p.leader
                break
        self.person(key, leader, words, country, k, j, prefix, titled, office,
                    evidence=evidence, confidence=confidence)

    def leader_at(self, k: int, titled: bool, country: str | None,
                  office: bool = True, named: bool = True) -> int | None:
        """Record a known leader's name starting at word k, if one does; returns its end.

        After a title a leader's short form counts too ("الرئيس بوتين"), unless
        the title's nationality is another country's ("الرئيس الفرنسي X").
        """
        hit = self.phrase_at(k, ("leader", "short") if titled else ("leader",))
        if hit is None:
            return None
        end, kind, key, prefix = hit
        if self.family_name_at(end) and not self.gz.leaders[key].org:
            return None  # "عبدالله بن عبدالعزيز الصقيه": another man of the same names
        if kind == "short" and titled:
            found = self._named_earlier(k, end, prefix)
            if found is not None:
                # "الأمير عبد العزيز" after "عبد العزيز بن سلمان": the person named before
                self.person(found.key, found.leader, found.words, country, k, end, prefix,
                            True, evidence=Evidence.EARLIER)
                return end
        if key in self.gz.shared:
            from reader.entities.choose import which_leader

            key = which_leader(self, k, end, kind, key, country)
        leader = self.gz.leaders[key]
        if (kind == "short" and country and leader.country and country != leader.country
                and not leader.org):
            return None  # "الرئيس الفرنسي X": X is not a leader of another country
        if kind == "short" and self._another_name(k, end, leader):
            return None  # "اللواء عباس إبراهيم": a given name that a name goes on after
        if kind == "short" and not office and key not in self.people:
            return None  # "الدكتور الأسد": a trade's title is no leader's
        form = words_of(self, k, end)
        if kind == "short" and not named and (" ".join(form) in leader.short_ambiguous
                                              or "".join(form) in self.gz.given):
            # "الدكتور الأسد": a trade's title, a surname many people have; "رئيس مجلس
            # الجمعيات عبدالله الوابلي": an office that is not a leader's, a given name
            return None
        words = tuple(self.words[k:end])
        if prefix:
            words = (self.words[k][prefix:], *words[1:])
        self.person(key, leader, words, country, k, end, prefix, titled,
                    evidence=Evidence.TITLE if titled else Evidence.KNOWN_NAME)
        return end

    def _named_earlier(self, k: int, end: int, prefix: int) -> Person | None:
        """A person the article named in full whose name starts with words k..end-1."""
        words = tuple(self.words[k:end])
        if prefix > 0:
            words = (words[0][prefix:], *words[1:])
        n = len(words)
        nxt = self.words[end] if end < self.n and not self.brk[end] else None
        goes_on = nxt is not None and (nxt in NAME_PARTICLES or nxt in self.gz.given
                                       or self.family_name_at(end))
        # "الأمير نواف بن سعد" after "نواف العابد": another نواف, whose name goes on otherwise
        return next((p for p in self.people.values()
                     if len(p.words) > n and p.words[:n] == words
                     and not (goes_on and p.words[n] != nxt)), None)

    def family_name_at(self, k: int) -> bool:
        """Is word k (no break before it) a family name going on after a name: a word
        with the article that is no common word, nationality, title or known name
        ("عبدالله بن عبدالعزيز الصقيه", "الدكتور عبدالله الموسى")?"""
        if k >= self.n or self.brk[k] or not self.arabic[k]:
            return False
        w = self.words[k]
        gz = self.gz
        if w[2:] in gz.frequent and w[2:] not in gz.given:
            return False  # "الوفد", "التمارين": an ordinary noun with the article
        return (w.startswith("ال") and len(w) > 4 and w not in gz.common
                and not self.nisba_at(k) and not self.is_title(k)
                and self.phrase_at(k, ("place", "leader", "short", "formula")) is None
                and self.name_like(k, False, True))

    def _another_name(self, k: int, end: int, leader: Leader) -> bool:
        """Is the short form at words k..end-1 a given name or an ordinary word that
        another person's name goes on after ("اللواء عباس إبراهيم")?"""
        word = self.words[k]
        folded = " ".join(self.words[k:end])
        if not (folded in leader.short_ambiguous or word in self.gz.given
                or word in self.gz.common):
            return False
        if end >= self.n or self.brk[end] or not self.arabic[end]:
            return False
        nxt = self.words[end]
        return nxt in self.gz.given or nxt in NAME_PARTICLES


def words_of(w: NameRuns, k: int, end: int) -> tuple[str, ...]:
    """The folded words k..end-1."""
    return tuple(w.words[k:end])


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
