"""Day headers in the list: lines to rows and back (reader.views.days)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from reader.views.days import UNDATED, DayLines, day_header, days_of

RIYADH = timezone(timedelta(hours=3))
DAYS = st.sampled_from(["2015-08-01", "2015-07-31", "2015-07-23", UNDATED])


@given(st.lists(DAYS, max_size=60))
def test_every_line_is_a_header_or_one_row_and_rows_map_back(days: list[str]) -> None:
    lines = DayLines(days)
    rows_seen = []
    for line in range(len(lines)):
        row, day = lines.at_line(line)
        assert (row is None) != (day is None)
        if row is not None:
            assert lines.line_of_row(row) == line
            rows_seen.append(row)
    assert rows_seen == list(range(len(days)))
    assert lines.at_line(len(lines)) == (None, None)
    assert lines.at_line(-1) == (None, None)


@given(st.lists(DAYS, min_size=1, max_size=60))
def test_a_header_comes_before_each_change_of_day_and_names_it(days: list[str]) -> None:
    lines = DayLines(days)
    changes = sum(1 for i, d in enumerate(days) if i == 0 or d != days[i - 1])
    assert len(lines) == len(days) + changes
    for line in range(len(lines)):
        row, day = lines.at_line(line)
        if day is not None:
            below, _ = lines.at_line(line + 1)
            assert below is not None and days[below] == day
            assert below == 0 or days[below - 1] != day
            assert lines.row_at_or_after(line) == below


def test_the_header_names_the_weekday_and_how_long_ago() -> None:
    now = datetime(2015, 8, 4, 12, 0, tzinfo=RIYADH)
    assert day_header("2015-08-01", now) == "Saturday 1 August 2015 · 3 days ago"
    assert day_header("2015-08-04", now) == "Tuesday 4 August 2015 · today"
    assert day_header(UNDATED, now) == "Undated"


def test_a_time_falls_on_its_local_day() -> None:
    assert days_of(["2015-07-23T22:28:17Z", "2015-07-23", None], RIYADH) == [
        "2015-07-24", "2015-07-23", UNDATED]


def test_the_articles_days_are_read_once_per_commit(tmp_path) -> None:  # noqa: ANN001
    from helpers.drafts import draft, simple_analyser
    from reader.store import open_store
    from reader.views.days import article_days

    store = open_store(tmp_path / "db", simple_analyser)
    store.import_drafts([draft(1, date="2015-08-01"), draft(2, date=None)])
    first = article_days(store)
    assert sorted(first.values()) == [UNDATED, "2015-08-01"]
    assert article_days(store) is first  # the list asks at every change: no second parse
    store.import_drafts([draft(3, date="2015-07-23")])
    assert "2015-07-23" in article_days(store).values()
