"""Proposition grouping, session 13, second pass: what the leave-one-set-out errors say about
the scorer. The confident wrong matches on unseen articles (a state's strikes inside its own
tribal districts as cross-border civilian deaths, pledges about other neighbours as Afghan
soil) are not spread by "document_support": that feature only chooses between propositions,
never between a proposition and "none", so these tests pin the properties that make it so.
What did transfer is a narrower topic: "rights" alone (a rights group's name) no longer
makes a claim about women's rights (catalogue version 20). Every sentence here is invented
for the test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionMatcher,
    document_support,
    softmax,
)

WOMEN = "taliban-restrict-women-rights"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load(model=False)


def test_catalogue_version_is_at_least_20(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 20


def test_a_rights_group_alone_names_no_womens_rights_topic(matcher):
    pi = matcher._column[WOMEN]
    for sentence in (
        "A rights watchdog accused the authorities of detaining former officials.",
        "Human Rights Watch said the detainees were held without charge.",
    ):
        assert not matcher._meets_requirements(pi, sentence), sentence
        # nor does a rights group named in the claim just before
        assert not matcher._meets_requirements(pi, "The group also accused them.", sentence)


def test_rights_still_count_beside_women_or_schools(matcher):
    pi = matcher._column[WOMEN]
    assert matcher._meets_requirements(pi, "The envoy said the rights of women were curtailed.")
    assert matcher._meets_requirements(
        pi, "The group said their rights were denied.", "Girls remain barred from school."
    )


def _probabilities() -> np.ndarray:
    # three claims of one article, two propositions and "none" (the last column)
    return np.array(
        [
            [0.90, 0.05, 0.05],
            [0.10, 0.10, 0.80],
            [0.20, 0.30, 0.50],
        ]
    )


def test_none_gets_the_best_proposition_value_so_support_never_lifts_out_of_none():
    sentences = ["A drone hit a house.", "Residents counted the dead.", "Officials denied it."]
    out = document_support(_probabilities(), sentences, ["d"] * 3, [False] * 3)
    for row in out:
        assert row[-1] == row[:-1].max()
    # a claim's score for "none" rises with its best-supported proposition, so the feature
    # cannot move it from "none" to that proposition however sure the neighbour is
    scores = np.zeros((3, 3))
    weight = 1.5
    lifted = scores + weight * out
    assert np.allclose(lifted[:, 0] - lifted[:, -1], weight * (out[:, 0] - out[:, -1]))
    assert (lifted[:, 0] <= lifted[:, -1]).all()


def test_support_comes_only_from_other_sentences_of_the_same_article():
    probabilities = _probabilities()
    same_sentence = ["One sentence.", "One sentence.", "Another sentence."]
    out = document_support(probabilities, same_sentence, ["d"] * 3, [False] * 3)
    # the first two claims share a sentence: neither lends the other anything
    assert out[0, 0] == probabilities[2, 0]
    assert out[1, 0] == probabilities[2, 0]
    split = document_support(probabilities, ["A.", "B.", "C."], ["d1", "d1", "d2"], [False] * 3)
    # the third claim is alone in its article: no support at all
    assert not split[2].any()


def test_pointers_lend_no_support():
    out = document_support(_probabilities(), ["A.", "B.", "C."], ["d"] * 3, [True, False, False])
    # the sure first claim is a pointer ("rejected the accusation"): it lends nothing
    assert out[1, 0] == _probabilities()[2, 0]


def test_softmax_rows_sum_to_one():
    p = softmax(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
    assert np.allclose(p.sum(axis=1), 1.0)
