"""The pruning `later_evidence` does before weighing claims against every commitment."""

from __future__ import annotations

from datetime import date

from watchfloor.analyze.commitment_ledger import _first_day_of, _may_dispute
from watchfloor.analyze.commitments import load_status_rules


def test_first_day_matches_the_iso_string_order_of_days():
    assert _first_day_of("2025-03-14") == date(2025, 3, 14)
    assert _first_day_of("2025-03") == date(2025, 3, 1)
    assert _first_day_of("2025") == date(2025, 1, 1)
    # a day with a time sorts after the bare day, so that day is already too early
    assert _first_day_of("2025-03-14T08:00:00") == date(2025, 3, 15)
    assert _first_day_of("soon") is None
    assert _first_day_of("2025-13") is None


def test_only_claims_saying_a_pledge_is_not_kept_may_dispute():
    rules = load_status_rules()
    assert _may_dispute("the Taliban violated the ceasefire in Kurram", rules)
    assert _may_dispute("militants continue to operate from Afghan territory", rules)
    assert not _may_dispute("the ceasefire was agreed in Doha", rules)  # no breach word
    assert not _may_dispute("the talks failed to implement the trade deal", rules)  # no kind
