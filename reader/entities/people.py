"""Provides the rules that find people without a title before them (no Textual).

- :func:`given_name_person`: a known given name followed by name-like words
  ("إنريكو ماتي"), with the care an ambiguous given name needs;
- :func:`nisba_person`: a nationality used as a noun, then a name ("والكيني
  أبراهام كيبيوت");
- :func:`apposed_name_end` and :func:`name_before_title`: a name that a comma
  and a title follow ("X Y، مستشار الرئيس").

Titled names are read by :mod:`reader.entities.titles`, known leaders by
:meth:`Mentions.leader_at`.  A rule that says some words are no person (a
religious formula, say) or one that finds foreign names by their letters
belongs here, beside these.
"""

from __future__ import annotations

from reader.entities.detector import load_detector
from reader.entities.evidence import Evidence
from reader.entities.institutions import inside_facility_name, inside_named_thing, inside_org_name
from reader.entities.lexicon import NAME_PARTICLES, OFFICE_WORDS, VERBS
from reader.entities.mentions import Mentions
from reader.entities.normalize import clitic_prefix, drops_article
from reader.entities.titles import title_follows
from reader.entities.words import VERB_LOG_ODDS

#: Most words of a name set off by an appositive title.
MAX_APPOSED_WORDS = 4
#: Words that start a compound given name or a kunya ("عبد الواحد", "أبو مازن").
_COMPOUND_STARTS = ("عبد", "ابو")
#: "month" (folded, with the prepositions it takes): the name after it is a month's
#: (رمضان، شعبان، رجب are given names too).
_MONTH_WORDS = frozenset({"شهر", "لشهر", "بشهر", "وشهر", "الشهر", "اشهر", "شهري"})


# ----------------------------------------------------------- given names

def given_name_person(ex: Mentions, i: int) -> int:
    """An untitled person: a given name followed by name-like words.

    Returns the index after the name, or i when there is none.
    """
    given = ex.gz.given
    if i > 0 and not ex.brk[i] and ex.words[i - 1] in _MONTH_WORDS:
        return i  # "خلال شهر رمضان توازي": the month, not a man named Ramadan
    if i > 0 and not ex.brk[i] and ex.words[i - 1] in ("بنو", "بني"):
        return i  # "بناه بنو عبد القيس": a tribe, not a man
    for v in ex.variants(i):
        if (v in given or v in _COMPOUND_STARTS) and _given_reading(ex, i, v):
            if v == ex.words[i] and ex.is_stop(i):
                # The preposition على (folded علي, the name Ali's letters), 5 candidates
                # an article: word i, as it is, reads as a function word, so the name
                # run of _given_name_at would end at i, no apposed name could start
                # there, and every way through it returns i.  Said at once.
                return i
            return _given_name_at(ex, i, v)
    return i


def _given_reading(ex: Mentions, i: int, v: str) -> bool:
    """Can word i, read as ``v`` (a proclitic cut), start a name with a given name?"""
    word = ex.words[i]
    compound = v in _COMPOUND_STARTS and i + 1 < ex.n and not ex.brk[i + 1]
    if (v not in ex.gz.given and not compound) or drops_article(word, v):
        return False
    prefix = clitic_prefix(word, v)
    if word[:prefix] == "ف" and word in ex.gz.frequent:
        return False  # "فعالية الكفاءات": a word of its own, not ف + عالية
    # "برقية" is not ب + رقية, but "لأسامة بن لادن" is ل + أسامة
    return not (prefix > 0 and word[:prefix].strip("وف")
                and not (i + 1 < ex.n and not ex.brk[i + 1] and ex.words[i + 1] in ("بن", "بنت")))


def _given_name_at(ex: Mentions, i: int, v: str) -> int:
    """Record the name that the given name ``v`` (word i, a proclitic cut) starts, if any."""
    gz = ex.gz
    if any(len(p.words) >= 2 and p.words[-1] == v and p.words[-2] not in NAME_PARTICLES
           for p in ex.people.values()):
        # "فارس" after "أمين فارس": his surname again (see resolve_mentions); but
        # "نايف الهاجري" after "محمد بن نايف" is another man, named after no one
        return i
    if inside_facility_name(ex, i):
        # "معرض رشيد كرامي الدولي": the whole name belongs to the place's
        j = ex.name_run(i)
        for q in range(i, j):
            ex.claimed[q] = True
        return j
    if ex.after_name_particle(i):
        return i  # inside a name we did not recognise as a whole
    # name_run on the unprefixed word
    saved = ex.words[i]
    ex.set_word(i, v)
    j = ex.name_run(i)
    ex.set_word(i, saved)
    evidence = Evidence.GIVEN_NAME
    compound = i + 1 < ex.n and not ex.brk[i + 1] and v + ex.words[i + 1] in gz.given
    if v in gz.given_ambiguous and not compound:  # "صلاح الدين" is a name, "صلاح" may be a word
        apposed = apposed_name_end(ex, i)
        if apposed is None and not _name_goes_on(ex, i + 1, j):
            return i
        if apposed is not None:
            evidence = Evidence.APPOSITION
        elif j - i < 3 and _word_like(ex, j - 1):
            evidence = Evidence.WEAK_GIVEN_NAME  # "سحر فارس": two words that may be words
        j = max(j, apposed or j)
    if j - i == 2 and evidence is Evidence.GIVEN_NAME and (
            _common_noun_in_ta(ex, i + 1) or _case_ending(ex, i + 1)):
        # "جني ثروة", "خوله المشاركة": a given name's letters, then a noun in ة;
        # "وَحُسْنَ ثَوَابِ": in vocalised text, a noun with its case ending
        return i
    if j - i >= 2 and not any(ex.phrase_at(q, ("place",)) for q in range(i + 1, j)):
        ex.unknown_person(i, j, None, False, clitic_prefix(ex.words[i], v), evidence=evidence)
        return j
    return i


#: Fatha, damma, kasra: a short vowel written on a word's last letter is its case
#: ending (vocalised Quran and poetry), which news never writes on a name.
_CASE_VOWELS = frozenset("\u064e\u064f\u0650")


def _case_ending(ex: Mentions, k: int) -> bool:
    """Does word k carry a short vowel on its last letter (a shadda may come first)?"""
    tail = ex.text[ex.starts[k]:ex.ends[k]].rstrip("\u0651")
    return bool(tail) and tail[-1] in _CASE_VOWELS


def _common_noun_in_ta(ex: Mentions, k: int) -> bool:
    """Is word k a common noun in ة as written (with the article or not), or a long
    adjective in ية with the article, and no given name?  Family names in ة exist
    (فلاتة، السومة) but are no common words."""
    w = ex.words[k]
    stem = w[2:] if w.startswith("ال") else w
    if not ex.raw(k).endswith("ة") or w in ex.gz.given or stem in ex.gz.given:
        return False
    if w.startswith("ال") and w.endswith("يه") and len(w) >= 8:
        return True  # "مسعود الاستراتيجية": an adjective in ية with the article
    return w in ex.gz.common or stem in ex.gz.common


def _word_like(ex: Mentions, k: int) -> bool:
    """Is word k an ordinary word too: a common word that is no given name, or a
    given name marked as also a frequent word ("فارس", "نبيلة")?  A given name
    that is only a name ("جابر") makes "عمر جابر" a name of two names."""
    w = ex.words[k]
    return w in ex.gz.given_ambiguous or (w in ex.gz.common and w not in ex.gz.given)


def _name_goes_on(ex: Mentions, nxt: int, end: int) -> bool:
    """After an ambiguous given name: do the words ``nxt``..``end``-1 continue a name?

    Word ``nxt`` must follow with no break and be no ordinary word (see
    :func:`_ordinary_next`), and some word must be more than another ambiguous
    given name ("غاية سامية نبيلة": two adjectives).
    """
    if nxt >= ex.n or ex.brk[nxt] or _ordinary_next(ex, nxt):
        return False
    gz = ex.gz
    return any(ex.words[q] not in gz.given_ambiguous for q in range(nxt, max(end, nxt + 1)))


def _ordinary_next(ex: Mentions, k: int) -> bool:
    """Is word k, after an ambiguous given name, an ordinary word rather than the rest of
    a name (unless it is a given name or a particle)?"""
    w = ex.words[k]
    gz = ex.gz
    if w in gz.common and w not in gz.given and w not in NAME_PARTICLES:
        return True
    if _noun_with_his(ex, k):
        return True  # "ورفيق دربه", "وأكرم نزله": a noun with "his" on it
    if w in gz.frequent and w not in gz.given and _adjective_shape(ex, w):
        return True  # "جو إيجابي", "جمال استثنائي", "نادر متعلق": an adjective, a noun
    if _and_on_word(ex, w):
        return True  # "كامل وشفاف", "أمل وتفاؤل", "سجاد ومفارش": "and" on a word
    if _preposition_on_word(ex, k):
        return True  # "داعش سعيد بإرهابه", "كريم بالمجتمع": a preposition glued on a word
    if w.endswith("ا") and len(w) >= 4 and w not in gz.given and not w.startswith("ال"):
        return True  # an indefinite accusative ("جوابا"); one with the article is a name (الفرا)
    if _definite_noun(ex, k):
        return True  # "حسن النية", "نجاح التفاوض": a noun, not a family name
    if w not in gz.given and _arabic_word_shape(ex, k):
        return True  # "لطيف ينجد", "محسن متشكك", "اسماء لاعبي"
    # "صالح الاقتصاديات": the plural of an adjective in ي is a noun
    return w.startswith("ال") and w.endswith("يات") and len(w) >= 8 and w[2:-2] in gz.frequent


def _arabic_word_shape(ex: Mentions, k: int) -> bool:
    """Is word k (no given name), even a rare one, shaped as an Arabic verb or noun that
    no family name is: an imperfect verb (ي...), a participle of form V or X (مت..،
    مس..) that reads as Arabic, or a plural noun in the construct state ("لاعبي", whose
    plural "لاعبين" is frequent)?  ("عمر السومة": a family name in ة stays one.)"""
    w = ex.words[k]
    if len(w) < 4:
        return False
    if w.endswith("ي") and w[:-1] + "ين" in ex.gz.frequent:
        return True
    score = load_detector().score(w)
    if w[0] == "ي":  # "ينجد" = ي + a frequent word, read as Arabic ("يامال" reads foreign)
        return score < VERB_LOG_ODDS or (score < 0 and w[1:] in ex.gz.frequent)
    return w[:2] in ("مت", "مس") and len(w) >= 5 and w[2] != "ع" and score < VERB_LOG_ODDS


def _and_on_word(ex: Mentions, w: str) -> bool:
    """Is the folded ``w`` "and" (و) or "so" (ف) glued on a word, not a family name?  For ف
    the rest must be a word, or the whole one or a verb shape ("فابتهجت"): فلاتة, فقيه,
    فطاني are families.  A name the detector reads as foreign is one (وينفري, Winfrey)."""
    gz = ex.gz
    if w[:1] not in "وف" or len(w) <= 4 or w in gz.given or w[1:] in gz.given:
        return False
    if w[:1] == "ف" and not (w[1:] in gz.frequent or w in gz.frequent or w[1] == "ا"):
        return False
    return not load_detector().foreign(w)


def _noun_with_his(ex: Mentions, k: int) -> bool:
    """Is word k a frequent word with the pronoun ه ("his") on it, as written (a name in
    ة folds to the same letters)?"""
    w = ex.words[k]
    stem = w[:-1]
    return (w.endswith("ه") and ex.raw(k).endswith("ه") and len(stem) >= 3
            and stem in ex.gz.frequent and stem not in ex.gz.given and w not in ex.gz.given)


def _adjective_shape(ex: Mentions, w: str) -> bool:
    """Is the folded frequent word ``w`` shaped as no family name is: a relative adjective
    whose definite form is a common word ("إيجابي", "صحي"), a verbal noun of form X
    ("استراحة"), a participle of form V or X ("متعلق", "مستخدمي")?"""
    if w.endswith("ي") and len(w) >= 3 and "ال" + w in ex.gz.common:
        return True
    return (w.startswith("است") and len(w) >= 6) or (w[:2] in ("مت", "مس") and len(w) >= 5
                                                     and w[2:3] != "ع")


def _definite_noun(ex: Mentions, k: int) -> bool:
    """Is word k an ordinary word with the article ("النية", "التفاوض", "الجوار"), not a
    family name?  A frequent word (with or without the article) that is no given name;
    one in ي only when common (الرسمي): the frequent العمري, الشهري are families."""
    w = ex.words[k]
    gz = ex.gz
    if len(w) < 4 or not w.startswith("ال") or w[2:] in gz.given:
        return False
    if w.endswith("ي"):
        return w in gz.common
    return w[2:] in gz.frequent or w in gz.frequent


def _preposition_on_word(ex: Mentions, k: int) -> bool:
    """Is word k a preposition (ب ل ك) glued on an ordinary word, maybe with a pronoun
    after it ("بالمجتمع", "بإرهابه", "لعمله")?  No family name after a given name is."""
    w = ex.words[k]
    gz = ex.gz
    if w in gz.given or ex.glued_word(k, conjunctions=False):
        return w not in gz.given
    if w[:1] not in "بلك" or len(w) < 5:
        return False
    rest = w[1:]
    for suffix in ("ه", "ها", "هم"):
        stem = rest[: -len(suffix)]
        if (rest.endswith(suffix) and len(stem) >= 3 and stem in gz.frequent
                and stem not in gz.given):
            return True
    return False


# ---------------------------------------------------------- nationalities

def nisba_person(ex: Mentions, i: int, code: str) -> int:
    """A nationality used as a noun, then a name: "على الإثيوبي لاميشا غيرما",
    "والكيني أبراهام كيبيوت" (sport and wire copy name people this way).

    Returns the index after the name, or i when there is none.
    """
    definite = any(v.startswith("ال") for v in ex.variants(i)[:3])
    if not definite:
        return i
    noun_position = _noun_position(ex, i)
    if i + 1 >= ex.n or ex.brk[i + 1]:
        return i
    if not noun_position and ex.words[i + 1] not in ex.gz.given:
        return i
    k = i + 1
    end = ex.leader_at(k, True, code)
    if end is not None:
        return end
    j = ex.name_run(k)
    gz = ex.gz
    while j - k > 2 and ex.words[j - 1] in gz.common and ex.words[j - 1] not in gz.given:
        j -= 1  # "الهولندية سيفان حسن ثانية": an adverb after the name
    if j - k >= 2 and all(ex.words[q] not in gz.common or ex.words[q] in gz.given
                          for q in range(k, j)):
        ex.unknown_person(k, j, code, True, evidence=Evidence.NATIONALITY)
        return j
    return i


def _noun_position(ex: Mentions, i: int) -> bool:
    """Does the definite nationality at word i stand where a noun stands (not an adjective)?"""
    back = i - 1
    return (back < 0 or ex.brk[i] or ex.words[i][:1] in "وف" or ex.is_stop(back)
            or ex.words[back] in VERBS or bare_head(ex, back))


def bare_head(ex: Mentions, back: int) -> bool:
    """Can a definite nationality after word ``back`` not be its adjective?

    An adjective with the article follows a definite word ("الحكومة
    الكينية", "نيروبي الكينية"); after a word without it (a verb, "احتفظت
    الكينية", "وأحرز الكيني", or a noun with a pronoun, "نظيره الكيني") the
    nationality is a noun and a name may follow.
    """
    w = ex.words[back]
    if not ex.arabic[back] or ex.claimed[back] or ex.nisba_at(back):
        return False
    if w.startswith("ال") or w.startswith("لل") or (w[:1] in "وفبلك" and w[1:3] == "ال"):
        return False
    if inside_org_name(ex, back):
        return False  # "شركة فولكسفاغن الألمانية": a company's name and its adjective
    return not ex.phrase_at(back, ("place", "leader", "short"))


# ------------------------------------------------ names an apposition ends

def apposed_name_end(ex: Mentions, i: int) -> int | None:
    """End of a name of 2-4 words at i that an appositive title follows, if any."""
    j = i + 1
    while j < ex.n and not ex.brk[j] and j - i < MAX_APPOSED_WORDS:
        j += 1
    if j - i < 2 or j - i > MAX_APPOSED_WORDS or not title_follows(ex, j):
        return None
    for q in range(i, j):
        if (not ex.arabic[q] or ex.is_stop(q) or ex.words[q] in VERBS
                or (q > i and ex.phrase_at(q, ("place",)))):
            return None
    return j


def name_before_title(ex: Mentions, i: int) -> int | None:
    """Start of an unknown name of 2-4 words that ends before word i, where a
    comma then a title (or "وهو"/"وهي" and a title) follow.

    "ووقع الاتفاق عن الحكومة مجذوب الخليفة أحمد، مستشار الرئيس": a comma
    then a title make the words before a person's name (the rule of
    :func:`apposed_name_end` when the first name is not a known one).  The
    words are read back to a stop word, verb, title or mention; the name
    starts at the first word that is a known given name or looks like no
    noun (no article, conjunction, common word or noun ending: "الحكومة"
    and "قصة" are dropped) and ends in a known given name or a word that is
    no common word ("تصفيق الحضور الكبير،" is no name).
    """
    gap = ex.gaps[i]
    if not ("،" in gap or "," in gap) or "\n" in gap or "(" in gap or ")" in gap:
        return None
    first = _name_start(ex, i, _words_back(ex, i))
    if not 2 <= i - first <= MAX_APPOSED_WORDS:
        return None
    gz = ex.gz
    last = ex.words[i - 1]
    if last in gz.common and last not in gz.given:
        return None  # "تصفيق الحضور الكبير،": a name ends in a name, not an adjective
    if any(ex.glued_word(q) for q in range(first + 1, i)):
        return None
    if inside_named_thing(ex, first):
        return None  # "مجموعة غولدمان ساكس،", "فيلم بنات ألفة،": a company's or a work's name
    before = first - 1
    if before >= 0 and not ex.brk[first] and ex.words[before] in ("في", "الي", "بمدينه", "ببلده"):
        return None  # "وصلت إلى كفر نبل،": an unknown place is where a name is not
    return first


def _words_back(ex: Mentions, i: int) -> int:
    """First of the (up to five) words before word i that may belong to a name:
    reading back stops at a claimed word, a stop word, a verb, a title, a
    nationality, an office word, a known name, or after a break."""
    q = i - 1
    while q >= 0 and i - q <= 5:
        w = ex.words[q]
        if (ex.claimed[q] or not ex.arabic[q] or len(w) < 2 or ex.is_stop(q) or w in VERBS
                or ex.is_title(q) or ex.nisba_at(q) or w in OFFICE_WORDS
                or ex.phrase_at(q, ("place", "leader", "short"))):
            break
        if ex.brk[q]:
            q -= 1
            break
        q -= 1
    return q + 1


def _name_start(ex: Mentions, i: int, first: int) -> int:
    """Skip the words from ``first`` on that no name starts with ("الحكومة",
    "وتروي", "قصة", "مفاوضات"): the name starts at a given name or a word
    that looks like no noun."""
    gz = ex.gz
    while first < i:
        w = ex.words[first]
        if w in gz.given or not (w.startswith("ال") or w[:1] in "وف" or ex.glued_word(first)
                                 or w in gz.common or w.endswith("ه") or w.endswith("ات")):
            break
        first += 1
    return first
