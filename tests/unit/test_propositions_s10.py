"""Proposition grouping, session 10 (catalogue version 16): what an article's other claims
say of a claim ("document_support"), and wordings of the Islamic State threat and of women
locked in their homes that unseen articles use. Every sentence here is invented for the
test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import document_claims as _claims  # noqa: E402
from tests.unit._events_util import proposition_column as _column  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    FEATURES,
    PropositionMatcher,
    document_numbers,
    document_support,
    softmax,
)

ISKP = "iskp-threat-growing"
WOMEN = "taliban-restrict-women-rights"
SOIL = "afghan-soil-used-against-pakistan"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_16_or_later(matcher):
    # later sessions bump the version (17: session 11)
    assert int(matcher.version.split("+")[0]) >= 16


def test_support_comes_from_other_sentences_of_the_same_article():
    # options: two propositions, then "none"
    probabilities = np.array(
        [
            [0.9, 0.0, 0.1],  # article a, sentence 1
            [0.2, 0.5, 0.3],  # article a, sentence 1 (same sentence: lends nothing to 0)
            [0.1, 0.1, 0.8],  # article a, sentence 2
            [0.0, 0.95, 0.05],  # article b
        ]
    )
    support = document_support(
        probabilities, ["s1", "s1", "s2", "s3"], ["a", "a", "a", "b"], [False] * 4
    )
    # "none" gets the best proposition's value: the feature only chooses between them.
    np.testing.assert_allclose(support[0], [0.1, 0.1, 0.1])
    np.testing.assert_allclose(support[2], [0.9, 0.5, 0.9])
    # The other article's confident claim does not reach it, and nothing reaches it.
    np.testing.assert_allclose(support[3], [0.0, 0.0, 0.0])


def test_pointers_lend_no_support():
    probabilities = np.array([[0.9, 0.05, 0.05], [0.1, 0.1, 0.8]])
    support = document_support(probabilities, ["s1", "s2"], ["a", "a"], [True, False])
    np.testing.assert_allclose(support[1], [0.0, 0.0, 0.0])
    np.testing.assert_allclose(support[0], [0.1, 0.1, 0.1])


def test_document_numbers_restart_when_offsets_go_back():
    first = _claims(("x said one", "One.", "assert"), ("y said two", "Two.", "assert"))
    second = _claims(("z said three", "Three.", "assert"))
    assert document_numbers([*first, *second]) == ["0", "0", "1"]


def test_softmax_rows_are_probabilities():
    p = softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 0.0]]))
    np.testing.assert_allclose(p.sum(axis=1), [1.0, 1.0])
    assert p[1, 0] == pytest.approx(0.5)


def test_a_lone_claim_is_scored_as_before(matcher):
    """Without other claims nothing is added to any option."""
    claims = _claims(
        (
            "TTP fighters crossed over from Afghanistan to attack the post",
            "Officials said TTP fighters crossed over from Afghanistan to attack the post.",
            "assert",
        )
    )
    matcher.assign(claims)
    assert claims[0].proposition_id == SOIL


def test_packaged_model_uses_the_article(matcher):
    assert matcher.model is not None
    weights = dict(zip(FEATURES, matcher.model.weights, strict=True))
    assert weights["document_support"] > 0


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        (ISKP, "officials said the Islamic State was gaining ground in the east"),
        (ISKP, "its fighters were pushing towards the northern neighbours"),
        (ISKP, "the group was the main threat to the region"),
        (ISKP, "the plot was hatched on the orders of a recruiter abroad"),
        (WOMEN, "the rulers have confined women to their homes"),
    ],
)
def test_new_predicates_are_found(matcher, pid, text):
    assert matcher._has_keyword(_column(matcher, pid), text)


def test_gaining_ground_is_the_iskp_threat(matcher):
    sentence = "The minister rejected suggestions that the Islamic State was gaining ground."
    claims = _claims(("suggestions that the Islamic State was gaining ground", sentence, "deny"))
    matcher.assign(claims)
    assert claims[0].proposition_id == ISKP


def test_an_article_about_the_islamic_state_keeps_its_cells_there(matcher):
    """Cells "run by commanders in Afghanistan", alone, state nothing the scorer
    recognises; in an account of Islamic State recruiting they are that group's reach, and
    the article's other claims say so."""
    claims = _claims(
        (
            "the Islamic State was recruiting hundreds of young men in the province",
            "A police chief said the Islamic State was recruiting hundreds of young men in the "
            "province.",
            "assert",
        ),
        (
            "the group was a growing threat to the whole region",
            "He added that the group was a growing threat to the whole region.",
            "assert",
        ),
        (
            "the group's new cells were run by commanders in Afghanistan",
            "Investigators said the group's new cells were run by commanders in Afghanistan.",
            "assert",
        ),
    )
    matcher.assign(claims)
    assert [c.proposition_id for c in claims] == [ISKP, ISKP, ISKP]
