"""Provides titles that name an office-holder without a name (no Textual).

"وقال الرئيس الأمريكي إن ..."، "وجه خادم الحرمين الشريفين بـ ..."، "ولي العهد"
in Saudi copy: a title of office with no name after it names whoever held
that office on the article's date.  :func:`office_of_title` reads which
office a title names (its words, less the nationality or country and the
qualifiers) and :func:`resolve_office_titles` (step 2) finds the holder in
the leaders data (:func:`reader.entities.offices.holder`).  A title with a
qualifier ("السابق", "المنتخب") names no current holder; a title with no
country ("ولي العهد") takes the country the article names most that has
such an office then.
"""

from __future__ import annotations

from reader.entities.evidence import Evidence
from reader.entities.lexicon import OFFICE_WORDS, TITLES
from reader.entities.lookup import Gazetteer
from reader.entities.mentions import Mentions, OfficeTitle
from reader.entities.normalize import fold, tokenize


def _f(*phrases: str) -> list[tuple[str, ...]]:
    """Each phrase as its folded words."""
    return [tuple(fold(w) for w in ph.split()) for ph in phrases]


#: Title words (folded, as read) -> (office kind, first word of its English title, if fixed).
TITLE_OFFICES: dict[tuple[str, ...], tuple[str, str | None]] = {
    **dict.fromkeys(_f("الرئيس", "رئيس", "الرئيسة", "رئيسة"), ("head_of_state", "President")),
    **dict.fromkeys(_f("الملك", "ملك"), ("head_of_state", "King")),
    **dict.fromkeys(_f("الملكة", "ملكة"), ("head_of_state", "Queen")),
    **dict.fromkeys(_f("العاهل"), ("head_of_state", None)),
    **dict.fromkeys(_f("الأمير", "أمير"), ("head_of_state", "Emir")),
    **dict.fromkeys(_f("السلطان", "سلطان"), ("head_of_state", "Sultan")),
    **dict.fromkeys(_f("رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة",
                       "رئيس وزراء", "رئيسة وزراء", "رئيس حكومة"), ("head_of_government", None)),
    **dict.fromkeys(_f("المستشار", "المستشارة"), ("head_of_government", "Chancellor")),
    **dict.fromkeys(_f("وزير الخارجية", "وزيرة الخارجية", "وزير خارجية", "وزيرة خارجية"),
                    ("foreign_minister", None)),
    **dict.fromkeys(_f("وزير الدفاع", "وزيرة الدفاع", "وزير دفاع"), ("defence_minister", None)),
    **dict.fromkeys(_f("وزير الداخلية", "وزيرة الداخلية", "وزير داخلية"),
                    ("interior_minister", None)),
    **dict.fromkeys(_f("ولي العهد", "ولي عهد"), ("crown_prince", None)),
    **dict.fromkeys(_f("ولي ولي العهد"), ("deputy_crown_prince", None)),
    **dict.fromkeys(_f("نائب الرئيس", "نائبة الرئيس"), ("vice_president", None)),
}

#: Qualifiers after which a title names no holder on the date ("الرئيس الأمريكي السابق").
NOT_CURRENT = frozenset(fold(w) for w in (
    "السابق", "السابقة", "الأسبق", "الأسبقة", "المقبل", "المقبلة", "المنتخب", "المنتخبة",
    "الراحل", "الراحلة", "المكلف", "المكلفة", "القادم", "القادمة", "الأول", "الأولى"))

#: Phrases that are a title of one office by themselves (folded words -> kind, country, style).
OFFICE_PHRASES: dict[str, tuple[str, str, str | None]] = {
    "خادم الحرمين الشريفين": ("head_of_state", "SA", "King"),
}

#: How sure a title alone is of its holder when the article has no date (hidden by default).
UNDATED_CONFIDENCE = 0.55

#: Kinds a title may name with no country: monarchies' heirs (Saudi copy's "ولي العهد").
BARE_KINDS = frozenset({"crown_prince", "deputy_crown_prince"})


def office_of_title(ex: Mentions, i: int, end: int,
                    skip: frozenset[int]) -> tuple[str, str | None] | None:
    """The office kind (and English title's first word) that the title at words
    i..end-1 names, reading its words less those in ``skip`` (the nationality or
    country); None when it names none, or none now ("السابق")."""
    words: list[str] = []
    for k in range(i, end):
        if k in skip:
            continue
        w = ex.words[k]
        if w in NOT_CURRENT:
            return None
        words.append(w if k > i else _title_word(ex, k))
    return TITLE_OFFICES.get(tuple(words))


def _title_word(ex: Mentions, k: int) -> str:
    """The first word of a title without a glued conjunction ("والرئيس" -> "الرئيس")."""
    for v in ex.variants(k):
        if any(v == key[0] for key in TITLE_OFFICES):
            return v
    return ex.words[k]


#: Titles that stand right before the name of the one person a chain of titles describes
#: ("ولي العهد نائب رئيس مجلس الوزراء الأمير محمد"), unlike "السفير" in "ولي العهد السفير X".
HONORIFICS = frozenset(fold(w) for w in (
    "الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "السلطان", "السيد", "السيدة",
    "سمو", "السمو", "الملكي", "صاحب", "الرئيس", "العاهل", "المشير", "الفريق", "الدكتور"))
#: Most words a chain of titles before a name is read.
MAX_CHAIN = 10


def name_follows(ex: Mentions, k: int) -> bool:
    """Does the person the title before word k names follow, named ("ولي العهد الأمير
    محمد", "خادم الحرمين الشريفين الملك سلمان")?  Titles and office words may come
    between; the last title before the name must be an honorific."""
    q = k
    last: str | None = None
    while q < ex.n and q - k < MAX_CHAIN and (q == k or not ex.brk[q]) and ex.arabic[q]:
        if ex.brk[q]:
            return False
        if ex.phrase_at(q, ("leader", "short", "office")) is not None:
            return last is None or last in HONORIFICS
        title = ex.hit(q, TITLES) if ex.is_title(q) else None
        if title is None and not (ex.hit(q, OFFICE_WORDS) or ex.nisba_at(q)):
            return last in HONORIFICS and ex.words[q] in ex.gz.given
        last = title or last
        q += 1
    return False


def resolve_office_titles(ex: Mentions) -> None:
    """Step 2 for titles of office with no name: the holder on the article's date."""
    from reader.entities.choose import country_context
    from reader.entities.offices import holder

    gz = ex.gz
    for t in ex.office_titles:
        countries = [t.country] if t.country else []
        if not countries and t.kind in BARE_KINDS:
            countries = [c for c, _ in country_context(ex).most_common(3)]
        for country in countries:
            key = holder(gz.terms, t.kind, country, ex.day, t.style)
            if key not in ex.people and _feminine(ex, t.i):
                # "وكانت وزيرة الخارجية الأميركية بين 2009 و2013" in an article that names
                # Hillary Clinton: a former holder the article names, not the one of its date
                key = next(iter(_former_holders_named(ex, t.kind, country)), key)
            if key is not None:
                leader = gz.leaders[key]
                words = tuple(w for _, _, w in tokenize(leader.ar[0])) if leader.ar else ()
                # Without the article's date "today's holder" is a guess: listed, not shown.
                ex.person(key, leader, words, country, t.i, t.end, 0, True, office=True,
                          evidence=Evidence.OFFICE,
                          confidence=None if ex.day else UNDATED_CONFIDENCE)
                break


def _feminine(ex: Mentions, i: int) -> bool:
    """Is the title at word i in the feminine ("وزيرة", "الرئيسة")?"""
    return ex.words[i].endswith("ه") and len(ex.words[i]) > 3


def _former_holders_named(ex: Mentions, kind: str, country: str) -> list[str]:
    """People the article names who once held the office and hold none on its date."""
    from reader.entities.offices import held_on

    if ex.day is None:
        return []
    return [term.key for term in ex.gz.terms.get((kind, country), ())
            if term.key in ex.people
            and not any(held_on(o, ex.day) for o in ex.gz.leaders[term.key].offices)]


def office_title(ex: Mentions, i: int, end: int, kind: str, country: str | None,
                 style: str | None) -> None:
    """Note a title of office at words i..end-1 for step 2 and claim its words."""
    ex.office_titles.append(OfficeTitle(i, end, kind, country, style))
    for q in range(i, end):
        ex.claimed[q] = True


OFFICE = "office"
"""The phrase kind of a title that names one office by itself (:data:`OFFICE_PHRASES`)."""


def load_office_phrases(gz: Gazetteer) -> None:
    """Index :data:`OFFICE_PHRASES` as phrases of kind ``office`` (key ``office:KIND:CC:STYLE``)."""
    for phrase, (kind, country, style) in OFFICE_PHRASES.items():
        gz.add_phrase(phrase, OFFICE, f"{OFFICE}:{kind}:{country}:{style or ''}")


def office_phrase(ex: Mentions, i: int, end: int, key: str) -> None:
    """An office phrase at words i..end-1: a title of the person named next, if
    one is ("خادم الحرمين الشريفين الملك سلمان"), else a title of office alone."""
    for q in range(i, end):
        ex.claimed[q] = True
    if name_follows(ex, end):
        return
    _, kind, country, style = key.split(":")
    ex.office_titles.append(OfficeTitle(i, end, kind, country, style or None))
