"""Proposition grouping, session 19 (catalogue version 31): wordings that carry to new text —
contact with controllers across the border, fighters and weapons moving across it, fighters
trained there taking part in attacks; India "bankrolling" militants; militant commanders moving
their families; an ISKP that "still has" fighters; an armed opposition that claims thousands
of fighters. Every sentence here is invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import assigned  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
SHELTER = "taliban-shelter-ttp"
ISKP = "iskp-threat-growing"
INDIA = "india-backs-militants-in-pakistan"
CONTROL = "taliban-in-firm-control"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_31(matcher):
    assert int(matcher.version.split("+")[0]) >= 31


def test_a_phone_call_to_a_relative_is_not_afghan_soil(matcher):
    # near miss: contact across the border with no attack is no use of the soil
    content = "the refugees had phoned their relatives in Afghanistan to announce the wedding"
    sentence = f"A camp elder said {content}."
    assert assigned(matcher, content, sentence)[0] != SOIL


def test_india_bankrolling_militants_is_indias_backing(matcher):
    content = 'India was "bankrolling" the separatist fighters in Balochistan'
    sentence = f"The Pakistani interior minister said {content}."
    assert assigned(matcher, content, sentence) == (INDIA, "for")


def test_bankrolling_without_india_is_not_indias_backing(matcher):
    # near miss: "bankroll" is a predicate; with no India named there is no topic
    content = "Gulf investors were bankrolling the new motorway to the port"
    sentence = f"The planning minister said {content}."
    assert assigned(matcher, content, sentence)[0] != INDIA


def test_iskp_claiming_a_bombing_is_not_its_growth(matcher):
    # near miss: a claim of responsibility states no strength or reach
    content = "the Islamic State had claimed the bombing in a statement on Telegram"
    sentence = f"Officials said {content}."
    assert assigned(matcher, content, sentence)[0] != ISKP
