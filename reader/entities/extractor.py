"""Provides extract(): the people and places one article mentions, with every mention's offsets.

One pass over the article's words with dictionary lookups (no regex per
name), in three steps:

1. Left to right, at each word: a title ("الرئيس الكازاخستاني", "رئيس
   قيرغيزستان", "وزير الخارجية الأمريكي") is read with its office, nationality
   adjective or country, and the name after it is taken as a person; else the
   longest known name starting here (a leader's full name, a place, a
   nationality adjective); else a known given name followed by name-like
   words ("إنريكو ماتي").  Every word belongs to at most one mention.
2. Bare surnames and short forms (توكاييف، لتوكاييف، السيد جباروف، بينغ/بينج)
   are joined to the people found in step 1, by folded form or consonant
   skeleton; a leader's short form that is also an ordinary word (لولا، شي)
   only counts once the leader is named in the article.
3. A place name shared by several places (عمان: Oman and Amman; الجزائر:
   country and capital; طرابلس) is settled by the words around it
   ("العاصمة", "سلطنة") and by which countries the article otherwise names.

Nationality adjectives (الصيني، الكازاخستانية) are never place mentions: they
give a titled person a country and count as evidence for step 3.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import not_
from typing import Any

from reader.entities.gazetteer import Gazetteer, Leader, Place, load_gazetteer
from reader.entities.lexicon import (
    CITY_HEADS,
    COUNTRY_HEADS,
    EN_TITLE_HEADS,
    EN_TITLES,
    FACILITY_HEADS,
    NAME_PARTICLES,
    NAME_TITLES,
    NON_OFFICE_TITLES,
    OFFICE_WORDS,
    OPEN_PARTICLES,
    ORG_HEADS,
    STOP_HAMZA_FOLDED,
    STOP_RAW,
    STOP_WORDS,
    STRONG_TITLES,
    TITLES,
    VERBS,
    WORK_HEADS,
)
from reader.entities.normalize import (
    clitic_prefix,
    clitic_variants,
    drops_article,
    fold_text,
    is_arabic,
    skeleton,
    split_words,
    tokenize,
)
from reader.models import Entity, Span

#: Title and body are joined with this to make the text offsets refer to.
SEPARATOR = "\n\n"
_MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
)
MAX_NAME_WORDS = 6
KIND_PRIORITY = {"country": 0, "region": 1, "city": 2}
_KUNYA = frozenset({"ابو", "ابي", "ابا", "ام"})
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
_LATIN_LETTERS = re.compile("[A-Za-z]+")
#: Words whose final ى some writers (and much older agency copy) write as ي:
#: seeing them so spelled, with few or no final ى, tells how "علي" may be meant.
_YA_SPELT_MAQSURA = re.compile(
    r"(?<!\w)[وف]?(?:إلي|حتي|لدي|مستوي|أخري|الأخري|الكبري|الأولي|أدني|أقصي|سوي|مدي)(?!\w)")
_FINAL_MAQSURA = re.compile(r"ى(?!\w)")
#: The gap of a name set off by commas: a comma and spaces only.
_COMMA_GAP = re.compile(r"\s*[،,]\s*$")
#: Possessive pronouns glued to the end of a noun (folded; longest first).
_PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا")


def article_text(title: str, body: str) -> str:
    """The text that spans' offsets refer to: the title, a blank line, the body."""
    return f"{title}{SEPARATOR}{body}" if title else body


@dataclass
class _Person:
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
    spans: list[tuple[int, int]] = field(default_factory=list)

    def longest_surface(self) -> str:
        return max(self.surfaces, key=lambda s: (len(s.split()), self.surfaces[s], len(s)))


@dataclass
class _PlaceMention:
    i: int
    j: int
    start: int
    end: int
    candidates: list[str]
    surface: str
    heads: str = ""
    """``city`` or ``country`` when the word before says so."""


@dataclass
class ExtractionResult:
    """People and places of one article (or several, merged)."""

    entities: list[Entity]
    """People first, then places; each by mentions, then first appearance."""
    spans: list[Span]
    """Every mention, logical offsets into :func:`article_text`."""
    countries: dict[str, int] = field(default_factory=dict)
    """Country code -> weight: countries named, plus countries of office-holders named."""

    @property
    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "person"]

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "place"]

    def to_json(self) -> dict[str, Any]:
        """The shape ``reader entities --json`` prints (and tools rely on)."""
        return {
            "people": [
                {"name": e.name, "aliases": list(e.aliases), "english": e.english,
                 "country": e.country, "count": e.count, "key": e.key}
                for e in self.people
            ],
            "places": [
                {"name": e.name, "aliases": list(e.aliases), "english": e.english,
                 "kind": e.place_kind, "code": e.code, "count": e.count, "key": e.key}
                for e in self.places
            ],
        }


class _Extractor:
    """State of one extraction (one article)."""

    def __init__(self, text: str, gz: Gazetteer) -> None:
        self.text = text
        self.gz = gz
        self.starts, self.ends, self.words, self.gaps = split_words(text)
        self.n = n = len(self.words)
        # Whether a word is Arabic (cached per word across articles), and
        # whether punctuation or a line break separates it from the word
        # before (most gaps are one space): plain lists, read often.
        self.arabic = list(map(_is_arabic_word, self.words))
        self.brk = list(map(_break_gap, self.gaps))
        if n:
            self.brk[0] = True
        self.claimed = [False] * n
        self.in_person = [False] * n
        """Words that belong to a person's mention (places never overlap them)."""
        self._mostly_arabic: bool | None = None
        self._ya_for_maqsura: bool | None = None
        self.people: dict[str, _Person] = {}
        self.places: list[_PlaceMention] = []
        self.evidence: Counter[str] = Counter()
        """Country codes named or implied (nisba, office-holders), for disambiguation."""
        self.deferred: list[tuple[int, str | None, bool, bool]] = []
        """Single-word names after a title, resolved once every full name is known."""
        self.shorts: list[tuple[int, int, str, int]] = []
        """(i, j, leader key, prefix) of leader short forms seen without a title."""

    # ------------------------------------------------------------ helpers

    def mostly_arabic(self) -> bool:
        """Has the text more Arabic letters than Latin ones?  (Asked rarely: only
        for a Latin short form of a leader's name, so not counted up front.)"""
        if self._mostly_arabic is None:
            text = self.text
            self._mostly_arabic = (sum(map(len, _ARABIC_LETTERS.findall(text)))
                                   > sum(map(len, _LATIN_LETTERS.findall(text))))
        return self._mostly_arabic

    def ya_for_maqsura(self) -> bool:
        """Does the text write a final ى as ي ("إلي", "حتي", "مستوي")?  Then
        "علي" is as likely the preposition على as the name Ali.  (Asked only
        when a word spelt علي is met, so not counted up front.)"""
        if self._ya_for_maqsura is None:
            text = self.text
            ya = len(_YA_SPELT_MAQSURA.findall(text))
            self._ya_for_maqsura = ya > 0 and ya >= len(_FINAL_MAQSURA.findall(text))
        return self._ya_for_maqsura

    def ali_is_preposition(self, k: int) -> bool:
        """Is word k, spelt "علي", the preposition على in a text that writes ى as ي?

        It is the name when a name goes on after it ("علي محمد الريحاوي",
        "علي عبد الله صالح", "علي بن ...") or a title comes just before it.
        """
        if not self.ya_for_maqsura() or self.raw(k) != "علي":
            return False
        nxt = k + 1
        if nxt < self.n and not self.brk[nxt] and self.arabic[nxt]:
            w = self.words[nxt]
            if w in self.gz.given or w in NAME_PARTICLES or w in ("عبد", "ابو"):
                return False
        return not (k > 0 and not self.brk[k] and self.is_title(k - 1))

    def variants(self, k: int) -> tuple[str, ...]:
        return clitic_variants(self.words[k])

    def _hit(self, k: int, vocab: frozenset[str]) -> str | None:
        for v in self.variants(k):
            if v in vocab:
                return v
        return None

    def raw(self, k: int) -> str:
        """Word k as written, without harakat or tatweel (hamza and ى kept)."""
        return "".join(ch for ch in self.text[self.starts[k]:self.ends[k]] if ch not in _MARKS)

    def is_stop(self, k: int) -> bool:
        w = self.words[k]
        if w in STOP_WORDS or w in VERBS:
            # Folding merges على/علي and أمام/إمام; the spelling tells them apart.
            raw = self.raw(k)
            if raw in self.gz.given_raw and raw not in STOP_RAW:
                return self.ali_is_preposition(k)
            # So do أمام/إمام: a hamza the preposition is not written with
            # ("إمام عاشور") makes the word another one (STOP_HAMZA_FOLDED).
            return not (w in STOP_HAMZA_FOLDED and raw not in STOP_RAW and raw[:1] in "إآ")
        if w[:1] in "وف" and len(w) > 2 and (w[1:] in STOP_WORDS or w[1:] in VERBS):
            return True
        return w.isdigit()

    def is_title(self, k: int) -> bool:
        if not self.arabic[k]:
            return False
        hit = self._hit(k, TITLES)
        if hit is None:
            return False
        # A whole word that is a given name is not a title with a preposition
        # glued on: "لامين يامال" is Lamine, not ل + أمين.
        return hit == self.words[k] or self.words[k] not in self.gz.given

    def nisba_at(self, k: int) -> str | None:
        for v in self.variants(k):
            code = self.gz.nisba.get(v)
            if code:
                return code
        return None

    def surface(self, k: int, prefix: int, j: int | None = None) -> tuple[int, int, str]:
        """Offsets and text of words k..j-1 with ``prefix`` folded letters cut from the first."""
        start = self.starts[k]
        end = self.ends[(j or k + 1) - 1]
        restore_alef = prefix < 0  # "للصين" = ل + الصين written without the article's alef
        cut = 1 if restore_alef else prefix
        while cut > 0 and start < end:
            if self.text[start] not in _MARKS:
                cut -= 1
            start += 1
        while start < end and self.text[start] in _MARKS:
            start += 1
        text = self.text[start:end]
        return start, end, ("ا" + text if restore_alef else text)

    def phrase_at(self, k: int, kinds: tuple[str, ...]) -> tuple[int, str, str, int] | None:
        """Longest known name starting at word k: (end, kind, key, prefix letters)."""
        best: tuple[int, str, str, int] | None = None
        for prefix, stripped_article, bucket in self.gz.phrase_starts(self.words[k], self.arabic[k]):
            for ph in bucket:
                if ph.kind not in kinds:
                    continue
                if stripped_article:
                    # "المؤدي" is not Modi, "طريق الحرير" is not the town Harir: a name
                    # written without the article does not match a word that has one.
                    continue
                if ph.latin and not self.text[self.starts[k]].isupper():
                    continue
                end = k + 1 + len(ph.rest)
                if end > self.n:
                    continue
                ok = True
                for m, w in enumerate(ph.rest):
                    q = k + 1 + m
                    if self.brk[q] or self.words[q] != w:
                        ok = False
                        break
                if not ok:
                    continue
                if best is None or end > best[0] or (end == best[0] and abs(prefix) < abs(best[3])):
                    best = (end, ph.kind, ph.key, prefix)
        return best

    def all_places_at(self, k: int, end: int) -> list[str]:
        """Every place whose name covers exactly words k..end-1 (homonyms)."""
        keys: list[str] = []
        word = self.words[k]
        for v in (self.variants(k) if self.arabic[k] else (word,)):
            if drops_article(word, v):
                continue
            for ph in self.gz.phrases.get(v, ()):
                if ph.kind == "place" and k + 1 + len(ph.rest) == end and ph.key not in keys:
                    if all(self.words[k + 1 + m] == w for m, w in enumerate(ph.rest)):
                        keys.append(ph.key)
        return keys

    def glued_word(self, k: int, conjunctions: bool = True) -> bool:
        """Is word k an ordinary word with a preposition or conjunction glued on
        ("للصحفيين", "بالصدارة", "لأمن")?  Names inside a name never are."""
        w = self.words[k]
        if w[:3] in ("بال", "وال", "فال", "كال") or (w[:2] == "لل" and len(w) > 4):
            return True
        gz = self.gz
        if w[:1] in "بلك" and len(w) > 4 and w[-2:] in ("ها", "هم") and w not in gz.given:
            return True  # "بلقبها", "لبلادهم": a preposition, a noun and a pronoun
        if w[:1] in ("بلكوف" if conjunctions else "بلك") and len(w) > 3:
            rest = w[1:]
            if rest in gz.given:
                return False
            if rest in gz.common or rest in STOP_WORDS or rest in VERBS:
                return True
            # "باتصالين": a preposition on the dual or plural of a common word.
            return len(rest) > 5 and rest[-2:] in ("ين", "ان", "ات") and rest[:-2] in gz.common
        return False

    def pronoun_suffixed(self, k: int) -> bool:
        """Is word k a common noun with a possessive pronoun on it ("أراضيها",
        "ذويهم", "استقلالها")?  Such a word ends a name: it never belongs to one."""
        w = self.words[k]
        if w in self.gz.given:
            return False
        common = self.gz.common
        for suffix in _PRONOUN_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                stem = w[:-len(suffix)]
                if stem in common or (stem[-1] == "ت" and stem[:-1] + "ه" in common):
                    return True
        return False

    def name_like(self, k: int, first: bool, after_particle: bool, titled: bool = False) -> bool:
        """Can word k be part of a person's name here?

        ``titled``: a title came just before, so a first word that is also an
        ordinary word (إمام، حياة، سلطان) may still start a name of two words.
        """
        if k >= self.n or (not first and self.brk[k]):
            return False
        w = self.words[k]
        if not self.arabic[k]:
            return False
        if len(w) < 2 or self.is_stop(k) or self.nisba_at(k):
            return False
        if self.is_title(k) and not (first and titled and w in self.gz.given):
            return False  # after a title, "أمين" in "الخبير أمين فارس" is the name
        if w in OFFICE_WORDS:
            return False
        gz = self.gz
        if not first:
            if w == "الله" and not self.brk[k]:
                return True  # دخل الله، فضل الله، نصر الله: a name ending
            if w[:1] in "وف" and len(w) > 3 and (w[1:] in gz.given or w[1:] in gz.common):
                return False  # "... وعزام": a conjunction starts a new name
            if self.glued_word(k):
                return False  # "... للصحفيين": a new phrase starts
            if w[:2] in ("وب", "فب", "وك", "فك") and len(w) > 4 and w not in gz.given:
                return False  # "... وبسلاح": a conjunction and a preposition start a new phrase
            if self.pronoun_suffixed(k):
                return False  # "كامل أراضيها"
            if w in gz.common and not (after_particle or w in gz.given or w in NAME_PARTICLES):
                return False
            return True
        if w in ("عبد", "ابو", "ابي") and k + 1 < self.n and not self.brk[k + 1]:
            return True  # "عبد الواحد", "أبو مازن": a compound given name or kunya
        if self.glued_word(k, conjunctions=False) and w not in gz.given:
            return False
        if w[:1] == "ي" and w not in gz.given and len(w) > 3:
            return False  # "يأمر", "يقول": an imperfect verb, not a name
        if w in gz.common and w not in gz.given:
            if not titled or w.startswith("ال"):
                return False
            return self.name_like(k + 1, False, w in NAME_PARTICLES)  # "إمام عاشور": needs a second word
        return True

    # ---------------------------------------------------------- people

    def person(self, key: str, leader: Leader | None, words: tuple[str, ...],
               country: str | None, k: int, j: int, prefix: int, titled: bool,
               office: bool = False) -> None:
        start, end, text = self.surface(k, prefix, j)
        p = self.people.get(key)
        if p is None:
            p = self.people[key] = _Person(key, leader, words, country or (leader.country if leader else None), k)
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

    def leader_at(self, k: int, titled: bool, country: str | None) -> int | None:
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

    def name_run(self, k: int, titled: bool = False) -> int:
        """End of the run of name-like words starting at k (k itself if none)."""
        j = k
        after_particle = False
        count = 0
        while j < self.n and count < MAX_NAME_WORDS and self.name_like(j, j == k, after_particle, titled):
            w = self.words[j]
            if j > k and self.phrase_at(j, ("place",)) and not after_particle:
                break
            after_particle = w in NAME_PARTICLES or w in self.gz.given
            j += 1
            count += 1
        while j > k and self.words[j - 1] in OPEN_PARTICLES:
            j -= 1
        return j

    def unknown_person(self, k: int, j: int, country: str | None, titled: bool, prefix: int = 0,
                       office: bool = False) -> None:
        words = tuple(self.words[k:j])
        if prefix:
            words = (self.words[k][prefix:], *words[1:])
        key = "person:x:" + "_".join(skeleton(w) for w in words)
        leader = None
        # A longer or differently spelled name of someone already found, or the
        # first names of someone named in full before ("الأمير عبد العزيز")?
        for p in self.people.values():
            if (p.leader is None and _same_person(words, p.words)) or (
                    len(words) >= 2 and len(p.words) > len(words) and p.words[:len(words)] == words):
                key, leader = p.key, p.leader
                break
        self.person(key, leader, words, country, k, j, prefix, titled, office)

    def title_at(self, i: int) -> int:
        """Read a title (and office, nationality, country) at i and the name after it.

        Returns the index after what was consumed.
        """
        k = i
        country: str | None = None
        named_title = False
        strong = False
        office = False
        needs_office = True
        steps = 0
        while k < self.n and steps < 8 and (k == i or not self.brk[k]):
            steps += 1
            if not self.arabic[k]:
                break
            if k > i and self.phrase_at(k, ("leader",)):
                break  # the name starts here ("... جورجيا ميلوني")
            hit = self._hit(k, TITLES)
            if hit is not None and (k == i or hit in NAME_TITLES or self._hit(k, OFFICE_WORDS)):
                named_title = hit in NAME_TITLES
                strong = strong or hit in STRONG_TITLES
                office = office or hit not in NON_OFFICE_TITLES
                needs_office = not named_title
                k += 1
                continue
            if k > i and self._hit(k, OFFICE_WORDS):
                needs_office = False
                k += 1
                continue
            code = self.nisba_at(k)
            if code:
                country = code
                self.evidence[code] += 1
                needs_office = False
                k += 1
                continue
            if k > i and not named_title and self.office_descriptor(k):
                # "وزير التنمية الدولية", "رئيس الجامعة الملكية المغربية لألعاب القوى"
                needs_office = False
                k += 1
                continue
            place = self.phrase_at(k, ("place",)) if country is None else None
            if place is not None and k > i:
                end, _, key, prefix = place
                p = self.gz.places[key]
                if p.kind == "country":
                    country = p.code
                    self.add_place(k, end, prefix)
                    needs_office = False
                    k = end
                    continue
            if k > i and named_title and self.title_adjective(k):
                k += 1  # "الخبير الاقتصادي أمين فارس", "السناتور الجمهوري، ارلن سبيكتر"
                continue
            break
        if k == i or (needs_office and k == i + 1):
            return i  # not a title here ("سلطان الجابر"): let the other rules read word i
        if not needs_office and k < self.n and self.brk[k] and _COMMA_GAP.match(self.gaps[k]):
            # "رئيس لجنة الدفاع، دونكان هانتر،": a name set off by commas after its title.
            j = self.name_run(k, titled=True)
            if j - k >= 2 and (j >= self.n or self.brk[j]):
                self.unknown_person(k, j, country, True, office=office)
                return j
            return k
        if needs_office or k >= self.n or self.brk[k]:
            return k
        leader_end = self.leader_at(k, True, country)
        if leader_end is not None:
            return leader_end
        j = self.name_run(k, titled=True)
        if j - k >= 2:
            self.unknown_person(k, j, country, True, office=office)
            return j
        if j - k == 1:
            self.deferred.append((k, country, strong, office))
            self.claimed[k] = True
            return j
        return k

    def title_adjective(self, k: int) -> bool:
        """Is word k a relative adjective between a title and the name ("الخبير
        الاقتصادي أمين فارس", "السناتور الجمهوري، ارلن سبيكتر")?

        Only when a given name or a name of two words follows it: otherwise a
        surname of the same shape after a title ("الشيخ الحويني") is the name.
        """
        w = self.words[k]
        if not (w.startswith("ال") and w.endswith("ي") and len(w) >= 6) or w in self.gz.given:
            return False
        if self.phrase_at(k, ("leader", "short", "place")):
            return False
        nxt = k + 1
        if nxt >= self.n or not self.arabic[nxt]:
            return False
        if self.brk[nxt] and not _COMMA_GAP.match(self.gaps[nxt]):
            return False
        return self.words[nxt] in self.gz.given or self.name_run(nxt, titled=True) - nxt >= 2

    def office_descriptor(self, k: int) -> bool:
        """A word describing an office after a head like وزير/رئيس/مدير: a definite
        noun or adjective, or one glued to ل ("للشؤون", "لألعاب"), not a known name."""
        w = self.words[k]
        gz = self.gz
        if w in gz.given or self.phrase_at(k, ("leader", "short")):
            return False
        if w.startswith("ال") and len(w) > 4:
            return True
        return w[:1] == "ل" and len(w) > 4 and (w[1:] in gz.common or w[1:3] == "ال" or w.startswith("لل"))

    def inside_facility_name(self, k: int) -> bool:
        """Is the name at word k part of a place's name ("استاد محمد بن زايد", "معرض
        رشيد كرامي الدولي")?  The gold policy counts no mention there."""
        return k > 0 and not self.brk[k] and self._hit(k - 1, FACILITY_HEADS) is not None

    # ---------------------------------------------------------- places

    def add_place(self, k: int, end: int, prefix: int) -> None:
        if self.claimed[k]:
            return  # already read (a title's country is seen again when the name fails)
        if k > 0 and not self.brk[k] and self._hit(k - 1, ORG_HEADS):
            return  # "جامعة القاهرة", "قصر السلام": part of an organisation or building
        candidates = self.all_places_at(k, end)
        if not candidates:
            return
        start, stop, text = self.surface(k, prefix, end)
        if end - k > 1 and self.words[k] in CITY_HEADS:
            # A gazetteer name like "مدينة العين": the place is called العين.
            start, stop, text = self.surface(k + 1, 0, end)
        heads = ""
        back = k - 1
        if back >= 0 and not self.brk[k] and self.nisba_at(back):
            back -= 1  # "العاصمة الأردنية عمان"
        if back >= 0:
            if self._hit(back, CITY_HEADS):
                heads = "city"
            elif self._hit(back, COUNTRY_HEADS):
                heads = "country"
        if end < self.n and not self.brk[end] and self._hit(end, CITY_HEADS):
            heads = "city"  # "الجزائر العاصمة"
        self.places.append(_PlaceMention(k, end, start, stop, candidates, text, heads))
        for q in range(k, end):
            self.claimed[q] = True
        if len(candidates) == 1:
            place = self.gz.places[candidates[0]]
            if place.country:
                self.evidence[place.country] += 2 if place.kind == "country" else 1

    # ------------------------------------------------------------ passes

    def scan(self) -> None:
        """Step 1: titles, known names, places, nationalities and given names, left to right."""
        gz = self.gz
        known = gz._trigger_cache
        words = self.words
        flags = list(map(known.get, words))  # most words are cached: one C-level pass
        triggers = gz.triggers
        claimed = self.claimed
        last = self.n - 1
        resume = 0
        for i, flag in enumerate(flags):
            if i < resume or claimed[i]:
                continue
            if flag is None:
                flag = triggers(words[i])
            if flag is not True and (flag is False or i == last or words[i + 1] not in flag):
                continue  # nothing starts here, or only longer names the next word is not in
            resume = self.scan_at(i)

    def scan_at(self, i: int) -> int:
        """Whatever starts at word i (a trigger); returns where scanning goes on."""
        gz = self.gz
        if self.arabic[i] and self.words[i] in gz.given and self.is_title(i):
            # A given name that is also a title word (أمين, سلطان) heading a name
            # with an appositive title after it is the name, not the title.
            j = self.apposed_name_end(i)
            if j is not None and not self.phrase_at(i, ("leader", "place")):
                self.unknown_person(i, j, None, False)
                return j
        if self.arabic[i] and self.is_title(i):
            end = i - 1 if i > 0 and not self.brk[i] and self.words[i - 1] in ("وهو", "وهي") else i
            if self.brk[end] and end >= 2 and not self.claimed[end - 1]:
                # "X Y، مستشار الرئيس" / "X Y، وهي الممثلة": an appositive title.
                k = self.name_before_title(end)
                if k is not None:
                    self.unknown_person(k, end, None, False)
            j = self.title_at(i)
            if j > i:
                return j
        if (not self.arabic[i] and self.words[i] in EN_TITLES and self.text[self.starts[i]].isupper()
                and not self.phrase_at(i, ("leader", "short"))):
            return self.english_title_at(i)
        hit = self.phrase_at(i, ("leader", "place", "short"))
        if hit is not None:
            end, kind, key, prefix = hit
            if kind == "leader":
                if not self.inside_facility_name(i):
                    self.leader_at(i, False, None)
                return end
            if kind == "short":
                self.shorts.append((i, end, key, prefix))
                return end
            # A place, unless a given name starts a longer person's name here.
            if self.arabic[i] and self.words[i] in gz.given and end == i + 1:
                j = self.name_run(i)
                if j - i >= 2 and not any(self.phrase_at(q, ("place",)) for q in range(i + 1, j)):
                    self.unknown_person(i, j, None, False)
                    return j
            self.add_place(i, end, prefix)
            return end
        code = self.nisba_at(i) if self.arabic[i] else None
        if code:
            self.evidence[code] += 1
            j = self.nisba_person(i, code)
            return max(j, i + 1)
        if self.arabic[i]:
            j = self.given_name_person(i)
            if j > i:
                return j
        return i + 1

    def nisba_person(self, i: int, code: str) -> int:
        """A nationality used as a noun, then a name: "على الإثيوبي لاميشا غيرما",
        "والكيني أبراهام كيبيوت" (sport and wire copy name people this way)."""
        w = self.words[i]
        definite = any(v.startswith("ال") for v in self.variants(i)[:3])
        if not definite:
            return i
        back = i - 1
        noun_position = (back < 0 or self.brk[i] or w[:1] in "وف" or self.is_stop(back)
                         or self.words[back] in VERBS or self.bare_head(back))
        if i + 1 >= self.n or self.brk[i + 1]:
            return i
        if not noun_position and self.words[i + 1] not in self.gz.given:
            return i
        k = i + 1
        end = self.leader_at(k, True, code)
        if end is not None:
            return end
        j = self.name_run(k)
        gz = self.gz
        while j - k > 2 and self.words[j - 1] in gz.common and self.words[j - 1] not in gz.given:
            j -= 1  # "الهولندية سيفان حسن ثانية": an adverb after the name
        if j - k >= 2 and all(self.words[q] not in gz.common or self.words[q] in gz.given
                              for q in range(k, j)):
            self.unknown_person(k, j, code, True)
            return j
        return i

    def bare_head(self, back: int) -> bool:
        """Can a definite nationality after word ``back`` not be its adjective?

        An adjective with the article follows a definite word ("الحكومة
        الكينية", "نيروبي الكينية"); after a word without it (a verb, "احتفظت
        الكينية", "وأحرز الكيني", or a noun with a pronoun, "نظيره الكيني") the
        nationality is a noun and a name may follow.
        """
        w = self.words[back]
        if not self.arabic[back] or self.claimed[back] or self.nisba_at(back):
            return False
        if w.startswith("ال") or w.startswith("لل") or (w[:1] in "وفبلك" and w[1:3] == "ال"):
            return False
        if back > 0 and not self.brk[back] and self._hit(back - 1, ORG_HEADS):
            return False  # "شركة فولكسفاغن الألمانية": a company's name and its adjective
        return not self.phrase_at(back, ("place", "leader", "short"))

    def given_name_person(self, i: int) -> int:
        """An untitled person: a given name followed by name-like words."""
        gz = self.gz
        for v in self.variants(i):
            compound = v in ("عبد", "ابو") and i + 1 < self.n and not self.brk[i + 1]
            if (v not in gz.given and not compound) or drops_article(self.words[i], v):
                continue
            prefix = clitic_prefix(self.words[i], v)
            if (prefix > 0 and self.words[i][:prefix].strip("وف")
                    and not (i + 1 < self.n and not self.brk[i + 1] and self.words[i + 1] in ("بن", "بنت"))):
                continue  # "برقية" is not ب + رقية, but "لأسامة بن لادن" is ل + أسامة
            if any(len(p.words) >= 2 and p.words[-1] == v for p in self.people.values()):
                return i  # "فارس" after "أمين فارس": his surname again (see resolve_mentions)
            if self.inside_facility_name(i):
                return i
            if i > 0 and not self.brk[i] and self.words[i - 1] in NAME_PARTICLES:
                return i  # inside a name we did not recognise as a whole
            # name_run on the unprefixed word
            saved = self.words[i]
            self.words[i] = v
            j = self.name_run(i)
            self.words[i] = saved
            if v in gz.given_ambiguous:
                nxt = i + 1
                if ((nxt >= self.n or self.brk[nxt]
                        or (self.words[nxt] in gz.common and self.words[nxt] not in gz.given
                            and self.words[nxt] not in NAME_PARTICLES))
                        and self.apposed_name_end(i) is None):
                    return i
                j = max(j, self.apposed_name_end(i) or j)
            if j - i >= 2 and not any(self.phrase_at(q, ("place",)) for q in range(i + 1, j)):
                self.unknown_person(i, j, None, False, prefix)
                return j
            return i
        return i

    def apposed_name_end(self, i: int) -> int | None:
        """End of a name of 2-4 words at i that an appositive title follows, if any."""
        j = i + 1
        while j < self.n and not self.brk[j] and j - i < 4:
            j += 1
        if j - i < 2 or j - i > 4 or not self.title_follows(j):
            return None
        for q in range(i, j):
            if (not self.arabic[q] or self.is_stop(q) or self.words[q] in VERBS
                    or (q > i and self.phrase_at(q, ("place",)))):
                return None
        return j

    def name_before_title(self, i: int) -> int | None:
        """Start of an unknown name of 2-4 words that ends before word i, where a
        comma then a title (or "وهو"/"وهي" and a title) follow.

        "ووقع الاتفاق عن الحكومة مجذوب الخليفة أحمد، مستشار الرئيس": a comma
        then a title make the words before a person's name (the rule of
        :meth:`apposed_name_end` when the first name is not a known one).  The
        words are read back to a stop word, verb, title or mention; the name
        starts at the first word that is a known given name or looks like no
        noun (no article, conjunction, common word or noun ending: "الحكومة"
        and "قصة" are dropped) and ends in a known given name or a word that is
        no common word ("تصفيق الحضور الكبير،" is no name).
        """
        gap = self.gaps[i]
        if not ("،" in gap or "," in gap) or "\n" in gap or "(" in gap or ")" in gap:
            return None
        gz = self.gz
        q = i - 1
        while q >= 0 and i - q <= 5:
            w = self.words[q]
            if (self.claimed[q] or not self.arabic[q] or len(w) < 2 or self.is_stop(q) or w in VERBS
                    or self.is_title(q) or self.nisba_at(q) or w in OFFICE_WORDS
                    or self.phrase_at(q, ("place", "leader", "short"))):
                break
            if self.brk[q]:
                q -= 1
                break
            q -= 1
        first = q + 1
        while first < i:
            w = self.words[first]
            if w in gz.given or not (w.startswith("ال") or w[:1] in "وف" or self.glued_word(first)
                                     or w in gz.common or w.endswith("ه") or w.endswith("ات")):
                break
            first += 1  # "الحكومة", "وتروي", "قصة", "مفاوضات": no name starts with these
        if not 2 <= i - first <= 4:
            return None
        last = self.words[i - 1]
        if last in gz.common and last not in gz.given:
            return None  # "تصفيق الحضور الكبير،": a name ends in a name, not an adjective
        if any(self.glued_word(q) for q in range(first + 1, i)):
            return None
        before = first - 1
        if before >= 0 and not self.brk[first] and (
                self._hit(before, ORG_HEADS) or self._hit(before, FACILITY_HEADS) or self._hit(before, WORK_HEADS)):
            return None  # "مجموعة غولدمان ساكس،", "فيلم بنات ألفة،": a company's or a work's name
        if before >= 0 and not self.brk[first] and self.words[before] in ("في", "الي", "بمدينه", "ببلده"):
            return None  # "وصلت إلى كفر نبل،": an unknown place is where a name is not
        return first

    def title_follows(self, j: int) -> bool:
        """Does an appositive title follow a name that ends before word j?

        "قال أمين الناصر (Amin Nasser)، الرئيس التنفيذي لأرامكو": a comma and
        a title after the name (a Latin gloss in brackets may come first) say
        the words before are a person's name, even when its first word is
        also an ordinary word (أمين, "secretary").
        """
        if j >= self.n or not self.brk[j]:
            return False
        gap = self.gaps[j]
        if "(" in gap and ")" not in gap:
            k = j
            while k < self.n and k - j < 5 and not self.arabic[k] and ")" not in self.gaps[k]:
                k += 1
            if k >= self.n or ")" not in self.gaps[k]:
                return False
            j, gap = k, self.gaps[k]
        return ("،" in gap or "," in gap) and "\n" not in gap and self.is_title(j)

    def english_title_at(self, i: int) -> int:
        k = i
        head = False
        while k < self.n and not self.arabic[k] and self.words[k] in EN_TITLES and (k == i or not self.brk[k]):
            head = head or self.words[k] in EN_TITLE_HEADS
            k += 1
        if not head:
            return k  # "General Assembly", "Prime time": no office named
        end = self.leader_at(k, True, None) if k < self.n and not self.brk[k] else None
        if end is not None:
            return end
        j = k
        while (j < self.n and j - k < 3 and not self.arabic[j] and not self.brk[j]
               and self.text[self.starts[j]].isupper() and self.words[j] not in EN_TITLES
               and not self.phrase_at(j, ("place",))):
            j += 1
        if j > k:
            words = tuple(self.words[k:j])
            self.person("person:x:" + "_".join(words), None, words, None, k, j, 0, True)
            return j
        return max(k, i + 1)

    def resolve_mentions(self) -> None:
        """Step 2: short forms, surnames and deferred single names."""
        gz = self.gz
        # Leader short forms seen bare: distinctive ones count at once; ones that
        # are also ordinary words (لولا، شي) only if the leader is named fully.
        for i, end, key, prefix in self.shorts:
            leader = gz.leaders[key]
            word = self.words[i][max(prefix, 0):]
            if i > 0 and not self.brk[i] and self.words[i - 1] in NAME_PARTICLES:
                continue  # part of someone else's name ("بن هنية")
            if self.inside_facility_name(i):
                continue
            ordinary = word in gz.common or word in leader.short_ambiguous
            if not self.arabic[i] and self.mostly_arabic() and key not in self.people:
                continue  # "أمين الناصر (Amin Nasser)": a Latin surname in Arabic copy is a gloss
            if key in self.people or (not ordinary and end - i == 1) or end - i > 1:
                if key not in self.people and word in gz.given:
                    continue  # a bare given name is not enough to name a leader
                if ordinary and end - i == 1 and not self.person_context(i, prefix):
                    continue  # "إذ لولا التوافق": the word, not Lula
                self.person(key, leader, tuple([word, *self.words[i + 1:end]]), None, i, end, prefix, False)
        by_word: dict[str, _Person] = {}
        by_skeleton: dict[str, _Person] = {}
        for p in self.people.values():
            if len(p.words) >= 2 or p.titled or p.leader is not None:
                last = p.words[-1]
                by_word.setdefault(last, p)
                if len(last) >= 4:
                    by_skeleton.setdefault(skeleton(last), p)
                if p.leader is not None:
                    for short in p.leader.short:
                        for _, _, w in tokenize(short)[-1:]:
                            by_word.setdefault(w, p)
        for k, country, strong, office in self.deferred:
            self.claimed[k] = False
            match = self._match_known(k, by_word, by_skeleton, allow_first=True)
            if match is not None:
                p, prefix = match
                self.person(p.key, p.leader, p.words, country, k, k + 1, prefix, True)
            elif (self.name_like(k, True, False) and (strong or not self.words[k].startswith("ال"))
                  and not (self.words[k][:1] in "بلك" and len(self.words[k]) > 3)):
                # A title then a word with a preposition glued on ("التنفيذي لأرامكو") is no name.
                # After a weak title a definite word is an adjective: "الصحفي الصباحي".
                self.unknown_person(k, k + 1, country, True, office=office)
        if not by_word:
            return
        # Only words whose readings could be a known surname are looked at
        # (the readings and their skeletons are cached per word in the gazetteer).
        words = self.words
        known = by_word.keys() | by_skeleton.keys()
        distinct = list(set(words))
        # A superset of the words that may match (a reading that is a known
        # skeleton, or the reverse, passes too): _match_known decides.
        maybe = set(compress(distinct, map(not_, map(known.isdisjoint, self.gz.surname_readings(distinct)))))
        for k in [k for k, w in enumerate(words) if w in maybe]:
            if self.claimed[k]:
                continue
            match = self._match_known(k, by_word, by_skeleton, allow_first=False)
            if match is not None:
                p, prefix = match
                self.person(p.key, p.leader, p.words, None, k, k + 1, prefix, False)

    def person_context(self, i: int, prefix: int) -> bool:
        """Does word i stand where a person's name stands?  For short forms that are
        also ordinary words: glued to a preposition (للولا), after a reporting verb
        (وأعلن لولا), or before one or before أن/إن (لولا أن ...)."""
        if prefix and self.words[i][:1] in "لب":
            return True
        back = i - 1
        if back >= 0 and not self.brk[i]:
            prev = self.words[back]
            if prev in VERBS or (prev[:1] in "وف" and prev[1:] in VERBS):
                return True
        nxt = i + 1
        if nxt < self.n and not self.brk[nxt]:
            following = self.words[nxt]
            if following in VERBS or following in ("ان", "انه", "انها"):
                return True
        return False

    def _match_known(self, k: int, by_word: dict[str, _Person], by_skeleton: dict[str, _Person],
                     allow_first: bool) -> tuple[_Person, int] | None:
        gz = self.gz
        word = self.words[k]
        if k > 0 and not self.brk[k] and self.words[k - 1] in NAME_PARTICLES:
            return None  # "كوثر بن هنية" is not Haniyeh: the word belongs to another name
        for v in clitic_variants(word):
            prefix = clitic_prefix(word, v)
            if v in STOP_WORDS or len(v) < 3 or drops_article(word, v):
                continue
            if not allow_first and (v in gz.common or v in gz.given):
                continue
            p = by_word.get(v)
            if p is None and len(v) >= 4 and v not in gz.common:
                p = by_skeleton.get(skeleton(v))
            if p is None and allow_first:
                for q in self.people.values():
                    if q.words and q.words[0] == v:
                        p = q
                        break
            if p is not None:
                # A following name word means this is someone else ("عبدالله بن زايد").
                nxt = k + 1
                if (not allow_first and nxt < self.n and not self.brk[nxt]
                        and self.words[nxt] in NAME_PARTICLES):
                    return None
                return p, prefix
        return None

    def resolve_places(self) -> dict[str, list[_PlaceMention]]:
        """Step 3: settle homonyms; returns place key -> mentions."""
        gz = self.gz
        out: dict[str, list[_PlaceMention]] = {}
        ambiguous: list[_PlaceMention] = []
        for m in self.places:
            if any(self.in_person[m.i:m.j]):
                continue
            if len(m.candidates) == 1:
                out.setdefault(m.candidates[0], []).append(m)
            else:
                ambiguous.append(m)
        for _ in range(2):
            for m in ambiguous:
                key = self._choose(m)
                for other in list(out):
                    if m in out[other]:
                        out[other].remove(m)
                out.setdefault(key, []).append(m)
                place = gz.places[key]
                if place.country:
                    self.evidence[place.country] += 0  # seen; weight comes from unambiguous names
        return {k: v for k, v in out.items() if v}

    def _choose(self, m: _PlaceMention) -> str:
        gz = self.gz
        cands = [gz.places[k] for k in m.candidates]
        if m.heads == "city":
            cities = [p for p in cands if p.kind == "city"]
            if cities:
                cands = cities
        elif m.heads == "country":
            countries = [p for p in cands if p.kind == "country"]
            if countries:
                cands = countries
        own = {p.code for p in cands if p.kind == "country" and p.code}

        def score(p: Place) -> tuple[int, int, int, int]:
            evidence = self.evidence.get(p.country or "", 0)
            if p.kind == "country" and p.code in own:
                evidence = max(0, evidence - 2 * sum(1 for x in self.places if x.surface == m.surface))
            return (-min(evidence, 1), KIND_PRIORITY.get(p.kind, 3), 0 if p.capital else 1, -p.population)

        return min(cands, key=score).key

    # ---------------------------------------------------------- result

    def result(self) -> ExtractionResult:
        self.scan()
        self.resolve_mentions()
        places = self.resolve_places()
        entities: list[tuple[int, Entity]] = []
        spans: list[Span] = []
        countries: Counter[str] = Counter()
        for p in self.people.values():
            # The fullest Arabic form names the person; a kunya (أبو مازن) only
            # when nothing else was found.
            surfaces = sorted(p.surfaces, key=lambda s: (
                not is_arabic(s), fold_text(s).split()[0] in _KUNYA, -len(s.split()), -p.surfaces[s], s))
            name = surfaces[0]
            leader = p.leader
            count = sum(p.surfaces.values())
            entities.append((p.first, Entity(
                key=p.key, kind="person", name=name, aliases=tuple(surfaces[1:]),
                english=leader.english if leader else None, country=p.country,
                office=leader.office if leader else None, count=count,
            )))
            spans.extend(Span(s, e, "person", p.key) for s, e in p.spans)
            if p.country and ((leader and not leader.org) or (leader is None and p.office_holder)):
                countries[p.country] += count
        for key, mentions in places.items():
            place = self.gz.places[key]
            texts = Counter(m.surface for m in mentions)
            surfaces = sorted(texts, key=lambda s: (not is_arabic(s), -len(s.split()), -texts[s], s))
            entities.append((min(m.i for m in mentions), Entity(
                key=key, kind="place", name=surfaces[0], aliases=tuple(surfaces[1:]),
                english=place.english or None, country=place.country, place_kind=place.kind,
                code=place.code if place.kind == "country" else None, count=len(mentions),
            )))
            spans.extend(Span(m.start, m.end, "place", key) for m in mentions)
            if place.kind == "country" and place.code:
                countries[place.code] += len(mentions)
        people = sorted((x for x in entities if x[1].kind == "person"), key=lambda x: (-x[1].count, x[0]))
        where = sorted((x for x in entities if x[1].kind == "place"), key=lambda x: (-x[1].count, x[0]))
        spans.sort(key=lambda s: (s.start, s.end))
        return ExtractionResult([e for _, e in people] + [e for _, e in where], spans, dict(countries))


_is_arabic_word = lru_cache(maxsize=262144)(is_arabic)


@lru_cache(maxsize=4096)
def _break_gap(gap: str) -> bool:
    """Does this text between two words break a name?  (Cached: a few gaps,
    one space above all, make up nearly all of them.)"""
    if gap == " ":
        return False
    if "\n" in gap:
        return True
    stripped = gap.strip()
    return bool(stripped) and stripped not in ("-", "‐", "ـ")


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
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


def extract(title: str, body: str, language: str | None = None) -> ExtractionResult:
    """The people and places an article mentions.

    Args:
        title: The headline (logical text).
        body: The body (logical text).
        language: The article's language, if known (unused for now: the
            extractor reads Arabic and Latin script alike).

    Returns:
        Entities with counts, and every mention's offsets into
        :func:`article_text`.
    """
    return _Extractor(article_text(title, body), load_gazetteer()).result()


def merge_results(results: list[ExtractionResult]) -> ExtractionResult:
    """Combine the results of several articles (one file holding many): counts add up."""
    if len(results) == 1:
        return results[0]
    merged: dict[str, Entity] = {}
    order: list[str] = []
    countries: Counter[str] = Counter()
    for res in results:
        countries.update(res.countries)
        for e in res.entities:
            cur = merged.get(e.key)
            if cur is None:
                merged[e.key] = e
                order.append(e.key)
                continue
            names = [cur.name, *cur.aliases]
            extra = tuple(a for a in (e.name, *e.aliases) if a not in names)
            merged[e.key] = Entity(
                key=cur.key, kind=cur.kind, name=cur.name, aliases=cur.aliases + extra,
                english=cur.english or e.english, country=cur.country or e.country,
                place_kind=cur.place_kind, code=cur.code, office=cur.office or e.office,
                count=cur.count + e.count,
            )
    ents = [merged[k] for k in order]
    people = sorted((e for e in ents if e.kind == "person"), key=lambda e: -e.count)
    places = sorted((e for e in ents if e.kind == "place"), key=lambda e: -e.count)
    return ExtractionResult(people + places, [], dict(countries))
