"""Proposition grouping, session 14 (catalogue version 21): "Afghan-based" handlers and
militants trying to cross or using a crossing to enter are Afghan-soil predicates, a
neighbour's security "a matter for" that neighbour is the denial; a state's pledge about its
own soil is about none; the scorer is trained on all fifteen batches' dev halves (fresh13
added). Every sentence here is invented for the test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import MODEL_PATH, PropositionMatcher  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _claim(sentence: str, content: str, stance: str = "assert") -> ClaimRecord:
    return claim_record(content, sentence, stance=stance)


def test_catalogue_version_is_at_least_21(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 21


def test_model_is_trained_on_fresh13_too():
    trained_on = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    batches = trained_on.split(" ")[0].split("+")
    assert {"demo", "news", "fresh12", "fresh13"} <= set(batches)


def test_trainer_defaults_include_fresh13():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    # later sessions append newer batches after it
    assert '    "fresh13",\n' in script


def test_afghan_based_handlers_and_crossing_attempts_are_soil_predicates(matcher):
    pi = matcher._column[SOIL]
    for content in (
        "Afghan-based handlers",
        "dozens of militants had been killed trying to cross in the northern sector",
        "militants use the crossing to enter the province",
        "the security of Pakistan was a matter for Pakistan",
    ):
        assert matcher._has_keyword(pi, content), content


def test_blaming_afghan_based_handlers_is_afghan_soil_used(matcher):
    sentence = (
        'The interior minister blamed "Afghan-based handlers" for the bombing of the court '
        "on Monday."
    )
    claims = [_claim(sentence, "Afghan-based handlers directed the bomber")]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (SOIL, "for")


def test_a_states_pledge_about_its_own_soil_is_not_afghan_soil(matcher):
    sentence = (
        "The foreign ministry spokeswoman said Pakistan did not permit its own soil to be used "
        "against any of its neighbours."
    )
    claims = [
        _claim(
            sentence,
            "Pakistan did not permit its own soil to be used against any of its neighbours",
        )
    ]
    matcher.assign(claims)
    assert claims[0].proposition_id != SOIL
