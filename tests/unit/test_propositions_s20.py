"""Proposition grouping, session 20 (catalogue version 33): the wordings catalogue versions 31
and 32 added from one batch (fresh18) are withdrawn, because scored end to end on dev halves
left out of training they grouped the next, unread batch worse. Each test pairs a withdrawn
wording with an older one of the same kind that stays. Every sentence here is invented for
the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
INDIA = "india-backs-militants-in-pakistan"
ISKP = "iskp-threat-growing"
FOREIGN = "foreign-militants-in-afghanistan"
CONTROL = "taliban-in-firm-control"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_33(matcher):
    assert int(matcher.version.split("+")[0]) >= 33


def test_still_having_fighters_is_no_iskp_predicate(matcher):
    column = matcher._column[ISKP]
    assert not matcher._has_keyword(column, "the group still has a few men in the east")


def test_iskp_still_able_to_strike_stays_a_predicate(matcher):
    # near miss: the older wording of its reach is kept
    column = matcher._column[ISKP]
    assert matcher._has_keyword(column, "the group is still able to strike in the capital")


def test_foreign_or_local_groups_are_no_foreign_militant_topic(matcher):
    pi = matcher._column[FOREIGN]
    assert not matcher._meets_requirements(pi, "no camp of any foreign or local group is here")


def test_foreign_fighters_stay_a_foreign_militant_topic(matcher):
    # near miss: the older topic words are kept
    pi = matcher._column[FOREIGN]
    assert matcher._meets_requirements(pi, "foreign fighters share the valley with the locals")


def test_controllers_across_the_border_are_no_soil_predicate(matcher):
    column = matcher._column[SOIL]
    assert not matcher._has_keyword(column, "the gunmen spoke to controllers in another town")


def test_handlers_in_afghanistan_stay_a_soil_predicate(matcher):
    # near miss: the older wording of the same charge is kept
    column = matcher._column[SOIL]
    assert matcher._has_keyword(column, "the gunmen spoke to handlers in Kunar during the raid")


def test_thousands_of_fighters_is_no_control_predicate(matcher):
    column = matcher._column[CONTROL]
    assert not matcher._has_keyword(column, "the front says it has thousands of fighters")


def test_full_control_stays_a_control_predicate(matcher):
    # near miss
    column = matcher._column[CONTROL]
    assert matcher._has_keyword(column, "the movement is in full control of the valley")
