"""The fast paths of search (issue 6) give exactly what the plain paths give.

`reader search` looks names up in the prebuilt index's text instead of
parsing it; prefixes are found by bisection; results are ranked by integer
recency ranks and remembered per store generation; the app searches at once
when the query names something.  Each is checked against the plain way.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

import reader.search as S
from helpers.paths import DATA, SEED
from reader.entities.normalize import fold
from reader.ingest import import_paths
from reader.models import ArticleDraft
from reader.store import open_store

DEV = DATA / "dev"


def _scan_prefixed(index: S.NameIndex, text: str, limit: int = 8) -> list[S.Target]:
    """NameIndex.prefixed as it was: a scan of every name in the index's order."""
    out: dict[str, S.Target] = {}
    for name, refs in index.names.items():
        if name.startswith(text):
            for t in index._resolve(refs):
                out.setdefault(t.key, t)
            if len(out) >= limit:
                break
    return list(out.values())


def test_prebuilt_text_lookup_agrees_with_the_parsed_index() -> None:
    fast = S.prebuilt_names()
    assert fast is not None, "search_names.json missing or stale: run tools/build_search_index.py"
    full = S.gazetteer_index()
    names = list(full.names)
    rng = random.Random(6)
    for name in rng.sample(names, 3000):
        assert fast.refs(name) == full.names[name]
        cut = name[: rng.randint(1, len(name))]
        assert (fast.refs(cut) is None) == (cut not in full.names)
        assert fast.refs(name + "x") is None or name + "x" in full.names
    for words in (["كازاخستان"], ["kazakhstan"], ["لتوكاييف"], ["شي", "جين", "بينغ"], ["xyzzyq"]):
        words = [fold(w) for w in words]
        assert fast.lookup(words) == full.lookup(words)


@pytest.mark.parametrize("text", ["تو", "كاز", "ka", "kaz", "ال", "بي", "x", "zzz"])
def test_prefixes_found_by_bisection_are_the_scanned_ones(text: str) -> None:
    full = S.gazetteer_index()
    assert full.prefixed(text) == _scan_prefixed(full, text)
    # An index whose names are not in sorted order (the archive's own people).
    shuffled = list(full.names.items())
    random.Random(1).shuffle(shuffled)
    mixed = S.NameIndex(dict(shuffled[:20000]), full.targets)
    assert mixed.prefixed(text) == _scan_prefixed(mixed, text)


def test_a_name_added_later_is_found_by_prefix() -> None:
    index = S.NameIndex()
    index.add("Zebulon Quux", S.Target("person:x:zq", "Zebulon Quux", "person"))
    assert [t.key for t in index.prefixed("zebu")] == ["person:x:zq"]
    index.add("Zebra Person", S.Target("person:x:zp", "Zebra Person", "person"))
    assert [t.key for t in index.prefixed("zeb")] == ["person:x:zq", "person:x:zp"]


@pytest.mark.parametrize("query", ["Ukraine", "الصين", "Tokayev", "قمة", "Kaz", "كازاخستان"])
def test_repeated_searches_rank_as_a_fresh_store_does(dev_store, query: str) -> None:
    fresh = open_store(dev_store.label)
    first = S.search(dev_store, query, prefix=True)
    again = S.search(dev_store, query, prefix=True)  # recency ranks, cached ranking
    assert again.docnos == first.docnos and again.targets == first.targets
    sorts = dev_store.docmap()
    scores: dict[int, int] = {}
    if first.mode == "entity":
        for t in first.targets:
            for d, w in dev_store.postings("ent", t.key):
                scores[d] = scores.get(d, 0) + w
        plain = sorted(scores, key=lambda d: (scores[d], sorts[d]), reverse=True)
        assert first.docnos[:first.about] == plain  # then the others holding the words
    assert S.search(fresh, query, prefix=True).docnos == first.docnos


def test_search_if_ready_is_search_or_nothing(dev_store) -> None:
    S.prepare(dev_store)
    for query in ("Tokayev", "توكاييف", "Kaz", "كازاخستان", "Xi Jinping"):
        quick = S.search_if_ready(dev_store, query, prefix=True, limit=5)
        assert quick is not None, query
        plain = S.search(dev_store, query, prefix=True, limit=5)
        assert (quick.docnos, quick.targets) == (plain.docnos, plain.targets)
        assert quick.mode == plain.mode
        assert [s.id for s in quick.summaries] == [s.id for s in plain.summaries]
    # A typo (typo tolerance) and plain words (full text) are left to the background.
    assert S.search_if_ready(dev_store, "Tokayv", prefix=True) is None
    assert S.search_if_ready(dev_store, "الفنتانيل", prefix=True) is None
    assert S.search(dev_store, "Tokayv", prefix=True).targets  # and then found as before
    assert S.search_if_ready(dev_store, "  ", prefix=True).mode == "none"


def test_caches_follow_a_new_import(tmp_path) -> None:
    store = open_store(tmp_path / "store")
    import_paths(store, [SEED])
    before = S.search(store, "Tokayev", prefix=True)
    S.search(store, "Tokayev", prefix=True)
    store.import_drafts([ArticleDraft(title="Tokayev visits Astana", body="Tokayev spoke.",
                                      date="2030-01-01", language="en")])
    after = S.search(store, "Tokayev", prefix=True)
    new = set(after.docnos) - set(before.docnos)
    assert len(new) == 1 and store.summaries(new)[0].title == "Tokayev visits Astana"


def test_reader_search_does_not_load_the_extraction_rules(dev_store_path) -> None:
    """`reader search` reads what import found; loading the rules was a fifth of its time."""
    code = ("import sys; from reader.cli import main; "
            f"main(['--db', {str(dev_store_path)!r}, 'search', 'Kazakhstan', '--limit', '5']); "
            "print(sorted(m for m in sys.modules if m.startswith('reader.entities.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    loaded = out.stdout.splitlines()[-1]
    assert "كازاخستان" in out.stdout  # found
    for rules in ("extractor", "people", "scan", "resolve", "mentions"):
        assert f"reader.entities.{rules}'" not in loaded
