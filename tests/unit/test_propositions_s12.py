"""Proposition grouping, session 12 (catalogue version 18): a pointer claim after a statement
of its own sentence ("…, a charge the Taliban denied") answers that statement and takes its
proposition — none when that statement is about none; a military's account of strikes on
militant camps across the border is Afghan soil used, its dead counted or not; and the scorer
is trained on every batch's dev half. Every sentence here is invented for the test."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import MODEL_PATH, PropositionMatcher  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
WOMEN = "taliban-restrict-women-rights"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _claim(sentence: str, content: str, stance: str = "assert") -> ClaimRecord:
    return claim_record(content, sentence, stance=stance)


def test_appended_pointer_after_a_statement_about_none_is_about_none(matcher):
    sentence = (
        "The group accused the Taliban of seizing the farmers' land in two northern "
        "districts, a charge the Taliban denied."
    )
    claims = [
        _claim(sentence, "the Taliban of seizing the farmers' land in two northern districts"),
        _claim(sentence, "a charge", stance="deny"),
    ]
    # the pointer's own (embedding) decision would put it under some proposition
    decided = matcher.resolve_pointers(claims, [(None, None), (WOMEN, "against")])
    assert decided[1] == (None, None)


def test_appended_pointer_takes_the_proposition_of_its_own_sentence(matcher):
    sentence = (
        "Islamabad said gunmen slip across the frontier to strike its posts, an accusation "
        "Kabul has rejected."
    )
    claims = [
        _claim(sentence, "gunmen slip across the frontier to strike its posts"),
        _claim(sentence, "an accusation", stance="deny"),
    ]
    decided = matcher.resolve_pointers(claims, [(SOIL, "for"), (WOMEN, "for")])
    assert decided[1] == (SOIL, "against")


def test_pointer_without_a_statement_before_it_in_its_sentence_still_looks_back(matcher):
    first = "Islamabad said gunmen slip across the frontier to strike its posts."
    second = "Kabul rejected the accusation."
    claims = [
        _claim(first, "gunmen slip across the frontier to strike its posts"),
        _claim(second, "the accusation", stance="deny"),
    ]
    claims[1].sentence_span = (len(first) + 1, len(first) + 1 + len(second))
    decided = matcher.resolve_pointers(claims, [(SOIL, "for"), (None, None)])
    assert decided[1] == (SOIL, "against")


def test_assign_keeps_an_appended_pointer_with_its_statement(matcher):
    sentence = (
        "The group accused the Taliban of seizing the farmers' land in two northern "
        "districts, a charge the Taliban denied."
    )
    claims = [
        _claim(sentence, "the Taliban of seizing the farmers' land in two northern districts"),
        _claim(sentence, "a charge", stance="deny"),
    ]
    matcher.assign(claims)
    assert claims[1].proposition_id == claims[0].proposition_id


def test_model_is_trained_on_the_newest_dev_halves():
    trained_on = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    for batch in ("fresh9", "fresh10", "fresh11"):
        assert batch in trained_on.split(" ")[0].split("+")


def test_catalogue_version_is_at_least_18(matcher):
    assert int(matcher.version.split("+")[0]) >= 18


def test_strikes_on_camps_across_the_border_are_afghan_soil_used(matcher):
    sentence = (
        "A military spokesman said the jets had struck militant camps across the border, "
        "killing more than 20 terrorists."
    )
    claim = _claim(
        sentence,
        "the jets had struck militant camps across the border, killing more than 20 terrorists",
    )
    matcher.assign([claim])
    assert claim.proposition_id == SOIL
    assert claim.polarity == "for"


def test_a_threat_to_answer_aggression_from_across_the_border_is_about_none(matcher):
    sentence = (
        "The interior minister warned that any aggression from across the frontier would be "
        "answered with full force."
    )
    claim = _claim(
        sentence, "any aggression from across the frontier would be answered with full force"
    )
    matcher.assign([claim])
    assert claim.proposition_id is None
