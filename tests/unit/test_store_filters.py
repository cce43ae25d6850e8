"""The listing filters the CLI, the API and the exports share (store.queries)."""

from __future__ import annotations

import pytest

from watchfloor.store.queries import ALL, Filters, parse_bbox


def test_bbox_is_four_finite_numbers_min_before_max():
    assert parse_bbox("70,32,71.5,33") == (70.0, 32.0, 71.5, 33.0)
    for bad in ("1,2,3", "a,b,c,d", "1,2,3,nan", "0,0,inf,1", ""):
        with pytest.raises(ValueError, match="four numbers"):
            parse_bbox(bad)
    with pytest.raises(ValueError, match="min ≤ max"):
        parse_bbox("10,10,0,0")


def test_unpaged_keeps_the_filters_and_drops_the_page():
    f = Filters(type="ASSAULT", since=None, limit=20, offset=40, extra={"k": 1})
    whole = f.unpaged()
    assert (whole.type, whole.extra, whole.limit, whole.offset) == ("ASSAULT", {"k": 1}, ALL, 0)
    assert (f.limit, f.offset) == (20, 40)
