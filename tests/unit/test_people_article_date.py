"""The article's date reaches the analyser: scraped archives date their articles too."""

from __future__ import annotations

from reader.importers.jsonfile import entry_to_draft


def test_scrape_day_is_the_article_date_when_nothing_better() -> None:
    draft = entry_to_draft({"title": "عنوان", "content": "نص الخبر",
                            "date_extracted": "2015-07-23 19:28:17"}, "snn.json#1")
    assert draft.date is not None and draft.date.startswith("2015-07-23")


def test_a_publication_date_wins_over_the_scrape_day() -> None:
    draft = entry_to_draft({"title": "عنوان", "content": "نص الخبر", "date": "2015-07-20",
                            "date_extracted": "2015-07-23 19:28:17"}, "snn.json#1")
    assert draft.date == "2015-07-20"
