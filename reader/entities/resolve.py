"""Provides step 2 of extraction: joining short mentions to the people already found (no Textual).

Bare surnames and short forms (توكاييف، لتوكاييف، السيد جباروف، بينغ/بينج)
are joined to the people found in step 1, by folded form or consonant
skeleton (:class:`KnownNames`); a leader's short form that is also an
ordinary word (لولا، شي) only counts once the leader is named in the article
or where a person's name stands (:func:`person_context`).  Single words after
a title (:class:`~reader.entities.mentions.DeferredName`) are read here too,
once every full name is known.  Linking a name to a known person only with
evidence (a full name, a title, the article's date) is decided here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.entities.detector import load_detector
from reader.entities.evidence import CONFIDENCE, Evidence
from reader.entities.institutions import inside_facility_name
from reader.entities.lexicon import DEMONSTRATIVES, NAME_PARTICLES, STOP_WORDS, VERBS
from reader.entities.lookup import Gazetteer
from reader.entities.mentions import DeferredName, Mentions, Person, ShortForm
from reader.entities.normalize import (
    clitic_prefix,
    clitic_variants,
    drops_article,
    skeleton,
    tokenize,
)
from reader.entities.offices import held_on
from reader.entities.records import Leader
from reader.entities.title_office import resolve_office_titles
from reader.entities.words import VERB_LOG_ODDS


@dataclass
class KnownNames:
    """The people found in step 1 by the last word of their name and its skeleton."""

    by_word: dict[str, Person] = field(default_factory=dict)
    by_skeleton: dict[str, Person] = field(default_factory=dict)

    @classmethod
    def of(cls, people: Iterable[Person]) -> KnownNames:
        """Index the people named fully, with a title, or known as leaders (first one wins)."""
        known = cls()
        by_word, by_skeleton = known.by_word, known.by_skeleton
        detector = load_detector()
        for p in people:
            if len(p.words) >= 2 or p.titled or p.leader is not None:
                last = p.words[-1]
                by_word.setdefault(last, p)
                if len(last) >= 4 and detector.foreign(last):
                    by_skeleton.setdefault(skeleton(last), p)
                if p.leader is not None:
                    for short in p.leader.short:
                        for w in _last_word(short):
                            by_word.setdefault(w, p)
        return known

    def person_named(self, v: str, common: frozenset[str]) -> Person | None:
        """The person whose surname is the folded word ``v``, or its skeleton when
        ``v`` is long, no common word and reads as a transliterated name: spellings
        of a foreign name vary (بينغ/بينج), Arabic words that share a skeleton with
        an Arabic surname (صعيد and سعود, هدوء and هادي) are other words."""
        p = self.by_word.get(v)
        if p is None and len(v) >= 4 and v not in common and self.by_skeleton:
            p = self.by_skeleton.get(skeleton(v))
            if p is not None and not load_detector().foreign(v):
                return None
        return p


@lru_cache(maxsize=65536)
def _last_word(name: str) -> tuple[str, ...]:
    """The folded last word of a name (none if it has no word), cached: the same
    leaders' short forms are read in article after article."""
    return tuple(w for _, _, w in tokenize(name)[-1:])


def resolve_mentions(ex: Mentions) -> None:
    """Step 2: titles of office alone, short forms, deferred single names after
    titles, then bare surnames."""
    resolve_office_titles(ex)
    resolve_shorts(ex)
    known = KnownNames.of(ex.people.values())
    resolve_deferred(ex, known)
    if known.by_word:
        resolve_surnames(ex, known)


#: Tanween (ً ٌ ٍ): a word written with it is an indefinite noun, never a name.
_TANWEEN = frozenset("\u064b\u064c\u064d")


def resolve_shorts(ex: Mentions) -> None:
    """Leader short forms seen bare: distinctive ones count at once; ones that
    are also ordinary words or given names (لولا، سلمان) only with evidence."""
    gz = ex.gz
    for short in ex.shorts:
        i, end, key, prefix = short
        if key in gz.shared:
            from reader.entities.choose import which_leader

            key = which_leader(ex, i, end, "short", key)
            short = ShortForm(i, end, key, prefix)
        evidence = _short_evidence(ex, short)
        if evidence is not None:
            word = ex.words[i][max(prefix, 0):]
            ex.person(key, gz.leaders[key], (word, *ex.words[i + 1:end]), None, i, end, prefix,
                      False, evidence=evidence[0], confidence=evidence[1])


def _inside_another_name(ex: Mentions, i: int, word: str) -> bool:
    """Is the short form at word i part of someone else's name or a place's?"""
    if ex.after_name_particle(i) or inside_facility_name(ex, i):
        return True  # "بن هنية", "مطار ..."
    # "فهد بن سلمان": the rest of another's name, not "بن سلمان" alone
    return word in NAME_PARTICLES and i > 0 and not ex.brk[i] and ex.words[i - 1] in ex.gz.given


def _short_evidence(ex: Mentions, short: ShortForm) -> tuple[Evidence, float | None] | None:
    """Why a bare short form names its leader, and how sure (None: it does not here)."""
    i, end, key, prefix = short
    gz = ex.gz
    word = ex.words[i][max(prefix, 0):]
    if _inside_another_name(ex, i, word):
        return None
    if end - i == 1 and _TANWEEN.intersection(ex.text[ex.starts[i]:ex.ends[i]]):
        return None  # "أن تبرز نجوماً": tanween marks an indefinite noun, never Nujoma
    leader = gz.leaders[key]
    form = " ".join((word, *ex.words[i + 1:end]))
    given = form.replace(" ", "") in gz.given  # "سلمان", "عبد العزيز": a given name
    ordinary, always = _ordinary_short(ex, leader, form, i, end, prefix)
    ordinary = ordinary or given
    if key in ex.people and end - i > 1:
        return Evidence.EARLIER, None  # "نصر الله" after "حسن نصر الله"
    if ordinary and (always or not person_context(ex, i, prefix)):
        return None  # "إذ لولا التوافق": the word, not Lula (even once he is named)
    if key in ex.people:
        return Evidence.EARLIER, None
    if prefix > 1 or (prefix > 0 and len(word) <= 3):
        return None  # "كوادر", "بادر" are words, not ك/ب + "آدر": short and glued needs the name
    if not ex.arabic[i] and ex.mostly_arabic():
        return None  # "أمين الناصر (Amin Nasser)": a Latin surname in Arabic copy is a gloss
    if any(len(p.words) > 1 and word in (p.words[0], p.words[-1]) and p.key != key
           for p in ex.people.values()):
        # "آشتون" after "آشتون كارتر", "كولر" after "مارسيل كولر": the name of someone the
        # article named, not another leader's (step 2 joins it to that person)
        return None
    if given:
        return None  # a bare given name is not enough to name a leader
    if end - i > 1 and not ordinary:
        return Evidence.KNOWN_SHORT, None
    return _surname_evidence(ex, short, leader, ordinary)


def _ordinary_short(ex: Mentions, leader: Leader, form: str, i: int, end: int,
                    prefix: int) -> tuple[bool, bool]:
    """Is the short form at words i..end-1 also an ordinary word, and is it one
    wherever it stands?  A noun with the article that a proclitic is glued to
    ("للشرع" for the law, "والشرع") is: a preposition before it is no sign of a
    person."""
    listed = "ال" + form[2:] if prefix < 0 and form.startswith("لل") else form
    if listed in leader.short_ambiguous:
        return True, prefix != 0 and listed.startswith("ال")
    return end - i == 1 and form in ex.gz.common, False


def _surname_evidence(ex: Mentions, short: ShortForm, leader: Leader,
                      ordinary: bool) -> tuple[Evidence, float | None] | None:
    """:func:`_short_evidence` for a one-word surname of a leader the article did not name."""
    i, end, _, prefix = short
    word = ex.words[i][max(prefix, 0):]
    if _first_name_before(ex, i):
        return None  # "جيما أرياس" is not Óscar Arias: another person's first name before it
    if ex.hyphenated(i):
        return None  # "أيرو-أتلنتيك" (Aéro-Atlantique): half of a compound, not Ayrault
    if "ال" + word in ex.words or _foreign_word_after(ex, end):
        # "طيور الفيشر الأخضر والموف فيشر": a word the article uses with the article is
        # a noun there, not Heinz Fischer; "(أيلا نوبلار)": the first name of another
        return None
    if not _head(leader) and not load_detector().foreign(word):
        return None  # "القصبي": a minister's family name is many people's; named first, it is his
    if ordinary:
        # "لضيوف الرحمن" (the pilgrims) is no Abdou Diouf: a word that is also a noun
        # names the leader only standing alone, and only when the article is of his
        # time or his country.
        if _construct_follows(ex, end) or _short_confidence(ex, leader, word) is not None:
            return None
        return Evidence.SHORT_IN_CONTEXT, None
    return Evidence.KNOWN_SHORT, _short_confidence(ex, leader, word)


def _first_name_before(ex: Mentions, i: int) -> bool:
    """Is word i right after an unclaimed word that may be a first name (a given
    name, or one the detector reads as a foreign name)?"""
    k = i - 1
    if k < 0 or ex.brk[i] or ex.claimed[k] or not ex.arabic[k]:
        return False
    w = ex.words[k]
    if w in ex.gz.common or ex.is_stop(k):
        return False
    det = load_detector()
    return w in ex.gz.given or det.score(w) > det.threshold


def _foreign_word_after(ex: Mentions, k: int) -> bool:
    """Does an unclaimed word the detector reads as a foreign name follow at k, with no
    break (so the surname before it is someone else's first name)?"""
    if k >= ex.n or ex.brk[k] or ex.claimed[k] or not ex.arabic[k]:
        return False
    w = ex.words[k]
    if w[:1] == "و" or (w[:1] in "يت" and w[-2:] in ("ان", "ون", "وا")):
        # "بوش وشارون وبلير": "and", another person; "وهولاند يؤكدان": a verb the
        # detector half believes foreign
        return False
    return w not in ex.gz.common and not ex.is_stop(k) and load_detector().foreign(w)


def _head(leader: Leader) -> bool:
    """Has the leader headed a state or a government (named by surname alone in news)?"""
    return any(o.role in ("head_of_state", "head_of_government") for o in leader.offices)


def _construct_follows(ex: Mentions, k: int) -> bool:
    """Does word k make the word before it a noun in construct ("ضيوف الرحمن")?"""
    if k >= ex.n or ex.brk[k] or not ex.arabic[k]:
        return False
    w = ex.words[k]
    return w.startswith("ال") or (w in ex.gz.common and not ex.is_stop(k) and w not in VERBS)


def _short_confidence(ex: Mentions, leader: Leader, word: str) -> float | None:
    """A distinctive surname alone: sure when the leader was in office on the
    article's date or their country is named; a little less for a foreign
    name out of office ("لترامب" in 2015); hidden for an Arabic-looking one
    out of office, unnamed and far from home (another person's surname)."""
    if any(held_on(o, ex.day) for o in leader.offices) or not leader.offices:
        return None
    from reader.entities.choose import country_context

    if country_context(ex).get(leader.country or "", 0):
        return None
    if load_detector().foreign(word):
        return CONFIDENCE[Evidence.KNOWN_SHORT] - 0.1
    return CONFIDENCE[Evidence.KNOWN_SHORT] - 0.25


def resolve_deferred(ex: Mentions, known: KnownNames) -> None:
    """Single words after a title: a known person's name, or a new person's."""
    for d in ex.deferred:
        k = d.k
        ex.claimed[k] = False
        match = match_known(ex, known, k, allow_first=True)
        if match is not None:
            p, prefix = match
            ex.person(p.key, p.leader, p.words, d.country, k, k + 1, prefix, True,
                      evidence=Evidence.TITLE)
        elif (named := _named_by_middle_name(ex, k)) is not None:
            ex.person(named.key, named.leader, named.words, d.country, k, k + 1, 0, True,
                      evidence=Evidence.EARLIER)
        elif _deferred_is_name(ex, d):
            ex.unknown_person(k, k + 1, d.country, True, office=d.office, evidence=Evidence.TITLE)


def _named_by_middle_name(ex: Mentions, k: int) -> Person | None:
    """The person named earlier whose father's or grandfather's name word k is: "ورحب
    الدكتور عويقل" after "الدكتور عبدالله بن عويقل السلمي" (a man called by his father's
    name)."""
    w = ex.words[k]
    if w in NAME_PARTICLES or w in ex.gz.given_ambiguous or w in ex.gz.common:
        return None
    found = [p for p in ex.people.values() if w in p.words[1:-1]]
    return found[0] if len(found) == 1 else None


def _ordinary_word(gz: Gazetteer, w: str) -> bool:
    """A frequent word (or one with alef after it: a dual verb, an accusative) without
    the article that is no given name and does not read as a transliterated name:
    after a title, a noun ("حرص") or a verb ("أكدا"), not a surname."""
    ordinary = w in gz.frequent or (w.endswith("ا") and w[:-1] in gz.frequent)  # "أكدا"
    return (ordinary and w not in gz.given and not w.startswith("ال")
            and not load_detector().foreign(w))


def _derived_noun_shape(gz: Gazetteer, w: str) -> bool:
    """Is ``w`` shaped as a participle or verbal noun of the derived forms (مست..., است...,
    مت...) and no given name?  No family name is ("مستجدات", "استعدادات", "متابعة")."""
    return w not in gz.given and (
        (w[:3] in ("مست", "است") and len(w) >= 6) or (w[:2] == "مت" and len(w) >= 5))


def _passive_participle(ex: Mentions, k: int) -> bool:
    """Is word k a definite passive participle (المفعول: "المعزول", "المخلوع") that
    reads as Arabic?  After a title it describes the office-holder; it is no name."""
    w = ex.words[k]
    return (len(w) == 7 and w.startswith("الم") and w[5] == "و" and w not in ex.gz.given
            and w[2:] not in ex.gz.given and load_detector().score(w) < VERB_LOG_ODDS)


def _imperfect_verb(gz: Gazetteer, w: str) -> bool:
    """Does ``w`` read as a verb in the present, a person prefix (ي ت) on a frequent
    word that is no name ("تهبط", "يطالب")?  After a title it is no name."""
    stem = w[1:]
    return (w[:1] in "يت" and 3 <= len(stem) <= 5 and w not in gz.given
            and stem in gz.frequent and stem not in gz.given)


def _noun_before_demonstrative(ex: Mentions, k: int) -> bool:
    """Is word k, also an ordinary word, followed by a demonstrative ("أرجع نائب المشرف
    نجاح هذه الاحتفالية": "the success of this")?  Then it is the noun, not a name."""
    w = ex.words[k]
    return (k + 1 < ex.n and not ex.brk[k + 1] and ex.words[k + 1] in DEMONSTRATIVES
            and (w in ex.gz.given_ambiguous or w in ex.gz.common))


def _deferred_is_name(ex: Mentions, d: DeferredName) -> bool:
    w = ex.words[d.k]
    gz = ex.gz
    # A title then a word with a preposition glued on ("التنفيذي لأرامكو") is no name,
    # nor one with a conjunction ("الكاتب ومقالته") or a pronoun ("مقالته") on it.
    # After a weak title a definite word is an adjective: "الصحفي الصباحي".
    return (ex.name_like(d.k, True, False) and (d.strong or not w.startswith("ال"))
            and not _passive_participle(ex, d.k)  # "الرئيس المعزول"
            and not (w[:1] in "بلك" and len(w) > 3)
            and not (w[:1] in "وف" and len(w) > 3 and w not in gz.given)
            and not _ordinary_word(gz, w)  # "وزير الدفاع الأميركي حرص واشنطن"
            and not _imperfect_verb(gz, w)  # "نائب الرئيس اليمني تهبط بمطار عدن"
            and not _derived_noun_shape(gz, w)  # "وزير الدفاع الأمريكي مستجدات الأوضاع"
            and not _noun_before_demonstrative(ex, d.k)
            and not ex.pronoun_suffixed(d.k))


def resolve_surnames(ex: Mentions, known: KnownNames) -> None:
    """Bare surnames (and their spelling variants) of the people known."""
    # Only words whose readings could be a known surname are looked at
    # (the readings and their skeletons are cached per word in the gazetteer).
    keys = known.by_word.keys() | known.by_skeleton.keys()
    # A superset of the words that may match (a reading that is a known
    # skeleton, or the reverse, passes too): match_known decides.
    for k in ex.gz.surname_words(ex.words, ex.facts, keys):
        if ex.claimed[k] or inside_facility_name(ex, k):
            continue  # "توصيات لجنة ليفي": the committee's name, not Mickey Levy
        match = match_known(ex, known, k, allow_first=False)
        if match is not None:
            p, prefix = match
            ex.person(p.key, p.leader, p.words, None, k, k + 1, prefix, False,
                      evidence=Evidence.EARLIER)


def match_known(ex: Mentions, known: KnownNames, k: int,
                allow_first: bool) -> tuple[Person, int] | None:
    """The known person word k names, and the prefix letters cut to read it so.

    ``allow_first``: the word follows a title, so it may be a common word or a
    given name, and a person's first name counts too.
    """
    if ex.after_name_particle(k):
        return None  # "كوثر بن هنية" is not Haniyeh: the word belongs to another name
    word = ex.words[k]
    gz = ex.gz
    for v in clitic_variants(word):
        if not _surname_reading(gz, word, v, allow_first):
            continue
        p = known.person_named(v, gz.common)
        if p is None and allow_first:
            p = next((q for q in ex.people.values() if q.words and q.words[0] == v), None)
        if p is not None:
            if not allow_first and ex.before_name_particle(k):
                return None  # a name goes on: someone else ("عبدالله بن زايد")
            return p, clitic_prefix(word, v)
    return None


def _surname_reading(gz: Gazetteer, word: str, v: str, allow_first: bool) -> bool:
    """May ``v``, a reading of the folded ``word``, be a known person's name said alone?"""
    if v in STOP_WORDS or len(v) < 3 or drops_article(word, v):
        return False
    return allow_first or not (v in gz.common or v in gz.given)


def person_context(ex: Mentions, i: int, prefix: int) -> bool:
    """Does word i stand where a person's name stands?  For short forms that are
    also ordinary words: glued to a preposition (للولا), after a reporting verb
    (وأعلن لولا أن ...), or before one (لولا يقول).  Before أن with no verb it is
    the word: "لولا أنها أضاعتها" (were it not that), as with إلا أن, بيد أن."""
    if prefix and ex.words[i][:1] in "لب":
        return True
    back = i - 1
    if back >= 0 and not ex.brk[i]:
        prev = ex.words[back]
        if prev in VERBS or (prev[:1] in "وف" and prev[1:] in VERBS):
            return True
    nxt = i + 1
    if nxt < ex.n and not ex.brk[nxt]:
        following = ex.words[nxt]
        if following in VERBS:
            return True
    return False
