"""Claim detection, session 17: a dateline lead that places where the attackers came from.

Guide §15 rule 2 (c): a lead "<incident>, the military said" is a claim of the teller when its
content bears on a proposition, such as "militants who crossed from <country>". The origin is
told by a crossing verb with a from-phrase whose crossers are the combatants; a crossing by
anyone else, or with no origin, leaves the lead routine sourcing (§2.1).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _lead_claims(pipeline, text: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == "said"]


def test_lead_with_militants_who_crossed_from_a_country_is_a_claim(pipeline):
    claims = _lead_claims(
        pipeline,
        "CHITRAL — Pakistani troops repulsed a group of militants who crossed from "
        "Afghanistan into the Arandu area of Chitral district on Monday, killing 16 of them, "
        "the military said.",
    )
    assert len(claims) == 1
    assert claims[0].stance == "assert"
    assert "crossed from Afghanistan" in claims[0].content


def test_lead_with_militants_trying_to_cross_from_a_country_is_a_claim(pipeline):
    claims = _lead_claims(
        pipeline,
        "ZHOB, Pakistan — Pakistani troops killed 17 militants who were trying to cross into "
        "Balochistan from Afghanistan near Sambaza late on Tuesday, the military said.",
    )
    assert len(claims) == 1


def test_lead_with_travellers_crossing_from_a_country_stays_sourcing(pipeline):
    claims = _lead_claims(
        pipeline,
        "CHAMAN, Pakistan — Paramilitary forces on Tuesday cleared a protest camp held against "
        "a rule requiring passports for everyone crossing from Afghanistan, and detained at "
        "least 40 people, police said.",
    )
    assert claims == []


def test_lead_with_a_crossing_but_no_origin_stays_sourcing(pipeline):
    claims = _lead_claims(
        pipeline,
        "ZHOB, Pakistan — Pakistani troops killed 17 militants who were trying to cross into "
        "Balochistan near Sambaza late on Tuesday, the military said.",
    )
    assert claims == []
