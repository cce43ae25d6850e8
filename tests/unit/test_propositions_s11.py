"""Proposition grouping, session 11 (catalogue version 17): the propositions' own learned
priors, per-weight penalties in the scorer's fit, and wordings of the Islamic State's reach
and decline and of Kabul's refusal of responsibility. Every sentence here is invented for the
test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    FEATURES,
    PropositionMatcher,
    PropositionModel,
    fit_conditional_logit,
)
from watchfloor.records import ClaimRecord  # noqa: E402

ISKP = "iskp-threat-growing"
SOIL = "afghan-soil-used-against-pakistan"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _claim(sentence: str, content: str, stance: str = "assert") -> ClaimRecord:
    return claim_record(content, sentence, stance=stance)


def test_catalogue_version_is_at_least_17(matcher):
    # the session-11 entries are in catalogue 17 and every later one
    assert int(matcher.version.split("+")[0]) >= 17


def test_a_heavily_penalised_weight_stays_near_zero():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3, 2))
    y = np.argmax(x[:, :, 0] + x[:, :, 1], axis=1)
    free = fit_conditional_logit(x, y, l2=0.1)
    held = fit_conditional_logit(x, y, l2=np.array([0.1, 1e6]))
    assert abs(free[1]) > 1.0
    assert abs(held[1]) < 1e-2
    # a scalar penalty is the same as that penalty for every weight
    np.testing.assert_allclose(free, fit_conditional_logit(x, y, l2=np.array([0.1, 0.1])))


def test_biases_survive_a_save_and_load(tmp_path):
    model = PropositionModel(weights=np.zeros(len(FEATURES)), biases={SOIL: -0.4, ISKP: 0.25})
    path = tmp_path / "model.json"
    model.save(path)
    assert PropositionModel.load(path).biases == {ISKP: 0.25, SOIL: -0.4}


def test_a_model_file_without_biases_has_none(tmp_path):
    model = PropositionModel(weights=np.zeros(len(FEATURES)))
    path = tmp_path / "model.json"
    model.save(path)
    assert PropositionModel.load(path).biases == {}


def test_bias_vector_is_zero_for_unknown_propositions_and_for_none(matcher):
    vector = matcher.bias_vector({SOIL: 1.5, "a-users-own-proposition": 3.0})
    assert vector.shape == (len(matcher.propositions) + 1,)
    assert vector[matcher.propositions.index(matcher.by_id[SOIL])] == 1.5
    assert vector[-1] == 0.0
    assert np.count_nonzero(vector) == 1


def test_a_large_negative_bias_keeps_a_proposition_from_being_chosen(matcher):
    claim = _claim(
        "A border official said militants use Afghan soil to launch attacks on Pakistan.",
        "militants use Afghan soil to launch attacks on Pakistan",
    )
    from watchfloor.analyze.propositions import claim_vectors

    cv, sv = claim_vectors([claim.content], [claim.sentence])
    assert matcher.decide([claim], cv, sv)[0][0] == SOIL
    assert matcher.decide([claim], cv, sv, biases={SOIL: -100.0})[0][0] != SOIL


@pytest.mark.parametrize(
    ("sentence", "content", "expected"),
    [
        (
            "A regional security chief said the Islamic State group was moving its fighters "
            "towards the borders of the Central Asian republics.",
            "the Islamic State group was moving its fighters towards the borders of the "
            "Central Asian republics",
            (ISKP, "for"),
        ),
        (
            "An interior ministry spokesman said Daesh could now carry out only isolated "
            "attacks on soft targets.",
            "Daesh could now carry out only isolated attacks on soft targets",
            (ISKP, "against"),
        ),
        (
            "The Taliban's deputy spokesman said Kabul could not be held responsible for "
            "the violence inside Pakistan.",
            "Kabul could not be held responsible for the violence inside Pakistan",
            (SOIL, "against"),
        ),
    ],
)
def test_recurring_wordings_of_the_region(matcher, sentence, content, expected):
    claim = _claim(sentence, content)
    matcher.assign([claim])
    assert (claim.proposition_id, claim.polarity) == expected
