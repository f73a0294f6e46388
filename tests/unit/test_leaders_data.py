"""Provides checks of the curated leaders file (reader/entities/data/leaders.json)."""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter, defaultdict
from datetime import date
from importlib import resources
from typing import Any

import pytest

from reader.entities.gazetteer import load_gazetteer
from reader.entities.normalize import clitic_variants, fold, tokenize

ROLES = {"head_of_state", "head_of_government", "minister", "international", "other"}
ORGS = {"UN", "EU", "AU", "NATO", "ARAB_LEAGUE", "GCC", "OIC", "IMF", "WHO", "IAEA", "WORLD_BANK",
        "ECB"}
PERSON_KEYS = {"key", "english", "english_aliases", "ar", "short", "short_ambiguous", "country",
               "org", "offices"}
OFFICE_KEYS = {"office", "role", "from", "to", "country", "note"}
KEY_RE = re.compile(r"person:[a-z0-9]+(-[a-z0-9]+)*")
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Arabic letters (hamza to yeh, plus the Persian/Urdu پ چ ژ ڤ گ some transliterations use);
# no harakat, tatweel or punctuation; words separated by one space.
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af"
NAME_RE = re.compile(f"[{LETTERS}]+( [{LETTERS}]+)*")

# ISO 3166-1 alpha-2 codes: the countries of the shipped gazetteer (built from CLDR), so the
# check needs no extra library on a fresh clone.
ISO_CODES = {
    p.code for p in load_gazetteer().places.values()
    if p.kind == "country" and p.code and re.fullmatch("[A-Z]{2}", p.code)
}

G20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA", "ZA",
       "KR", "TR", "GB", "US"]
ARAB_LEAGUE = ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
               "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"]
CENTRAL_ASIA = ["KZ", "KG", "TJ", "TM", "UZ"]
SECURITY_COUNCIL_P5 = ["CN", "FR", "RU", "GB", "US"]
OTHER_KEY_STATES = ["IR", "IL", "AF", "PK", "UA"]
REQUIRED = sorted(set(G20 + ARAB_LEAGUE + CENTRAL_ASIA + SECURITY_COUNCIL_P5 + OTHER_KEY_STATES))
# States whose head of state also heads the government (no separate office), or that had
# no prime minister at the file's as_of date (Syria abolished the office in March 2025).
NO_SEPARATE_HEAD_OF_GOVERNMENT = {"AR", "BR", "ID", "MX", "ZA", "TR", "US", "KM", "SY", "TM"}
REQUIRED_HOG = [c for c in REQUIRED if c not in NO_SEPARATE_HEAD_OF_GOVERNMENT]

# (org, words of the office title) for each organisation head the file must name.
REQUIRED_ORG_HEADS = [
    ("UN", "Secretary-General of the United Nations"),
    ("EU", "President of the European Commission"),
    ("EU", "President of the European Council"),
    ("EU", "High Representative of the Union for Foreign Affairs"),
    ("AU", "Chairperson of the African Union Commission"),
    ("NATO", "Secretary General of NATO"),
    ("ARAB_LEAGUE", "Secretary-General of the Arab League"),
    ("GCC", "Secretary-General of the Gulf Cooperation Council"),
]

# Particles, pronouns and very frequent words (compared folded, so ترأس stands for تراس):
# never a short form.
FUNCTION_WORDS = (
    "في", "من", "على", "إلى", "عن", "أن", "إن", "كان", "قد", "لا", "ما", "هو", "هي", "هم", "نحن",
    "بين", "ثم", "لدى", "حتى", "بعد", "قبل", "كل", "غير", "بن", "ابن", "لي", "له", "منذ", "مع",
    "عند", "أو", "أم", "لكن", "إذا", "لو", "كما", "هذا", "هذه", "ذلك", "الذي", "التي", "قال",
    "رئيس", "الرئيس", "وزير", "دولة", "حكومة", "سلام", "السلام", "أمل", "الأمل", "عون", "بري",
    "سعيد", "هادي", "غني", "خان", "جيله", "الصدر", "المنفي", "صباح", "خليفة", "حمد", "آبي",
    "ترأس",
)
# Short forms that are also ordinary words or given names, as the file's policy explains:
# each is allowed only if the person lists it in "short_ambiguous" as well.
ORDINARY_WORDS = (
    "شي", "لولا", "مبارك", "رئيسي", "الأسد", "الشرع", "صدام", "مرسي", "متقي", "البرهان",
    "روحاني", "ظريف", "مشعل", "تراس", "السادات", "فياض", "الطالباني", "طالباني", "نصر الله",
    "تميم", "سلمان", "نواف", "هيثم", "عبدالله", "عبد الله", "تشارلز", "إليزابيث", "فرنسيس",
    "لأمي",
)
# Titles and honorifics stay outside names: the extractor reads them as titles.
TITLE_WORDS = ("الرئيس", "الملك", "الملكة", "الأمير", "الشيخ", "السيد", "السلطان", "البابا",
               "الإمام", "العاهل", "المستشار", "ولي", "سمو", "آية", "الملا", "الجنرال", "المشير")
# Forms of two letters cannot be found behind a glued proclitic (normalize keeps 2-letter stems
# whole); شي is the one such short form the file needs.
TWO_LETTER_SHORTS = {"شي"}


def _doc() -> dict[str, Any]:
    path = resources.files("reader.entities") / "data" / "leaders.json"
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return _doc()


@pytest.fixture(scope="module")
def people(doc: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = doc["people"]
    return result


@pytest.fixture(scope="module")
def by_english(people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p["english"]: p for p in people}


def _norm(name: str) -> str:
    """A name as the gazetteer indexes it: folded words joined by one space."""
    return " ".join(word for _, _, word in tokenize(name))


def _as_date(text: str) -> date:
    parts = [int(x) for x in text.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _is_iso_date(text: str) -> bool:
    if not DATE_RE.fullmatch(text):
        return False
    try:
        _as_date(text)
    except ValueError:
        return False
    return True


def _month_end(text: str) -> date:
    year, month = (int(x) for x in text.split("-"))
    return date(year, month, calendar.monthrange(year, month)[1])


def _current(person: dict[str, Any], role: str, country: str) -> bool:
    return any(
        o["to"] is None and o["role"] == role and o.get("country", person["country"]) == country
        for o in person["offices"]
    )


def test_loads_with_meta_and_people(doc: dict[str, Any]) -> None:
    assert set(doc) == {"meta", "people"}


def test_meta_states_as_of_description_sources_policy(doc: dict[str, Any]) -> None:
    meta = doc["meta"]
    assert re.fullmatch(r"\d{4}-\d{2}", meta["as_of"]) and all(
        isinstance(meta[k], str) and meta[k] for k in ("description", "sources", "policy"))


def test_aims_for_a_curated_size(people: list[dict[str, Any]]) -> None:
    assert 150 <= len(people) <= 450


def test_keys_are_unique(people: list[dict[str, Any]]) -> None:
    counts = Counter(p["key"] for p in people)
    assert [k for k, n in counts.items() if n > 1] == []


def test_people_have_only_known_fields(people: list[dict[str, Any]]) -> None:
    required = PERSON_KEYS - {"org", "short_ambiguous"}
    assert [p["key"] for p in people if not required <= set(p) <= PERSON_KEYS] == []


def test_keys_are_person_and_ascii_slug(people: list[dict[str, Any]]) -> None:
    assert [p["key"] for p in people if not KEY_RE.fullmatch(p["key"])] == []


def test_english_names_are_trimmed_strings(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], n) for p in people for n in [p["english"], *p["english_aliases"]]
           if not (isinstance(n, str) and n and n.strip() == n)]
    assert bad == []


def test_countries_are_iso_codes(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], c) for p in people
           for c in [p["country"], *(o["country"] for o in p["offices"] if "country" in o)]
           if c not in ISO_CODES]
    assert bad == []


def test_orgs_are_known_organisations(people: list[dict[str, Any]]) -> None:
    assert [p["key"] for p in people if p.get("org", "UN") not in ORGS] == []


def test_everyone_has_a_full_arabic_name(people: list[dict[str, Any]]) -> None:
    assert [p["key"] for p in people if not (isinstance(p["ar"], list) and p["ar"])] == []


def test_arabic_forms_are_plain_arabic_script(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], f) for p in people for f in p["ar"] + p["short"] if not NAME_RE.fullmatch(f)]
    assert bad == []


def test_arabic_forms_carry_no_title(people: list[dict[str, Any]]) -> None:
    titles = {fold(t) for t in TITLE_WORDS}
    bad = [(p["key"], f) for p in people for f in p["ar"] + p["short"]
           if _norm(f).split()[0] in titles]
    assert bad == []


def test_forms_are_not_repeated_as_folding_variants(people: list[dict[str, Any]]) -> None:
    bad = []
    for p in people:
        forms = [_norm(f) for f in p["ar"] + p["short"]]
        bad += [(p["key"], f) for f, n in Counter(forms).items() if n > 1]
    assert bad == []


def test_no_name_form_belongs_to_two_people(people: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for form in p["ar"] + p["short"]:
            owners[_norm(form)].add(p["key"])
    assert {f: k for f, k in owners.items() if len(k) > 1} == {}


def test_no_short_form_is_a_function_word(people: list[dict[str, Any]]) -> None:
    banned = {_norm(w) for w in FUNCTION_WORDS}
    assert [(p["key"], s) for p in people for s in p["short"] if _norm(s) in banned] == []


def test_short_forms_that_are_ordinary_words_are_marked_ambiguous(
    people: list[dict[str, Any]]
) -> None:
    ordinary = {_norm(w) for w in ORDINARY_WORDS}
    bad = [(p["key"], s) for p in people for s in p["short"]
           if _norm(s) in ordinary and s not in p.get("short_ambiguous", [])]
    assert bad == []


def test_ambiguous_short_forms_are_short_forms(people: list[dict[str, Any]]) -> None:
    assert [p["key"] for p in people
            if not set(p.get("short_ambiguous", [])) <= set(p["short"])] == []


def test_glued_short_forms_are_found_behind_proclitics(people: list[dict[str, Any]]) -> None:
    # "وتوكاييف"، "لأردوغان"، "بالسيسي": the extractor strips the proclitic to find the name.
    singles = {_norm(s) for p in people for s in p["short"] if " " not in _norm(s)}
    lost = [(c, s) for s in sorted(singles - TWO_LETTER_SHORTS)
            for c in ("و", "ل", "ب", "ف", "وب") if s not in clitic_variants(fold(c + s))]
    assert lost == []


def test_offices_are_well_formed(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], o) for p in people for o in p["offices"]
           if not ({"office", "role", "from", "to"} <= set(o) <= OFFICE_KEYS
                   and isinstance(o["office"], str) and o["office"] and o["role"] in ROLES)]
    assert [p["key"] for p in people if not p["offices"]] == [] and bad == []


def test_office_dates_are_iso(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], d) for p in people for o in p["offices"] for d in (o["from"], o["to"])
           if d is not None and not _is_iso_date(d)]
    assert bad == []


def test_offices_end_after_they_start(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], o["office"]) for p in people for o in p["offices"]
           if o["to"] is not None and _as_date(o["to"]) < _as_date(o["from"])]
    assert bad == []


def test_no_date_lies_after_as_of(people: list[dict[str, Any]], doc: dict[str, Any]) -> None:
    limit = _month_end(doc["meta"]["as_of"])
    bad = [(p["key"], d) for p in people for o in p["offices"] for d in (o["from"], o["to"])
           if d is not None and _as_date(d) > limit]
    assert bad == []


def test_principal_current_office_comes_first(people: list[dict[str, Any]]) -> None:
    bad = []
    for p in people:
        offices = p["offices"]
        n = sum(o["to"] is None for o in offices)
        past = offices[n:]
        if any(o["to"] is not None for o in offices[:n]) or past != sorted(
                past, key=lambda o: o["from"]):
            bad.append(p["key"])
    assert bad == []


@pytest.mark.parametrize("country", REQUIRED)
def test_required_country_has_a_current_head_of_state(
    people: list[dict[str, Any]], country: str
) -> None:
    assert any(_current(p, "head_of_state", country) for p in people)


@pytest.mark.parametrize("country", REQUIRED_HOG)
def test_required_country_has_a_current_head_of_government(
    people: list[dict[str, Any]], country: str
) -> None:
    assert any(_current(p, "head_of_government", country) for p in people)


@pytest.mark.parametrize(("org", "office"), REQUIRED_ORG_HEADS)
def test_required_organisation_has_a_current_head(
    people: list[dict[str, Any]], org: str, office: str
) -> None:
    holders = [p for p in people if p.get("org") == org
               and any(o["to"] is None and office in o["office"] for o in p["offices"])]
    assert len(holders) == 1


@pytest.mark.parametrize(("org", "office"), REQUIRED_ORG_HEADS)
def test_required_organisation_has_predecessors(
    people: list[dict[str, Any]], org: str, office: str
) -> None:
    past = [p for p in people if any(o["to"] and office in o["office"] for o in p["offices"])]
    assert past


# english, country, Arabic full names and short forms that must be present (compared folded).
SPOT_CHECKS = [
    ("Kassym-Jomart Tokayev", "KZ", ["قاسم جومارت توكاييف"], ["توكاييف"]),
    ("Sadyr Japarov", "KG", ["صدر جباروف"], ["جباروف"]),
    ("Xi Jinping", "CN", ["شي جين بينغ", "شي جين بينج"], ["شي"]),
    ("Recep Tayyip Erdogan", "TR", ["رجب طيب أردوغان"], ["أردوغان", "اردوغان", "إردوغان"]),
    ("Abdel Fattah el-Sisi", "EG", ["عبد الفتاح السيسي"], ["السيسي"]),
    ("Emmanuel Macron", "FR", ["إيمانويل ماكرون"], ["ماكرون"]),
    ("Ursula von der Leyen", "DE", ["أورسولا فون دير لاين"], ["فون دير لاين"]),
    ("Narendra Modi", "IN", ["ناريندرا مودي"], ["مودي"]),
    ("Luiz Inacio Lula da Silva", "BR", ["لويس إيناسيو لولا دا سيلفا"], ["لولا"]),
    ("Olaf Scholz", "DE", ["أولاف شولتس", "أولاف شولتز"], ["شولتس", "شولتز"]),
    ("William Ruto", "KE", ["وليام روتو"], ["روتو"]),
    ("Mohamed bin Zayed Al Nahyan", "AE", ["محمد بن زايد آل نهيان", "محمد بن زايد"], []),
    ("Abdullah II of Jordan", "JO", ["عبدالله الثاني ابن الحسين", "عبدالله الثاني"], ["عبدالله"]),
    ("Abdullah bin Zayed Al Nahyan", "AE", ["عبدالله بن زايد آل نهيان", "عبدالله بن زايد"], []),
    ("Mohammed bin Salman", "SA", ["محمد بن سلمان"], []),
    ("Volodymyr Zelensky", "UA", ["فولوديمير زيلينسكي"], ["زيلينسكي", "زيلنسكي"]),
    ("Marco Rubio", "US", ["ماركو روبيو"], ["روبيو"]),
    ("Faisal bin Farhan Al Saud", "SA", ["فيصل بن فرحان"], []),
    ("Giorgia Meloni", "IT", ["جورجيا ميلوني"], ["ميلوني", "ميلونى"]),
    ("Abdelmadjid Tebboune", "DZ", ["عبد المجيد تبون"], ["تبون"]),
    ("Donald Trump", "US", ["دونالد ترامب", "دونالد ترمب"], ["ترامب", "ترمب"]),
    ("Claudia Sheinbaum", "MX", ["كلوديا شينباوم"], ["شينباوم"]),
    ("Justin Trudeau", "CA", ["جاستن ترودو"], ["ترودو"]),
    ("Azali Assoumani", "KM", ["غزالي عثماني"], []),
    ("Shavkat Mirziyoyev", "UZ", ["شوكت ميرضيائيف"], ["ميرضيائيف"]),
    ("Emomali Rahmon", "TJ", ["إمام علي رحمن"], []),
    ("Gurbanguly Berdimuhamedov", "TM", ["قربان قولي بردي محمدوف"], []),
    ("Serdar Berdimuhamedov", "TM", ["سردار بردي محمدوف"], []),
    ("Antonio Guterres", "PT", ["أنطونيو غوتيريش"], ["غوتيريش"]),
    ("Mark Rutte", "NL", ["مارك روته"], ["روته"]),
    ("Ahmed Aboul Gheit", "EG", ["أحمد أبو الغيط"], ["أبو الغيط"]),
    ("Jasem Mohamed Albudaiwi", "KW", ["جاسم محمد البديوي"], ["البديوي"]),
    ("Mahmoud Ali Youssouf", "DJ", ["محمود علي يوسف"], []),
]


@pytest.mark.parametrize(("english", "country", "ar", "short"), SPOT_CHECKS,
                         ids=[s[0] for s in SPOT_CHECKS])
def test_spot_check(by_english: dict[str, dict[str, Any]], english: str, country: str,
                    ar: list[str], short: list[str]) -> None:
    person = by_english[english]
    full = {_norm(f) for f in person["ar"]}
    shorts = {_norm(f) for f in person["short"]}
    assert person["country"] == country and {_norm(f) for f in ar} <= full and {
        _norm(f) for f in short} <= shorts


def test_tokayev_is_current_president_of_kazakhstan(by_english: dict[str, dict[str, Any]]) -> None:
    assert _current(by_english["Kassym-Jomart Tokayev"], "head_of_state", "KZ")


def test_both_berdimuhamedovs_are_distinct_people(by_english: dict[str, dict[str, Any]]) -> None:
    son, father = by_english["Serdar Berdimuhamedov"], by_english["Gurbanguly Berdimuhamedov"]
    assert son["key"] != father["key"] and _current(son, "head_of_state", "TM") and not _current(
        father, "head_of_state", "TM")


def test_charles_iii_heads_australia_and_canada(by_english: dict[str, dict[str, Any]]) -> None:
    charles = by_english["Charles III"]
    assert all(_current(charles, "head_of_state", c) for c in ("GB", "AU", "CA"))


def test_org_heads_take_their_nationality(by_english: dict[str, dict[str, Any]]) -> None:
    got = {e: (by_english[e]["country"], by_english[e].get("org")) for e in (
        "Ursula von der Leyen", "Antonio Guterres", "Kristalina Georgieva", "Moussa Faki Mahamat")}
    assert got == {"Ursula von der Leyen": ("DE", "EU"), "Antonio Guterres": ("PT", "UN"),
                   "Kristalina Georgieva": ("BG", "IMF"), "Moussa Faki Mahamat": ("TD", "AU")}


def test_gazetteer_loads_every_leader(people: list[dict[str, Any]]) -> None:
    assert set(load_gazetteer().leaders) == {p["key"] for p in people}


def test_gazetteer_office_is_the_principal_current_office() -> None:
    leader = load_gazetteer().leaders["person:xi-jinping"]
    assert leader.office == "President of China"
