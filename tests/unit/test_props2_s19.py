"""Proposition grouping, session 19 round 2 (catalogue version 32): a pointer labelled by its
speaker's dismissal of motive ("an attempt to shift the blame") denies; a pointer right after
an account about none of the propositions does not reach past it to an older claim whose topic
only its speaker's title names; financing is India's backing only when what is financed is
armed; "foreign or local groups" names foreign militants. Every sentence here is invented for
the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import document_claims as _claims  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
INDIA = "india-backs-militants-in-pakistan"
CONTROL = "taliban-in-firm-control"
FOREIGN = "foreign-militants-in-afghanistan"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_32(matcher):
    assert int(matcher.version.split("+")[0]) >= 32


# ---------------------------------------------------------------- pointer labels


def test_pointer_labelled_as_shifting_blame_denies(matcher):
    first = "The governor said the bombers were paid and armed by New Delhi."
    second = (
        "New Delhi rejected the charge, with its envoy describing it as "
        '"yet another effort to shift the blame for a security collapse onto others".'
    )
    claims = _claims(
        ("the bombers were paid and armed by New Delhi", first, "assert"),
        (
            'it as "yet another effort to shift the blame for a security collapse onto others"',
            second,
            "assert",
        ),
    )
    decisions = [(INDIA, "for"), (None, None)]
    assert matcher.resolve_pointers(claims, decisions)[1] == (INDIA, "against")


def test_pointer_labelled_as_fair_keeps_its_side(matcher):
    # near miss: a label with no dismissal in it is no denial
    first = "The governor said the bombers were paid and armed by New Delhi."
    second = 'An analyst described it as "a serious charge that deserves an inquiry".'
    claims = _claims(
        ("the bombers were paid and armed by New Delhi", first, "assert"),
        ('it as "a serious charge that deserves an inquiry"', second, "assert"),
    )
    decisions = [(INDIA, "for"), (None, None)]
    assert matcher.resolve_pointers(claims, decisions)[1] == (INDIA, "for")


# ---------------------------------------------------------------- pointer reach


def test_pointer_right_after_an_account_about_none_does_not_reach_back(matcher):
    first = "The exiled commander said his men held three valleys and had no shortage of recruits."
    second = "A watchdog said in a report that forty farmers had been held without trial."
    third = "The Taliban's provincial spokesman rejected the report."
    claims = _claims(
        ("his men held three valleys and had no shortage of recruits", first, "assert"),
        ("forty farmers had been held without trial", second, "assert"),
        ("the report", third, "deny"),
    )
    decisions = [(CONTROL, "against"), (None, None), (None, None)]
    assert matcher.resolve_pointers(claims, decisions)[2] == (None, None)


def test_pointer_right_after_a_matched_account_still_takes_it(matcher):
    # near miss: the account just given is about a proposition
    first = "A watchdog said in a report that forty farmers had been held without trial."
    second = "The exiled commander said his men held three valleys and had no shortage of recruits."
    third = "The Taliban's provincial spokesman rejected the claim."
    claims = _claims(
        ("forty farmers had been held without trial", first, "assert"),
        ("his men held three valleys and had no shortage of recruits", second, "assert"),
        ("the claim", third, "deny"),
    )
    decisions = [(None, None), (CONTROL, "against"), (None, None)]
    # s21: rejecting an account that is against the proposition argues for it (the pointer
    # takes the side opposite the account it answers)
    assert matcher.resolve_pointers(claims, decisions)[2] == (CONTROL, "for")


# ---------------------------------------------------------------- financing


def test_financing_armed_groups_is_an_india_keyword(matcher):
    column = matcher._column[INDIA]
    assert matcher._has_keyword(column, "Delhi has been financing terror cells in the province")
    assert matcher._has_keyword(column, "the rebels get financial support from India")
    assert matcher._has_keyword(column, "Delhi stands accused of financing and arming the rebels")


# ---------------------------------------------------------------- foreign groups


def test_foreign_investors_are_no_militant_topic(matcher):
    # near miss: "foreign" alone names no armed group
    pi = matcher._column[FOREIGN]
    assert not matcher._meets_requirements(pi, "foreign investors are returning to the valley")
