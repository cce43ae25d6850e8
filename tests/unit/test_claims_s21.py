"""Claim detection, session 21: rejoinder and disowning cues, a concessive "no evidence" tail
kept out of the content, and a possessive owner over a bare "police" the linker gave away.

Guide §2.1 (cues, one row per clause), §2.2 (content without the article's own notes).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _cues(pipeline, text: str, cue: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == cue]


def test_countered_that_is_a_cue(pipeline):
    claims = _cues(
        pipeline,
        'A Pakistani diplomat countered that Kabul "shelters the men who bomb our markets".',
        "countered",
    )
    assert len(claims) == 1
    assert claims[0].content.startswith("Kabul")


def test_countered_an_attack_is_no_claim(pipeline):
    assert not _cues(
        pipeline,
        "Border guards countered the attack with mortar fire near the crossing.",
        "countered",
    )


def test_disowned_is_a_denial(pipeline):
    claims = _cues(
        pipeline,
        "Police blamed the Tehreek-e-Taliban Pakistan for the blast, but the group swiftly "
        "disowned it.",
        "disowned",
    )
    assert len(claims) == 1
    assert claims[0].stance == "deny"


def test_no_evidence_tail_is_not_content(pipeline):
    claims = _cues(
        pipeline,
        "The governor said the gunmen had come from across the border, though he offered no "
        "evidence for the charge.",
        "said",
    )
    assert len(claims) == 1
    assert claims[0].content == "the gunmen had come from across the border"


def test_other_concessive_tail_stays_in_content(pipeline):
    claims = _cues(
        pipeline,
        "The governor said the road had reopened, though it remained dangerous at night.",
        "said",
    )
    assert claims == [] or claims[0].content.endswith("dangerous at night")


def test_possessive_owner_speaks_for_bare_police(pipeline):
    claims = _cues(
        pipeline,
        "Iran's border police said Taliban fighters had fired on a patrol near the Helmand "
        "river, and that the guards had shot back.",
        "said",
    )
    assert claims
    assert all(c.speaker is not None and c.speaker.id == "IRN" for c in claims)


def test_own_side_possessive_keeps_linked_speaker(pipeline):
    claims = _cues(
        pipeline,
        "Afghanistan's border police said Iranian guards had fired on a post near the Helmand "
        "river.",
        "said",
    )
    assert all(c.speaker is None or c.speaker.id != "IRN" for c in claims)


def test_permission_with_negated_subject_denies(pipeline):
    claims = _cues(
        pipeline, "Kabul said it would let no group use Afghan soil against Pakistan.", "said"
    )
    assert len(claims) == 1
    assert claims[0].stance == "deny"


def test_plain_permission_is_no_denial(pipeline):
    claims = _cues(
        pipeline,
        "The Taliban insist that they allow traders to use the crossing at night.",
        "insist",
    )
    assert all(c.stance == "assert" for c in claims)


def test_bare_claim_of_responsibility_is_no_claim(pipeline):
    text = (
        "A police spokesman dismissed the toll as inflated but did not question the group's "
        "claim of responsibility."
    )
    assert not _cues(pipeline, text, "claim")


def test_claim_of_a_link_stays_a_claim(pipeline):
    text = "Kabul rejected the group's claim of a link between the two attacks."
    claims = _cues(pipeline, text, "claim")
    assert len(claims) == 1
    assert claims[0].content == "a link between the two attacks"
