"""Claim detection, session 12: the routine-sourcing rule read over the whole document.

A sourced toll ("…, killing 11 recruits, police said") is the incident's basic facts, not a
claim (guide §2.1), unless the article sets another source's toll of the same kind against it
(fresh6 A1, fresh8 C): then both counts are claims. The forces' tally of the militants they
fought is no rival count.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _lead_claims(claims):
    return [c for c in claims if "killing 11 recruits" in c.content]


def test_lead_toll_with_a_rival_toll_later_is_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "BANNU, Pakistan — A suicide bomber rammed a car into the gate of a police training "
        "centre in Bannu on Thursday, killing 11 recruits, police said.\n\n"
        "Staff at the district hospital, however, said 15 bodies had been brought in.",
    )
    lead = _lead_claims(claims)
    assert len(lead) == 1
    assert lead[0].cue == "said"
    assert lead[0].stance == "assert"


def test_lead_toll_without_a_rival_stays_sourcing(pipeline):
    claims = _claims(
        pipeline,
        "BANNU, Pakistan — A suicide bomber rammed a car into the gate of a police training "
        "centre in Bannu on Thursday, killing 11 recruits, police said.\n\n"
        "The provincial government announced compensation for the families.",
    )
    assert _lead_claims(claims) == []


def test_tally_of_militants_killed_is_no_rival_toll(pipeline):
    claims = _claims(
        pipeline,
        "BANNU, Pakistan — A suicide bomber rammed a car into the gate of a police training "
        "centre in Bannu on Thursday, killing 11 recruits, police said.\n\n"
        "The military said four militants were killed when soldiers raided a hideout near "
        "the town on Friday.",
    )
    assert _lead_claims(claims) == []
    assert not [c for c in claims if "four militants" in c.content]


def test_rival_counts_in_one_sentence_including_a_count_of_none(pipeline):
    claims = _claims(
        pipeline,
        "TERMEZ, Uzbekistan — Uzbek border guards and Afghan workers clashed near a power "
        "line on Monday, officials on both sides said.\n\n"
        "Afghan officials said one man was wounded; Uzbek authorities said no one was hurt.",
    )
    contents = {c.content for c in claims}
    assert "one man was wounded" in contents
    assert "no one was hurt" in contents


def test_subset_of_the_wounded_is_no_rival_toll(pipeline):
    claims = _claims(
        pipeline,
        "BANNU, Pakistan — A suicide bomber rammed a car into the gate of a police training "
        "centre in Bannu on Thursday, killing 11 recruits, police said.\n\n"
        "Two of the wounded were in critical condition at the district hospital, a doctor "
        "said.",
    )
    assert _lead_claims(claims) == []


def test_rival_toll_answered_in_its_own_sentence_belongs_to_that_dispute(pipeline):
    claims = _claims(
        pipeline,
        "BANNU, Pakistan — A suicide bomber rammed a car into the gate of a police training "
        "centre in Bannu on Thursday, killing 11 recruits, police said.\n\n"
        "Tribal clashes followed in the district. The district administration said 31 people "
        "had died in the clashes, while tribal elders said 40 people had died.",
    )
    assert _lead_claims(claims) == []


def test_rival_counts_in_one_paragraph(pipeline):
    claims = _claims(
        pipeline,
        "CHAMAN, Pakistan — Paramilitary forces on Tuesday cleared a protest camp near the "
        "border crossing.\n\n"
        "At least 15 protesters were injured when troops charged the crowd with batons, "
        "according to the sit-in committee. The Frontier Corps said in a statement that 11 "
        "of its men had been hurt by stones thrown from the camp.",
    )
    assert [c for c in claims if "11 of its men had been hurt" in c.content]
