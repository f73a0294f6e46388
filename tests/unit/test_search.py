"""Tests of search by leader, country, nationality, city or words (reader.search)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.paths import DATA, SEED
from reader.ingest import import_paths
from reader.search import search, understand
from reader.store import open_store

DEV = DATA / "dev"



def _titles() -> dict[str, str]:
    from reader.importers import read_article_file

    out = {}
    for path in sorted(DEV.glob("a0*.txt")) + [SEED]:
        for draft in read_article_file(path):
            out[draft.title] = path.name
    return out


TITLES = _titles()


def names(store, result) -> set[str]:
    """File names of the articles a search found."""
    return {TITLES.get(s.title, s.title) for s in store.summaries(result.docnos)}


@pytest.mark.parametrize(
    "case", json.loads((DEV / "queries.json").read_text(encoding="utf-8")), ids=lambda c: c["query"]
)
def test_every_dev_query_returns_exactly_its_articles(dev_store, case) -> None:
    result = search(dev_store, case["query"])
    assert names(dev_store, result) - {SEED.name} == set(case["expect"])


@pytest.mark.parametrize("query", ["Tokayev", "توكاييف", "لتوكاييف", "Kazakhstan", "كازاخستان",
                                   "الكازاخستاني", "قازاقستان", "Tokaev", "Kazakstan", "Tokayv"])
def test_every_query_form_finds_the_seed(dev_store, query) -> None:
    result = search(dev_store, query)
    assert SEED.name in names(dev_store, result), result.interpretation


def test_country_query_is_understood_as_the_country(dev_store) -> None:
    targets = understand(dev_store, "الصين")
    assert [t.key for t in targets] == ["country:CN"]


def test_nisba_query_finds_the_country(dev_store) -> None:
    assert [t.key for t in understand(dev_store, "الصينية")] == ["country:CN"]


@pytest.mark.parametrize(("query", "key"), [
    ("Kazakh", "country:KZ"), ("Kazakhs", "country:KZ"), ("Chinese", "country:CN"),
    ("kyrgyz", "country:KG"), ("Uzbek", "country:UZ"), ("Emirati", "country:AE"),
])
def test_english_nationality_adjectives_find_the_country(dev_store, query: str, key: str) -> None:
    """'Kazakh' once found only a city (Petropavl, whose GeoNames alternates list it)."""
    for prefix in (False, True):
        assert [t.key for t in understand(dev_store, query, prefix=prefix)] == [key]


def test_spelling_variants_of_a_leader_are_one_target(dev_store) -> None:
    a = understand(dev_store, "شي جين بينج")
    b = understand(dev_store, "شي جين بينغ")
    c = understand(dev_store, "Xi Jinping")
    assert [t.key for t in a] == [t.key for t in b] == [t.key for t in c]


def test_unknown_words_fall_back_to_full_text(dev_store) -> None:
    result = search(dev_store, "الفنتانيل")
    assert result.mode == "text"
    assert names(dev_store, result) == {"a06.txt"}


def test_full_text_ignores_proclitics_and_the_article(dev_store) -> None:
    plain = names(dev_store, search(dev_store, "قمة"))
    assert plain == names(dev_store, search(dev_store, "والقمة"))


def test_ranking_puts_more_mentions_first(dev_store) -> None:
    result = search(dev_store, "Ukraine")
    counts = [dict(dev_store.entity_counts(d)).get("country:UA", 0) for d in result.docnos]
    assert counts == sorted(counts, reverse=True)


def test_limit_and_empty_queries(dev_store) -> None:
    assert len(search(dev_store, "الصين", limit=1).summaries) == 1
    assert search(dev_store, "   ").docnos == []
    assert search(dev_store, "xyzzyq").docnos == []


def test_search_on_an_empty_store(tmp_path: Path) -> None:
    assert search(open_store(tmp_path / "none"), "Kazakhstan").docnos == []


def test_prefix_search_while_typing(dev_store) -> None:
    result = search(dev_store, "Tokay", prefix=True)
    assert SEED.name in names(dev_store, result)


def test_prebuilt_name_index_is_current() -> None:
    """tools/build_search_index.py must be rerun when places.json or leaders.json change."""
    import json as _json
    from importlib import resources

    from reader.search import PREBUILT, build_gazetteer_index, data_fingerprint

    stored = _json.loads((resources.files("reader.entities") / "data" / PREBUILT).read_bytes())
    assert stored["inputs"] == data_fingerprint(), "run tools/build_search_index.py"
    fresh = build_gazetteer_index().to_json()
    assert stored["names"] == fresh["names"] and stored["targets"] == fresh["targets"]


def _query_cases() -> list[tuple[str, dict[str, object]]]:
    cases = []
    for name in ("heldout", "heldout2"):
        for case in json.loads((DATA / name / "queries.json").read_text(encoding="utf-8")):
            cases.append((name, case))
    return cases


@pytest.fixture(scope="module")
def heldout_stores():
    from reader.importers import read_article_file

    out = {}
    for name in ("heldout", "heldout2"):
        files = sorted((DATA / name).glob("*.txt"))
        store = open_store(None)
        import_paths(store, files)
        titles = {d.title: f.name for f in files for d in read_article_file(f)}
        out[name] = (store, titles)
    return out


@pytest.mark.parametrize(
    "name,case", _query_cases(), ids=lambda c: c if isinstance(c, str) else c["query"]
)
def test_held_out_queries_return_exactly_their_articles(heldout_stores, name, case) -> None:
    store, titles = heldout_stores[name]
    result = search(store, case["query"])
    assert {titles.get(s.title) for s in store.summaries(result.docnos)} == set(case["expect"])
