"""Unit tests of the article store (memory and directory backends)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.drafts import draft, simple_analyser
from reader.models import ArticleDraft
from reader.store import (
    AmbiguousReference,
    ArticleNotFound,
    StoreCorrupt,
    StoreNotFound,
    open_store,
)
from reader.store.maintenance import check, reindex, repair
from reader.store.records import article_id, content_fingerprint, normalize_url


@pytest.fixture(params=["memory", "dir"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    return open_store(None if request.param == "memory" else tmp_path / "db", simple_analyser)


def test_new_store_is_empty_and_creates_nothing(tmp_path: Path) -> None:
    s = open_store(tmp_path / "nothing-yet", simple_analyser)
    assert s.count() == 0
    assert s.latest(5) == []
    assert not (tmp_path / "nothing-yet").exists()


def test_a_plain_file_is_not_a_store(tmp_path: Path) -> None:
    f = tmp_path / "store.txt"
    f.write_text("hello")
    with pytest.raises(StoreNotFound, match="is a file"):
        open_store(f, simple_analyser).count()


def test_import_then_list_newest_first(store) -> None:
    store.import_drafts([draft(1, date="2023-01-05"), draft(2, date="2024-06-01"),
                         draft(3, date="2022-12-31")])
    assert [a.date for a in store.latest()] == ["2024-06-01", "2023-01-05", "2022-12-31"]
    assert [a.date for a in store.latest(1, offset=1)] == ["2023-01-05"]


def test_undated_articles_sort_below_every_dated_one(store) -> None:
    store.import_drafts([draft(1, date=None), draft(2, date="1999-01-01")])
    store.import_drafts([draft(3, date=None), draft(4, date="2024-05-18T10:00:00Z"),
                         draft(5, date="1900-01-01")])
    titles = [a.title for a in store.latest()]
    # Newest first; the undated last, the one imported later first among them.
    assert titles == ["خبر رقم 4", "خبر رقم 2", "خبر رقم 5", "خبر رقم 3", "خبر رقم 1"]
    docmap = store.docmap()
    assert all(docmap[a.docno] < docmap[b.docno] for a in store.latest() if a.date is None
               for b in store.latest() if b.date is not None)


def test_reindex_puts_a_store_of_the_old_order_in_the_new_one(tmp_path: Path) -> None:
    """Stores written before undated articles sorted last gave them their import time
    as their key: a reindex makes every key again."""
    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, date=None), draft(2, date="1999-01-01")])
    for path in (tmp_path / "db" / "shards").glob("*.json"):  # the old rule, on disk
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"0|2', '"2'), encoding="utf-8")
    old = open_store(tmp_path / "db", simple_analyser)
    assert [a.date for a in old.latest()] == [None, "1999-01-01"]
    reindex(old)
    assert [a.date for a in open_store(tmp_path / "db").latest()] == ["1999-01-01", None]
    assert check(open_store(tmp_path / "db", simple_analyser)) == []


def test_record_has_every_field(store) -> None:
    store.import_drafts([draft(1, url="https://example.com/a", author="Reporter", language="ar")])
    art = store.get(store.latest(1)[0].id)
    assert art.title == "خبر رقم 1" and art.body.startswith("نص الخبر")
    assert art.url == "https://example.com/a" and art.author == "Reporter" and art.language == "ar"
    assert art.source == "وكالة" and art.imported_at.endswith("Z")
    assert len(art.fingerprint) == 32 and len(art.id) == 16


def test_same_url_is_a_duplicate_even_with_other_text(store) -> None:
    a = draft(1, url="https://Example.com/news/1#top")
    b = draft(2, url="https://example.com/news/1")
    outcomes = store.import_drafts([a]) + store.import_drafts([b])
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    assert store.count() == 1


def test_same_title_and_body_without_url_is_a_duplicate(store) -> None:
    a = ArticleDraft(title="قمة الصين", body="اجتمع الزعماء في شيآن.")
    b = ArticleDraft(title="قمّة الصين", body="اجتمع الزعماء في شيآن.", source="other")
    assert [o.status for o in store.import_drafts([a, b])] == ["imported", "duplicate"]


def test_the_same_text_without_a_url_after_it_with_one_is_a_duplicate(store) -> None:
    """In one batch too, where the first one's fingerprint is computed with its analysis."""
    a = ArticleDraft(title="قمة الصين", body="اجتمع الزعماء في شيآن.", url="https://a.example/1")
    b = ArticleDraft(title="قمة الصين", body="اجتمع الزعماء في شيآن.")
    c = ArticleDraft(title="خبر آخر", body="نص آخر.")
    outcomes = store.import_drafts([a, b, c])
    assert [o.status for o in outcomes] == ["imported", "duplicate", "imported"]
    assert outcomes[1].id == outcomes[0].id
    assert store.count() == 2 and store.import_drafts([b]) == store.import_drafts([b])
    assert [o.status for o in store.import_drafts([b, a])] == ["duplicate", "duplicate"]
    # docnos stay dense: the list and its order are whole
    assert sorted(s.docno for s in store.latest()) == [0, 1]  # docnos stay dense


def test_same_text_with_different_urls_is_kept_twice(store) -> None:
    a = draft(1, url="https://a.example/1")
    b = draft(1, url="https://b.example/1")
    assert [o.status for o in store.import_drafts([a, b])] == ["imported", "imported"]


def test_reimport_adds_nothing(store) -> None:
    drafts = [draft(i) for i in range(30)]
    store.import_drafts(drafts)
    gen = store.generation
    assert {o.status for o in store.import_drafts(drafts)} == {"duplicate"}
    assert store.count() == 30 and store.generation == gen


def test_id_prefix_resolution(store) -> None:
    store.import_drafts([draft(i) for i in range(40)])
    ids = [a.id for a in store.latest()]
    assert store.get(ids[0][:8]).id == ids[0]
    assert store.get(ids[0].upper()).id == ids[0]
    with pytest.raises(ArticleNotFound):
        store.get("0000000000000000")
    with pytest.raises(ArticleNotFound):
        store.get("not-hex")
    shared = next(p for p in "0123456789abcdef" if sum(i.startswith(p) for i in ids) > 1)
    with pytest.raises(AmbiguousReference, match="give more"):
        store.get(shared)


def test_many_articles_span_several_list_shards_in_order(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    drafts = [draft(i, date=f"20{10 + i % 14}-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(2600)]
    s.import_drafts(drafts)
    root = json.loads((tmp_path / "db" / "store.json").read_text())
    assert len(root["lists"]) > 2
    assert all(e["count"] <= 1000 for e in root["lists"])
    listed = s.latest()
    assert len(listed) == 2600
    assert [a.sort_key for a in listed] == sorted((a.sort_key for a in listed), reverse=True)
    page = s.latest(7, offset=1234)
    assert [a.id for a in page] == [a.id for a in listed[1234:1241]]
    picked = [listed[5].docno, listed[2000].docno]
    assert [a.id for a in s.summaries(picked)] == [listed[5].id, listed[2000].id]


def test_postings_and_catalog(store) -> None:
    store.import_drafts([draft(1, body="الصين الصين Kazakhstan"), draft(2, body="لا شيء")])
    docs = dict(store.postings("ent", "place:CN"))
    assert list(docs.values()) == [2]
    assert store.catalog()["place:CN"]["articles"] == 1
    assert store.catalog()["place:CN"]["mentions"] == 2
    from reader.entities.normalize import light_stem

    assert len(store.postings("word", light_stem("شيء"))) == 1


def test_session_failure_commits_nothing(store) -> None:
    with pytest.raises(RuntimeError), store.writer() as session:
        session.add([draft(1)])
        raise RuntimeError("boom")
    assert store.count() == 0


def test_session_commits_in_batches(store) -> None:
    with store.writer(commit_articles=10) as session:
        session.add([draft(i) for i in range(25)])
        assert session.committed == 20 and session.pending == 5
    assert store.count() == 25


def test_marks_and_last_open_persist(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1), draft(2)])
    a, b = (x.id for x in s.latest())
    s.set_mark(a, read=True)
    s.set_mark(b, starred=True)
    s.set_mark(a, read=False)
    s.set_mark(a, read=True)
    s.set_last_open(b)
    again = open_store(tmp_path / "db", simple_analyser)
    assert again.marks() == ({a}, {b})
    assert again.last_open() == b


def test_deleted_articles_and_reading_positions_persist_and_undo(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1), draft(2)])
    a, b = (x.id for x in s.latest())
    s.set_deleted([a, b, a], True)
    s.set_deleted([b], False)
    s.set_position(a, 120)
    s.set_position(b, 40)
    s.set_position(b, 0)  # back at the top: forgotten
    again = open_store(tmp_path / "db", simple_analyser)
    assert again.deleted() == {a}
    assert again.position(a) == 120 and again.position(b) is None
    again.set_deleted([a], False)
    assert open_store(tmp_path / "db", simple_analyser).deleted() == set()


def test_deleted_articles_survive_reindex(tmp_path: Path) -> None:
    from reader.cli import main

    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(1), draft(2)])
    a = s.latest()[0].id
    s.set_deleted([a], True)
    assert main(["--db", str(tmp_path / "db"), "reindex"]) == 0
    assert open_store(tmp_path / "db").deleted() == {a}


def test_another_process_commit_is_seen_after_refresh(tmp_path: Path) -> None:
    one = open_store(tmp_path / "db", simple_analyser)
    one.import_drafts([draft(1)])
    two = open_store(tmp_path / "db", simple_analyser)
    assert two.count() == 1
    one.import_drafts([draft(2), draft(3)])
    assert two.count() == 1
    assert two.refresh() is True
    assert two.count() == 3


def test_reader_survives_files_removed_by_later_commits(tmp_path: Path) -> None:
    reader = open_store(tmp_path / "db", simple_analyser)
    writer = open_store(tmp_path / "db", simple_analyser)
    writer.import_drafts([draft(1)])
    assert reader.count() == 1
    for i in range(2, 6):  # superseded files of the generation `reader` saw are deleted
        writer.import_drafts([draft(i)])
    assert len(reader.latest()) == 5


def test_two_writers_in_threads_both_land(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(start: int) -> None:
        try:
            store = open_store(tmp_path / "db", simple_analyser)
            store.import_drafts([draft(start + i) for i in range(50)])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 100,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert open_store(tmp_path / "db", simple_analyser).count() == 100


def test_check_passes_on_a_healthy_store(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(i) for i in range(1200)])
    s.import_drafts([draft(i) for i in range(1200, 1300)])
    assert check(s) == []


def test_reindex_keeps_everything_and_stays_consistent(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(i) for i in range(700)])
    before = [(a.id, a.title) for a in s.latest()]
    assert reindex(s) == 700
    again = open_store(tmp_path / "db", simple_analyser)
    assert [(a.id, a.title) for a in again.latest()] == before
    assert check(again) == []
    assert len(again.postings("ent", "place:CN")) == 700


def test_damaged_root_is_reported_not_overwritten(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(i) for i in range(10)])
    root = tmp_path / "db" / "store.json"
    root.write_bytes(root.read_bytes()[:40])
    broken = open_store(tmp_path / "db", simple_analyser)
    with pytest.raises(StoreCorrupt, match="store.json is not valid JSON.*reader check --repair"):
        broken.count()
    assert len(root.read_bytes()) == 40


def test_repair_recovers_from_a_garbage_root(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(i) for i in range(600)])
    (tmp_path / "db" / "store.json").write_bytes(b"\x00garbage\xff" * 10)
    fixed = open_store(tmp_path / "db", simple_analyser)
    report = repair(fixed)
    assert report.rebuilt and report.recovered == 600
    assert any("damaged-" in m and m.endswith("store.json") for m in report.moved)
    again = open_store(tmp_path / "db", simple_analyser)
    assert again.count() == 600 and check(again) == []


def test_repair_keeps_what_a_damaged_body_shard_did_not_hold(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db", simple_analyser)
    s.import_drafts([draft(i) for i in range(1100)])
    root = json.loads((tmp_path / "db" / "store.json").read_text())
    body1 = tmp_path / "db" / "shards" / root["files"]["body/1"]
    body1.write_bytes(body1.read_bytes()[:100])
    damaged = open_store(tmp_path / "db", simple_analyser)
    assert check(damaged)
    report = repair(damaged)
    assert report.recovered == 600  # shards 0 and 2 survive; shard 1 is kept aside
    assert any(m.endswith(body1.name) for m in report.moved)
    assert check(open_store(tmp_path / "db", simple_analyser)) == []


def test_url_normalisation() -> None:
    assert normalize_url("HTTP://Example.COM/a/#x") == normalize_url("https://example.com/a")
    assert normalize_url("https://e.com/a?id=1") != normalize_url("https://e.com/a?id=2")


def test_fingerprint_ignores_diacritics_and_spacing() -> None:
    assert content_fingerprint("قِمّة", "نص  الخبر") == content_fingerprint("قمة", "نص الخبر")
    assert article_id(None, "ab") != article_id("https://x", "ab")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40),
                          st.sampled_from([None, "2020-01-01", "2024-05-18",
                                           "2024-05-18T10:00:00Z"])),
                max_size=40))
def test_listing_matches_a_sorted_reference(items: list[tuple[int, str | None]]) -> None:
    s = open_store(None, simple_analyser)
    for n, date in items:
        s.import_drafts([draft(n, date=date)])
    listed = s.latest()
    assert len(listed) == len({n for n, _ in items})  # same text without url: a duplicate
    assert [a.sort_key for a in listed] == sorted((a.sort_key for a in listed), reverse=True)
    assert len({a.id for a in listed}) == len(listed)


@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=60)
       .map(lambda xs: xs[: len(xs) // 2 * 2]))
@settings(max_examples=100, deadline=None)
def test_postings_survive_encoding_and_appending(flat: list[int]) -> None:
    from reader.store.postings import append_postings, decode_postings, encode_postings

    encoded = encode_postings(flat)
    assert isinstance(encoded, str) and encoded.isascii()
    assert decode_postings(encoded) == flat
    assert decode_postings(append_postings(encoded, [7, 1])) == [*flat, 7, 1]
    assert decode_postings(flat) == flat  # a store written as JSON lists still reads


@pytest.mark.parametrize("value", ["not base64!", "AAAA", 12, None,
                                   [1], [1, -2], [1, 2**32], [1, "2"], [1, 2.0], [True, 1]])
def test_damaged_postings_are_an_error_not_garbage(value: object) -> None:
    from reader.store.postings import decode_postings

    with pytest.raises(ValueError):
        decode_postings(value)


def _set_every_entity_postings(db: Path, value: object) -> None:
    """Overwrite every entry of the store's entity postings shards with ``value``."""
    root = json.loads((db / "store.json").read_bytes())
    for ident, name in root["files"].items():
        if ident.startswith("ent/"):
            path = db / "shards" / name
            data = json.loads(path.read_bytes())
            for doc in data["postings"].values():
                doc["p"] = value
            path.write_text(json.dumps(data), encoding="utf-8")


def test_damaged_postings_in_a_shard_say_which_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, body="الصين Kazakhstan"), draft(2, body="الصين")])
    _set_every_entity_postings(tmp_path / "db", "@@@")
    fresh = open_store(tmp_path / "db", simple_analyser)
    with pytest.raises(StoreCorrupt, match="is damaged") as caught:
        fresh.postings("ent", "place:CN")
    assert "ent-" in str(caught.value)
    assert any("entity postings of 'place:CN' are damaged" in p for p in check(fresh))


@pytest.mark.parametrize("value", [None, [1, 2**40], [3]])
def test_a_damaged_entry_reads_as_damage_in_queries_and_in_check_alike(
    tmp_path: Path, value: object,
) -> None:
    """A query must not answer "no articles" where check says "damaged" (null
    postings), nor fail with a traceback (a format-1 list out of uint32 range)."""
    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, body="الصين Kazakhstan")])
    _set_every_entity_postings(tmp_path / "db", value)
    fresh = open_store(tmp_path / "db", simple_analyser)
    with pytest.raises(StoreCorrupt, match="is damaged"):
        fresh.postings("ent", "place:CN")
    assert any("entity postings of 'place:CN' are damaged" in p for p in check(fresh))
    with pytest.raises(StoreCorrupt, match="is damaged"):  # an import stops at the commit
        fresh.import_drafts([draft(2, body="الصين")])


def test_an_import_watched_by_the_app_commits_at_most_once_a_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """commit_as_files_land commits after a file once a second has passed since the last
    commit: a commit rewrites the indexes, so one per small file slows a big store."""
    from reader import ingest

    now = [0.0]
    monkeypatch.setattr(ingest, "_clock", lambda: now[0])
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        entries = [{"title": f"خبر {i}", "content": f"نص الخبر {i}"}]
        (folder / f"{i}.json").write_text(json.dumps(entries),
                                          encoding="utf-8")

    def each_file_takes_a_while(path: object) -> None:
        now[0] += 0.4

    stored_when_reported = []

    def reported(report: ingest.FileReport) -> None:
        stored_when_reported.append(open_store(tmp_path / "db").count())

    store = open_store(tmp_path / "db", simple_analyser)
    reports = ingest.import_paths(store, [folder], commit_as_files_land=True,
                                  on_read=each_file_takes_a_while, on_file=reported)
    assert [r.imported for r in reports] == [1] * 6
    root = json.loads((tmp_path / "db" / "store.json").read_bytes())
    # After file 1 (t=0.4), after file 4 (t=1.6), and at the end: three commits, not six.
    assert root["generation"] == 3
    assert open_store(tmp_path / "db", simple_analyser).count() == 6
    # Each file's line came once the commit holding its article was on disk.
    assert stored_when_reported == [1, 4, 4, 4, 6, 6]


@pytest.mark.parametrize("field", ["k", "p"])
def test_a_postings_entry_without_its_key_or_list_is_a_damaged_file(
    tmp_path: Path, field: str,
) -> None:
    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(i, body="الصين نص") for i in range(5)])
    root = json.loads((tmp_path / "db" / "store.json").read_bytes())
    name = next(v for k, v in root["files"].items() if k.startswith("ent/"))
    path = tmp_path / "db" / "shards" / name
    data = json.loads(path.read_bytes())
    next(iter(data["postings"].values())).pop(field)
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = check(open_store(tmp_path / "db", simple_analyser))
    assert problems == [f"{path} is damaged (a postings entry lacks its key or its list)"]
    repair(open_store(tmp_path / "db", simple_analyser))
    fixed = open_store(tmp_path / "db", simple_analyser)
    assert check(fixed) == [] and fixed.count() == 5


def test_importing_into_a_shard_with_a_damaged_entry_names_the_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, body="الصين")])
    root = json.loads((tmp_path / "db" / "store.json").read_bytes())
    name = root["files"][next(k for k in root["files"] if k.startswith("ent/"))]
    path = tmp_path / "db" / "shards" / name
    data = json.loads(path.read_bytes())
    next(iter(data["postings"].values()))["p"] = "not base64!"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = (tmp_path / "db" / "store.json").read_bytes()
    with pytest.raises(StoreCorrupt, match="is damaged") as caught:
        open_store(tmp_path / "db", simple_analyser).import_drafts([draft(2, body="الصين")])
    assert name in str(caught.value)
    assert (tmp_path / "db" / "store.json").read_bytes() == before
