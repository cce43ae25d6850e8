"""Proposition grouping, session 9 round 2 (catalogue version 15): Afghan soil used against a
country other than Pakistan is not the Afghan-soil proposition (an Islamic State cell trained
in Afghan camps and sent home to Central Asia is the ISKP threat), Kabul's retorts that it is
"not responsible for Pakistan's security" or "no threat to its neighbours", foreign groups
that "use Afghan territory", and predicates read off newer wording. Every sentence here is
invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import document_claims as _claims  # noqa: E402
from tests.unit._events_util import proposition_column as _column  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
ISKP = "iskp-threat-growing"
FOREIGN = "foreign-militants-in-afghanistan"
SHELTER = "taliban-shelter-ttp"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        (SOIL, "Kabul was not responsible for Pakistan's law and order"),
        (SOIL, "the militancy is a Pakistani problem through and through"),
        (SOIL, "the emirate poses no threat to its neighbours"),
        (ISKP, "the cell took its orders from Islamic State handlers"),
        (ISKP, "the recruits were sent back to bomb their own cities"),
        (SHELTER, "Kabul treats the fighters as honoured guests"),
    ],
)
def test_new_predicates_are_found(matcher, pid, text):
    assert matcher._has_keyword(_column(matcher, pid), text)


def test_not_responsible_for_pakistans_security_is_against_afghan_soil(matcher):
    sentence = (
        "A deputy Taliban spokesman said on Sunday that Afghanistan was not responsible for "
        "the security of Pakistan."
    )
    claims = _claims(
        ("Afghanistan was not responsible for the security of Pakistan", sentence, "deny")
    )
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (SOIL, "against")


def test_iskp_cell_trained_in_afghanistan_against_central_asia_is_the_iskp_threat(matcher):
    sentence = (
        "Kyrgyz investigators said the cell's organiser had trained for months at a camp in "
        "northern Afghanistan and came home with instructions from Islamic State handlers."
    )
    claims = _claims(
        (
            "the cell's organiser had trained for months at a camp in northern Afghanistan and "
            "came home with instructions from Islamic State handlers",
            sentence,
            "assert",
        )
    )
    matcher.assign(claims)
    assert claims[0].proposition_id == ISKP


def test_foreign_groups_using_afghan_territory_are_foreign_militants(matcher):
    sentence = (
        "The summit's final statement said al-Qaeda and Uzbek militant groups still use "
        "Afghan territory to train."
    )
    claims = _claims(
        (
            "al-Qaeda and Uzbek militant groups still use Afghan territory to train",
            sentence,
            "assert",
        )
    )
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (FOREIGN, "for")
