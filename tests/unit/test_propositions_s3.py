"""Proposition grouping that generalises: topic vs predicate, and overlapping propositions."""

from __future__ import annotations

import numpy as np
import pytest
from tests.unit._events_util import claim_record

from watchfloor.analyze.propositions import FEATURES, PropositionMatcher
from watchfloor.nlp.embeddings import DIM
from watchfloor.records import ClaimRecord


@pytest.fixture(scope="module")
def matcher():
    return PropositionMatcher.load()


def _claim(content, sentence=None, stance="assert"):
    return claim_record(content, sentence or content, stance=stance)


@pytest.mark.parametrize(
    ("content", "prop"),
    [
        # Non-Pakistani groups: foreign militants, even when "Afghan soil" is said.
        (
            "foreign fighters from Central Asia are present on Afghan soil",
            "foreign-militants-in-afghanistan",
        ),
        # The Taliban's conduct toward Pakistani militants: shelter.
        ("the Taliban give TTP leaders safe haven and protection", "taliban-shelter-ttp"),
        # Afghan territory as the origin of attacks, whichever group is named: Afghan soil.
        (
            "TTP fighters crossed over from Afghanistan to attack the checkpoint",
            "afghan-soil-used-against-pakistan",
        ),
    ],
)
def test_overlapping_propositions_follow_the_predicate(matcher, content, prop):
    claim = _claim(content)
    matcher.assign([claim])
    assert claim.proposition_id == prop


@pytest.mark.parametrize(
    "content",
    [
        # The topic alone (the TTP, refugees) is not the proposition.
        "the TTP has carried out hundreds of attacks in the province this year",
        "aid agencies registered thousands of returnees at the border crossing last week",
    ],
)
def test_topic_without_predicate_is_no_proposition(matcher, content):
    claim = _claim(content)
    matcher.assign([claim])
    assert claim.proposition_id is None


def test_topic_named_only_outside_the_content_is_its_own_feature(matcher):
    pi = next(i for i, p in enumerate(matcher.propositions) if p.id == "iskp-threat-growing")
    col = FEATURES.index("required_cue_outside_content")
    sentence = "Officials said Daesh was weakened but that its recruiters were moving north."
    texts = ["its recruiters were moving north to new districts", sentence]
    x = matcher.features(
        np.zeros((2, DIM), dtype=np.float32),
        np.zeros((2, DIM), dtype=np.float32),
        texts,
        [sentence, sentence],
    )
    assert x[0, pi, col] == 1.0  # topic only beside the content
    assert x[1, pi, col] == 0.0  # the content names it
    assert x[0, pi, FEATURES.index("required_cue_missing")] == 0.0


@pytest.mark.parametrize("stance", ["assert", "deny"])
def test_negated_content_says_no_whatever_its_stance(matcher, stance):
    # "said IS-K had no organised presence" is marked assert by some and deny by others; it
    # contradicts "ISKP is a growing regional threat" either way.
    claim = _claim(
        "the Islamic State Khorasan Province has no organised presence in Afghanistan any more",
        stance=stance,
    )
    matcher.assign([claim])
    assert claim.proposition_id == "iskp-threat-growing"
    assert claim.polarity == "against"


def test_training_script_measures_transfer_between_gold_folders():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "train_propositions.py"
    spec = importlib.util.spec_from_file_location("train_propositions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folds = module.batch_folds(["demo", "demo", "news"])
    assert sorted(folds) == ["demo->news", "news->demo"]
    train, test = folds["demo->news"]
    assert list(train) == [0, 1] and list(test) == [2]
    assert module.batch_folds(["demo", "demo"]) == {}


def test_side_is_a_vote_of_the_closest_sentences(matcher):
    # The closest sentence names ISKP but says it was defeated; the next ones say it plots
    # attacks: the vote, not the single closest sentence, gives the side.
    claim = _claim("ISKP was recruiting fighters in Tajikistan and planning attacks abroad")
    matcher.assign([claim])
    assert claim.proposition_id == "iskp-threat-growing"
    assert claim.polarity == "for"


def test_topic_named_in_the_previous_claim_sentence_counts():
    # "The group said 1,200 people had been detained": the refugees were named one claim
    # earlier in the same article, so the topic is not missing.
    from watchfloor.analyze.propositions import document_contexts

    matcher = PropositionMatcher.load(model=False)
    pi = next(
        i for i, p in enumerate(matcher.propositions) if p.id == "afghan-refugees-forcibly-returned"
    )
    first = "Rights groups said Afghan refugees were being rounded up across Punjab."
    second = "The group said at least 1,200 people had been held in January alone."
    claims = [
        ClaimRecord(first, (0, len(first)), (0, 0), "said", first, (0, len(first))),
        ClaimRecord(second, (100, 170), (0, 0), "said", second, (100, 170)),
    ]
    contexts = document_contexts(claims)
    assert contexts == ["", first]
    col = FEATURES.index("required_cue_missing")
    x = matcher.features(
        np.zeros((1, DIM), dtype=np.float32),
        np.zeros((1, DIM), dtype=np.float32),
        [second],
        [second],
    )
    assert x[0, pi, col] == 1.0
    x = matcher.features(
        np.zeros((1, DIM), dtype=np.float32),
        np.zeros((1, DIM), dtype=np.float32),
        [second],
        [second],
        contexts=[first],
    )
    assert x[0, pi, col] == 0.0


def test_context_does_not_cross_documents():
    from watchfloor.analyze.propositions import document_contexts

    a, b = "Kabul denied hosting the TTP.", "Refugees were deported."
    claims = [
        ClaimRecord(a, (500, 530), (0, 0), "said", a, (500, 530)),
        ClaimRecord(b, (10, 33), (0, 0), "said", b, (10, 33)),  # next document starts
    ]
    assert document_contexts(claims) == ["", ""]


def test_closer_to_a_contrast_sentence_than_to_the_idea_is_penalised(matcher):
    # On the TTP (the topic) but only about an attack it claimed, not about shelter.
    pi = next(i for i, p in enumerate(matcher.propositions) if p.id == "taliban-shelter-ttp")
    assert matcher.propositions[pi].contrasts
    from watchfloor.nlp.embeddings import embed

    texts = [
        "the TTP claimed responsibility for the attack on the checkpoint",
        "the Taliban give refuge to TTP fighters and their leaders",
    ]
    vectors = embed(texts)
    x = matcher.features(vectors, vectors, texts, texts)
    col = FEATURES.index("content_closer_to_contrast")
    assert x[0, pi, col] > 0.0
    assert x[1, pi, col] == 0.0
    assert matcher.model is not None and matcher.model.weights[col] < 0
