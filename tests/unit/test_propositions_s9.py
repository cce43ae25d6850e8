"""Proposition grouping, round 9: pointers answered in the next sentence or answering an
account about none of the propositions, a side vote that compares negated with negated
wording, and predicates read off newer wording (capability kept or broken, blame without
proof, women shut out, whose intelligence service). Every sentence here is invented for the
test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import document_claims as _claims  # noqa: E402
from tests.unit._events_util import proposition_column as _column  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


# ---------------------------------------------------------------- pointers

INDIA = "afghan-soil-used-against-pakistan", "india-backs-militants-in-pakistan"


def test_pointer_takes_the_topic_its_sentence_names_from_the_next_sentence(matcher):
    soil, india = INDIA
    first = "The senator accused New Delhi of arming the gunmen through Afghan camps."
    second = "The Taliban also rejected the senator's charge."
    third = '"Our land is used against no one," the Taliban spokesman wrote.'
    claims = _claims(
        ("New Delhi of arming the gunmen through Afghan camps", first, "assert"),
        ("the senator's charge", second, "deny"),
        ("Our land is used against no one", third, "deny"),
    )
    decisions = [(india, "for"), (None, None), (soil, "against")]
    assert matcher.resolve_pointers(claims, decisions)[1] == (soil, "against")


def test_pointer_answering_an_account_about_none_stays_unassigned(matcher):
    soil = INDIA[0]
    first = "The envoy said Afghan gunmen crossed the border to attack the garrison."
    second = "An exile group said the new highway would carry troops to the northern valleys."
    third = "The ministry's spokesman dismissed the statement."
    claims = _claims(
        ("Afghan gunmen crossed the border to attack the garrison", first, "assert"),
        ("the new highway would carry troops to the northern valleys", second, "assert"),
        ("the statement", third, "deny"),
    )
    decisions = [(soil, "for"), (None, None), (None, None)]
    assert matcher.resolve_pointers(claims, decisions)[2] == (None, None)


def test_pointer_after_a_matched_account_still_takes_it(matcher):
    soil = INDIA[0]
    first = "The envoy said Afghan gunmen crossed the border to attack the garrison."
    second = "A Taliban spokesman dismissed the statement."
    claims = _claims(
        ("Afghan gunmen crossed the border to attack the garrison", first, "assert"),
        ("the statement", second, "deny"),
    )
    decisions = [(soil, "for"), (None, None)]
    assert matcher.resolve_pointers(claims, decisions)[1] == (soil, "against")


# ---------------------------------------------------------------- the side vote


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            "the Islamic State no longer has any presence in the eastern provinces",
            "A Taliban spokesman said the Islamic State no longer has any presence in the eastern "
            "provinces.",
        ),
        (
            "the Khorasan branch had been broken and wiped out",
            "The governor said the Khorasan branch had been broken and wiped out.",
        ),
    ],
)
def test_negated_or_defeat_wording_is_against_iskp_growth(matcher, content, sentence):
    claims = _claims((content, sentence, "assert"))
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == ("iskp-threat-growing", "against")


# ---------------------------------------------------------------- predicates


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        ("iskp-threat-growing", "the bombing proved Daesh remained able to hit at will"),
        ("iskp-threat-growing", "the cells had been broken"),
        ("afghan-soil-used-against-pakistan", "Islamabad blames Kabul for each bombing"),
        ("afghan-soil-used-against-pakistan", "they accuse Kabul without any proof"),
        ("taliban-restrict-women-rights", "a government that locked girls out of lecture halls"),
        ("taliban-restrict-women-rights", "women were shut out of ministries"),
        ("taliban-contacts-with-cia", "Taliban envoys met US intelligence officers"),
    ],
)
def test_new_predicates_are_found(matcher, pid, text):
    assert matcher._has_keyword(_column(matcher, pid), text)


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        # the Taliban's own intelligence service holding someone is no contact with the CIA
        (
            "taliban-contacts-with-cia",
            "the reporter may be held by the Taliban's intelligence agency",
        ),
        # a detention site is a place, not a channel
        ("taliban-contacts-with-cia", "records on detainees who passed through Bagram"),
    ],
)
def test_words_that_state_no_cia_contact(matcher, pid, text):
    assert not matcher._has_keyword(_column(matcher, pid), text)


def test_own_intelligence_agency_holding_an_american_is_about_none(matcher):
    sentence = (
        "US officials believe a missing American aid worker may be held by the Taliban's "
        "intelligence agency."
    )
    claims = _claims(
        (
            "a missing American aid worker may be held by the Taliban's intelligence agency",
            sentence,
            "assert",
        )
    )
    matcher.assign(claims)
    assert claims[0].proposition_id is None
