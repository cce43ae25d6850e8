"""Proposition grouping, session 18 (catalogue version 28): harm "from our soil" to any
neighbour denied and the TTP "a matter inside Pakistan" are Afghan-soil retorts, a promise
naming only China is not; no militants present where strikes hit denies the TTP's shelter;
ISKP rebuilding after losing ground, or moving toward the north, is its growth. Every
sentence here is invented for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import assigned  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
SHELTER = "taliban-shelter-ttp"
ISKP = "iskp-threat-growing"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_28(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 28


def test_harm_to_any_neighbour_from_our_soil_is_afghan_soils_denial(matcher):
    pi = matcher._column[SOIL]
    content = 'they would "not let anyone hurt Uzbekistan or any other neighbour from our soil"'
    assert matcher._has_keyword(pi, content)
    sentence = f"The Taliban's interior ministry said {content}."
    assert assigned(matcher, content, sentence) == (SOIL, "against")


def test_a_threat_to_china_alone_is_not_afghan_soil(matcher):
    # near miss (guide §10): only another country is named, so Pakistan is not covered
    content = "no group would be allowed to threaten China from Afghan territory"
    sentence = f"The Taliban have repeatedly assured Beijing that {content}."
    assert assigned(matcher, content, sentence)[0] != SOIL


def test_the_ttp_a_matter_inside_pakistan_is_afghan_soils_denial(matcher):
    pi = matcher._column[SOIL]
    content = 'the TTP was "a matter inside Pakistan" for Islamabad to settle'
    assert matcher._has_keyword(pi, content)
    sentence = f"The Afghan foreign minister said {content}."
    assert assigned(matcher, content, sentence) == (SOIL, "against")


def test_ttp_leaders_inside_pakistan_stay_the_shelter_denial(matcher):
    # near miss: where the TTP's leaders are is the shelter question (§9), not a retort
    content = "the TTP leadership was based inside Pakistan, not in Afghanistan"
    sentence = f"The Taliban spokesman said {content}."
    assert assigned(matcher, content, sentence) == (SHELTER, "against")


def test_no_militants_present_where_strikes_hit_denies_shelter(matcher):
    pi = matcher._column[SHELTER]
    content = "there were no Pakistani fighters in the bombed villages, only shepherds"
    assert matcher._has_keyword(pi, content)
    sentence = f"A Taliban district official said {content}."
    assert assigned(matcher, content, sentence) == (SHELTER, "against")


def test_militants_killed_in_a_raid_are_no_shelter_predicate(matcher):
    # near miss: the TTP's own dead say nothing of where it is sheltered
    content = "security forces killed seven TTP militants in a raid near Bannu"
    sentence = f"The army said {content}."
    assert assigned(matcher, content, sentence)[0] != SHELTER


def test_iskp_rebuilding_after_losing_ground_is_its_growth(matcher):
    pi = matcher._column[ISKP]
    content = "IS-K was trying to rebuild its cells in Balochistan after losing ground in Kunar"
    assert matcher._has_keyword(pi, content)
    sentence = f"A UN monitoring report said {content}."
    assert assigned(matcher, content, sentence) == (ISKP, "for")


def test_a_rebuilt_bridge_is_no_iskp_claim(matcher):
    # near miss: the predicate without the Islamic State as topic
    content = "the bridge over the Kabul river would be rebuilt by spring"
    sentence = f"The governor said {content}."
    assert assigned(matcher, content, sentence)[0] != ISKP


def test_trainer_defaults_include_fresh17():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    assert '    "fresh17",\n' in script
