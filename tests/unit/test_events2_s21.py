"""Events round 2 of session 21: an offer to host or mediate talks is the offer alone (guide §18
rule 11), protection asked for in a demand ("take measures to protect X") is no threat, and UN
monitors who report, say or find publish findings (ACCUSE/investigate)."""

from __future__ import annotations

from tests.unit._events_util import event_types


def _kinds(text: str) -> list[str]:
    return event_types(text, published="2026-06-10")


def test_readiness_to_host_talks_gives_no_consult() -> None:
    types = _kinds("Norway said it was ready to host talks between the two governments.")
    assert "AGREE" in types and "CONSULT" not in types


def test_an_offer_to_host_talks_in_a_city_gives_no_consult() -> None:
    types = _kinds("Norway offered on Monday to host talks between the two sides in Oslo.")
    assert "CONSULT" not in types


def test_agreeing_to_host_talks_still_announces_them() -> None:
    # near miss: an agreement, not an offer, keeps the talks it announces
    types = _kinds("Uzbekistan agreed to host talks between the two governments in Termez.")
    assert "CONSULT" in types


def test_protection_asked_in_a_demand_is_no_threat() -> None:
    types = _kinds(
        "Tokyo demanded that Kabul take effective measures to protect Japanese engineers."
    )
    assert "REQUEST" in types and "THREATEN" not in types


def test_a_pledge_to_protect_its_own_citizens_stays_a_threat() -> None:
    # near miss: the speaker's own pledge of protection is still a warning
    types = _kinds("Islamabad said it would take all measures to protect its citizens.")
    assert "THREATEN" in types


def test_un_monitors_reporting_publish_findings() -> None:
    types = _kinds("UN monitors reported in March that the group had about 500 fighters in Kunar.")
    assert "ACCUSE" in types


def test_a_report_by_monitors_that_said_is_investigation() -> None:
    types = _kinds("A report by UN monitors in May said the group had 300 fighters in Kunar.")
    assert "ACCUSE" in types


def test_a_rescue_team_saying_is_no_investigation() -> None:
    # near miss: a team that is no monitoring body only speaks
    types = _kinds("The rescue team said five bodies had been recovered from the river.")
    assert "ACCUSE" not in types


def test_the_monitors_saying_more_is_no_new_report() -> None:
    # near miss of the monitors rule: "the monitors" named again only tell more of the report
    # (review fix: an earlier sentence must have named them; a first "The monitors said in a
    # report" publishes one)
    types = _kinds(
        "UN monitors said in a report on Tuesday that al-Qaeda runs camps in Afghanistan. "
        "The monitors say they rely on information from member states."
    )
    assert types.count("ACCUSE") == 1


def _assaults(text: str) -> int:
    return _kinds(text).count("ASSAULT")


def test_the_blast_tearing_through_a_place_is_told_of_the_attack() -> None:
    text = (
        "A suicide bomber blew himself up in Zenta on Friday, killing nine people. "
        "The blast tore through a row of fruit stalls near the main gate."
    )
    assert _assaults(text) >= 2


def test_the_blast_mentioned_again_without_its_impact_stays_one_attack() -> None:
    # near miss: "the blast" as a plain back-reference adds no row
    text = (
        "A suicide bomber blew himself up in Zenta on Friday, killing nine people. "
        "The blast was heard across the city."
    )
    assert _assaults(text) == 1
