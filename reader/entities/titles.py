"""Provides the title grammar: a title, its office and country, and the name after it (no Textual).

"الرئيس الكازاخستاني", "رئيس قيرغيزستان", "وزير الخارجية الأمريكي",
"الخبير الاقتصادي": a title word (lexicon.TITLES) is read with the words that
may stand between it and the name (an office, a nationality adjective, a
country, a qualifier) by :func:`read_title`; :func:`title_at` then takes the
name after it as a person.  English titles ("Prime Minister X") are read by
:func:`english_title_at`.  A title after a name set off by a comma ("X،
مستشار الرئيس") is asked for by :func:`title_follows`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.entities.evidence import Evidence
from reader.entities.institutions import inside_facility_name, inside_org_name
from reader.entities.lexicon import (
    DEMONSTRATIVES,
    EN_TITLE_HEADS,
    EN_TITLES,
    NAME_TITLES,
    NON_OFFICE_TITLES,
    NOUN_TITLES,
    OFFICE_WORDS,
    ROYAL_TITLES,
    STRONG_TITLES,
    TITLES,
)
from reader.entities.mentions import DeferredName, Mentions
from reader.entities.places import add_place
from reader.entities.title_office import (
    BARE_KINDS,
    HONORIFICS,
    name_follows,
    office_of_title,
    office_title,
)

#: The gap of a name set off by commas: a comma and spaces only.
COMMA_GAP = re.compile(r"\s*[،,]\s*$")
#: Most words a title and its office, nationality and qualifiers take.
MAX_TITLE_WORDS = 8


@dataclass
class Title:
    """A title read from word ``start`` up to word ``end`` (exclusive)."""

    start: int
    end: int
    country: str | None = None
    """Country of its nationality adjective or named country."""
    named: bool = False
    """Its last title word expects a bare name at once (lexicon.NAME_TITLES)."""
    strong: bool = False
    """After it a single definite word is still a name (lexicon.STRONG_TITLES)."""
    office: bool = False
    """A title of office, not of a trade (see Person.office_holder)."""
    needs_office: bool = True
    """Its head needs an office before the name ("رئيس الوزراء X", not "رئيس X")."""
    skip: set[int] = field(default_factory=set)
    """Words of its nationality adjective or country (not words of the office)."""
    place_start: int | None = None
    """First word of a country named in it (a place mention of its own)."""
    last: str = ""
    """Its last title word (folded): the one right before the name."""

    def take_title_word(self, hit: str) -> None:
        """Take in a title word (folded, as found in lexicon.TITLES)."""
        self.named = hit in NAME_TITLES
        self.strong = self.strong or hit in STRONG_TITLES
        self.office = self.office or hit not in NON_OFFICE_TITLES
        self.last = hit
        self.needs_office = not self.named

    @property
    def leaders_title(self) -> bool:
        """Does the title right before the name expect a leader's given name alone
        ("الملك سلمان"), not any person's ("الدكتور عبدالله البرقان")?"""
        return self.named and self.last in ROYAL_TITLES


#: Words that go on the rank الفريق ("الفريق أول ركن"): after anything else it is the team.
GENERAL_RANKS = frozenset({"اول", "ركن", "متقاعد", "طيار", "بحري", "الركن"})


def title_at(ex: Mentions, i: int) -> int:
    """Read a title (and office, nationality, country) at i and the name after it.

    Returns the index after what was consumed (i itself when there is no title).
    """
    if _adjective_main(ex, i):
        return i  # "الهدف الرئيس تفتيت الدول": "main", after the noun it qualifies
    if i > 0 and not ex.brk[i] and ex.words[i - 1] in DEMONSTRATIVES:
        return i  # "قامت هذه السيدة وتبعتها": "this lady", a noun, not a title before a name
    if ex.words[i] == "الفريق" and not _general_follows(ex, i + 1):
        return i  # "الفريق كسب نظيره": the team, not a lieutenant general
    if ex.hit(i, TITLES) in ("ايه", "حجه") and (ex.words[i][:2] == "ال" or i + 1 >= ex.n
                                              or ex.words[i + 1] not in ("الله", "الاسلام")):
        return i  # "آية الله", "حجة الإسلام" are titles; "الآية الكريمة تعدد" is a verse
    t = read_title(ex, i)
    k = t.end
    if k == i or (t.needs_office and k == i + 1):
        return i  # not a title here ("سلطان الجابر"): let the other rules read word i
    if not t.needs_office and k < ex.n and ex.brk[k] and COMMA_GAP.match(ex.gaps[k]):
        return _comma_name(ex, t)
    if t.needs_office or k >= ex.n or ex.brk[k]:
        office_alone(ex, t)
        return k
    return _name_after(ex, t)


def _general_follows(ex: Mentions, k: int) -> bool:
    """After الفريق, does word k go on a general's title or name (a given name, "أول",
    "ركن", a known leader)?  Else الفريق is "the team" (sports pages)."""
    if k >= ex.n or ex.brk[k]:
        return False
    w = ex.words[k]
    return (w in GENERAL_RANKS or any(v in ex.gz.given for v in ex.variants(k)[:1])
            or ex.phrase_at(k, ("leader", "short")) is not None)


def _adjective_main(ex: Mentions, i: int) -> bool:
    """Is الرئيس/الرئيسة at i the adjective "main" after a definite noun ("المحاور
    الرئيسة تشمل", "الهدف الرئيس") rather than a president's title?  (After a noun
    in construct, "زيارة الرئيس", it is the title.)"""
    w = ex.words[i]
    if w not in ("الرييس", "الرييسه", "رييس", "رييسه") or i == 0 or ex.brk[i]:
        return False
    prev = ex.words[i - 1]
    if (not ex.arabic[i - 1] or ex.is_title(i - 1) or ex.is_stop(i - 1)
            or ex.phrase_at(i - 1, ("place", "leader")) is not None):
        return False
    if w.startswith("ال"):
        return prev.startswith("ال")
    # "بمحاور رئيسة لتعزيز": without the article, after an indefinite noun and before
    # a break or a preposition on a word (in construct, "زيارة رئيس الوزراء", a
    # definite noun or a name follows)
    nxt = i + 1
    return (not prev.startswith("ال")
            and (nxt >= ex.n or ex.brk[nxt]
                 or (ex.words[nxt][:1] == "ل" and ex.words[nxt][1:] in ex.gz.common)))


def office_alone(ex: Mentions, t: Title) -> None:
    """A title with no name after it: note the office it names, if one ("وقال
    الرئيس الأمريكي إن"), for step 2 to find its holder on the article's date."""
    if name_follows(ex, t.end):
        return  # "ولي العهد الأمير محمد": the next title names the same person
    if t.start > 0 and ex.in_person[t.start - 1] and not ex.brk[t.start]:
        return  # "الرئيس عبدالفتاح السيسي رئيس جمهورية مصر": the title of the name before
    nxt = t.end
    if (nxt < ex.n and not ex.brk[nxt] and ex.words[nxt].startswith("ال") and not ex.is_stop(nxt)
            and not ex.is_title(nxt)):
        return  # "الرئيس الأمريكي الثالث", "الراحل": a word qualifies the title
    office = office_of_title(ex, t.start, t.end, frozenset(t.skip))
    if office is None:
        return
    kind, style = office
    if t.country is None and kind not in BARE_KINDS:
        return  # "الرئيس" alone: which country's?
    end = t.place_start if t.place_start is not None else t.end
    office_title(ex, t.start, end, kind, t.country, style)


def read_title(ex: Mentions, i: int) -> Title:
    """The title starting at word i, read as far as its words go (see :func:`_title_word`)."""
    t = Title(i, i)
    steps = 0
    while t.end < ex.n and steps < MAX_TITLE_WORDS and (t.end == i or not ex.brk[t.end]):
        steps += 1
        k = t.end
        if not ex.arabic[k]:
            break
        if k > i and ex.phrase_at(k, ("leader",)):
            break  # the name starts here ("... جورجيا ميلوني")
        end = _title_word(ex, t, k)
        if end is None:
            break
        t.end = end
    return t


def _title_word(ex: Mentions, t: Title, k: int) -> int | None:
    """Take word k into the title if it belongs there; returns where the title goes on."""
    i = t.start
    if k > i and k + 1 < ex.n and inside_facility_name(ex, k + 1) and ex.is_title(k + 1):
        return None  # "الأمين العام لمؤسسة الملك ...": an institution named after a king
    hit = ex.hit(k, TITLES)
    if hit is not None and (k == i or hit in NAME_TITLES or ex.hit(k, OFFICE_WORDS)):
        if k > i and hit not in HONORIFICS and office_of_title(ex, i, k, frozenset(t.skip)):
            return None  # "استقبل ولي العهد السفير": the office is whole, the next title another's
        t.take_title_word(hit)
        return k + 1
    code = ex.nisba_at(k) if k > i and ex.words[k][:1] not in "لب" else None
    if code:
        t.country = t.country or code
        t.skip.add(k)
        ex.evidence[code] += 1
        t.needs_office = False
        return k + 1
    if k > i and _office_part(ex, t, k):
        t.needs_office = False
        return k + 1
    end = _title_country(ex, t, k)
    if end is not None:
        return end
    if k > i and t.named and title_adjective(ex, k):
        return k + 1  # "الخبير الاقتصادي أمين فارس", "السناتور الجمهوري، ارلن سبيكتر"
    return None


def _office_part(ex: Mentions, t: Title, k: int) -> bool:
    """Does word k, after the title's first word, go on naming the office: an office
    word, a descriptor ("وزير التنمية الدولية", "رئيس الجامعة الملكية المغربية لألعاب
    القوى"), or the organisation glued to ل before the name ("الرئيس التنفيذي لأرامكو
    أمين الناصر", "الرئيس السابق لأوفيد علي شريف العمادي")?"""
    if ex.hit(k, OFFICE_WORDS):
        return True
    if not t.named and office_descriptor(ex, k):
        return True
    return t.office and _office_organisation(ex, k)


def _office_organisation(ex: Mentions, k: int) -> bool:
    """Is word k ل glued on a name that is no person's (an organisation's), with a given
    name or a leader's name right after it?  ("لمحمد" is "to Mohammed": not taken.)"""
    w = ex.words[k]
    given = ex.gz.given
    if w[:1] != "ل" or len(w) < 4 or w in given or w[1:] in given or w[:2] == "لل":
        return False
    nxt = k + 1
    if nxt >= ex.n or ex.brk[nxt] or not ex.arabic[nxt]:
        return False
    return ex.words[nxt] in given or ex.phrase_at(nxt, ("leader",)) is not None


def _title_country(ex: Mentions, t: Title, k: int) -> int | None:
    """A country named after the title ("رئيس قيرغيزستان"): recorded as a place too."""
    if t.country is not None or k == t.start:
        return None
    place = ex.phrase_at(k, ("place",))
    if place is None:
        return None
    end, _, key, prefix = place
    p = ex.gz.places[key]
    if p.kind != "country":
        return None
    t.country = p.code
    add_place(ex, k, end, prefix)
    t.skip.update(range(k, end))
    t.place_start = k
    t.needs_office = False
    return end


def _comma_name(ex: Mentions, t: Title) -> int:
    """"رئيس لجنة الدفاع، دونكان هانتر،": a name set off by commas after its title."""
    k = t.end
    hit = ex.phrase_at(k, ("leader",))
    if hit is not None and hit[3] == 0 and (hit[0] >= ex.n or ex.brk[hit[0]]):
        # "رئيس الوزراء، بنيامين نتنياهو،": a leader's full name, set off by commas
        leader_end = ex.leader_at(k, False, t.country, t.office, t.leaders_title)
        if leader_end is not None:
            return leader_end
    j = ex.name_run(k, titled=True)
    if j - k >= 2 and (j >= ex.n or ex.brk[j]):
        ex.unknown_person(k, j, t.country, True, office=t.office, evidence=Evidence.TITLE)
        return j
    office_alone(ex, t)
    return k


def _name_after(ex: Mentions, t: Title) -> int:
    """The name right after a title: a known leader, a run of name words, or one
    word left for step 2 (:class:`DeferredName`)."""
    k = t.end
    if inside_facility_name(ex, k) or (inside_org_name(ex, k)
                                       and not ex.words[k - 1].startswith(("ال", "لل"))):
        # "مدير لمستشفى عرفات العام", "لاعب الوسط السابق لنادي شالكة": the hospital's,
        # the club's name
        return _named_after_facility(ex, k)
    leader_end = ex.leader_at(k, True, t.country, t.office, t.leaders_title)
    if leader_end is not None:
        return leader_end
    j = ex.name_run(k, titled=True)
    if j - k >= 2:
        ex.unknown_person(k, j, t.country, True, office=t.office, evidence=Evidence.TITLE)
        return j
    if j - k == 1 and not (k == t.start + 1 and ex.hit(t.start, NOUN_TITLES)):
        ex.deferred.append(DeferredName(k, t.country, t.strong, t.office))
        ex.claimed[k] = True
        return j
    office_alone(ex, t)
    return k


def _named_after_facility(ex: Mentions, k: int) -> int:
    """Claim the name words at k that belong to the facility named just before."""
    j = ex.name_run(k, titled=True)
    for q in range(k, j):
        ex.claimed[q] = True
    return max(j, k)


def title_adjective(ex: Mentions, k: int) -> bool:
    """Is word k a relative adjective between a title and the name ("الخبير
    الاقتصادي أمين فارس", "السناتور الجمهوري، ارلن سبيكتر")?

    Only when a given name or a name of two words follows it: otherwise a
    surname of the same shape after a title ("الشيخ الحويني") is the name.
    """
    w = ex.words[k]
    if not (w.startswith("ال") and len(w) >= 5) or w in ex.gz.given:
        return False
    if ex.phrase_at(k, ("leader", "short", "place")):
        return False
    nxt = k + 1
    if nxt >= ex.n or not ex.arabic[nxt]:
        return False
    if ex.brk[nxt] and not COMMA_GAP.match(ex.gaps[nxt]):
        return False
    if ex.words[nxt] in ex.gz.given:
        return True  # "النجم المغربي المخضرم يوسف روسي": any adjective before a given name
    # a relative adjective ("الاقتصادي") before a name of two words
    return w.endswith("ي") and len(w) >= 6 and ex.name_run(nxt, titled=True) - nxt >= 2


def office_descriptor(ex: Mentions, k: int) -> bool:
    """A word describing an office after a head like وزير/رئيس/مدير: a definite
    noun or adjective, or one glued to ل ("للشؤون", "لألعاب"), not a known name."""
    w = ex.words[k]
    gz = ex.gz
    if w in gz.given or ex.phrase_at(k, ("leader", "short")):
        return False
    if w.startswith("ال") and len(w) > 4:
        return True
    return w[:1] == "ل" and len(w) > 4 and (
        w[1:] in gz.common or w[1:3] == "ال" or w.startswith("لل"))


def title_follows(ex: Mentions, j: int) -> bool:
    """Does an appositive title follow a name that ends before word j?

    "قال أمين الناصر (Amin Nasser)، الرئيس التنفيذي لأرامكو": a comma and
    a title after the name (a Latin gloss in brackets may come first) say
    the words before are a person's name, even when its first word is
    also an ordinary word (أمين, "secretary").
    """
    if j >= ex.n or not ex.brk[j]:
        return False
    gap = ex.gaps[j]
    if "(" in gap and ")" not in gap:
        k = j
        while k < ex.n and k - j < 5 and not ex.arabic[k] and ")" not in ex.gaps[k]:
            k += 1
        if k >= ex.n or ")" not in ex.gaps[k]:
            return False
        j, gap = k, ex.gaps[k]
    return ("،" in gap or "," in gap) and "\n" not in gap and ex.is_title(j)


def english_title_at(ex: Mentions, i: int) -> int:
    """An English title ("President", "Prime Minister") at i and the name after it.

    Returns the index after what was consumed.
    """
    k = i
    head = False
    while (k < ex.n and not ex.arabic[k] and ex.words[k] in EN_TITLES
           and (k == i or not ex.brk[k])):
        head = head or ex.words[k] in EN_TITLE_HEADS
        k += 1
    if not head:
        return k  # "General Assembly", "Prime time": no office named
    end = ex.leader_at(k, True, None) if k < ex.n and not ex.brk[k] else None
    if end is not None:
        return end
    j = _english_name_end(ex, k)
    if j > k:
        words = tuple(ex.words[k:j])
        ex.person("person:x:" + "_".join(words), None, words, None, k, j, 0, True,
                  evidence=Evidence.TITLE)
        return j
    return max(k, i + 1)


def _english_name_end(ex: Mentions, k: int) -> int:
    """End of a capitalised Latin name of up to three words at k (k if none)."""
    j = k
    while (j < ex.n and j - k < 3 and not ex.arabic[j] and not ex.brk[j]
           and ex.text[ex.starts[j]].isupper() and ex.words[j] not in EN_TITLES
           and not ex.phrase_at(j, ("place",))):
        j += 1
    return j
