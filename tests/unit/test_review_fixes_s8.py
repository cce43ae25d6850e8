"""Review fixes at the end of session 8: a lower-case "may" after "last" is no month, a day
after "last Oct." keeps its day, and the victims of a separate attack keep their own name."""

from __future__ import annotations

from datetime import date

import pytest
from tests.unit._events_util import events

from watchfloor.extract.dates import resolve_date

PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    "text", ["Talks at last may resume next spring.", "The last may be the hardest round."]
)
def test_modal_may_after_last_is_no_month(text):
    assert resolve_date(text, PUBLISHED) == (None, None)


def test_last_month_name_with_a_day_after_a_full_stop_is_the_day():
    assert resolve_date("The convoy was stopped last Oct. 5 near Chitral.", PUBLISHED) == (
        "2025-10-05",
        "day",
    )


def test_last_month_name_alone_is_that_month():
    assert resolve_date("The council met last May in Almaty.", PUBLISHED) == ("2025-05", "month")


def test_separate_attack_keeps_its_own_victims():
    found = events(
        "Gunmen killed four shopkeepers in Chaman on Monday. In a separate attack on "
        "Wednesday, militants killed three farmers in Zhob.",
        published="2026-03-06",
    )
    farmers = [e for e in found if e.type == "ASSAULT" and "farmers" in (e.recipient.text or "")]
    assert farmers, [(e.type, e.recipient) for e in found]
    assert all((e.recipient.name or "farmers") == "farmers" for e in farmers)
