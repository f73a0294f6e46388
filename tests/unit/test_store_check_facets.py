"""``reader check`` and the facets of an article: people found on weaker evidence are
indexed (filtering by one from the sidebar finds the article) but have no catalogue
entry, by design, so they are no problem; an entity that lost its entry still is.

On the SaudiNewsNet sample the check reported 139 such people as problems, and
``--repair`` (which stages the same analyses again) could not make them go.
"""

from __future__ import annotations

import glob
import json
from pathlib import Path

from helpers.drafts import SimpleAnalyser, draft
from reader.models import Analysis
from reader.store import open_store
from reader.store.check import entity_keys
from reader.store.maintenance import check, repair


class _WithUnsurePeople(SimpleAnalyser):
    """The test analyser, and a person found on weaker evidence in every article."""

    def __call__(self, title: str, body: str, language: str | None = None,
                 date: str | None = None, /) -> Analysis:
        found = super().__call__(title, body, language, date)
        return Analysis(entities=found.entities, terms=found.terms,
                        facets=(("country:CN", 1), ("person:x:unsure", 1)))


def test_people_on_weaker_evidence_are_no_problem_and_a_lost_entry_still_is(
        tmp_path: Path) -> None:
    db = tmp_path / "db"
    analyser = _WithUnsurePeople()
    open_store(db, analyser).import_drafts([draft(i) for i in range(30)])
    assert check(open_store(db, analyser)) == []
    # A catalogue that lost an entity the articles name is still reported.
    (path,) = glob.glob(str(db / "shards" / "catalog.*.json"))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["entities"] = {k: v for k, v in data["entities"].items() if v["key"] != "place:CN"}
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = check(open_store(db, analyser))
    assert problems == ["entity place:CN is indexed but missing from the catalog"]
    repair(open_store(db, analyser))
    assert check(open_store(db, analyser)) == []


def test_a_record_staged_before_the_facets_were_counted() -> None:
    ents = [["place:CN", 2], ["person:x:lost", 1], ["country:CN", 2], ["person:x:unsure", 1]]
    # Counted: the last ones are facets, whatever their keys.
    assert entity_keys({"ents": ents, "facets": 2}) == ["place:CN", "person:x:lost"]
    assert entity_keys({"ents": ents, "facets": 0}) == [k for k, _ in ents]
    # Not counted (or damaged): the facets begin at the first country.
    assert entity_keys({"ents": ents}) == ["place:CN", "person:x:lost"]
    assert entity_keys({"ents": ents, "facets": 9}) == ["place:CN", "person:x:lost"]
    assert entity_keys({"ents": ents, "facets": True}) == ["place:CN", "person:x:lost"]
    assert entity_keys({}) == []
