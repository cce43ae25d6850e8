"""Proposition grouping that generalises: topic vs predicate, and overlapping propositions."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import FEATURES, PropositionMatcher  # noqa: E402
from watchfloor.nlp.embeddings import DIM  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402


@pytest.fixture(scope="module")
def matcher():
    return PropositionMatcher.load()


def _claim(content, sentence=None, stance="assert"):
    sentence = sentence or content
    start = sentence.find(content)
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(0, len(sentence)),
        span=(0, 0),
        cue="said",
        content=content,
        content_span=(start, start + len(content)),
        stance=stance,
    )


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
