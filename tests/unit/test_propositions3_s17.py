"""Proposition grouping, session 17 (catalogue version 27): an ISKP strength count ("fighters
in", "fighters included") and its reach ("could still", "strike anywhere") are predicates of
`iskp-threat-growing`; "abroad" alone is a place, not a predicate. Every sentence here is
invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

ISKP = "iskp-threat-growing"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _index(matcher: PropositionMatcher, pid: str) -> int:
    return [p.id for p in matcher.propositions].index(pid)


def test_catalogue_version_is_at_least_27(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 27


@pytest.mark.parametrize(
    "content",
    [
        "the militia had roughly 1,500 fighters in the eastern provinces",
        "its fighters included nationals of several neighbouring states",
        "the bombing showed the group could still reach heavily guarded compounds",
        "they can strike anywhere in the country",
    ],
)
def test_strength_and_reach_are_iskp_predicates(matcher, content):
    assert matcher._has_keyword(_index(matcher, ISKP), content), content


@pytest.mark.parametrize(
    "content",
    [
        # near misses: a single fighter's deed, and a place named with no predicate
        "one of its fighters had detonated the device",
        "the attack had been prepared in hideouts abroad",
        "the video had been recorded abroad",
    ],
)
def test_a_fighters_deed_and_a_bare_abroad_are_no_iskp_predicate(matcher, content):
    assert not matcher._has_keyword(_index(matcher, ISKP), content), content


def test_plots_and_recruits_abroad_keep_their_predicate(matcher):
    pi = _index(matcher, ISKP)
    assert matcher._has_keyword(pi, "the cell was plotting attacks abroad")
    assert matcher._has_keyword(pi, "the network was recruiting migrant workers abroad")
