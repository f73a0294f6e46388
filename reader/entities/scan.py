"""Provides step 1 of extraction: the rules, left to right, at each candidate word (no Textual).

At each :func:`~reader.entities.candidates.candidates` word not yet claimed,
:func:`scan_at` tries the rules in order and the first that reads something
says where scanning goes on (every word belongs to at most one mention):

1. a title ("الرئيس الكازاخستاني", "رئيس قيرغيزستان", "وزير الخارجية
   الأمريكي") with the name after it, or a name that a comma and a title
   follow (:mod:`reader.entities.titles`, :mod:`reader.entities.people`);
2. an English title ("President X");
3. the longest known name starting here: a leader's full name, a leader's
   short form (joined in step 2), or a place;
4. "المملكة" or "السلطنة" alone, standing for the kingdom the article names;
5. a nationality adjective used as a noun before a name ("والكيني أبراهام كيبيوت");
6. a known given name followed by name-like words ("إنريكو ماتي").

A new rule is one more step here, in the place its priority gives it.
"""

from __future__ import annotations

from reader.entities.candidates import candidates
from reader.entities.evidence import Evidence
from reader.entities.formulas import FORMULA
from reader.entities.institutions import inside_facility_name
from reader.entities.lexicon import EN_TITLES
from reader.entities.mentions import Mentions, ShortForm
from reader.entities.people import (
    apposed_name_end,
    given_name_person,
    name_before_title,
    nisba_person,
)
from reader.entities.places import add_place, add_state_anaphor
from reader.entities.title_office import OFFICE, office_phrase
from reader.entities.titles import english_title_at, read_title, title_at
from reader.entities.words import PhraseHit

#: Kinds of known name step 1 looks for at a word.
KNOWN_KINDS = ("leader", "place", "short", FORMULA, OFFICE)


def scan(ex: Mentions) -> None:
    """Step 1: titles, known names, places, nationalities and given names, left to right."""
    claimed = ex.claimed
    resume = 0
    for i in candidates(ex.words, ex.gz, ex.facts):
        if i < resume or claimed[i]:
            continue
        resume = scan_at(ex, i)


def scan_at(ex: Mentions, i: int) -> int:
    """Whatever starts at word i (a candidate); returns where scanning goes on."""
    if ex.arabic[i]:
        if ex.is_title(i):
            if inside_facility_name(ex, i):
                return _named_after_titled(ex, i)
            j = _at_title(ex, i)
            if j is not None:
                return j
    elif (ex.words[i] in EN_TITLES and ex.text[ex.starts[i]].isupper()
          and not ex.phrase_at(i, ("leader", "short"))):
        return english_title_at(ex, i)
    hit = ex.phrase_at(i, KNOWN_KINDS)
    if hit is not None:
        j = _at_known_name(ex, i, hit)
        if j > i:
            return j  # else a place name that is something else here: the rules below
    if not ex.arabic[i]:
        return i + 1
    if add_state_anaphor(ex, i):
        return i + 1  # "المملكة" alone: the kingdom the article names (settled in step 3)
    code = ex.nisba_at(i)
    if code:
        ex.evidence[code] += 1
        return max(nisba_person(ex, i, code), i + 1)
    j = given_name_person(ex, i)
    return j if j > i else i + 1


def _at_title(ex: Mentions, i: int) -> int | None:
    """A title word at i: a name before it set off by a comma, then the title and
    the name after it.  None when no title is read here after all."""
    if ex.words[i] in ex.gz.given:
        # A given name that is also a title word (أمين, سلطان) heading a name
        # with an appositive title after it is the name, not the title.
        j = apposed_name_end(ex, i)
        if j is not None and not ex.phrase_at(i, ("leader", "place")):
            ex.unknown_person(i, j, None, False, evidence=Evidence.APPOSITION)
            return j
    _name_before(ex, i)
    j = title_at(ex, i)
    return j if j > i else None


def _name_before(ex: Mentions, i: int) -> None:
    """"X Y، مستشار الرئيس" / "X Y، وهي الممثلة": an appositive title at i after a name."""
    end = i - 1 if i > 0 and not ex.brk[i] and ex.words[i - 1] in ("وهو", "وهي") else i
    if ex.brk[end] and end >= 2 and not ex.claimed[end - 1]:
        k = name_before_title(ex, end)
        if k is not None:
            ex.unknown_person(k, end, None, False, evidence=Evidence.APPOSITION)


def _named_after_titled(ex: Mentions, i: int) -> int:
    """"جامعة الملك سعود", "كأس الأمير فيصل بن فهد": a title and a name after the
    head of an institution's, a prize's or a place's name belong to that name,
    not to a mention of the person.  Returns the index after them."""
    t = read_title(ex, i)
    k = max(t.end, i + 1)
    hit = ex.phrase_at(k, ("leader", "short")) if k < ex.n and not ex.brk[k] else None
    j = max(hit[0] if hit is not None else k, ex.name_run(k, titled=True))
    for q in range(i, j):
        ex.claimed[q] = True
    return max(j, k)


def _at_known_name(ex: Mentions, i: int, hit: PhraseHit) -> int:
    """A known name at i: a leader, a leader's short form, a place, a religious
    formula (no one's name) or a title that names one office; returns where
    scanning goes on, or i when the place name is something else here (a common
    word, an adjective, part of a club's name) and the other rules may read it."""
    end, kind, key, prefix = hit
    if kind == FORMULA:
        for q in range(i, end):
            ex.claimed[q] = True
        return end
    if kind == OFFICE:
        if inside_facility_name(ex, i):
            return _named_after_titled(ex, i)  # "برنامج خادم الحرمين الشريفين للابتعاث"
        office_phrase(ex, i, end, key)
        return end
    if kind == "leader":
        if ex.after_name_particle(i):
            return end  # "فيصل بن عبدالله بن عبدالعزيز": the father's name in another's
        if ex.family_name_at(end):
            # "عبدالله بن عبدالعزيز الصقيه": another man of the same names
            j = given_name_person(ex, i)
            return j if j > i else end
        if not inside_facility_name(ex, i):
            ex.leader_at(i, False, None)
        return end
    if kind == "short":
        if "".join(ex.words[i:end])[max(prefix, 0):] in ex.gz.given:
            # "عبد العزيز فهد الزارع": a leader's given name that starts another's name
            j = given_name_person(ex, i)
            if j > end:
                return j
        ex.shorts.append(ShortForm(i, end, key, prefix))
        return end
    # A place, unless a given name starts a longer person's name here.
    # The given-name rule decides, with its tests for a name that is also a word
    # ("عالية الجودة", "جميلة ملتصقة" are no people).
    if ex.arabic[i] and ex.words[i] in ex.gz.given and end == i + 1:
        j = given_name_person(ex, i)
        if j > i + 1:
            return j
    return end if add_place(ex, i, end, prefix) else i
