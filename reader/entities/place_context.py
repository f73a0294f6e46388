"""Provides the test of whether a known place name names the place where it stands (no Textual).

Many place names are something else in some places (see place_words.json,
built by tools/gazetteer_words.py from word frequencies):

1. An adjective: a definite name shaped like a nationality adjective after a
   definite noun agrees with it ("الحكومة السعودية", "البوابة الشرقية"); it
   is no mention of the place, but a country used so still counts for a search
   by country (``Mentions.country_adjectives``).
2. A common word or a given name (الخبر "the news", الوجه "the face", بدر):
   read as the place only in a place's context (:func:`in_place_context`): a
   head noun or a place word before it ("محافظة الخبر", "بلدية الوجه"), a
   list of places around it ("الدمام والخبر"), a dateline ("الخبر:"); for the
   less common ones (tier 2) a preposition of place, a direction or its people
   too ("في الخرج", "شرق تدمر", "أهالي العلا"), unless a word after it makes it
   a common noun ("في الخبر المنشور", "في صيف 2014").  A word with tanwin is
   never a name ("دوماً" "always").
3. A title: a newspaper, channel or news agency named like a place, in
   quotation marks or brackets («الشرق الأوسط», لـ"الرياض", "(بترا)"), or a
   place in quotes right after a head noun (صحيفة «الرياض», قناة "أبوظبي").
4. A football club: beside a club word ("ريال مدريد", "مانشستر يونايتد"), or
   a city named like a club (برشلونة) in sports copy.
"""

from __future__ import annotations

from reader.entities.detector import load_detector
from reader.entities.lexicon import (
    CLUB_WORDS_AFTER,
    CLUB_WORDS_BEFORE,
    LOCATIVE_PREPOSITIONS,
    ORG_HEADS,
    PLACE_ADJECTIVES,
    PLACE_CONTEXT,
    PLACE_DIRECTIONS,
    PLACE_PEOPLE,
    SPORTS_WORDS,
    WORK_HEADS,
)
from reader.entities.mentions import Mentions

#: Quotation marks (and brackets, as around a news agency's name) that open or close a title
#: (single characters: a gap holds one if it shares a character with the set).
OPENING_QUOTES = frozenset("«\"“'‘(")
CLOSING_QUOTES = frozenset("»\"”'’)")
#: Distinct sports words from which an article is sports copy.
SPORTS_COPY_WORDS = 3
#: Word endings (folded) of a nationality adjective: السعودية، الشرقية، الغربي.
_ADJECTIVE_ENDINGS = ("يه", "ي")
_TITLE_HEADS = ORG_HEADS | WORK_HEADS
_LOCATIVE = LOCATIVE_PREPOSITIONS | PLACE_DIRECTIONS | PLACE_PEOPLE
#: Tanwin: a word written with it is an adverb or an indefinite noun ("دوماً"
#: "always", "كبيراً"), never a proper name.
_TANWIN = frozenset("\u064b\u064c\u064d")


def names_place(ex: Mentions, k: int, end: int, prefix: int, keys: list[str]) -> bool:
    """Does the known place name of words k..end-1 (``prefix`` letters cut from the
    first) name one of the places ``keys`` here?  (See the module docstring.)"""
    if not _TANWIN.isdisjoint(ex.text[ex.starts[end - 1]:ex.ends[end - 1]]):
        return False  # "دوماً" is "always", not Douma
    if ex.after_name_particle(k):
        return False  # "ناصر بن دخيل": part of a person's name
    name = reading(ex, k, prefix) if end - k == 1 else " ".join(
        [reading(ex, k, prefix), *ex.words[k + 1:end]])
    if end - k == 1:
        if adjective_use(ex, k, name, prefix):
            for key in keys:
                place = ex.gz.places[key]
                if place.kind == "country" and place.code:
                    ex.country_adjectives[place.code] += 1
                    ex.evidence[place.code] += 1
            return False
        if name in ex.gz.club_cities and sports_copy(ex):
            return False
        if family_name(ex, k, name):
            return False
    if person_goes_on(ex, k, end, prefix):
        return False
    tier = ex.gz.place_guard.get(name)
    if tier and not in_place_context(ex, k, end, prefix, tier):
        return False
    return not (quoted_title(ex, name, k, end) or beside_club_word(ex, k, end)
                or after_head_in_quotes(ex, k))


def person_goes_on(ex: Mentions, k: int, end: int, prefix: int) -> bool:
    """Is a place named like a given name the start of a person's name here: followed,
    with no break, by a family name or a word the detector reads as a foreign name
    ("صلاح الدين دميرتاش", "صلاح الدين الصفدي")?"""
    if end >= ex.n or ex.brk[end] or not ex.arabic[end]:
        return False
    if "".join(ex.words[k:end])[max(prefix, 0):] not in ex.gz.given:
        return False
    w = ex.words[end]
    if w.startswith("ال") and w.endswith("ي") and len(w) > 4:
        return True  # a masculine nisba after a given name is a family name (see family_name)
    return ex.family_name_at(end) or (
        w not in ex.gz.common and not ex.is_stop(end)
        and ex.phrase_at(end, ("place",)) is None and load_detector().foreign(w))


def family_name(ex: Mentions, k: int, name: str) -> bool:
    """Is a name shaped like a masculine nisba right after a given name a family name
    ("عبدالله الحمدي", "عبدالله الصبيحي"), not the town of that name?"""
    return (name.startswith("ال") and name.endswith("ي") and k > 0 and not ex.brk[k]
            and ex.words[k - 1] in ex.gz.given)


def reading(ex: Mentions, k: int, prefix: int) -> str:
    """Word k, folded, with ``prefix`` letters cut (-1: لل read as ل + ال)."""
    word = ex.words[k]
    return "ا" + word[1:] if prefix < 0 else word[prefix:]


def definite(ex: Mentions, j: int, pronoun: bool = True) -> bool:
    """Is word j a definite noun or adjective (the article, a proclitic before it, or,
    with ``pronoun``, a possessive pronoun), and not a function word?"""
    w = ex.words[j]
    if not ex.arabic[j] or ex.is_stop(j):
        return False
    return (w.startswith("ال") or w[:3] in ("وال", "بال", "فال", "كال")
            or (w.startswith("لل") and len(w) > 4) or (pronoun and ex.pronoun_suffixed(j)))


def adjective_use(ex: Mentions, k: int, name: str, prefix: int) -> bool:
    """Is the name at k an adjective agreeing with the noun before it ("العلاقات
    السعودية", "الغوطة الشرقية"; "المصرية والسعودية" after another adjective)?"""
    if not name.startswith("ال") or not name.endswith(_ADJECTIVE_ENDINGS):
        return False
    if k == 0 or ex.brk[k]:
        return False
    # After a place too ("عدن الجنوبية"); not after a noun with a pronoun, which a
    # sentence's subject follows ("وعلى رأسها السعودية").
    if not (definite(ex, k - 1, pronoun=False) or (ex.places and ex.places[-1].j == k)):
        return False
    if prefix == 0:
        return True
    # "والسعودية": after an adjective of the same shape it is one too ("العربية
    # والغربية"), else "and Saudi Arabia".
    before = ex.words[k - 1]
    return ex.words[k][:1] == "و" and before.startswith("ال") and before.endswith(
        _ADJECTIVE_ENDINGS)


def in_place_context(ex: Mentions, k: int, end: int, prefix: int, tier: int) -> bool:
    """Do the words around a name that is also an ordinary word say it is the place?"""
    before = k > 0 and not ex.brk[k]
    if before and ex.hit(k - 1, PLACE_CONTEXT) is not None:
        return True  # "محافظة الخبر", "بلدية الوجه"
    if in_list_of_places(ex, k, end, prefix, tier) and not adjective_after(ex, end):
        return True  # "الدمام والخبر" (not "الهفوف والمبرز والقرى التابعة لها")
    if dateline(ex, k, end):
        return True
    if tier < 2:
        return False
    glued = ex.words[k][:max(prefix, 0)]
    if not ("ب" in glued or (before and ex.hit(k - 1, _LOCATIVE) is not None)):
        return False  # not "في الخرج", "بالجوف", "شرق تدمر", "أهالي العلا"
    return not modified(ex, end)


def modified(ex: Mentions, end: int) -> bool:
    """Does a word after the name make it a common noun: an adjective ("في الخبر
    المنشور"), a genitive place ("في صيف الخرج") or a year ("في صيف 2014")?"""
    if end >= ex.n or ex.brk[end]:
        return False
    w = ex.words[end]
    if w.isdigit() or ex.phrase_at(end, ("place",)) is not None:
        return True
    return definite(ex, end) and w not in PLACE_ADJECTIVES and ex.nisba_at(end) is None


def adjective_after(ex: Mentions, end: int) -> bool:
    """Is the name followed by a definite word that qualifies it as a common noun
    ("والقرى التابعة لها"): no place, place adjective (الشرقية) or nationality?"""
    if end >= ex.n or ex.brk[end] or not ex.words[end].startswith("ال"):
        return False
    return (ex.arabic[end] and not ex.is_stop(end) and ex.words[end] not in PLACE_ADJECTIVES
            and ex.nisba_at(end) is None and ex.phrase_at(end, ("place",)) is None)


def dateline(ex: Mentions, k: int, end: int) -> bool:
    """Is the name a dateline, first on its line or after a dash, then a colon
    ("سبق- الخبر:", "الخبر: قال")?  (Not "(المصدر: رويترز)".)"""
    if end >= ex.n or not ex.gaps[end].lstrip().startswith(":"):
        return False
    gap = ex.gaps[k].rstrip(" ")
    return k == 0 or gap.endswith(("\n", "-", "–", "ـ"))


def in_list_of_places(ex: Mentions, k: int, end: int, prefix: int, tier: int) -> bool:
    """Is the name at k coordinated with a place next to it, not a country ("الدمام
    والخبر", "الرياض، الخبر"; for tier 2 also before one: "العلا وتبوك")?  A very
    common word before a place is seldom a place ("وسط البلاد ولحج")."""
    places = ex.places
    if places and places[-1].j == k and not _country(ex, places[-1].candidates) and (
            comma_before(ex, k) or (not ex.brk[k] and prefix > 0 and ex.words[k][:1] == "و")):
        return True
    nxt = end
    if tier < 2:
        return False
    if nxt >= ex.n or not (comma_before(ex, nxt)
                           or (not ex.brk[nxt] and ex.words[nxt][:1] == "و")):
        return False
    hit = ex.phrase_at(nxt, ("place",))
    return hit is not None and not _country(ex, [hit[2]]) and (
        hit[0] - nxt > 1 or reading(ex, nxt, hit[3]) not in ex.gz.place_guard)


def _country(ex: Mentions, keys: list[str]) -> bool:
    """Is one of the places ``keys`` a country?  A list of towns vouches for a town;
    a country beside a word does not ("باليمن والبركات" is "good fortune and blessings")."""
    return any(ex.gz.places[key].kind == "country" for key in keys)


def comma_before(ex: Mentions, j: int) -> bool:
    """Is word j set off from the word before by a comma only?"""
    return ex.brk[j] and ex.gaps[j].strip() in ("،", ",")


def quoted_title(ex: Mentions, name: str, k: int, end: int) -> bool:
    """Is the name a newspaper or channel in quotation marks («الشرق الأوسط», "الرياض")?"""
    if name not in ex.gz.media_names or OPENING_QUOTES.isdisjoint(ex.gaps[k]):
        return False
    return end >= ex.n or not CLOSING_QUOTES.isdisjoint(ex.gaps[end])


def after_head_in_quotes(ex: Mentions, k: int) -> bool:
    """Is the name in quotes right after an organisation's or a work's head noun
    (صحيفة «الرياض», قناة "أبوظبي", سباق «لومان»)?"""
    if k == 0:
        return False
    gap = ex.gaps[k]
    if OPENING_QUOTES.isdisjoint(gap) or gap.strip(" ") not in OPENING_QUOTES:
        return False
    return ex.hit(k - 1, _TITLE_HEADS) is not None


def beside_club_word(ex: Mentions, k: int, end: int) -> bool:
    """Is the name part of a club's name ("ريال مدريد", "مانشستر يونايتد")?"""
    if k > 0 and not ex.brk[k] and ex.hit(k - 1, CLUB_WORDS_BEFORE) is not None:
        return True
    return end < ex.n and not ex.brk[end] and ex.words[end] in CLUB_WORDS_AFTER


def sports_copy(ex: Mentions) -> bool:
    """Is the article sports copy (several sports words)?  Counted once per article."""
    if ex.sports is None:
        ex.sports = len(SPORTS_WORDS.intersection(ex.words)) >= SPORTS_COPY_WORDS
    return ex.sports
