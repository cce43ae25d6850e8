"""Proposition grouping, session 18 round 2 (catalogue version 29): a soil assurance aimed only
at another state is not the Afghan-soil proposition (guide §15), while one that includes "any
other country" still is; the TTP leadership operating freely from Afghan territory is its shelter
(§9). Every sentence here is invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import document_claims as _claims  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
SHELTER = "taliban-shelter-ttp"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _one(matcher, content, sentence, stance="assert"):
    claims = _claims((content, sentence, stance))
    matcher.assign(claims)
    return claims[0].proposition_id, claims[0].polarity


def test_soil_assurance_aimed_at_another_state_only_is_not_afghan_soil(matcher):
    sentence = (
        "The Taliban's deputy foreign minister told reporters in Ashgabat that Afghan soil "
        "would not be used against Turkmenistan."
    )
    pid, _ = _one(matcher, "Afghan soil would not be used against Turkmenistan", sentence, "deny")
    assert pid != SOIL


def test_soil_assurance_with_any_other_country_is_afghan_soil(matcher):
    sentence = (
        "The Taliban's deputy foreign minister told reporters in Ashgabat that Afghan soil "
        "would not be used against Turkmenistan or any other country."
    )
    content = "Afghan soil would not be used against Turkmenistan or any other country"
    assert _one(matcher, content, sentence, "deny") == (SOIL, "against")


def test_aims_elsewhere_rule(matcher):
    soil = matcher.by_id[SOIL]
    assert soil.aims_elsewhere("no one would be allowed to threaten China from Afghan territory")
    assert not soil.aims_elsewhere("no one may use Afghan soil against China or any neighbour")
    assert not soil.aims_elsewhere("militants use Afghan soil against Pakistan and Iran")
    # Other propositions have no target list.
    assert not matcher.by_id[SHELTER].aims_elsewhere("threaten China")


def test_ttp_leadership_operating_freely_from_afghan_territory_is_shelter(matcher):
    sentence = (
        "The foreign office said the TTP leadership was operating freely from Afghan territory."
    )
    content = "the TTP leadership was operating freely from Afghan territory"
    assert _one(matcher, content, sentence) == (SHELTER, "for")


def test_militants_launching_attacks_from_afghan_soil_stay_afghan_soil(matcher):
    sentence = (
        "The army spokesman said the militants had launched the raid on the border post from "
        "Afghan soil."
    )
    content = "the militants had launched the raid on the border post from Afghan soil"
    assert _one(matcher, content, sentence) == (SOIL, "for")


FOREIGN = "foreign-militants-in-afghanistan"
_DISMISS = (
    "A Taliban spokesman told reporters that no foreign militant group was present in "
    "Afghanistan and described the findings as hostile propaganda."
)
_REJECT = (
    "Pakistan's foreign office said no foreign militant group was present in Afghanistan, "
    "a claim the Taliban's spokesman rejected."
)


def _speaking(matcher, items):
    from watchfloor.records import ActorRef

    claims = _claims(*[(c, s, st) for c, s, st, _ in items])
    for claim, (*_, who) in zip(claims, items, strict=True):
        claim.speaker = ActorRef(id=who, name=None, text=who)
    matcher.assign(claims)
    return [(c.proposition_id, c.polarity) for c in claims]


def test_speaker_dismissing_the_account_they_just_contradicted_keeps_their_side(matcher):
    out = _speaking(
        matcher,
        [
            ("no foreign militant group was present in Afghanistan", _DISMISS, "deny", "tb"),
            ("the findings as hostile propaganda", _DISMISS, "deny", "tb"),
        ],
    )
    assert out[0][0] == FOREIGN
    assert out[1] == out[0]


def test_another_party_rejecting_the_statement_turns_its_side_round(matcher):
    out = _speaking(
        matcher,
        [
            ("no foreign militant group was present in Afghanistan", _REJECT, "deny", "pak"),
            ("a claim", _REJECT, "deny", "tb"),
        ],
    )
    assert out[0][0] == FOREIGN
    assert out[1] == (FOREIGN, "for" if out[0][1] == "against" else "against")
