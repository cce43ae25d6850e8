"""Proposition grouping, round 8: newer topics in the catalogue (bans on women's work,
projects' security and sanctions waivers as topics of no proposition), a speaker's own name
for an account as a pointer, a pointer that names another topic's account, and topic words
that name refugees rather than militants. Every sentence here is invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402
from tests.unit._events_util import proposition_column as _column  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402

_NOUNS = ["allegation", "allegations", "claim", "claims", "statement", "accusations"]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _claim(
    content: str, sentence: str | None = None, stance: str = "assert", start: int = 0
) -> ClaimRecord:
    return claim_record(content, sentence or content, start, stance)


# ---------------------------------------------------------------- pointers


@pytest.mark.parametrize(
    "content",
    [
        'what he called "baseless allegations"',
        'what the ministry termed "the usual accusations"',
        "what she described as malicious claims",
    ],
)
def test_speakers_own_name_for_an_account_is_a_pointer(content):
    assert PropositionMatcher([], anaphora_nouns=_NOUNS).is_pointer(content)


def test_speakers_label_that_states_something_is_not_a_pointer():
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert not matcher.is_pointer('what he called "a plan to starve the northern valleys"')


def test_pointer_naming_another_topics_account_is_not_resolved_to_the_last_claim(matcher):
    first = "The envoy said fighters of al-Qaeda keep a camp in the eastern hills."
    second = "Provincial police said the raid was a feud over land and rejected the Daesh claim."
    claims = [
        _claim("fighters of al-Qaeda keep a camp in the eastern hills", first),
        _claim("the Daesh claim", second, stance="deny", start=len(first) + 1),
    ]
    pid = "foreign-militants-in-afghanistan"
    resolved = matcher.resolve_pointers(claims, [(pid, "for"), (None, None)])
    assert resolved[1] == (None, None)


def test_pointer_without_a_topic_of_its_own_still_takes_the_last_claim(matcher):
    first = "The envoy said fighters of al-Qaeda keep a camp in the eastern hills."
    second = "The Taliban spokesman rejected the claim."
    claims = [
        _claim("fighters of al-Qaeda keep a camp in the eastern hills", first),
        _claim("the claim", second, stance="deny", start=len(first) + 1),
    ]
    pid = "foreign-militants-in-afghanistan"
    resolved = matcher.resolve_pointers(claims, [(pid, "for"), (None, None)])
    assert resolved[1] == (pid, "against")


def test_labelled_pointer_takes_the_proposition_of_the_accusation(matcher):
    first = "The governor said the bombers had come across the frontier from Afghan bases."
    second = 'The Taliban spokesman rejected what he called "cheap allegations".'
    claims = [
        _claim("the bombers had come across the frontier from Afghan bases", first),
        _claim('what he called "cheap allegations"', second, stance="deny", start=len(first) + 1),
    ]
    pid = "afghan-soil-used-against-pakistan"
    resolved = matcher.resolve_pointers(claims, [(pid, "for"), (None, None)])
    assert resolved[1] == (pid, "against")


# ---------------------------------------------------------------- predicates and topics


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        ("taliban-restrict-women-rights", "female teachers were told to go home"),
        ("taliban-restrict-women-rights", "the agencies must dismiss their women employees"),
        ("taliban-restrict-women-rights", "the edict would leave mothers without care"),
        ("taliban-restrict-women-rights", "the council continues to bar women from lecture halls"),
        (
            "afghan-soil-used-against-pakistan",
            "Kabul keeps allowing the gunmen to use its territory",
        ),
        ("afghan-soil-used-against-pakistan", "the bombers were armed and sent by men in Kunar"),
        ("india-backs-militants-in-pakistan", "New Delhi of planning the ambush"),
    ],
)
def test_new_predicates_are_found(matcher, pid, text):
    assert matcher._has_keyword(_column(matcher, pid), text)


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        # using a committee, an office or a law is no use of territory
        ("afghan-soil-used-against-pakistan", "Washington of using the council to punish Afghans"),
        # "fired" is a shot as often as a dismissal
        ("taliban-restrict-women-rights", "guards fired on the women's march"),
        # refugees handed over are not militants present
        ("foreign-militants-in-afghanistan", "them of handing Uyghur exiles to Chinese police"),
    ],
)
def test_words_that_state_no_predicate(matcher, pid, text):
    assert not matcher._has_keyword(_column(matcher, pid), text)


def test_uyghur_refugees_alone_are_not_the_foreign_militants_topic(matcher):
    pi = _column(matcher, "foreign-militants-in-afghanistan")
    assert not matcher._meets_requirements(pi, "The exiles said Uyghur refugees were handed over.")
    assert matcher._meets_requirements(pi, "He said no Uyghur fighters live in the north.")
    # a weak word counts beside a plain one of its group
    assert matcher._meets_requirements(pi, "ETIM recruits among Uyghur exiles, they said.")


# ---------------------------------------------------------------- end to end, own wording


@pytest.mark.parametrize(
    ("content", "sentence", "decision"),
    [
        pytest.param(
            "women nurses at the provincial hospital had been ordered to stay at home",
            "Two doctors said women nurses at the provincial hospital had been ordered to stay at "
            "home.",
            ("taliban-restrict-women-rights", "for"),
            id="work_ban_on_female_staff",
        ),
        pytest.param(
            "Beijing expects Kabul to guarantee the safety of its engineers at the mine",
            "The spokeswoman said Beijing expects Kabul to guarantee the safety of its engineers "
            "at the mine.",
            (None, None),
            id="project_security_is_about_none",
        ),
    ],
)
def test_one_claim_in_own_wording_is_decided(matcher, content, sentence, decision):
    claims = [_claim(content, sentence)]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == decision
