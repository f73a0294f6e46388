"""Corrections of people and places, applied when reading: the mapping, the store, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.corrections import ASHTON, CARTER, KERRY, OBAMA, article_id, people_store
from reader.corrections import YOURS, CorrectedReader, Correction, Corrections, Target
from reader.corrections.people import find
from reader.entities import extract
from reader.models import Entity, Span
from reader.search import search
from reader.store import ArticleStore, open_store
from reader.store.corrections import CorrectionFile, CorrectionNotFound
from reader.views import article_entities

CARTER_T = Target(CARTER, "آشتون كارتر", "Ash Carter", "US")
KERRY_T = Target(KERRY, "جون كيري", "John Kerry", "US")


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    return people_store(tmp_path / "db")


def corrected(store: ArticleStore, *items: Correction) -> CorrectedReader:
    kept = CorrectionFile(store.backend)
    for c in items:
        kept.add(c)
    return CorrectedReader(store, source=kept)


def about(reader: CorrectedReader, key: str) -> set[str]:
    """Titles of the articles about ``key``, as the reader reads them."""
    return {s.title for s in reader.summaries(d for d, _ in reader.postings("ent", key))}


def entities_of(reader: CorrectedReader, store: ArticleStore, title: str) -> tuple[
        list[Entity], tuple[Span, ...]]:
    a = store.get(article_id(store, title))
    found = extract(a.title, a.body, a.language, a.date)
    return article_entities(reader, a, found.entities, found.spans)


# ------------------------------------------------------------------ the mapping alone


def test_canonical_follows_merges_and_stops_at_a_cycle() -> None:
    c = Corrections([Correction("merge", key="a", target=Target("b", "B")),
                     Correction("merge", key="b", target=Target("c", "C")),
                     Correction("merge", key="c", target=Target("a", "A"))])
    assert c.canonical("a") in {"a", "b", "c"}
    assert Corrections([Correction("merge", key="a", target=Target("b", "B"))]).canonical(
        "a") == "b"


def test_a_link_everywhere_goes_by_the_folded_name() -> None:
    c = Corrections([Correction("link", form="آشتون", target=CARTER_T)])
    # Hamza and diacritics folded: the same name however it is written.
    assert c.home(ASHTON, "اشتون") == CARTER
    assert c.home(ASHTON, "كاثرين آشتون") == ASHTON


def test_rows_this_version_cannot_read_are_left_out() -> None:
    assert Correction.from_doc({"action": "explode"}) is None
    assert Correction.from_doc({"action": "merge", "key": "x"}) is None  # no target
    assert Correction.from_doc("junk") is None
    row = Correction("link", key=ASHTON, form="آشتون", target=CARTER_T, article="ab", id=3)
    assert Correction.from_doc(dict(row.to_doc())) == row


# ------------------------------------------------------------------ on a store


def test_hide_everywhere(store: ArticleStore) -> None:
    reader = corrected(store, Correction("hide", key=OBAMA))
    assert OBAMA not in reader.catalog() and OBAMA in store.catalog()
    assert reader.postings("ent", OBAMA) == []
    ents, spans = entities_of(reader, store, "أوباما وكيري")
    assert OBAMA not in {e.key for e in ents} and KERRY in {e.key for e in ents}
    assert all(s.key != OBAMA for s in spans)
    result = search(reader, "Barack Obama")
    assert all(t.key != OBAMA for r in result.readings for t in r.targets)


def test_hide_in_one_article(store: ArticleStore) -> None:
    both = article_id(store, "أوباما وكيري")
    reader = corrected(store, Correction("hide", key=KERRY, article=both))
    assert about(reader, KERRY) == {"كيري في فيينا"}
    assert reader.catalog()[KERRY]["articles"] == 1
    assert KERRY not in {e.key for e in entities_of(reader, store, "أوباما وكيري")[0]}
    assert KERRY in {e.key for e in entities_of(reader, store, "كيري في فيينا")[0]}
    assert [s.title for s in search(reader, "John Kerry").summaries][:1] == ["كيري في فيينا"]


def test_merge_counts_every_mention_as_the_other(store: ArticleStore) -> None:
    before = store.catalog()[CARTER]
    reader = corrected(store, Correction("merge", key=ASHTON, target=CARTER_T))
    catalog = reader.catalog()
    assert ASHTON not in catalog
    assert catalog[CARTER]["articles"] == 2
    assert catalog[CARTER]["mentions"] == before["mentions"] + store.catalog()[ASHTON]["mentions"]
    assert "كاثرين آشتون" in catalog[CARTER]["aliases"]
    # Searching for either finds the articles of both, as the merged person.
    for query in ("Catherine Ashton", "Ash Carter"):
        result = search(reader, query)
        assert {s.title for s in result.summaries[:result.about]} == {
            "كارتر في الرياض", "آشتون في بروكسل"}
        assert [t.key for t in result.targets] == [CARTER]
    ents, spans = entities_of(reader, store, "آشتون في بروكسل")
    carter = next(e for e in ents if e.key == CARTER)
    assert (carter.english, carter.count, carter.evidence[0]) == ("Ash Carter", 2, YOURS)
    assert {s.key for s in spans if s.kind == "person"} == {CARTER}


def test_link_an_entity_in_one_article(store: ArticleStore) -> None:
    one = article_id(store, "كارتر في الرياض")
    reader = corrected(store, Correction("link", key=CARTER, target=KERRY_T, article=one))
    assert CARTER not in reader.catalog()  # its only article now names Kerry
    assert about(reader, KERRY) == {"كارتر في الرياض", "كيري في فيينا", "أوباما وكيري"}
    assert KERRY in {e.key for e in entities_of(reader, store, "كارتر في الرياض")[0]}


def test_link_a_name_in_one_article_moves_only_its_mentions(store: ArticleStore) -> None:
    one = article_id(store, "كارتر في الرياض")
    before = store.catalog()[CARTER]["mentions"]
    # "كارتر" alone (in the title and the body); "آشتون كارتر" in full stays Ash Carter's.
    reader = corrected(store, Correction("link", key=CARTER, form="كارتر", target=KERRY_T,
                                         article=one, count=2))
    ents, spans = entities_of(reader, store, "كارتر في الرياض")
    counts = {e.key: e.count for e in ents}
    assert counts[KERRY] == 2 and counts[CARTER] == before - 2 == 1
    assert sum(1 for s in spans if s.key == KERRY) == 2
    assert reader.catalog()[CARTER]["mentions"] == 1
    assert about(reader, KERRY) == {"كارتر في الرياض", "كيري في فيينا", "أوباما وكيري"}
    assert about(reader, CARTER) == {"كارتر في الرياض"}


@pytest.mark.parametrize("key", ["", KERRY])  # the command line's, the app's (from an entity)
def test_link_everywhere_to_a_person_of_the_leaders_data(store: ArticleStore, key: str) -> None:
    putin = find(store.catalog(), "Vladimir Putin")
    assert len(putin) == 1 and putin[0].articles == 0
    reader = corrected(store, Correction("link", key=key, form="جون كيري",
                                         target=putin[0].target))
    key = putin[0].target.key
    assert KERRY not in reader.catalog()
    assert reader.catalog()[key]["english"] == "Vladimir Putin"
    assert reader.catalog()[key]["articles"] == 2
    result = search(reader, "Putin")
    assert {s.title for s in result.summaries[:result.about]} == {"كيري في فيينا", "أوباما وكيري"}


def test_without_corrections_the_store_is_read_as_it_is(store: ArticleStore) -> None:
    reader = corrected(store)
    assert reader.catalog() == store.catalog()
    assert reader.postings("ent", KERRY) == store.postings("ent", KERRY)


# ------------------------------------------------------------------ kept, undone


def test_corrections_persist_undo_and_survive_reindex(store: ArticleStore, tmp_path: Path
                                                      ) -> None:
    from reader.cli import main

    kept = CorrectionFile(store.backend)
    first = kept.add(Correction("hide", key=OBAMA, label="Barack Obama"))
    second = kept.add(Correction("merge", key=ASHTON, target=CARTER_T))
    assert (first.id, second.id) == (1, 2) and first.made
    assert main(["reindex", "--db", str(tmp_path / "db")]) == 0
    again = CorrectionFile(open_store(tmp_path / "db").backend)
    assert again.all() == [first, second]
    reader = CorrectedReader(open_store(tmp_path / "db"), source=again)
    assert OBAMA not in reader.catalog()
    assert again.remove(1) == first
    assert reader.refresh()  # another process's undo shows at the next look
    assert OBAMA in reader.catalog()
    with pytest.raises(CorrectionNotFound):
        again.remove(1)
    assert again.add(Correction("hide", key=KERRY)).id == 3  # a number is never given twice
    again.remove(3)
    assert again.add(Correction("hide", key=KERRY)).id == 4


def test_a_change_starts_the_caches_afresh(store: ArticleStore) -> None:
    reader = corrected(store)
    gen = reader.generation
    assert search(reader, "Barack Obama").targets
    reader.set_corrections(Corrections([Correction("hide", key=OBAMA)]))
    assert reader.generation != gen
    assert not search(reader, "Barack Obama").targets


def test_a_damaged_state_file_reads_without_corrections_and_keeps_the_file(
        store: ArticleStore, tmp_path: Path) -> None:
    from reader.store import StoreError

    CorrectionFile(store.backend).add(Correction("hide", key=OBAMA))
    state = tmp_path / "db" / "state.json"
    damaged = state.read_bytes()[:-7]
    state.write_bytes(damaged)
    fresh = open_store(tmp_path / "db")
    reader = CorrectedReader(fresh, source=CorrectionFile(fresh.backend))
    assert "state.json" in reader.problem
    assert OBAMA in reader.catalog()  # read without corrections, never a traceback
    assert not reader.refresh()
    with pytest.raises(StoreError):
        CorrectionFile(fresh.backend).add(Correction("hide", key=KERRY))
    assert state.read_bytes() == damaged
