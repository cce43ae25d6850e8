"""Claim detection, session 11b: a closing "…, residents said" by unnamed bystanders that only
sources a scene is no claim (a toll, a quote or a commentator keeps it one); a closing
"according to" an official on a past detail of an incident is sourcing, while a present view
or a report's findings stay claims.

One or two sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

_LEAD = "QUETTA, Pakistan — A bomb killed six people at a bus stand on Monday, police said. "


def test_bystanders_sourcing_a_scene_make_no_claim(claims_of):
    claims = claims_of(
        _LEAD
        + "The crowd had gathered around a tea stall when the blast went off, stall owners said."
    )
    assert all("tea stall" not in c.content for c in claims)


def test_bystanders_giving_a_toll_still_testify(claims_of):
    claims = claims_of(
        _LEAD + "Four of the passengers were shot dead by the roadside, a surviving driver said."
    )
    assert any("shot dead" in c.content for c in claims)


def test_commentators_in_a_tail_still_claim(claims_of):
    claims = claims_of(
        _LEAD + "The group has attacked bus stands in the province before, analysts said."
    )
    assert any("bus stands" in c.content for c in claims)


def test_quoted_bystander_tail_stays_a_claim(claims_of):
    claims = claims_of(_LEAD + '"Nobody came to help us for an hour," a stall owner said.')
    assert any("Nobody came" in c.content for c in claims)


def test_official_aside_on_a_past_detail_is_sourcing(claims_of):
    claims = claims_of(
        _LEAD
        + "The device had been hidden inside a fruit cart, according to a bomb-disposal officer."
    )
    assert all("fruit cart" not in c.content for c in claims)


def test_official_aside_on_a_present_view_stays_a_claim(claims_of):
    claims = claims_of(
        _LEAD
        + "Provincial leaders privately doubt the new checkpoints, according to a senior official."
    )
    assert any("doubt" in c.content for c in claims)


def test_report_findings_after_according_to_stay_claims(claims_of):
    claims = claims_of(
        _LEAD
        + "Militants carried out 40 attacks in the province last year, according to a report by a research institute."
    )
    assert any("40 attacks" in c.content for c in claims)


def test_official_source_set_before_the_content_introduces_its_account(claims_of):
    claims = claims_of(
        _LEAD + "According to the interior ministry, a trading firm had moved money to the "
        "kidnappers' commanders."
    )
    assert any("trading firm" in c.content for c in claims)
