"""Counted spans back from publication ("three weeks ago"): number words are read by the
casualty parser's number reader, so both modules agree on what a word counts."""

from datetime import date

import pytest

from watchfloor.extract.dates import resolve_date

PUBLISHED = date(2025, 3, 1)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("three days ago", ("2025-02-26", "day")),
        ("A week ago", ("2025-02-22", "day")),
        ("12 days ago", ("2025-02-17", "day")),
        ("twelve days ago", ("2025-02-17", "day")),
        ("two months ago", ("2025-01", "month")),
        ("one year ago", ("2024", "year")),
    ],
)
def test_counted_span_back_from_publication(text, expected):
    assert resolve_date(text, PUBLISHED) == expected
