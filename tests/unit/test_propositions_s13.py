"""Proposition grouping, session 13 (catalogue version 19): "the Afghan side" of a border
clash (fire from it, shells landing on it) and "trained in" somewhere other than Afghanistan
are no Afghan-soil predicate; the scorer is trained on all fourteen batches' dev halves; and
the trainer can fit one model without cross-validation (for the leave-one-set-out scores).
Every sentence here is invented for the test."""

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


def test_catalogue_version_is_at_least_19(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 19


def test_model_is_trained_on_every_dev_half():
    trained_on = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    batches = trained_on.split(" ")[0].split("+")
    for batch in ("demo", "news", "fresh", "fresh9", "fresh10", "fresh11", "fresh12"):
        assert batch in batches


def test_a_border_clash_on_the_afghan_side_names_no_afghan_soil_predicate(matcher):
    pi = matcher._column[SOIL]
    for content in (
        "shells fired by Pakistani troops landed on a market on the Afghan side",
        "its soldiers had only returned fire from the Afghan side",
        "the Afghan side of provoking the clash at the crossing",
    ):
        assert not matcher._has_keyword(pi, content), content


def test_trained_in_is_a_predicate_only_for_afghanistan(matcher):
    pi = matcher._column[SOIL]
    assert matcher._has_keyword(pi, "the gunmen had been trained in Afghanistan's Kunar province")
    # the accusation turned round: the place named is Pakistan
    assert not matcher._has_keyword(pi, "the gunmen had been trained in Pakistan")


def test_mortar_fire_on_the_afghan_side_is_not_afghan_soil_used(matcher):
    sentence = (
        "A Taliban border commander said Pakistani shells had struck a warehouse on the Afghan "
        "side of the crossing, wounding a guard."
    )
    claims = [
        _claim(
            sentence, "Pakistani shells had struck a warehouse on the Afghan side of the crossing"
        )
    ]
    matcher.assign(claims)
    assert claims[0].proposition_id != SOIL


def test_militants_crossing_from_afghanistan_is_still_afghan_soil_used(matcher):
    sentence = (
        "The army said the attackers had crossed from Afghanistan the night before and "
        "returned there after the raid."
    )
    claims = [_claim(sentence, "the attackers had crossed from Afghanistan the night before")]
    matcher.assign(claims)
    assert (claims[0].proposition_id, claims[0].polarity) == (SOIL, "for")


def test_trainer_defaults_to_every_batch_and_can_fit_one_model():
    script = (ROOT / "scripts" / "train_propositions.py").read_text("utf-8")
    assert '    "fresh12",\n' in script
    assert '"--fit-only"' in script
