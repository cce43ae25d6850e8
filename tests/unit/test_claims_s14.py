"""Claim detection, session 14: doubt phrases, sourcing checks kept to their own cue, the
body an unknown official speaks for, and speakers that are nobody.

A source still "seeking to verify" what it passes on, or a third party that "could not
confirm" a figure, hedges the claim (guide §2.2); the third party's own words that it could
not confirm are not hedged. "Had not been informed" states a grievance, not a denial. A hedge
in what another cue of the sentence reports does not turn routine sourcing into a claim. A
person the knowledge base lacks announces their own side's act when their title names a known
body ("Kyrgyzstan's foreign minister, X, said Bishkek would invite …"), which is an event,
not a claim (guide §2.1). "No group said …" has no speaker.
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import analyzed_claims as _claims
from tests.unit._events_util import by_content as _by_content


def test_seeking_to_verify_reports_hedges_the_claim(pipeline):
    claims = _claims(
        pipeline, 'UNAMA said it was "seeking to verify credible reports" of civilian casualties.'
    )
    assert claims and all(c.hedged for c in claims)


def test_figure_others_could_not_confirm_is_hedged(pipeline):
    claims = _claims(
        pipeline,
        "The Taliban said they had given each returning family 5,000 afghanis and transport to "
        "their home districts, a figure aid agencies said they could not confirm.",
    )
    first = next(c for c in claims if c.content.startswith("they had given each returning family"))
    assert first.hedged is True


def test_hedge_in_another_cues_report_leaves_sourcing_alone(pipeline):
    claims = _claims(
        pipeline,
        "Police said reinforcements killed three assailants after a gun battle, while residents "
        "said the dead were reportedly shepherds.",
    )
    contents = {c.content for c in claims}
    assert "reinforcements killed three assailants after a gun battle" not in contents
    assert "the dead were reportedly shepherds" in contents


def test_hedge_in_the_same_cues_next_clause_still_makes_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "Police said reinforcements killed three assailants after a gun battle and that the "
        "attackers had probably come from a nearby village.",
    )
    claims_by = _by_content(claims)
    assert claims_by["reinforcements killed three assailants after a gun battle"].hedged is False
    assert any(c.content.startswith("the attackers had probably") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan's foreign minister, Zheenbek Kulubaev, who chaired the session, said Bishkek "
        "would invite Taliban officials to a separate working group on trade later this year.",
        "Pakistan's railways minister, Hanif Abbasi, said Pakistan would raise a special railway "
        "security force of 2,000 men.",
    ],
)
def test_unknown_official_announcing_own_sides_act_is_no_claim(pipeline, text):
    assert _claims(pipeline, text) == []


def test_unknown_person_without_a_body_still_claims_a_plan(pipeline):
    claims = _claims(
        pipeline, "Hedayatullah Badri said the consortium would invest $1.2 billion in the mine."
    )
    assert [c.content for c in claims] == ["the consortium would invest $1.2 billion in the mine"]


def test_no_group_said_is_no_claim(pipeline):
    assert _claims(pipeline, "No group said it had carried out the assault.") == []


def test_speaker_who_could_not_confirm_states_it_unhedged(pipeline):
    claims = _claims(
        pipeline,
        "The Taliban said they had given each returning family 5,000 afghanis and transport to "
        "their home districts, a figure aid agencies said they could not confirm.",
    )
    agencies = [c for c in claims if c.speaker is not None and c.speaker.id == "prov:aid-agencies"]
    assert agencies and all(c.hedged is False for c in agencies)


def test_appended_unconfirmed_figure_still_hedges(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Police said 12 people were killed, figures that could not be independently verified.",
        )
    )
    assert claims["12 people were killed"].hedged is True


def test_not_informed_states_a_grievance_not_a_denial(pipeline):
    claims = _claims(
        pipeline,
        "Tajikistan's foreign ministry said it had not been officially informed of the detentions.",
    )
    assert [c.stance for c in claims] == ["assert"]
