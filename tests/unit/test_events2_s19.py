"""Events round 2 of session 19: "the two sides" after a meeting of officials the knowledge
base does not know, a negated threat inside a warning, a meeting that only sets the scene of a
statement, and demands listed or a declaration adopted."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import rows_of_type as _of


def _pairs(pipeline, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.analyze(text, published="2026-06-10").events
    return {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in events
        if e.type == etype
    }


def test_the_two_after_unknown_officials_met_are_their_states(pipeline) -> None:
    text = (
        "Kazakhstan's deputy interior minister Aidos Temirbekov met Iran's border chief "
        "Reza Kamalvand in Tashkent, and the two agreed to open a joint liaison office."
    )
    pairs = _pairs(pipeline, text, "AGREE")
    assert ("KAZ", "IRN") in pairs and ("IRN", "KAZ") in pairs


def test_the_two_sides_after_talks_are_the_pair_that_just_met(pipeline) -> None:
    text = (
        "Pakistan and Afghanistan have traded fire along the border for weeks. "
        "On the sidelines, Russia's Sergei Lavrenko and Iran's Reza Kamalvand held talks, "
        "and the two sides agreed to set up a working group on trade."
    )
    pairs = _pairs(pipeline, text, "AGREE")
    assert ("RUS", "IRN") in pairs or ("IRN", "RUS") in pairs
    assert not any("PAK" in p for p in pairs)


def test_talks_hosted_by_a_third_country_leave_both_sides_to_the_story(pipeline) -> None:
    # near miss: the host of the talks is no side of "both sides"
    text = (
        "Pakistan and the Taliban government have clashed repeatedly on the border. "
        "The talks, hosted by Qatar's minister Khalid Ansari, brought together a Pakistani "
        "delegation and an Afghan team. Both sides pledged to refrain from hostile acts."
    )
    pairs = _pairs(pipeline, text, "AGREE")
    assert pairs and not any("QAT" in p for p in pairs)


def test_a_negated_threat_inside_a_warning_is_one_threat(pipeline) -> None:
    text = (
        "The defence minister warned in an interview that Pakistan would not hesitate to "
        "strike militant camps if the attacks continued."
    )
    events = pipeline.analyze(text, published="2026-06-10").events
    assert len([e for e in events if e.type == "THREATEN"]) == 1


def test_a_threat_and_a_separate_refusal_stay_apart() -> None:
    # near miss: a refusal beside a threat is still its own row
    text = "The group threatened new attacks but said it would not talk to the government."
    linked = _linked(text, {}, [], {})
    events = extractor().extract(linked)
    assert _of(events, "THREATEN")


def test_opening_the_meeting_sets_the_scene_of_a_statement() -> None:
    text = "Opening the meeting, the foreign minister said the talks would focus on trade."
    linked = _linked(text, {}, [], {})
    events = extractor().extract(linked)
    assert not [
        e for e in events if e.type == "CONSULT" and e.trigger.lower() in ("opening", "meeting")
    ]


def test_opening_a_meeting_as_the_main_act_is_still_a_meeting() -> None:
    # near miss: the opening told as the sentence's own act
    text = "The foreign minister opened the meeting with his Iranian counterpart on Tuesday."
    linked = _linked(text, {}, [], {})
    assert _of(extractor().extract(linked), "CONSULT")


def test_demands_listed_are_a_request() -> None:
    text = "The elders listed four demands: a judicial inquiry and compensation for the families."
    linked = _linked(text, {}, [], {})
    assert _of(extractor().extract(linked), "REQUEST")


def test_projects_listed_are_no_request() -> None:
    # near miss: listing anything but demands asks for nothing
    text = "The ministers listed the projects that had been completed this year."
    linked = _linked(text, {}, [], {})
    assert not _of(extractor().extract(linked), "REQUEST")


def test_members_adopting_a_declaration_agree() -> None:
    text = "The ten members adopted a joint declaration on terrorism on Friday."
    linked = _linked(text, {}, [], {})
    assert _of(extractor().extract(linked), "AGREE")


def test_a_declaration_merely_read_out_is_no_agreement() -> None:
    # near miss: a declaration read or issued by one speaker is not adopted by anyone
    text = "The spokesman read out a declaration on terrorism on Friday."
    linked = _linked(text, {}, [], {})
    assert not _of(extractor().extract(linked), "AGREE")


def test_meeting_a_party_before_speaking_is_still_a_meeting(pipeline) -> None:
    # Review fix: only a meeting noun ("Opening the meeting") sets a statement's scene.
    text = "Meeting the Afghan delegation in Islamabad, Dar said Pakistan wanted peace."
    events = pipeline.analyze(text, published="2026-06-10").events
    assert "CONSULT" in [e.type for e in events]
