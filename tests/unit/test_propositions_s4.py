"""Proposition grouping, round 4: pointers that find the claim they name, 'anything but'."""

from __future__ import annotations

import numpy as np
import pytest
from tests.unit._events_util import claim_record

from watchfloor.analyze.propositions import (
    FEATURES,
    Exemplar,
    Proposition,
    PropositionMatcher,
    PropositionModel,
    is_negated_text,
)
from watchfloor.nlp.embeddings import DIM

_NOUNS = ["accusation", "accusations", "claim", "report"]


def _two_topics() -> PropositionMatcher:
    return PropositionMatcher(
        [
            Proposition(id="soil", text="Afghan soil is used", requires=[["afghan", "kabul"]]),
            Proposition(id="india", text="India backs militants", requires=[["india"]]),
        ],
        anaphora_nouns=_NOUNS,
    )


def test_anything_but_negates() -> None:
    assert is_negated_text('many of the returns were "anything but voluntary"')
    assert not is_negated_text("the returns were voluntary")


def test_indefinite_comparative_and_judged_pointers() -> None:
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert matcher.is_pointer("a claim")
    assert matcher.is_pointer("similar accusations in the past as baseless")
    assert matcher.is_pointer("the report as one-sided")
    assert not matcher.is_pointer("a claim that militants cross the border every night to attack")


def test_pointer_takes_the_claim_its_own_sentence_states() -> None:
    matcher = _two_topics()
    earlier = claim_record("India funds the attackers", "He said India funds the attackers.")
    sentence = "Kabul rejected the accusation, saying no one may use Afghan soil."
    pointer = claim_record("the accusation", sentence, start=50, stance="deny")
    stated = claim_record("no one may use Afghan soil", sentence, start=50)
    resolved = matcher.resolve_pointers(
        [earlier, pointer, stated], [("india", "for"), (None, None), ("soil", "against")]
    )
    assert resolved[1] == ("soil", "against")


def test_pointer_prefers_the_topic_its_sentence_names() -> None:
    matcher = _two_topics()
    claims = [
        claim_record("India funds the attackers", "He said India funds the attackers."),
        claim_record(
            "attacks come from Afghan soil", "Officials said attacks come from Afghan soil.", 40
        ),
        claim_record("Kabul is not to blame", "Kabul said Kabul is not to blame.", 90),
        claim_record(
            "similar accusations in the past as baseless",
            "India has rejected similar accusations in the past as baseless.",
            130,
            stance="deny",
        ),
    ]
    decisions: list[tuple[str | None, str | None]] = [
        ("india", "for"),
        ("soil", "for"),
        ("soil", "against"),
        (None, None),
    ]
    # The India claim is three claim sentences back: beyond the plain pointer window, but
    # the pointer's sentence names its topic.
    assert matcher.resolve_pointers(claims, decisions)[-1] == ("india", "against")


def test_pointer_examples_do_not_vote_on_a_side() -> None:
    matcher = PropositionMatcher(
        [Proposition(id="soil", text="Afghan soil is used to attack Pakistan")],
        anaphora_nouns=_NOUNS,
    )
    exemplars = [
        Exemplar(
            "the accusations as baseless",
            "Kabul dismissed the accusations as baseless.",
            "soil",
            "against",
            "deny",
        ),
        Exemplar(
            "militants cross from Afghanistan",
            "He said militants cross from Afghanistan.",
            "soil",
            "for",
            "assert",
        ),
    ]
    matcher.model = PropositionModel(weights=np.zeros(len(FEATURES)), exemplars=exemplars)
    vectors = np.eye(2, DIM, dtype=np.float32)
    matcher.model.content_vectors = matcher.model.sentence_vectors = vectors
    sims, rows, _ = matcher.side_rows(vectors[:1])
    own_sentences = 1  # the proposition's text; it has no paraphrases
    assert sims.shape == (1, own_sentences + 1)
    assert rows[-1] == (0, "for", False)


@pytest.mark.parametrize(
    ("content", "negated"),
    [
        ("it categorically rejects the claim that TTP fighters were based in Afghanistan", True),
        ("Pakistan has rejected Kabul's claims that it shelled villages", True),
        ('it "categorically rejects" the claim that TTP fighters were based there', True),
        ("the ministry denied reports that militants had crossed the border", True),
        ("TTP fighters were based in Afghanistan", False),
        ("the ministry rejected the claim", False),  # a pointer: its side is its stance
        ("the denial came after reports that militants crossed", False),
    ],
)
def test_content_rejecting_an_account_counts_as_a_denial(content, negated):
    from watchfloor.analyze.propositions import is_negated_text

    assert is_negated_text(content) is negated
