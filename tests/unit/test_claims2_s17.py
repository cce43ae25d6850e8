"""Claim detection, session 17 (second engineer): criticisms, complaints and announcements.

Guide §2.1: an assessment or a grievance is a claim when it has content ("criticised X for …",
"criticised X as …", "Iran's complaint that …"), while an actor announcing its own act ("said
it had asked Iran to cut tariffs", "said security would be reinforced") is the event only.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _cues(pipeline, text: str, cue: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == cue]


def test_criticised_for_keeps_the_object_and_what_it_is_faulted_for(pipeline):
    claims = _cues(
        pipeline,
        "Khyber Pakhtunkhwa's provincial government criticised the federal government for "
        "launching the operation without consulting it.",
        "criticised",
    )
    assert len(claims) == 1
    assert claims[0].content == (
        "the federal government for launching the operation without consulting it"
    )


def test_criticised_as_is_a_characterisation(pipeline):
    claims = _cues(
        pipeline,
        'Opposition lawmakers from Kurram criticised the airlift as "a drop in the ocean".',
        "criticised",
    )
    assert len(claims) == 1
    assert claims[0].content == 'the airlift as "a drop in the ocean"'


def test_criticised_with_a_bare_object_is_no_claim(pipeline):
    assert _cues(pipeline, "Rights groups criticised the visit.", "criticised") == []


def test_criticism_joined_to_evidence_in_a_report_is_the_reporters(pipeline):
    text = (
        'Afridi said the attack showed that militants were "crossing from Afghanistan at '
        'will" and criticised the federal government for failing to secure the border.'
    )
    claims = _claims(pipeline, text)
    criticised = [c for c in claims if c.cue == "criticised"]
    said = [c for c in claims if c.cue == "said"]
    assert len(criticised) == 1 and len(said) == 1
    assert criticised[0].speaker is not None and said[0].speaker is not None
    assert criticised[0].speaker.id == said[0].speaker.id
    assert "criticised" not in said[0].content


def test_complaint_that_names_its_owner(pipeline):
    claims = _cues(
        pipeline,
        "Araghchi also raised Iran's long-standing complaint that Afghanistan is not "
        "delivering Iran's share of the Helmand River's water.",
        "complaint",
    )
    assert len(claims) == 1
    assert claims[0].content.startswith("Afghanistan is not delivering")


def test_complaints_with_no_owner_are_no_claim(pipeline):
    text = "Officials promised to look into complaints of abuse at deportation centres."
    assert _cues(pipeline, text, "complaints") == []


def test_a_body_saying_it_had_asked_another_state_announces_its_own_act(pipeline):
    text = (
        "The Taliban's commerce ministry said separately that it had asked Iran to cut "
        "tariffs on Afghan fruit entering the Iranian market."
    )
    assert _cues(pipeline, text, "said") == []


def test_a_body_saying_another_state_had_asked_stays_a_claim(pipeline):
    text = (
        "Pakistan's Foreign Office said the Taliban had asked Islamabad to hand over the fighters."
    )
    assert len(_cues(pipeline, text, "said")) == 1


def test_an_announced_measure_with_no_agent_is_the_speakers_act(pipeline):
    text = "Taliban spokesman Zabihullah Mujahid said security at the mine would be reinforced."
    assert _cues(pipeline, text, "said") == []


def test_a_measure_against_another_side_stays_a_claim(pipeline):
    text = "Zabihullah Mujahid said Pakistani posts would be targeted."
    assert len(_cues(pipeline, text, "said")) == 1
