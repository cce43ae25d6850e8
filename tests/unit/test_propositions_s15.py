"""Proposition grouping, session 15 (catalogue version 23): the border a threatened strike
would cross is no Afghan-soil predicate; an armed opposition written off is the Taliban's
control; people taken from home or from detention to the border are forcibly returned. Every
sentence here is invented for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionMatcher,
    _without_struck_place,
)

SOIL = "afghan-soil-used-against-pakistan"
CONTROL = "taliban-in-firm-control"
RETURNED = "afghan-refugees-forcibly-returned"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_23(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 23


def test_a_threatened_strikes_border_is_no_afghan_soil_predicate(matcher):
    pi = matcher._column[SOIL]
    for text in (
        "the army would strike the hideouts wherever they are, including across the border",
        "Islamabad would not hesitate to act against the camps across the border",
        "the country will hit the camps across the border if raids go on",
    ):
        stripped = _without_struck_place(text)
        assert matcher._has_keyword(pi, text), text
        assert not matcher._has_keyword(pi, stripped), stripped


def test_the_origin_of_attacks_stays_a_predicate_in_a_threat(matcher):
    pi = matcher._column[SOIL]
    for text in (
        # where the attackers come from, not where the strike lands
        "the army would strike terrorists coming from across the border",
        "Islamabad will act if militants keep operating from Afghan soil",
    ):
        assert matcher._has_keyword(pi, _without_struck_place(text)), text


def test_no_threat_leaves_the_border_alone():
    # a report of fighters crossing, not a threatened strike
    for text in (
        "fighters slipped across the border at night",
        "the militants would cross the border every spring",
    ):
        assert _without_struck_place(text) == text


def test_control_keywords_name_an_opposition_written_off(matcher):
    pi = matcher._column[CONTROL]
    for content in (
        "the rebels were a spent force",
        "the armed groups remained a nuisance and no more",
        "the government was in full control of the north",
    ):
        assert matcher._has_keyword(pi, content), content
    # a handful of fugitives is the Islamic State's decline, not the opposition's
    assert not matcher._has_keyword(pi, "the group was reduced to a handful of fugitives")
    assert not matcher._has_keyword(pi, "the fighters found safe haven in the hills")


def test_an_opposition_written_off_is_the_taliban_control(matcher):
    sentence = "A European envoy in Kabul said the armed opposition was now a spent force."
    claims = [claim_record("the armed opposition was now a spent force", sentence)]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (CONTROL, "for")


def test_a_deportation_raid_is_forced_return(matcher):
    pi = matcher._column[RETURNED]
    assert matcher._has_keyword(pi, "police had taken the men from their homes before dawn")
    # being taken somewhere is no removal
    assert not matcher._has_keyword(pi, "the wounded were taken to hospital in Peshawar")


def test_trainer_defaults_include_fresh14():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    assert '    "fresh14",\n' in script


@pytest.mark.parametrize(
    "text",
    [
        # the border is named before the threat verb: where the militants are, not a target
        "Militants hiding across the border had attacked the post, and he warned that it "
        "would hit back.",
        "Militants who fled across the border would attack again.",
        # a border in another sentence than the threat
        "He said Pakistan would act. Fighters sheltering across the border were to blame.",
        # "from" with any spacing before it is where attacks come from
        "The army would strike any attackers coming from  across the border.",
    ],
)
def test_a_border_outside_the_threats_own_clause_is_kept(text):
    assert _without_struck_place(text) == text
