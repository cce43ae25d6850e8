"""Claim detection, session 18 (second round): parses that lose or invent a claim.

Guide §2.1: coordinated contents ("told reporters that A and that B") give one row per clause,
a to-infinitive or other act complement ("insisted on adding", "should stop blaming") is no
claim, and a speaker is the named subject, not a description set beside it.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _cues(pipeline, text: str, cue: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == cue]


def test_first_that_clause_hung_on_a_noun_is_kept(pipeline):
    claims = _cues(
        pipeline,
        'Muttaqi told reporters after the talks that the Islamic Emirate was "honouring its '
        'obligations" and that drought, not policy, had reduced the flow reaching the Iranian '
        "border.",
        "told",
    )
    contents = [c.content for c in claims]
    assert any(c.startswith("the Islamic Emirate was") for c in contents)
    assert any(c.startswith("drought, not policy") for c in contents)
    assert len(claims) == 2


def test_single_that_clause_after_a_phrase_is_one_claim(pipeline):
    claims = _cues(
        pipeline,
        'Muttaqi told reporters after the talks that the Islamic Emirate was "honouring its '
        'obligations".',
        "told",
    )
    assert len(claims) == 1
    assert claims[0].content.startswith("the Islamic Emirate was")


def test_stop_blaming_is_no_claim_of_the_blamed_side(pipeline):
    claims = _claims(
        pipeline,
        "Taliban spokesman Zabihullah Mujahid rejected the remarks, saying Pakistan should stop "
        "blaming its neighbours for its own security failures.",
    )
    assert not [c for c in claims if c.cue == "blaming"]
    assert [c for c in claims if c.cue == "saying"]


def test_continued_blaming_is_still_a_claim(pipeline):
    claims = _cues(pipeline, "Pakistan continued blaming Afghanistan for the attack.", "blaming")
    assert len(claims) == 1


def test_that_clause_after_outside_is_reported(pipeline):
    claims = _cues(
        pipeline,
        'Afridi told reporters outside that "those who spilled innocent blood in Qissa Khwani '
        'will be found and will pay".',
        "told",
    )
    assert len(claims) == 1
    assert claims[0].content.startswith("those who spilled innocent blood")


def test_that_clause_after_outside_the_hospital_is_unchanged(pipeline):
    claims = _cues(
        pipeline,
        "Afridi told reporters outside the hospital that the attackers would be found.",
        "told",
    )
    assert [c.content for c in claims] == ["the attackers would be found"]


def test_finite_verb_after_purpose_infinitive_shares_the_main_subject(pipeline):
    claims = _cues(
        pipeline,
        "Afridi later went to Lady Reading Hospital to see the injured and told reporters outside "
        'that "those who spilled innocent blood in Qissa Khwani will be found and will pay".',
        "told",
    )
    assert len(claims) == 1
    assert claims[0].speaker.text == "Afridi"


def test_infinitive_tell_after_purpose_infinitive_is_no_claim(pipeline):
    claims = _claims(
        pipeline,
        "Afridi went to the hospital to see the injured and to tell reporters that the attackers "
        "would be found.",
    )
    assert not [c for c in claims if c.cue == "tell"]


def test_insisted_on_a_gerund_is_a_demand_not_a_claim(pipeline):
    claims = _cues(
        pipeline,
        "New Delhi signed the joint statement but insisted on adding a reference to groups "
        '"targeting other countries".',
        "insisted",
    )
    assert claims == []


def test_insisted_on_a_noun_is_still_a_claim(pipeline):
    claims = _cues(
        pipeline,
        "Pakistan insisted on its right to respond to attacks from Afghan soil.",
        "insisted",
    )
    assert [c.content for c in claims] == ["its right to respond to attacks from Afghan soil"]


def test_description_beside_a_name_does_not_speak(pipeline):
    claims = _cues(
        pipeline,
        "Hours later the Balochistan Liberation Army, the separatist group also known as the BLA, "
        "claimed the attack, saying its fighters had killed 12 soldiers.",
        "saying",
    )
    assert len(claims) == 1
    assert claims[0].speaker.text == "Balochistan Liberation Army"


def test_dateline_subject_still_yields_to_the_speaker(pipeline):
    claims = _cues(
        pipeline,
        "KABUL — The National Resistance Front said its fighters had killed 12 Taliban soldiers "
        "in Panjshir.",
        "said",
    )
    assert len(claims) == 1
    assert claims[0].speaker.id == "nrf"
