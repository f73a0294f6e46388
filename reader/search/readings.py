"""Provides the readings of a query: the people and places its words may name (no Textual).

The words are read left to right (:class:`NameReader`).  At each word the
longest run of words that names something known is taken: a place, a
nationality, a leader or a person of the archive, with glued proclitics,
the article and spelling variants tolerated.  Title words before a name are
dropped ("الملك سلمان", "President Putin", "رئيس الوزراء نواز شريف"); an
honorific with no name after it names its office (:mod:`reader.search.leaders`).
Words that name nothing stay words.

Each run of words gets its choices, the one that can stand alone first:

- confident: a full name (نواز شريف, Kazakhstan, الكازاخستاني), a short form
  the archive has seen with the full name (بوتين where "فلاديمير بوتين" occurs),
  an ambiguous short form or a surname after a title (الملك سلمان), an office;
- the others, by how many articles are about them: a short form the archive
  never completes (آشتون: Catherine Ashton, in an archive of Ashton Carter),
  a given name (عبد الله), the people whose names hold the words (شريف:
  Nawaz Sharif, Sherif Ismail, ...).

:func:`readings` turns these into whole readings of the query: the default
(every run at its confident choice, the rest words), one reading per other
choice, and always "words only".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.entities.lexicon import EN_TITLES, OFFICE_WORDS, TITLES
from reader.entities.normalize import clitic_variants
from reader.search.archive import archive_people, article_count, seen_in_full
from reader.search.indexes import catalog_names, gazetteer_find, gazetteer_index
from reader.search.leaders import (
    AMBIGUOUS,
    FULL,
    LeaderNames,
    holders,
    honorific_at,
    leader_names,
    people_named_within,
)
from reader.search.matching import word_scores
from reader.search.names import Target

if TYPE_CHECKING:
    from reader.search.leaders import Term
    from reader.store.api import ArticleReader

MAX_NAME_WORDS = 8
"""The longest run of words tried as one name."""
MAX_CHOICES = 6
"""Other readings offered for one run of words."""
MAX_READINGS = 10
"""Readings of a whole query offered at most (words only included)."""
WORDS_KEY = "words"
"""The key of the reading that takes every word as a word."""
PREFIX_TARGETS = 8
"""Names offered at most for the start of a name while typing."""

_TITLE_WORDS = TITLES | EN_TITLES


@dataclass(frozen=True, slots=True)
class Choice:
    """One way to read a run of words: the articles about any of its targets."""

    key: str
    """Stable key (target keys joined by ``|``, or ``office:...``)."""
    label: str
    """How it is shown: "Nawaz Sharif (PK)", "King of Saudi Arabia: ..."."""
    targets: tuple[Target, ...]
    confident: bool = True
    """It may be the default reading."""
    terms: tuple[tuple[str, Term], ...] = ()
    """(target key, term): that target counts only for articles dated within the term."""
    weight: int = 0
    """Articles about it (orders the other readings)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A run of words of the query (title words included) and how it may be read."""

    start: int
    end: int
    choices: tuple[Choice, ...]

    @property
    def default(self) -> Choice | None:
        """The choice the default reading takes (None: the run stays words)."""
        return self.choices[0] if self.choices and self.choices[0].confident else None


@dataclass(frozen=True, slots=True)
class Reading:
    """A reading of the whole query: articles about every choice, holding the other words."""

    key: str
    """``words``, or the choices' keys joined by ``+``."""
    label: str
    """"Nawaz Sharif (PK)", "Tokayev (KZ) + Kazakhstan (country)", "words only"."""
    choices: tuple[Choice, ...] = ()
    words: tuple[str, ...] = ()
    """Folded words the articles must hold as well (the words no choice covers)."""

    @property
    def targets(self) -> tuple[Target, ...]:
        """Every target of every choice."""
        return tuple(t for c in self.choices for t in c.targets)


def words_reading() -> Reading:
    """The reading that takes every word as a word (its ``words`` are the query's)."""
    return Reading(WORDS_KEY, "words only")


class NameReader:
    """Reads the names in a query's words against the data and one store's archive."""

    def __init__(self, store: ArticleReader, words: tuple[str, ...], *,
                 prefix: bool = False) -> None:
        self.store = store
        self.words = words
        """Folded query words."""
        self.prefix = prefix
        """The last word may be the start of a name (search as you type)."""

    def spans(self) -> list[Span]:
        """The runs of words that name something, left to right."""
        out: list[Span] = []
        i, n = 0, len(self.words)
        while i < n:
            span = self._span_at(i)
            if span is None:
                others = self._others((self.words[i],), titled=False, known=())
                span = Span(i, i + 1, tuple(others)) if others else None
            if span is None:
                i += 1
                continue
            out.append(span)
            i = span.end
        return out

    # ------------------------------------------------------------ reading runs

    def _span_at(self, i: int, *, titled: bool = False) -> Span | None:
        """The longest name at word ``i`` (after a title or an honorific), or None."""
        span = self._name_at(i, titled=titled)
        if span is not None:
            return span
        honor = honorific_at(self.words, i)
        end = honor[0] if honor is not None else self._title_end(i)
        if end <= i:
            return None
        after = self._span_at(end, titled=True) if end < len(self.words) else None
        if after is not None and after.choices:
            return replace(after, start=i)
        if honor is not None:
            return Span(i, end, self._office(honor[1]))
        return None

    def _title_end(self, i: int) -> int:
        """The word after the title words at ``i`` (رئيس الوزراء, Prime Minister); ``i``: none."""
        j = i
        while j < len(self.words):
            word = self.words[j]
            title = any(v in _TITLE_WORDS for v in clitic_variants(word))
            if not (title or (j > i and word in OFFICE_WORDS)):
                break
            j += 1
        return j

    def _name_at(self, i: int, *, titled: bool) -> Span | None:
        n = len(self.words)
        for j in range(min(n, i + MAX_NAME_WORDS), i, -1):
            words = self.words[i:j]
            choices = self._exact(words, titled=titled)
            if not choices and self.prefix and j == n:
                choices = self._prefixed(" ".join(words))
            if choices:
                if not choices[0].confident:
                    choices = self._others(words, titled=titled, known=choices)
                elif j == i + 1 and any(t.kind == "person" for t in choices[0].targets):
                    # One word naming someone: others go by it too (سلمان: Mohammed bin Salman).
                    others = self._others(words, titled=False, known=choices[1:])
                    choices = [choices[0], *(c for c in others if c.key != choices[0].key)]
                return Span(i, j, tuple(choices))
        return None

    def _exact(self, words: tuple[str, ...], *, titled: bool) -> list[Choice]:
        """Choices of the names ``words`` are exactly (confident ones first, as one choice)."""
        sure, unsure = self._known(words, titled=titled)
        if not sure or unsure:
            # Not a name known for sure: the archive's own people may bear it, and
            # several words name one of them, unless the data knows those words as a
            # name that is not sure (عبد الله, a given name: then no one bears it for sure).
            archive = catalog_names(self.store).find(words)
            alone = len(words) > 1 and not unsure
            for t in archive[1] if archive is not None else ():
                (sure if alone else unsure).append(t)
        sure, unsure = self._one_person_each(sure, unsure)
        out = [_choice(sure)] if sure else []
        out += [_choice([t], confident=False) for t in unsure]
        return out

    def _known(self, words: tuple[str, ...], *,
               titled: bool) -> tuple[list[Target], list[Target]]:
        """What the gazetteer names by ``words``: those that may stand alone, and the others."""
        sure: list[Target] = []
        unsure: list[Target] = []
        found = gazetteer_find(words)
        if found is not None:
            name, targets = found
            for t in targets:
                (sure if self._sure(t, name, titled=titled) else unsure).append(t)
        return sure, unsure

    def _one_person_each(self, sure: list[Target],
                         unsure: list[Target]) -> tuple[list[Target], list[Target]]:
        """Two people of one name (Sharif: Nawaz, Shehbaz) are readings of their own: the one
        with the most articles may stand alone, the others are offered."""
        people = [t for t in sure if t.kind == "person"]
        if len(people) < 2:
            return sure, unsure
        people.sort(key=lambda t: -article_count(self.store, t.key))
        kept = [t for t in sure if t.kind != "person"] or people[:1]
        return kept, [t for t in people if t not in kept] + unsure

    def _sure(self, target: Target, name: str, *, titled: bool) -> bool:
        """Whether a target of the gazetteer may stand alone as what ``name`` names."""
        if target.kind != "person":
            return True  # a place, a country, a nationality
        person = leader_names().get(target.key)
        if person is None:
            return True
        strength = person.strength(name)
        if strength == FULL:
            return True
        if not seen_in_full(self.store, person):
            return False
        if strength == AMBIGUOUS and not titled:
            # A given name alone (سلمان) names the person only where most
            # articles holding it are about him (a Saudi archive of 2015).
            holding = word_scores(self.store, name.split())
            return 2 * article_count(self.store, person.key) >= len(holding) > 0
        return True

    def _prefixed(self, text: str) -> list[Choice]:
        """Names that start with ``text`` (the last words, still being typed)."""
        if len(text) < 2:
            return []
        found: dict[str, Target] = {}
        for index in (gazetteer_index(), catalog_names(self.store)):
            for t in index.prefixed(text, PREFIX_TARGETS):
                found.setdefault(t.key, t)
        return [_choice(list(found.values())[:PREFIX_TARGETS])] if found else []

    def _others(self, words: tuple[str, ...], *, titled: bool,
                known: tuple[Choice, ...] | list[Choice]) -> list[Choice]:
        """The choices for words that name no one for sure: the people whose names hold them.

        Those the archive names in full come first (Abdullah bin Abdulaziz before
        an Abdullah II only ever called "عبد الله"), then by how many articles;
        after a title, the first of them is sure.
        """
        if self.prefix:
            return list(known)  # while typing: the other readings come once typing pauses
        seen = {c.key for c in known}
        found = [*known, *self._bearers(words, seen)]
        weighed = sorted({c.key: replace(c, weight=self._weigh(c)) for c in found}.values(),
                         key=lambda c: (not self._named_in_full(c), -c.weight))
        out = [c for c in weighed if c.weight > 0][:MAX_CHOICES]
        # What the words name exactly (a given name's own person) is always offered.
        out += [c for c in weighed if c.key in seen and c not in out and c.weight > 0]
        if titled and out and self._named_in_full(out[0]):
            out[0] = replace(out[0], confident=True)
        return out

    def _bearers(self, words: tuple[str, ...], seen: set[str]) -> list[Choice]:
        """The people of the data and of the archive whose names hold ``words``."""
        found = [_person_choice(p) for p in people_named_within(words) if p.key not in seen]
        found += [_choice([t], confident=False)
                  for t in archive_people(self.store).named_within(words) if t.key not in seen]
        return found

    def _weigh(self, choice: Choice) -> int:
        if choice.weight:
            return choice.weight
        return sum(article_count(self.store, t.key) for t in choice.targets)

    def _named_in_full(self, choice: Choice) -> bool:
        people = leader_names()
        return any(t.key in people and seen_in_full(self.store, people[t.key])
                   for t in choice.targets) or any(
            t.key.startswith("person:x:") for t in choice.targets)

    def _office(self, office: str) -> tuple[Choice, ...]:
        """An office named by an honorific: whoever held it, at each article's date."""
        held = holders(office)
        if not held:
            return ()
        people = [_target(p) for p, _ in held]
        names = ", ".join(f"{p.english} ({t.span})" for p, t in held)
        main = Choice("office:" + _slug(office), f"{office}: {names}", tuple(people),
                      terms=tuple((p.key, t) for p, t in held))
        alone = [replace(_person_choice(p), weight=article_count(self.store, p.key))
                 for p in dict.fromkeys(p for p, _ in held)]
        return (main, *(c for c in alone if c.weight > 0))


def _target(person: LeaderNames) -> Target:
    return Target(person.key, person.label, "person")


def _person_choice(person: LeaderNames) -> Choice:
    return _choice([_target(person)], confident=False)


def _choice(targets: list[Target], *, confident: bool = True) -> Choice:
    return Choice("|".join(t.key for t in targets), ", ".join(t.label for t in targets),
                  tuple(targets), confident=confident)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# -------------------------------------------------------------- whole readings

def readings(spans: list[Span], words: tuple[str, ...]) -> list[Reading]:
    """The readings of a query, the default first and "words only" last.

    Args:
        spans: Its runs of words that may name something (:meth:`NameReader.spans`).
        words: Its folded words.
    """
    chosen = {i: s.default for i, s in enumerate(spans) if s.default is not None}
    every_word = replace(words_reading(), words=words)
    out = [_reading(spans, words, chosen) if chosen else every_word]
    for i, span in enumerate(spans):
        for choice in span.choices:
            if chosen.get(i) is not choice:
                out.append(_reading(spans, words, {**chosen, i: choice}))
    out.append(every_word)
    seen: set[str] = set()
    ordered = []
    for r in out:  # the first of equal readings is kept
        if r.key not in seen:
            seen.add(r.key)
            ordered.append(r)
    if len(ordered) > MAX_READINGS:
        ordered = [*ordered[:MAX_READINGS - 1], ordered[-1]]
    return ordered


def _reading(spans: list[Span], words: tuple[str, ...], chosen: dict[int, Choice]) -> Reading:
    covered: set[int] = set()
    for i in chosen:
        covered.update(range(spans[i].start, spans[i].end))
    free = tuple(w for k, w in enumerate(words) if k not in covered)
    choices = tuple(chosen[i] for i in sorted(chosen))
    return Reading("+".join(c.key for c in choices), " + ".join(c.label for c in choices),
                   choices, free)
