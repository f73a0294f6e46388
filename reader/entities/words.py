"""Provides Words: one article's words and the tests the rules ask of a word (no Textual).

The text is split once (:func:`reader.entities.normalize.split_words`); each
word is kept folded, with whether it is Arabic and whether punctuation or a
line break separates it from the word before.  The tests here read the words
and the gazetteer, never what the rules have found so far: a stop word, a
title word, a nationality adjective, an ordinary word with a preposition or a
pronoun glued on, the longest known name starting at a word, and where a
word's text lies.  Whether a word may be part of a person's name is asked of
:class:`reader.entities.name_runs.NameRuns`, built on these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.entities.detector import load_detector
from reader.entities.lexicon import (
    NAME_PARTICLES,
    STOP_HAMZA_FOLDED,
    STOP_RAW,
    STOP_WORDS,
    TITLES,
    VERBS,
)
from reader.entities.lookup import Gazetteer, PhraseStarts, WordFacts, cached_map
from reader.entities.normalize import clitic_variants, split_words
from reader.entities.records import Phrase

#: Log-odds (name detector) under which a word that starts like a verb (ي/ت, or
#: the future's س) is read as one ("يحافظ" -48, "يتصدر" -30, "سيلتحق" -25):
#: foreign names that start so score higher ("تالاس" -4, "توريه" -1, "يامال" -5).
VERB_LOG_ODDS = -5.0

#: Harakat, Quranic marks, superscript alef and tatweel: not letters of a word.
MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
)
#: A known name found at a word: (end word, kind, key, prefix letters cut from the first word).
PhraseHit = tuple[int, str, str, int]

_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
_LATIN_LETTERS = re.compile("[A-Za-z]+")
#: Words whose final ى some writers (and much older agency copy) write as ي:
#: seeing them so spelled, with few or no final ى, tells how "علي" may be meant.
_YA_SPELT_MAQSURA = re.compile(
    r"(?<!\w)[وف]?(?:إلي|حتي|لدي|مستوي|أخري|الأخري|الكبري|الأولي|أدني|أقصي|سوي|مدي)(?!\w)")
_FINAL_MAQSURA = re.compile(r"ى(?!\w)")
#: Possessive pronouns glued to the end of a noun (folded; longest first).
_PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا")

#: A hyphen with no space around it joins two words into one compound.
_HYPHENS = frozenset(("-", "‐"))

#: Whether a gap between words breaks a name, cached across articles (see
#: cached_map: a few gaps, one space above all, make up nearly all of them).
_BREAK_GAPS: dict[str, bool] = {}


def _break_gap(gap: str) -> bool:
    """Does this text between two words break a name?"""
    if gap == " ":
        return False
    if "\n" in gap:
        return True
    stripped = gap.strip()
    if stripped in ("-", "‐", "ـ"):
        # joined ("جان-كلود") it ties a name; set off by spaces it is a dash
        # between two names ("أحمد عكاش ـ عبدالرحمن الشمري", a list of players)
        return gap[:1].isspace() and gap[-1:].isspace()
    return bool(stripped)


@lru_cache(maxsize=262144)
def first_reading(word: str, vocab: frozenset[str]) -> str | None:
    """The first of the folded word's readings (:func:`clitic_variants`) in ``vocab``
    (:meth:`Words.hit` of a word; the hottest rules call this directly).  Cached:
    the rules ask a few closed classes, titles or head nouns, of the same words
    again and again."""
    for v in clitic_variants(word):
        if v in vocab:
            return v
    return None


@lru_cache(maxsize=262144)
def _title_word(word: str, given: frozenset[str]) -> bool:
    """Is the folded Arabic word a title word (a glued proclitic allowed)?  Cached."""
    hit = first_reading(word, TITLES)
    if hit is None:
        return False
    # A whole word that is a given name is not a title with a preposition
    # glued on: "لامين يامال" is Lamine, not ل + أمين.
    return hit == word or word not in given


class Words:
    """An article's words (folded, with offsets and gaps) and tests of one word."""

    def __init__(self, text: str, gz: Gazetteer) -> None:
        self.text = text
        self.gz = gz
        self.starts, self.ends, self.words, self.gaps = split_words(text)
        """Per word: its offsets, its folded form, and the text before it."""
        self.n = n = len(self.words)
        # Whether a word is Arabic (cached per word across articles), and
        # whether punctuation or a line break separates it from the word
        # before (most gaps are one space): plain lists, read often.
        self.facts = gz.facts_of(self.words)
        """Per word, what extraction asks of it whatever article it is in (cached)."""
        self.arabic: list[bool] = [f.arabic for f in self.facts]
        self.brk = cached_map(self.gaps, _BREAK_GAPS, _break_gap)
        if n:
            self.brk[0] = True
        self._hits: list[tuple[PhraseHit, ...] | None] = [None] * n
        """Per word, once asked: the known names starting at it (see phrase_at)."""
        self._undo: tuple[int, str, WordFacts, list[tuple[PhraseHit, ...] | None]] | None = None
        """The last :meth:`set_word`: the word it replaced, its facts and the known names
        found at it and its neighbours, put back when that word is."""
        self._mostly_arabic: bool | None = None
        self._ya_for_maqsura: bool | None = None

    # ---------------------------------------------------- the whole text

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

    # ---------------------------------------------------------- one word

    def variants(self, k: int) -> tuple[str, ...]:
        """Readings of word k with glued proclitics removed (the word itself first)."""
        facts = self.facts[k]
        found = facts.variants
        if found is None:
            found = facts.variants = clitic_variants(self.words[k])
        return found

    def hit(self, k: int, vocab: frozenset[str]) -> str | None:
        """The first reading of word k that is in ``vocab``, if any."""
        for v in self.variants(k):
            if v in vocab:
                return v
        return None

    def hyphenated(self, k: int) -> bool:
        """Is word k joined to a neighbour by a hyphen with no space ("أيرو-أتلنتيك")?"""
        gaps = self.gaps
        return gaps[k] in _HYPHENS or (k + 1 < self.n and gaps[k + 1] in _HYPHENS)

    def raw(self, k: int) -> str:
        """Word k as written, without harakat or tatweel (hamza and ى kept)."""
        return "".join(ch for ch in self.text[self.starts[k]:self.ends[k]] if ch not in MARKS)

    def ali_is_preposition(self, k: int) -> bool:
        """Is word k, spelt "علي", the preposition على in a text that writes ى as ي?

        It is the name when a name goes on after it ("علي محمد الريحاوي",
        "علي عبد الله صالح", "علي بن ...") or a title comes just before it.
        """
        if self.raw(k) != "علي":
            return False
        nxt = k + 1
        w = self.words[nxt] if nxt < self.n and not self.brk[nxt] and self.arabic[nxt] else ""
        if w in self.gz.given or w in NAME_PARTICLES or w in ("عبد", "ابو"):
            return False
        if k > 0 and not self.brk[k] and (self.is_title(k - 1) or self.words[k - 1] in self.gz.given
                                          or self.words[k - 1] in NAME_PARTICLES):
            return False  # "أحمد علي", "أحمد بن علي", "الأمير علي"
        if self.ya_for_maqsura():
            return True
        # A text that writes ى may still slip ("بامتداد 300 متر علي ضفاف سد أبها"): before
        # a frequent word that is no family name (no article, no ي of a nisba) it is على.
        return (len(w) >= 3 and w in self.gz.frequent and not w.startswith("ال")
                and not w.endswith("ي"))

    def is_stop(self, k: int) -> bool:
        """Is word k a function word, a common verb (a conjunction glued on or not) or a number?"""
        w = self.words[k]
        if w in STOP_WORDS or w in VERBS:
            # Folding merges على/علي and أمام/إمام; the spelling tells them apart.
            raw = self.raw(k)
            if raw in self.gz.given_raw and raw not in STOP_RAW:
                return self.ali_is_preposition(k)
            # So do أمام/إمام: a hamza the preposition is not written with
            # ("إمام عاشور") makes the word another one (STOP_HAMZA_FOLDED).
            return not (w in STOP_HAMZA_FOLDED and raw not in STOP_RAW and raw[:1] in "إآ")
        if (w[:1] in "وف" and len(w) > 2 and (w[1:] in STOP_WORDS or w[1:] in VERBS)
                and w not in self.gz.given):
            return True  # "وقال", "فإن"; but "فيصل" is a name, not ف + يصل
        return w.isdigit()

    def after_name_particle(self, k: int) -> bool:
        """Does word k follow a name particle with no break ("بن هنية")?  Then it
        belongs to a name that the particle is part of."""
        return k > 0 and not self.brk[k] and self.words[k - 1] in NAME_PARTICLES

    def before_name_particle(self, k: int) -> bool:
        """Does a name particle follow word k with no break ("عبدالله بن زايد")?"""
        nxt = k + 1
        return nxt < self.n and not self.brk[nxt] and self.words[nxt] in NAME_PARTICLES

    def is_title(self, k: int) -> bool:
        """Is word k an Arabic title word (a glued proclitic allowed)?"""
        if not self.arabic[k]:
            return False
        facts = self.facts[k]
        found = facts.title
        if found is None:
            found = facts.title = _title_word(self.words[k], self.gz.given)
        return found

    def nisba_at(self, k: int) -> str | None:
        """Country code of the nationality adjective word k is, if it is one."""
        facts = self.facts[k]
        found = facts.nisba
        if found is None:
            found = facts.nisba = self.gz.nisba_of(self.words[k]) or ""
        return found or None

    def glued_word(self, k: int, conjunctions: bool = True) -> bool:
        """Is word k an ordinary word with a preposition or conjunction glued on
        ("للصحفيين", "بالصدارة", "لأمن")?  Names inside a name never are."""
        w = self.words[k]
        if w[:3] in ("بال", "وال", "فال", "كال") or (w[:2] == "لل" and len(w) > 4):
            return True
        gz = self.gz
        if w[:1] in "بلك" and len(w) > 4 and w[-2:] in ("ها", "هم") and w not in gz.given:
            return True  # "بلقبها", "لبلادهم": a preposition, a noun and a pronoun
        if w[:1] in ("بلكوف" if conjunctions else "بلك") and len(w) > 3 and w not in gz.given:
            rest = w[1:]  # (not "فيصل" = ف + يصل, "كمال" = ك + مال: given names)
            if self._glued_common(rest):
                return True
            if rest.endswith("ته") and len(rest) >= 5 and rest[:-2] + "ه" in gz.frequent:
                return True  # "لخلافته": a preposition, a noun in ة and "his"
            # "بزواجه": a preposition, a noun and "his"
            return (len(rest) >= 5 and rest.endswith("ه") and rest[:-1] in gz.common
                    and self.raw(k).endswith("ه"))
        return False

    def _glued_common(self, rest: str) -> bool:
        """Is ``rest``, a word without the letter glued to its front, an ordinary word?"""
        gz = self.gz
        if rest in gz.given:
            return False
        if rest in gz.common or rest in STOP_WORDS or rest in VERBS:
            return True
        # "باتصالين": a preposition on the dual or plural of a common word.
        return len(rest) > 5 and rest[-2:] in ("ين", "ان", "ات") and rest[:-2] in gz.common

    def future_verb(self, k: int) -> bool:
        """Is word k a verb in the future ("سيصدر", "ستكون", a common verb after س)?
        A name never runs into one ("سمير مقبل سيصدر")."""
        w = self.words[k]
        if not (len(w) >= 5 and w[0] == "س" and w[1] in "يتنا" and w not in self.gz.given):
            return False
        # "سيلتحق": a verb the lists lack reads as Arabic (سيلفا, ستيفن read as foreign)
        return (w[1:] in self.gz.common or w[1:] in STOP_WORDS or w[1:] in VERBS
                or load_detector().score(w) < VERB_LOG_ODDS)

    def pronoun_suffixed(self, k: int) -> bool:
        """Is word k a common noun with a possessive pronoun on it ("أراضيها",
        "ذويهم", "استقلالها")?  Such a word ends a name: it never belongs to one."""
        w = self.words[k]
        if w in self.gz.given:
            return False
        frequent = self.gz.frequent  # the 20,000 most frequent: no name ends in ها or هم
        for suffix in _PRONOUN_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                stem = w[:-len(suffix)]
                if stem in frequent or (stem[-1] == "ت" and stem[:-1] + "ه" in frequent):
                    return True
        # With "his" only the 6,000 most frequent: names end in ه too (توريه، غرامه).
        common = self.gz.common
        # "مقالته": a noun in ة with "his" on it; "برنامجه": a noun with "his" (ه as
        # written: a name in ة, جمعة, folds to the same letters)
        if w.endswith("ته") and len(w) >= 5 and w[:-2] + "ه" in common:
            return True
        return (w.endswith("ه") and len(w) >= 5 and w[:-1] in common
                and self.raw(k).endswith("ه"))

    # -------------------------------------------------------- known names

    def phrase_at(self, k: int, kinds: tuple[str, ...]) -> PhraseHit | None:
        """Longest known name of one of ``kinds`` starting at word k: (end, kind, key,
        prefix letters).  Of equal lengths, the one with fewer letters cut; then a
        person's before a place's ("نصر الله" is Nasrallah before the Tunisian district)."""
        hits = self._hits[k]
        if hits is None:
            hits = self._hits[k] = self._hits_at(k)
        best: PhraseHit | None = None
        for hit in hits:
            if hit[1] in kinds and (best is None or hit[0] > best[0] or (hit[0] == best[0] and (
                    abs(hit[3]) < abs(best[3])
                    or (hit[3] == best[3] and best[1] == "place" != hit[1])))):
                best = hit
        return best

    def _hits_at(self, k: int) -> tuple[PhraseHit, ...]:
        """Every known name (any kind) that starts at word k here, in the index's
        order.  The rules ask for one kind or another at the same word many times:
        :meth:`phrase_at` keeps these per word and picks from them."""
        starts = self._starts(k)
        if not starts:
            return ()
        hits: list[PhraseHit] = []
        nxt = self.words[k + 1] if k + 1 < self.n and not self.brk[k + 1] else None
        surname: bool | None = None  # see surname_slot: computed when a town is met
        for prefix, stripped_article, bucket in starts:
            if stripped_article:
                # "المؤدي" is not Modi, "طريق الحرير" is not the town Harir: a name
                # written without the article does not match a word that has one.
                continue
            for ph in bucket.singles:  # names of one word: word k alone
                if ph.latin and not self.text[self.starts[k]].isupper():
                    continue  # a Latin name counts only capitalised
                if ph.kind == "place" and prefix == 0:
                    if surname is None:
                        surname = self.surname_slot(k)
                    if surname:
                        continue  # "عماد ناصر", "محمد بن عفيف": a surname, not the town
                hits.append((k + 1, ph.kind, ph.key, prefix))
            if nxt is not None and nxt in bucket.by_second:
                self._longer_hits(k, prefix, bucket.by_second[nxt], hits)
        return tuple(hits)

    def _starts(self, k: int) -> PhraseStarts:
        """:meth:`Gazetteer.phrase_starts` of word k, kept in its facts."""
        facts = self.facts[k]
        arabic = self.arabic[k]
        if arabic != facts.arabic:  # (a word another rule made read as another)
            return self.gz.phrase_starts(self.words[k], arabic)
        found = facts.starts
        if found is None:
            found = facts.starts = self.gz.phrase_starts(self.words[k], arabic)
        return found

    def _longer_hits(self, k: int, prefix: int, phrases: tuple[Phrase, ...],
                     hits: list[PhraseHit]) -> None:
        """Add to ``hits`` the ``phrases`` (names of several words whose second word
        is word k+1) that the words from k on spell."""
        for ph in phrases:
            if ph.latin and not self.text[self.starts[k]].isupper():
                continue  # a Latin name counts only capitalised
            end = k + 1 + len(ph.rest)
            if end <= self.n and self.words_follow(k, ph.rest):
                hits.append((end, ph.kind, ph.key, prefix))

    def set_word(self, k: int, word: str) -> None:
        """Make word k read as the folded ``word`` (a rule reads it with a proclitic
        cut for a while, then puts it back): the known names found at it and at the
        words next to it, which read it, are looked for again.  Putting back the
        word just replaced puts back what was known of it and its neighbours."""
        old = self.words[k]
        if word == old:
            return  # (most given names have no proclitic to cut)
        lo, hi = max(k - 1, 0), min(k + 2, self.n)
        undo = self._undo
        self._undo = None
        if undo is not None and undo[0] == k and undo[1] == word:
            self.words[k] = word
            self.facts[k] = undo[2]
            self._hits[lo:hi] = undo[3]
            return
        self._undo = (k, old, self.facts[k], self._hits[lo:hi])
        self.words[k] = word
        self.facts[k] = self.gz.facts_of([word])[0]
        self._hits[lo:hi] = [None] * (hi - lo)

    def surname_slot(self, k: int) -> bool:
        """Is word k a place name that is also a common word or a given name
        (place_words.json ``guarded``) right after a given name or a name particle?
        There it goes on a person's name ("عماد ناصر", "محمد بن عفيف", "صالح عبد
        الحي") rather than name a small town."""
        if k == 0 or self.brk[k] or self.words[k] not in self.gz.place_guard:
            return False
        before = self.words[k - 1]
        return before in self.gz.given or before in NAME_PARTICLES or before == "عبد"

    def keys_at(self, k: int, end: int, kind: str) -> list[str]:
        """Keys of every known name of ``kind`` that spans words k..end-1 (a name two
        leaders share has two: "بوش")."""
        keys: list[str] = []
        if end <= k or end > self.n:
            return keys
        # A name of one word is a single; a longer one's second word is word k+1.
        nxt = self.words[k + 1] if end > k + 1 else None
        for _, stripped_article, bucket in self._starts(k):
            if stripped_article:
                continue
            for ph in bucket.singles if nxt is None else bucket.by_second.get(nxt, ()):
                if (ph.kind == kind and k + 1 + len(ph.rest) == end
                        and self.words_follow(k, ph.rest) and ph.key not in keys):
                    keys.append(ph.key)
        return keys

    def words_follow(self, k: int, rest: tuple[str, ...]) -> bool:
        """Do the folded words ``rest`` follow word k, with no break before any?
        (The caller makes sure there are enough words.)"""
        words, brk = self.words, self.brk
        for w in rest:
            k += 1
            if brk[k] or words[k] != w:
                return False
        return True

    def surface(self, k: int, prefix: int, j: int | None = None) -> tuple[int, int, str]:
        """Offsets and text of words k..j-1 with ``prefix`` folded letters cut from the first."""
        start = self.starts[k]
        end = self.ends[(j or k + 1) - 1]
        restore_alef = prefix < 0  # "للصين" = ل + الصين written without the article's alef
        cut = 1 if restore_alef else prefix
        while cut > 0 and start < end:
            if self.text[start] not in MARKS:
                cut -= 1
            start += 1
        while start < end and self.text[start] in MARKS:
            start += 1
        text = self.text[start:end]
        return start, end, ("ا" + text if restore_alef else text)
