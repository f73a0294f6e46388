"""The import's analysis pool: many articles analysed in worker processes give
exactly the store that one process gives (same ids, postings and catalog)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.models import ArticleDraft
from reader.store import open_store
from reader.store.maintenance import check, reindex
from reader.store.parallel import (
    MIN_PARALLEL,
    AnalysisPool,
    Compact,
    TermTable,
    compact,
    term_counts,
)


def _drafts(n: int) -> list[ArticleDraft]:
    """n distinct Arabic articles (leaders, countries, places), some repeated."""
    leaders = ["شي جين بينغ", "قاسم جومارت توكاييف", "فلاديمير بوتين", "رجب طيب أردوغان"]
    places = ["كازاخستان", "الصين", "شيان", "أوزبكستان", "القاهرة", "باريس"]
    out = []
    for k in range(n):
        body = (f"قال الرئيس {leaders[k % 4]} في {places[k % 6]} "
                f"إن التعاون مع {places[(k + 2) % 6]} "
                f"سيتوسع في العام {2000 + k}، وذلك خلال زيارة رسمية رقم {k}.")
        out.append(ArticleDraft(title=f"خبر {k}", body=body, date=f"2024-01-{1 + k % 28:02d}",
                                url=None if k % 3 else f"https://example.com/{k}"))
    return out + out[:10]  # ten duplicates within the batch


def _snapshot(store) -> dict:
    cat = store.catalog()
    return {
        "ids": sorted(s.id for s in store.latest(10_000)),
        "catalog": {k: (v["mentions"], v["articles"], v["name"]) for k, v in cat.items()},
        "ent": {k: store.postings("ent", k) for k in cat},
        "facets": {c: store.postings("ent", f"country:{c}")
                   for c in ("KZ", "CN", "UZ", "EG", "FR")},
        "words": {w: store.postings("word", w) for w in ("رئيس", "تعاون", "زيار")},
    }


@pytest.mark.parametrize("commit_articles", [1000, 25])
def test_a_pool_gives_the_store_one_process_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   commit_articles: int) -> None:
    drafts = _drafts(3 * MIN_PARALLEL)
    stores = {}
    started: list[str] = []
    real_start = AnalysisPool._start

    def spy(self: AnalysisPool):  # type: ignore[no-untyped-def]
        started.append(str(self.workers))
        return real_start(self)

    monkeypatch.setattr(AnalysisPool, "_start", spy)
    for workers in ("1", "2"):
        monkeypatch.setenv("READER_WORKERS", workers)
        store = open_store(tmp_path / f"w{workers}")
        with store.writer(commit_articles=commit_articles) as session:
            outcomes = session.add(drafts)
        assert [o.status for o in outcomes].count("duplicate") == 10
        assert len(outcomes) == len(drafts)
        stores[workers] = store
    one, two = (_snapshot(open_store(tmp_path / f"w{w}")) for w in ("1", "2"))
    assert one == two
    assert len(one["ids"]) == 3 * MIN_PARALLEL and one["facets"]["KZ"]
    assert check(open_store(tmp_path / "w2")) == []
    assert started == ["2"]  # the pool did the work with two workers, not one process


def test_reindex_with_a_pool_keeps_the_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("READER_WORKERS", "2")
    store = open_store(tmp_path / "db")
    store.import_drafts(_drafts(2 * MIN_PARALLEL))
    before = _snapshot(open_store(tmp_path / "db"))
    assert reindex(open_store(tmp_path / "db")) == 2 * MIN_PARALLEL
    assert _snapshot(open_store(tmp_path / "db")) == before


def test_the_pool_returns_analyses_in_order() -> None:
    jobs = [(d.title, d.body, None, k % 2 == 0, d.date)
            for k, d in enumerate(_drafts(MIN_PARALLEL + 5))]
    pool = AnalysisPool(workers=2)
    try:
        got = list(pool.analyse(jobs))
    finally:
        pool.close()
    assert _plain(got) == _expected(jobs)
    # the terms came by number, each worker's named once
    assert {id(c[2][0]) for c, _ in got} != {id(pool.terms)}


def _plain(got: list[tuple[Compact, str | None]]) -> list[object]:
    """Analyses with their terms as text (each worker numbers terms its own way)."""
    return [((c[0], c[1], term_counts(c), None), fp) for c, fp in got]


def _expected(jobs: list[tuple[str, str, str | None, bool, str | None]]) -> list[object]:
    from reader.entities import analyse
    from reader.store.records import content_fingerprint

    table = TermTable()
    return _plain([(compact(analyse(t, b, lang, day), table),
                    content_fingerprint(t, b) if want else None)
                   for t, b, lang, want, day in jobs])


def _jobs(n: int) -> list[tuple[str, str, str | None, bool, str | None]]:
    return [(d.title, d.body, None, k % 2 == 0, d.date) for k, d in enumerate(_drafts(n))]


def test_a_large_batch_is_sent_before_its_first_result_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The importer sends its next batch before it stages the last one: the
    workers must have it then, not when the importer gets round to it."""
    from reader.store.parallel import _analyse_chunk

    sent: list[int] = []

    class Executor:
        def map(self, fn: object, chunks: list[object]) -> object:
            sent.append(len(chunks))
            return map(_analyse_chunk, chunks)

    monkeypatch.setattr(AnalysisPool, "_start", lambda self: Executor())
    jobs = _jobs(3 * MIN_PARALLEL)
    results = AnalysisPool(workers=2).analyse(jobs)
    assert len(sent) == 1 and sent[0] >= 4  # all at once; a small batch to each worker twice
    assert _plain(list(results)) == _expected(jobs)


def test_a_worker_killed_with_two_batches_waiting_loses_no_analysis() -> None:
    """A dead worker breaks the pool under both batches sent: each is finished in-process."""
    import os
    import signal

    jobs = _jobs(4 * MIN_PARALLEL)
    pool = AnalysisPool(workers=2)
    try:
        first, second = pool.analyse(jobs), pool.analyse(jobs[::-1])
        executor = pool._executor
        assert executor is not None
        os.kill(next(iter(executor._processes)), signal.SIGKILL)
        got = _plain(list(first)), _plain(list(second))
        assert pool._broken
    finally:
        pool.close()
    assert got == (_expected(jobs), _expected(jobs[::-1]))


def test_a_batch_begun_before_the_last_is_staged_sees_its_articles(tmp_path: Path) -> None:
    """The importer begins a batch before it finishes the one before: an article
    repeating one of the unfinished batch is a duplicate all the same."""
    drafts = _drafts(40)[:40]
    store = open_store(tmp_path / "db")
    with store.writer() as session:
        first = session.begin(drafts[:30])
        second = session.begin(drafts[20:])
        one, two = session.finish(first), session.finish(second)
    assert [o.status for o in one] == ["imported"] * 30
    assert [o.status for o in two] == ["duplicate"] * 10 + ["imported"] * 10
    assert [o.id for o in two[:10]] == [o.id for o in one[20:]]
    assert len(open_store(tmp_path / "db").latest(100)) == 40


def test_a_repeat_of_a_late_duplicate_is_named_by_the_stored_article(tmp_path: Path) -> None:
    """An article with a url and the same text without one, in one batch: the second is
    found a duplicate only once the first's fingerprint comes back from analysis.  A
    third copy in a batch begun before then names the stored article, not the second."""
    text = {"title": "خبر واحد", "body": "قال الرئيس إن التعاون مع الصين سيتوسع."}
    with_url = ArticleDraft(**text, url="https://example.com/one")
    without = ArticleDraft(**text)
    store = open_store(tmp_path / "db")
    with store.writer() as session:
        first = session.begin([with_url, without])
        second = session.begin([without])
        one, two = session.finish(first), session.finish(second)
    assert [o.status for o in one] == ["imported", "duplicate"]
    assert one[1].id == one[0].id
    assert [(o.status, o.id) for o in two] == [("duplicate", one[0].id)]
    assert [s.id for s in open_store(tmp_path / "db").latest(10)] == [one[0].id]


def test_a_large_import_starts_the_workers_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Workers take half a second to start: a large import starts them before it
    reads its first file, a small one never starts them at all."""
    import reader.ingest as ingest

    events: list[str] = []
    real_start, real_read = AnalysisPool.start, ingest._items

    def start(self: AnalysisPool) -> None:
        events.append("workers")
        real_start(self)

    def items(path: Path):  # type: ignore[no-untyped-def]
        events.append(path.name)
        return real_read(path)

    monkeypatch.setattr(AnalysisPool, "start", start)
    monkeypatch.setattr(ingest, "_items", items)
    monkeypatch.setenv("READER_WORKERS", "2")
    entries = [{"title": d.title, "content": d.body} for d in _drafts(MIN_PARALLEL)]
    (tmp_path / "a.json").write_text(json.dumps(entries[:30]), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(entries[30:]), encoding="utf-8")
    size = sum(p.stat().st_size for p in tmp_path.glob("*.json"))

    monkeypatch.setattr(ingest, "MANY_BYTES", size + 1)
    ingest.import_paths(open_store(tmp_path / "small"), [tmp_path / "a.json", tmp_path / "b.json"])
    assert events == ["a.json", "b.json"]

    events.clear()
    monkeypatch.setattr(ingest, "MANY_BYTES", size)
    reports = ingest.import_paths(open_store(tmp_path / "large"),
                                  [tmp_path / "a.json", tmp_path / "b.json"])
    assert events == ["workers", "a.json", "b.json"]
    assert sum(r.imported for r in reports) == MIN_PARALLEL


def test_starting_the_pool_spawns_every_worker_at_once() -> None:
    pool = AnalysisPool(workers=2)
    try:
        pool.start()
        executor = pool._executor
        assert executor is not None and len(executor._processes) == 2
        got = _plain(list(pool.analyse(_jobs(MIN_PARALLEL))))
    finally:
        pool.close()
    assert got == _expected(_jobs(MIN_PARALLEL))
