"""Ranking of competing events in one sentence: a side clause that reports or demands
("…, saying he must resign") gives the motive of the main act and ranks below it."""

from __future__ import annotations

from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _ranked(text: str) -> list[str]:
    return [e.type for e in sorted(events(text), key=lambda e: -e.confidence)]


def test_demand_in_participial_clause_ranks_below_protest():
    evs = events(
        "Supporters of the former governor staged rallies in Quetta, saying he must resign."
    )
    types = [e.type for e in sorted(evs, key=lambda e: -e.confidence)]
    assert types[0] == "PROTEST"
    # The pronoun cannot be the plural speaker: a demand addressed to someone else.
    assert "REQUEST" in types
    assert "RETREAT" not in types


def test_request_by_subordinate_speaker_keeps_main_event_first():
    evs = events(
        "Opposition parties staged protests across the province, saying the minister should resign."
    )
    ranked = sorted(evs, key=lambda e: -e.confidence)
    assert ranked[0].type == "PROTEST"
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and req[0].actor is not None and "parties" in req[0].actor.text


def test_reported_act_in_side_clause_ranks_below_main_act():
    assert (
        _ranked("Protesters blocked the highway, saying that police had arrested their leader.")[0]
        == "PROTEST"
    )
    assert _ranked("Traders shut their shops, saying that soldiers had killed two men.")[0] in (
        "PROTEST",
        "COERCE",
    )


def test_main_clause_report_is_not_demoted():
    evs = events("The spokesman said the government must release the prisoners.")
    assert [e.type for e in evs] == ["REQUEST"]
    assert evs[0].confidence >= 0.7


def test_self_reference_stays_no_request():
    # "he" may be the speaker himself: no request to another party.
    assert "REQUEST" not in _ranked("The minister said he must consult the cabinet first.")
