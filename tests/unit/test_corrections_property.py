"""Property: under any corrections, the archive's counts are the sum of the articles' views.

The catalogue (the archive view, the palette, search) is corrected from the
postings and the corrections alone; an article's people and places are
corrected from its extraction.  Whatever the corrections, the two must agree:
every entity's mentions and articles in the catalogue are what the corrected
articles add up to.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corrections import people_store
from reader.corrections import CorrectedReader, Correction, Corrections, Target, form_key
from reader.entities import ExtractionResult, article_text, extract
from reader.models import Article
from reader.store import ArticleStore

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


class Archive:
    """The small store, each article's extraction, and the corrections that can be made."""

    def __init__(self, store: ArticleStore) -> None:
        self.store = store
        self.articles: list[tuple[Article, ExtractionResult, str]] = []
        for summary in store.latest():
            a = store.get(summary.id)
            self.articles.append((a, extract(a.title, a.body, a.language, a.date),
                                  article_text(a.title, a.body)))
        catalog = store.catalog()
        self.targets = [Target(k, str(v["name"]), v.get("english"), v.get("country"),
                               str(v["kind"])) for k, v in sorted(catalog.items())]
        self.targets.append(Target("person:vladimir-putin", "فلاديمير بوتين",
                                   "Vladimir Putin", "RU"))

    def correction(self, draw: st.DrawFn) -> Correction:
        a, found, text = draw(st.sampled_from(self.articles))
        e = draw(st.sampled_from(found.entities))
        target = draw(st.sampled_from(self.targets))
        action = draw(st.sampled_from(["hide", "hide_in", "merge", "link", "link_in",
                                       "name_in"]))
        if action in ("hide", "hide_in"):
            return Correction("hide", key=e.key, article=a.id if action == "hide_in" else None)
        if action == "merge":
            return Correction("merge", key=e.key, target=target)
        if action == "link":
            return Correction("link", key=e.key, form=e.name, target=target)
        if action == "link_in":
            return Correction("link", key=e.key, target=target, article=a.id)
        forms = sorted({text[s.start:s.end] for s in found.spans if s.key == e.key})
        form = draw(st.sampled_from(forms))
        count = sum(1 for s in found.spans
                    if s.key == e.key and form_key(text[s.start:s.end]) == form_key(form))
        return Correction("link", key=e.key, form=form, target=target, article=a.id,
                          count=count)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return Archive(people_store(Path(tmp_path_factory.mktemp("people")) / "db"))


@st.composite
def corrections(draw: st.DrawFn, archive: Archive) -> Corrections:
    made: list[Correction] = []
    for _ in range(draw(st.integers(0, 5))):
        c = archive.correction(draw)
        if c.action == "merge" and c.target is not None and \
                Corrections(made).canonical(c.target.key) == c.key:
            continue  # refused by the app and the command line (it would close a cycle)
        made.append(c)
    return Corrections(made)


@SETTINGS
@given(data=st.data())
def test_the_archive_adds_up_the_articles(archive: Archive, data: st.DataObject) -> None:
    corrected = data.draw(corrections(archive))
    reader = CorrectedReader(archive.store, corrected)
    mentions: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for a, found, text in archive.articles:
        ents, spans = corrected.entities(a.id, found.entities, found.spans, text=text)
        for e in ents:
            assert e.count == sum(1 for s in spans if s.key == e.key) > 0
            mentions[e.key] += e.count
            articles[e.key] += 1
    catalog = reader.catalog()
    assert {k: v["mentions"] for k, v in catalog.items()} == dict(mentions)
    assert {k: v["articles"] for k, v in catalog.items()} == dict(articles)
    for key in catalog:
        assert sum(n for _, n in reader.postings("ent", key)) == mentions[key]
