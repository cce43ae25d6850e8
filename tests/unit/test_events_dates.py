"""Date resolution against the publication date (2025-03-01 is a Saturday)."""

from datetime import date

import pytest

from watchfloor.extract.dates import resolve_date

PUB = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", ("2025-02-28", "day")),
        ("on Saturday", ("2025-03-01", "day")),
        ("last Saturday", ("2025-02-22", "day")),
        ("yesterday", ("2025-02-28", "day")),
        ("last month", ("2025-02", "month")),
        ("earlier this month", ("2025-03", "month")),
        ("in 2021", ("2021", "year")),
        ("last year", ("2024", "year")),
        ("on 15 October", ("2024-10-15", "day")),
        ("on March 3, 2024", ("2024-03-03", "day")),
        ("in May 2023", ("2023-05", "month")),
        ("on Feb. 28", ("2025-02-28", "day")),
        ("2,000 people", (None, None)),
        ("nothing here", (None, None)),
    ],
)
def test_resolve(text, expected):
    assert resolve_date(text, PUB) == expected


def test_relative_dates_need_publication():
    assert resolve_date("on Friday", None) == (None, None)
    assert resolve_date("in 2021", None) == ("2021", "year")


def test_event_date_from_sentence():
    from tests.unit._events_util import events

    e = events("Gunmen attacked a bus in Kurram last month.")[0]
    assert (e.date, e.date_precision) == ("2025-02", "month")


def test_a_month_day_a_few_weeks_ahead_is_the_coming_one():
    assert resolve_date("October 25", date(2025, 10, 19)) == ("2025-10-25", "day")
    # far ahead: the most recent one before publication
    assert resolve_date("December 25", date(2025, 10, 19)) == ("2024-12-25", "day")


def test_a_bare_month_entity_resolves():
    assert resolve_date("March", date(2025, 11, 5)) == ("2025-03", "month")
