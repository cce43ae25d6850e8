"""Proposition grouping, session 17 (catalogue version 26): a motive imputed to a deed ("to
hide its own security failures") is no retort about blame; where Pakistani fighters moved
is where the TTP is; attackers "equipped in Afghanistan" came from Afghan soil. Every
sentence here is invented for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionMatcher,
    _keyword_text,
)

SOIL = "afghan-soil-used-against-pakistan"
SHELTER = "taliban-shelter-ttp"
FOREIGN = "foreign-militants-in-afghanistan"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_26(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 26


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad of bombing border towns to hide its own security failures",
        "the army was trying to cover up its failures by shelling farms",
        "the government shelled the valley in order to conceal its internal failures",
    ],
)
def test_failures_hidden_by_a_deed_are_no_predicate(matcher, text):
    pi = matcher._column[SOIL]
    assert "failure" not in _keyword_text(text)
    assert not matcher._has_keyword(pi, _keyword_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the retort about blame keeps its predicate
        "Pakistan should stop blaming Kabul for its own security failures",
        "Islamabad must address its own internal failures",
        "these charges are meant to divert attention from Pakistan's own failures",
    ],
)
def test_failures_blamed_on_neighbours_stay_a_predicate(text):
    assert _keyword_text(text) == text


def test_a_motive_imputed_to_shelling_is_about_no_proposition(matcher):
    sentence = (
        "The Taliban spokesman accused Islamabad of bombing border towns to hide its own "
        "security failures."
    )
    claims = [
        claim_record(
            "Islamabad of bombing border towns to hide its own security failures", sentence
        )
    ]
    matcher.assign(claims)
    assert claims[0].proposition_id != SOIL


def test_a_retort_about_blamed_failures_is_afghan_soils_denial(matcher):
    # near miss: the same failures, blamed on the neighbours
    sentence = (
        "The Taliban spokesman said Pakistan should stop blaming its neighbours for its own "
        "security failures."
    )
    claims = [
        claim_record(
            "Pakistan should stop blaming its neighbours for its own security failures", sentence
        )
    ]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (SOIL, "against")


def test_pakistani_fighters_moved_closer_is_where_the_ttp_is(matcher):
    pi = matcher._column[SHELTER]
    content = "hundreds of Pakistani fighters had moved closer to the frontier"
    assert matcher._has_keyword(pi, content)
    assert matcher._meets_requirements(pi, f"An official said {content}.")


def test_foreign_fighters_moved_closer_are_no_ttp_topic(matcher):
    # near miss: the same move by a foreign group names no Pakistani militants
    pi = matcher._column[SHELTER]
    sentence = "An official said hundreds of Uzbek fighters had moved closer to the frontier."
    assert not matcher._meets_requirements(pi, sentence)
    assert matcher._meets_requirements(matcher._column[FOREIGN], sentence)


def test_attackers_equipped_in_afghanistan_came_from_afghan_soil(matcher):
    pi = matcher._column[SOIL]
    assert matcher._has_keyword(pi, 'the gunmen had been "armed and equipped in Afghanistan"')


def test_equipped_elsewhere_is_no_afghan_soil_predicate(matcher):
    # near miss: equipment bought at home says nothing of where the attackers came from
    pi = matcher._column[SOIL]
    assert not matcher._has_keyword(pi, "the gunmen had been equipped in Peshawar")


def test_trainer_defaults_include_fresh16():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    assert '    "fresh16",\n' in script
