"""Proposition grouping, round 6: pointers that only label an account, negations inside a
condition, side votes led by the closest sentence, `none` sentences that count for "about
none of them", the topic named earlier in the article, and contents cut off before their
point. Every sentence here is invented for the test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    FEATURES,
    Proposition,
    PropositionMatcher,
    document_contexts,
    is_negated_text,
)
from watchfloor.records import ClaimRecord  # noqa: E402

_NOUNS = ["claim", "claims", "report", "reports", "account", "accounts", "speech", "assessment"]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _claim(
    content: str, sentence: str | None = None, stance: str = "assert", start: int = 0
) -> ClaimRecord:
    """A "said" claim; without a sentence, the content is its own sentence."""
    return claim_record(content, sentence or content, start, stance)


# ---------------------------------------------------------------- pointers


@pytest.mark.parametrize(
    "content",
    [
        'it as "a fairy tale"',  # "dismissed it as ..."
        'them "cheap slander"',  # "calling them ..."
        "the accounts",  # plural of a listed noun
        'the interior minister\'s speech as "noise for the voters"',  # two modifiers
        "the assessment in an interview on Sunday night",  # where and when, no content
    ],
)
def test_contents_that_only_label_an_account_are_pointers(content):
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert matcher.is_pointer(content)


@pytest.mark.parametrize(
    "content",
    [
        'it "proves what our engineers have warned about for a decade"',  # a statement
        "the reports of foreign gunmen in the northern hills last spring",  # its own content
        "them to leave the district before the harvest",
    ],
)
def test_statements_after_a_pronoun_or_noun_are_not_pointers(content):
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert not matcher.is_pointer(content)


def test_packaged_pointer_nouns_include_plurals_and_speeches(matcher):
    assert matcher.is_pointer("the accounts")
    assert matcher.is_pointer('the governor\'s speech as "a stunt"')


# ---------------------------------------------------------------- negation


@pytest.mark.parametrize(
    "text",
    [
        "a truce is worthless if Kabul cannot rein in the gunmen sheltering on its land",
        "the clinics were warned they would be shut if they did not dismiss the nurses",
        "two activists were taken by the police and have not been heard from since",
        "the students were detained and have never been seen again",
    ],
)
def test_negation_inside_a_condition_or_a_disappearance_does_not_negate(text):
    assert not is_negated_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "no armed group operates from our land, even if others say so",
        "Kabul will not act unless it receives proof",
        "the refugees are not being expelled",
    ],
)
def test_main_clause_negation_still_negates(text):
    assert is_negated_text(text)


# ---------------------------------------------------------------- the scorer


def test_model_has_the_document_topic_feature(matcher):
    assert matcher.model is not None
    assert "required_cue_earlier_in_document" in FEATURES
    assert matcher.model.weights.shape == (len(FEATURES),)
    # Naming the topic earlier in the article softens the missing-topic penalty only.
    w = dict(zip(FEATURES, matcher.model.weights, strict=True))
    assert w["required_cue_missing"] < 0 < w["required_cue_earlier_in_document"]
    assert w["required_cue_missing"] + w["required_cue_earlier_in_document"] < 0


def test_document_contexts_limit():
    claims = [
        _claim("one thing happened", "A said one thing happened.", start=0),
        _claim("another followed", "B said another followed.", start=40),
        _claim("a third came", "C said a third came.", start=80),
    ]
    assert document_contexts(claims)[2] == "B said another followed."
    assert document_contexts(claims, limit=None)[2] == (
        "A said one thing happened. B said another followed."
    )
    assert document_contexts(claims, limit=0) == ["", "", ""]


def test_topic_named_earlier_in_the_article_sets_its_feature(matcher):
    strikes = [p.id for p in matcher.propositions].index("pakistan-strikes-killed-civilians")
    col = FEATURES.index("required_cue_earlier_in_document")
    from watchfloor.analyze.propositions import claim_vectors

    sentences = [
        "Residents said the drone strike hit a house near the market.",
        "Officials said the road would reopen next week.",
        "Relatives said the dead included a shopkeeper and his sons.",
    ]
    contents = [
        "the drone strike hit a house near the market",
        "the road would reopen next week",
        "the dead included a shopkeeper and his sons",
    ]
    cv, sv = claim_vectors(contents, sentences)
    x = matcher.features(
        cv,
        sv,
        contents,
        sentences,
        contexts=["", sentences[0], sentences[1]],
        histories=["", sentences[0], " ".join(sentences[:2])],
        contents=contents,
    )
    # third claim: its own sentence and the one before name no strike, the article did
    assert x[2, strikes, FEATURES.index("required_cue_missing")] == 1.0
    assert x[2, strikes, col] == 1.0
    # without any history the feature stays off
    x = matcher.features(cv, sv, contents, sentences, contexts=["", "", ""], contents=contents)
    assert not x[:, :, col].any()


def test_none_sentences_count_for_the_none_option():
    p = Proposition(
        id="kabul-hosts-bandits",
        text="Kabul shelters the bandits",
        paraphrases_for=["The bandits live under Kabul's protection"],
        keywords=["shelter", "protection"],
        contrasts=["Pakistan vowed to chase the bandits wherever they go"],
    )
    matcher = PropositionMatcher([p])
    from watchfloor.analyze.propositions import claim_vectors

    near = "Pakistan vowed to chase the bandits wherever they go next"
    far = "the harvest in the eastern valleys was good this year"
    cv, sv = claim_vectors([near, far], [near, far])
    x = matcher.features(cv, sv, [near, far], [near, far])
    none_col = FEATURES.index("none_content_vs_examples")
    assert x[0, 1, none_col] > 0.9
    assert x[0, 1, none_col] > x[1, 1, none_col]


def test_side_follows_the_closest_sentence():
    """One sentence that says the same thing outweighs two that share only the topic."""
    p = Proposition(
        id="cartel-growing",
        text="The cartel is a growing threat",
        paraphrases_for=["The drug cartel is growing", "The drug cartel keeps on growing"],
        paraphrases_against=["The cartel has been crushed by police"],
        keywords=["grow"],
    )
    matcher = PropositionMatcher([p], threshold=-1.0)
    claim = _claim("the drug cartel had been crushed")
    from watchfloor.analyze.propositions import claim_vectors

    cv, sv = claim_vectors([claim.content], [claim.sentence])
    [(pid, side)] = matcher.decide([claim], cv, sv)
    assert (pid, side) == ("cartel-growing", "against")


# ---------------------------------------------------------------- truncated contents


def test_truncated_content_stands_for_its_sentence():
    sentence = "We signed the accord in good faith, but it is void if Kabul harbours the gunmen."
    assert PropositionMatcher.text_of("We signed the accord in good faith, but", sentence) == (
        sentence
    )
    full = "it is void if Kabul harbours the gunmen on its soil"
    assert PropositionMatcher.text_of(full, sentence) == full


# ---------------------------------------------------------------- end to end, own wording


def _assign(matcher: PropositionMatcher, claims: list[ClaimRecord]) -> list[tuple]:
    matcher.assign(claims)
    return [(c.proposition_id, c.polarity) for c in claims]


def test_pointer_after_a_statement_takes_its_proposition(matcher):
    first = _claim(
        "Afghan soil is being used to plan the bombings in Peshawar",
        "The minister said Afghan soil is being used to plan the bombings in Peshawar.",
        start=0,
    )
    second = _claim(
        'it as "a fairy tale"',
        'The Taliban spokesman dismissed it as "a fairy tale".',
        stance="deny",
        start=100,
    )
    [(p1, s1), (p2, s2)] = _assign(matcher, [first, second])
    assert p1 == "afghan-soil-used-against-pakistan" and s1 == "for"
    assert (p2, s2) == ("afghan-soil-used-against-pakistan", "against")


@pytest.mark.parametrize(
    "content,sentence,decision",
    [
        pytest.param(
            "Afghan families were rounded up by police and thrown out of the flats they rented",
            "A refugee advocate said Afghan families were rounded up by police and thrown out "
            "of the flats they rented.",
            ("afghan-refugees-forcibly-returned", "for"),
            id="forced_removal_wording_is_about_forced_returns",
        ),
        pytest.param(
            "talks are pointless if Kabul cannot stop militants using its territory against us",
            "The minister said talks are pointless if Kabul cannot stop militants using its "
            "territory against us.",
            ("afghan-soil-used-against-pakistan", "for"),
            id="condition_clause_keeps_the_claim_on_its_side",
        ),
        pytest.param(
            "the Islamic State had been crushed in the eastern provinces",
            "The Taliban's spokesman said the Islamic State had been crushed in the eastern "
            "provinces.",
            ("iskp-threat-growing", "against"),
            id="decline_wording_is_against_a_growing_threat",
        ),
        pytest.param(
            "Pakistan would answer any aggression from across its western border with full force",
            "The army said Pakistan would answer any aggression from across its western border "
            "with full force.",
            (None, None),
            id="retaliation_threat_is_about_none",
        ),
    ],
)
def test_one_claim_in_own_wording_is_decided(matcher, content, sentence, decision):
    assert _assign(matcher, [_claim(content, sentence)]) == [decision]


def test_every_feature_is_finite(matcher):
    from watchfloor.analyze.propositions import claim_vectors

    texts = ["the TTP leadership lives in Kunar", "the weather was fine"]
    cv, sv = claim_vectors(texts, texts)
    x = matcher.features(cv, sv, texts, texts)
    assert np.isfinite(x).all()
