"""Provides checks of the curated leaders files (reader/entities/data/leaders/*.json)."""

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
        "ECB", "OPEC"}
# Former states (ISO 3166-3) whose heads held office after 1990: the Soviet Union, Yugoslavia,
# East Germany, Czechoslovakia.
FORMER_STATES = {"SU", "YU", "DD", "CS"}
PERSON_KEYS = {"key", "english", "english_aliases", "ar", "short", "short_ambiguous", "country",
               "org", "offices"}
OFFICE_KEYS = {"office", "role", "from", "to", "country", "note"}
KEY_RE = re.compile(r"person:[a-z0-9]+(-[a-z0-9]+)*")
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Arabic letters (hamza to yeh, plus the Persian/Urdu پ چ ژ ڤ گ and the Algerian ڨ some
# transliterations use);
# no harakat, tatweel or punctuation; words separated by one space.
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06a8\u06af"
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


def _docs() -> dict[str, dict[str, Any]]:
    folder = resources.files("reader.entities") / "data" / "leaders"
    return {f.name: json.loads(f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".json")}


@pytest.fixture(scope="module")
def docs() -> dict[str, dict[str, Any]]:
    return _docs()


@pytest.fixture(scope="module")
def people(docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for doc in docs.values() for p in doc["people"]]


@pytest.fixture(scope="module")
def by_english(people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p["english"]: p for p in people}


def _norm(name: str) -> str:
    """A name as the gazetteer indexes it: folded words joined by one space."""
    return " ".join(word for _, _, word in tokenize(name))


def _as_date(text: str | None) -> date:
    if text is None:  # a start the curators did not know (it lies before 1990)
        return date.min
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


def test_one_file_per_region_with_meta_and_people(docs: dict[str, dict[str, Any]]) -> None:
    assert sorted(docs) == ["africa_south_central_asia.json", "americas_asia_pacific.json",
                            "arab_me.json", "europe_intl.json"]
    assert all(set(doc) == {"meta", "people"} and doc["people"] for doc in docs.values())


def test_meta_states_as_of_region_description_sources_policy(
    docs: dict[str, dict[str, Any]]
) -> None:
    for doc in docs.values():
        meta = doc["meta"]
        assert re.fullmatch(r"\d{4}-\d{2}", meta["as_of"]) and all(
            isinstance(meta[k], str) and meta[k]
            for k in ("region", "description", "sources", "policy", "built_by"))


def test_covers_history_since_1990(people: list[dict[str, Any]]) -> None:
    # Heads of state and government and foreign ministers of every country since 1990
    # (about 4,600 people, 7,000 terms): the size of that, not of a hand-picked list.
    assert 4000 <= len(people) <= 6000
    assert sum(len(p["offices"]) for p in people) >= 5500


@pytest.mark.parametrize("year", [1992, 2000, 2004, 2008, 2016, 2024])
def test_most_states_have_a_head_of_state_and_a_foreign_minister_each_year(
    people: list[dict[str, Any]], year: int
) -> None:
    day = date(year, 6, 30)

    def held(role: str, words: str) -> set[str]:
        return {o.get("country", p["country"]) for p in people for o in p["offices"]
                if o["role"] == role and words in o["office"] + "Foreign Affairs Secretary"
                and _as_date(o["from"]) <= day and (o["to"] is None or day <= _as_date(o["to"]))}

    assert len(held("head_of_state", "")) >= 185
    assert len(held("minister", "Foreign")) >= 95


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
           if c not in ISO_CODES | FORMER_STATES]
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
    # Compared as written: "إيه" (the letter A in "إيه بي جيه عبد الكلام") folds like آية.
    bad = [(p["key"], f) for p in people for f in p["ar"] + p["short"]
           if _norm(f).split()[0] in titles and f.split()[0] in TITLE_WORDS]
    assert bad == []


def test_forms_are_not_repeated_as_folding_variants(people: list[dict[str, Any]]) -> None:
    bad = []
    for p in people:
        forms = [_norm(f) for f in p["ar"] + p["short"]]
        bad += [(p["key"], f) for f, n in Counter(forms).items() if n > 1]
    assert bad == []


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Did two people hold an office of the same country at the same time?"""
    for x in a["offices"]:
        for y in b["offices"]:
            if x.get("country", a["country"]) != y.get("country", b["country"]):
                continue
            x_end = _as_date(x["to"]) if x["to"] else date.max
            y_end = _as_date(y["to"]) if y["to"] else date.max
            if _as_date(x["from"]) <= y_end and _as_date(y["from"]) <= x_end:
                return True
    return False


def test_a_name_two_people_share_tells_them_apart(people: list[dict[str, Any]]) -> None:
    # "جورج بوش" is both Bushes: the article's date or country picks one, so two people
    # who share a full name never held office in the same country at the same time,
    # and a short form two people share is marked ambiguous for both.
    by_key = {p["key"]: p for p in people}
    full: dict[str, set[str]] = defaultdict(set)
    short: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for form in p["ar"]:
            full[_norm(form)].add(p["key"])
        for form in p["short"] + p.get("short_ambiguous", []):
            short[_norm(form)].add(p["key"])
    clash = [(f, sorted(ks)) for f, ks in full.items() if len(ks) > 1 for a in ks for b in ks
             if a < b and _overlap(by_key[a], by_key[b])]
    unmarked = [(f, k) for f, ks in short.items() if len(ks) > 1 for k in ks
                if f not in {_norm(x) for x in by_key[k].get("short_ambiguous", [])}]
    assert clash == [] and unmarked == []


def test_no_full_name_is_another_persons_short_form(people: list[dict[str, Any]]) -> None:
    full = {_norm(f): p["key"] for p in people for f in p["ar"]}
    bad = [(p["key"], s) for p in people for s in p["short"] + p.get("short_ambiguous", [])
           if full.get(_norm(s), p["key"]) != p["key"]]
    assert bad == []


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


def test_ambiguous_short_forms_are_plain_arabic(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], f) for p in people for f in p.get("short_ambiguous", [])
           if not NAME_RE.fullmatch(f)]
    assert bad == []


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
    unknown_start = [p["key"] for p in people for o in p["offices"] if o["from"] is None]
    assert len(unknown_start) <= 3
    assert bad == []


def test_offices_end_after_they_start(people: list[dict[str, Any]]) -> None:
    bad = [(p["key"], o["office"]) for p in people for o in p["offices"]
           if o["to"] is not None and _as_date(o["to"]) < _as_date(o["from"])]
    assert bad == []


def test_no_date_lies_after_as_of(people: list[dict[str, Any]],
                                  docs: dict[str, dict[str, Any]]) -> None:
    limit = min(_month_end(doc["meta"]["as_of"]) for doc in docs.values())
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
