"""Claim speakers and stance, session 19.

* "A spokesperson for <named person>" speaks for that person (guide §15 rule 7, §16 rule 3);
  a spokesperson for a body keeps the body.
* "X, an Afghan rights group, said …. The group also said …": the definite noun repeating the
  apposition is X, not another group the coreference reached back for.
* "The report says …" that the linker gave to a provisional actor of its own: the document
  speaks for its issuer named earlier.
* "Our fighters do not strike markets", "the group does not target schools": a party's
  habitual "no" about a class of targets is stance deny (§17 rule 5); a bystander saying
  what another party does not do stays assert.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _speaker(claim) -> str | None:
    return claim.speaker.id if claim.speaker is not None else None


def test_spokesperson_for_a_named_person_speaks_for_the_person(pipeline):
    claims = _claims(
        pipeline,
        "A spokesman for Ishaq Dar said the talks in Doha had failed because Kabul refused "
        "to act against the TTP.",
    )
    assert claims
    assert _speaker(claims[0]) == "ishaq-dar"


def test_spokesperson_for_a_body_keeps_the_body(pipeline):
    claims = _claims(
        pipeline,
        "A spokesman for the Foreign Office said the talks in Doha had failed because Kabul "
        "refused to act against the TTP.",
    )
    assert claims
    assert _speaker(claims[0]) == "PAK-MOFA"


def test_the_group_repeating_an_apposition_is_the_last_speaker(pipeline):
    claims = _claims(
        pipeline,
        "The National Resistance Front said its fighters had ambushed a patrol in Andarab. "
        "Amnesty International, a London-based rights group, said Taliban forces had detained "
        "40 men in Panjshir. The group also said two of the detainees had died in custody.",
    )
    last = [c for c in claims if c.content.startswith("two of the detainees")]
    assert last
    assert _speaker(last[0]) == "amnesty"


def test_the_group_without_an_apposition_keeps_the_coreference(pipeline):
    claims = _claims(
        pipeline,
        "The National Resistance Front said its fighters had ambushed a patrol in Andarab. "
        "The group also said two Taliban commanders had been killed in the ambush.",
    )
    last = [c for c in claims if c.content.startswith("two Taliban commanders")]
    assert last
    assert _speaker(last[0]) == "nrf"


def test_first_person_fighters_do_not_strike_is_a_denial(pipeline):
    claims = _claims(
        pipeline,
        '"Our fighters do not strike bazaars where poor people buy bread," the group\'s '
        "spokesman, Qari Hamid, said in a message to journalists.",
    )
    assert claims
    assert claims[0].stance == "deny"


def test_group_does_not_target_is_a_denial(pipeline):
    claims = _claims(
        pipeline,
        "The TTP distanced itself from the bombing, with its spokesman Qari Hamid saying the "
        'group "does not target schools" and had no part in the attack.',
    )
    assert claims
    assert claims[0].stance == "deny"


def test_bystander_saying_another_party_does_not_attack_asserts(pipeline):
    claims = _claims(
        pipeline,
        "Farmers in Kunar said the Taliban do not attack poppy fields near the river.",
    )
    assert claims
    assert claims[0].stance == "assert"


def test_residents_saying_the_strikes_do_not_hit_asserts(pipeline):
    # Review fix: an unknown speaker has no side, and "the strikes" is no body of anyone's.
    claims = _claims(pipeline, "Residents said the strikes do not hit militants.")
    assert claims
    assert claims[0].stance == "assert"
