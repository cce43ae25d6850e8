"""Claim detection, session 17 (third engineer): verdicts and recaptures told in a sourcing tail.

Guide §2.1: the routine sourcing tail of plain news reporting ("…, killing four policemen,
officials said") is no claim. A court's sentence, an execution or a recapture that an official
source reports is such a plain report, while the same tail over a charge stays a claim.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _said(pipeline, text: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == "said"]


def test_a_sentence_passed_by_a_court_is_sourcing(pipeline):
    text = (
        "DUSHANBE, Tajikistan — A Tajik court on Tuesday sentenced 11 men to prison terms of "
        "between 12 and 25 years for plotting bomb attacks on police stations, the "
        "prosecutor-general's office said."
    )
    assert _said(pipeline, text) == []


def test_an_execution_reported_by_the_judiciary_is_sourcing(pipeline):
    text = (
        "Iran hanged five members of the militant group Jaish al-Adl at dawn on Wednesday in "
        "Zahedan's central prison, the judiciary said."
    )
    assert _said(pipeline, text) == []


def test_a_recapture_reported_by_police_is_sourcing(pipeline):
    text = (
        "By Monday evening 14 of the escapees had been recaptured in raids on villages along "
        "the Kurram river, police said."
    )
    assert _said(pipeline, text) == []


def test_a_charge_of_attacks_in_the_same_tail_stays_a_claim(pipeline):
    # Near miss: "carried out attacks" is a charge, not the course of one incident.
    text = (
        "The group carried out more than 600 attacks in Pakistan last year, many of them "
        "launched from Kunar and Khost, Pakistani officials said."
    )
    assert len(_said(pipeline, text)) == 1


def test_what_a_family_says_about_a_journey_stays_a_claim(pipeline):
    # Near miss: a journey and its purpose, told by the family, is their account.
    text = (
        "His family has always said he travelled to Afghanistan to help a former interpreter "
        "leave the country."
    )
    assert len(_said(pipeline, text)) == 1
