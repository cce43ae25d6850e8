"""Proposition grouping, session 16 (catalogue version 25): houses hit by a strike are its
damage, not its dead; India waging a proxy war from Afghan soil is India's backing; a
punishment promised ("will not be spared") asserts the deed it answers. Every sentence here
is invented for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionMatcher,
    is_negated_text,
)

STRIKES = "pakistan-strikes-killed-civilians"
INDIA = "india-backs-militants-in-pakistan"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_25(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 25


def test_damage_words_are_no_civilian_deaths_predicate(matcher):
    pi = matcher._column[STRIKES]
    for content in (
        "the jets had flattened two houses near the market",
        "the shells left the homes in rubble",
        "the drone hit a village on the ridge",
    ):
        assert not matcher._has_keyword(pi, content), content


def test_the_dead_of_a_strike_stay_a_predicate(matcher):
    # near miss: the same damage with its dead named
    pi = matcher._column[STRIKES]
    for content in (
        "the jets had flattened two houses, killing a family of six",
        "residents said the shells killed women and children",
    ):
        assert matcher._has_keyword(pi, content), content


def test_a_damage_only_account_is_about_no_civilian_deaths(matcher):
    sentence = "A farmer in the district said the strike had flattened two houses of his cousins."
    claims = [claim_record("the strike had flattened two houses of his cousins", sentence)]
    matcher.assign(claims)
    assert claims[0].proposition_id != STRIKES


def test_a_strike_that_killed_a_family_is_civilian_deaths(matcher):
    sentence = (
        "A doctor in Paktika said the Pakistani air strike had killed a mother and her four "
        "children."
    )
    claims = [
        claim_record("the Pakistani air strike had killed a mother and her four children", sentence)
    ]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (STRIKES, "for")


def test_an_indian_proxy_war_from_afghan_soil_is_indias_backing(matcher):
    sentence = "The minister said Delhi was waging a proxy war on Pakistan from Afghan soil."
    claims = [claim_record("Delhi was waging a proxy war on Pakistan from Afghan soil", sentence)]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (INDIA, "for")


@pytest.mark.parametrize(
    "text",
    [
        "those who send killers across the border will not be spared",
        "the planners of the attack would not go unpunished",
        "the men behind the bombing shall not escape justice",
    ],
)
def test_a_promised_punishment_is_no_negation(text):
    assert not is_negated_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the negation is the statement itself
        "civilians will not be harmed in the operation",
        "the talks will not be resumed this year",
        "no militant escaped the cordon",
    ],
)
def test_other_future_negations_still_negate(text):
    assert is_negated_text(text)


def test_trainer_defaults_include_fresh15():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    assert '    "fresh15",\n' in script
