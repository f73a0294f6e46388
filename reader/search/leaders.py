"""Provides what search knows of the leaders data: how sure a name is, offices and their holders.

The leaders files (``reader/entities/data/leaders/*.json``, the extractor's
data, read through :mod:`reader.entities.leader_data`) say of every person which names are full
names (``ar``, the English name), which are short forms used alone
(``short``, an English surname) and which of those are also ordinary words
or given names (``short_ambiguous``: سلمان، عبد الله).  Search reads a query
by that: a full name names the person; a short form does when the archive
has seen the person named in full (see :mod:`reader.search.readings`); an
ambiguous one only after a title (الملك سلمان).  The dated offices say who
held an office when: an honorific (``data/honorifics.json``: خادم الحرمين
الشريفين is the King of Saudi Arabia) names whoever held that office at the
date of each article.  No Textual here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypedDict, cast

from reader.entities.leader_data import LeaderRecord, leader_files, read_leader_file
from reader.entities.normalize import strip_article
from reader.search.names import query_words

FULL, SHORT, AMBIGUOUS = "full", "short", "ambiguous"
"""How a name names a person: in full, by a short form, by a form that is also a word."""


@dataclass(frozen=True, slots=True)
class Term:
    """One term in an office: ISO date prefixes, None where open."""

    office: str
    since: str | None
    until: str | None

    def covers(self, date: str | None) -> bool:
        """Whether an article dated ``date`` falls in the term (an undated one: the
        term is not over)."""
        if not date:
            return self.until is None
        if self.since and date[:len(self.since)] < self.since:
            return False
        return not self.until or date[:len(self.until)] < self.until

    @property
    def span(self) -> str:
        """The years of the term for people: ``2015–``, ``2005–2015``."""
        return f"{(self.since or '')[:4]}–{(self.until or '')[:4]}"


@dataclass(frozen=True, slots=True)
class LeaderNames:
    """One person of the leaders data, as search reads names."""

    key: str
    english: str
    country: str | None
    full: frozenset[str]
    """Folded full names (and their forms without the article)."""
    short: frozenset[str]
    """Folded forms used alone: ``short``, one-word English aliases, the English surname."""
    ambiguous: frozenset[str]
    """Folded short forms that are also ordinary words or given names."""
    full_words: tuple[tuple[str, ...], ...]
    """The words of each full name, for names that contain the query (شريف: نواز شريف)."""
    terms: tuple[Term, ...]

    def strength(self, name: str) -> str:
        """How the folded ``name`` (as a name index found it) names this person."""
        if name in self.full:
            return FULL
        if name in self.ambiguous or strip_article_words(name) in self.ambiguous:
            return AMBIGUOUS
        return SHORT

    @property
    def label(self) -> str:
        """How a reading names the person: "Nawaz Sharif (PK)"."""
        return f"{self.english} ({self.country})" if self.country else self.english


class HonorificRecord(TypedDict):
    """One entry of ``data/honorifics.json``."""

    names: list[str]
    office: str


def strip_article_words(name: str) -> str:
    """A folded name with the article taken off each word (as the name index keys it)."""
    return " ".join(strip_article(w) for w in name.split())


def _folded(name: str) -> str:
    return " ".join(query_words(name))


def _short_forms(raw: LeaderRecord) -> set[str]:
    """Folded forms used alone: ``short``, one-word English aliases, the English surname."""
    short = {_folded(s) for s in raw.get("short", ())}
    short |= {_folded(a) for a in raw.get("english_aliases", ()) if len(a.split()) == 1}
    english = raw.get("english") or ""
    if english:
        short.add(_folded(english.split()[-1]))
    return short


def _person(raw: LeaderRecord) -> LeaderNames:
    english = raw.get("english") or ""
    full_names = [*raw.get("ar", ()), english,
                  *(a for a in raw.get("english_aliases", ()) if len(a.split()) > 1)]
    full = {f for f in map(_folded, full_names) if f}
    full |= {strip_article_words(f) for f in full}
    short = _short_forms(raw)
    terms = tuple(Term(o["office"], o.get("from"), o.get("to")) for o in raw.get("offices", ()))
    return LeaderNames(
        key=raw["key"], english=english, country=raw.get("country"), full=frozenset(full),
        short=frozenset(short - full),
        ambiguous=frozenset(_folded(a) for a in raw.get("short_ambiguous", ())),
        full_words=tuple(tuple(f.split()) for f in sorted(full) if " " in f), terms=terms,
    )


@lru_cache(maxsize=1)
def leader_names() -> dict[str, LeaderNames]:
    """Every person of the leaders data, by key."""
    people = [raw for name in leader_files()
              for raw in cast("list[LeaderRecord]", read_leader_file(name).get("people", []))]
    return {raw["key"]: _person(raw) for raw in people}


@lru_cache(maxsize=1)
def leader_words() -> dict[str, tuple[str, ...]]:
    """Folded word -> keys of the people with a full name of two or more words holding it."""
    out: dict[str, dict[str, None]] = defaultdict(dict)
    for person in leader_names().values():
        for words in person.full_words:
            for w in words:
                out[w][person.key] = None
    return {w: tuple(keys) for w, keys in out.items()}


def contains_words(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand next to each other, in order, inside the name's words."""
    n = len(words)
    return any(name[i:i + n] == words for i in range(len(name) - n + 1))


def people_named_within(words: tuple[str, ...]) -> list[LeaderNames]:
    """People of the data whose full name holds ``words`` (شريف: Nawaz Sharif, Sherif Ismail)."""
    if not words:
        return []
    people = leader_names()
    return [people[k] for k in leader_words().get(words[0], ())
            if any(contains_words(f, words) for f in people[k].full_words)]


def surname_of(words: tuple[str, ...]) -> list[LeaderNames]:
    """People whose full name ends with ``words`` (the surname after a title: الرئيس هادي)."""
    n = len(words)
    return [p for p in people_named_within(words)
            if any(f[-n:] == words and len(f) > n for f in p.full_words)]


# ------------------------------------------------------------------ honorifics

@lru_cache(maxsize=1)
def honorifics() -> dict[tuple[str, ...], str]:
    """Folded words of each honorific -> the office it names (``data/honorifics.json``)."""
    path = resources.files("reader.search") / "data" / "honorifics.json"
    records = cast("list[HonorificRecord]", json.loads(path.read_bytes())["honorifics"])
    out: dict[tuple[str, ...], str] = {}
    for rec in records:
        for name in rec["names"]:
            words = tuple(query_words(name))
            out[words] = rec["office"]
            out[tuple(strip_article(w) for w in words)] = rec["office"]
    return out


def honorific_at(words: tuple[str, ...] | list[str], i: int) -> tuple[int, str] | None:
    """The longest honorific starting at word ``i``: (the word after it, its office)."""
    best: tuple[int, str] | None = None
    for phrase, office in honorifics().items():
        end = i + len(phrase)
        if tuple(words[i:end]) == phrase and (best is None or end > best[0]):
            best = (end, office)
    return best


def holders(office: str) -> list[tuple[LeaderNames, Term]]:
    """Who held ``office``, with their terms, the latest first."""
    found = [(p, t) for p in leader_names().values() for t in p.terms if t.office == office]
    return sorted(found, key=lambda pt: pt[1].since or "", reverse=True)
