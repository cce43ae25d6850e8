"""Proposition assignment and side (for/against), on single claims."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionFileError,
    PropositionMatcher,
    agglomerate,
)
from watchfloor.records import ClaimRecord  # noqa: E402


@pytest.fixture(scope="module")
def matcher():
    return PropositionMatcher.load()


def _claim(content, cue="said", stance="assert"):
    return ClaimRecord(
        sentence=content,
        sentence_span=(0, 0),
        span=(0, 0),
        cue=cue,
        content=content,
        content_span=(0, 0),
        stance=stance,
    )


@pytest.mark.parametrize(
    ("content", "cue", "stance", "prop", "polarity"),
    [
        (
            "no group is allowed to use Afghan soil against neighbours",
            "said",
            "deny",
            "afghan-soil-used-against-pakistan",
            "against",
        ),
        (
            "Afghan soil was being used against Pakistan",
            "denied",
            "deny",
            "afghan-soil-used-against-pakistan",
            "against",
        ),
        (
            "attacks on Pakistan are planned and launched from Afghan territory",
            "reiterated",
            "assert",
            "afghan-soil-used-against-pakistan",
            "for",
        ),
        (
            # Annotation guide §9 and the gold: a denial that the attacks come from Afghan
            # soil, not a statement about sheltering the TTP.
            "the TTP is Pakistan's internal problem",
            "said",
            "assert",
            "afghan-soil-used-against-pakistan",
            "against",
        ),
        (
            "girls are barred from secondary schools",
            "said",
            "assert",
            "taliban-restrict-women-rights",
            "for",
        ),
    ],
)
def test_assign(matcher, content, cue, stance, prop, polarity):
    claim = _claim(content, cue, stance)
    matcher.assign([claim])
    assert claim.proposition_id == prop
    assert claim.polarity == polarity


def test_unrelated_claim_gets_none(matcher):
    claim = _claim("wheat prices would fall next month in the capital's markets")
    matcher.assign([claim])
    assert claim.proposition_id is None and claim.polarity is None


def test_user_file_and_validation(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("propositions:\n  - id: 'x y'\n    text: t\n")
    with pytest.raises(PropositionFileError, match="slug"):
        PropositionMatcher.load(bad)
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "version: 7\npropositions:\n  - id: dam-dispute\n    text: The Kunar dam threatens water supply downstream\n"
    )
    monkeypatch.setenv("WATCHFLOOR_PROPOSITIONS", str(extra))
    m = PropositionMatcher.load()
    assert "dam-dispute" in m.by_id and "+user7" in m.version
    # The learned scorer is shared by all propositions, so a user's own one is still found.
    claim = _claim("the new Kunar dam will cut the water supply of farmers downstream")
    m.assign([claim])
    assert claim.proposition_id == "dam-dispute"


def test_model_file_round_trip_and_version(matcher, tmp_path):
    import numpy as np

    from watchfloor.analyze.propositions import FEATURES, PropositionModel

    assert matcher.model is not None and "+model" in matcher.version
    assert matcher.model.weights.shape == (len(FEATURES),)
    path = tmp_path / "model.json"
    matcher.model.save(path)
    again = PropositionModel.load(path)
    assert np.allclose(again.weights, matcher.model.weights, atol=1e-5)
    assert np.allclose(again.content_vectors, matcher.model.content_vectors, atol=1e-3)
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": "x", "features": ["a"], "weights": [1], "exemplars": []}')
    with pytest.raises(PropositionFileError, match="features"):
        PropositionModel.load(broken)


def test_fit_conditional_logit_separates_options():
    import numpy as np

    from watchfloor.analyze.propositions import fit_conditional_logit

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3, 2))
    y = np.argmax(x[:, :, 0] * 2.0 - x[:, :, 1], axis=1)
    w = fit_conditional_logit(x, y, l2=0.01)
    assert w[0] > 0 > w[1]
    assert (np.argmax(x @ w, axis=1) == y).mean() > 0.95


def test_batch_pointer_does_not_cross_documents(matcher):
    first = _claim("India is financing and arming Baloch separatists to destabilise Pakistan")
    first.sentence_span = (500, 600)
    second = _claim("the accusation", cue="rejected", stance="deny")
    second.sentence_span = (10, 40)  # a new document of the same batch starts
    matcher.assign([first, second])
    assert second.proposition_id != first.proposition_id or second.proposition_id is None


def test_propose_new_clusters(matcher):
    items = [
        ("a", "the dam on the Kunar river will cut water to Pakistan"),
        ("b", "a Kunar river dam threatens Pakistan's water supply"),
        ("c", "wheat prices rose sharply in Kabul"),
    ]
    groups = matcher.propose_new(items)
    assert groups == [["a", "b"]]


def test_pointer_content_takes_the_earlier_proposition(matcher):
    first = _claim("India is financing and arming Baloch separatists to destabilise Pakistan")
    second = _claim("the accusation", cue="rejected", stance="deny")
    matcher.assign([first, second])
    assert first.proposition_id == "india-backs-militants-in-pakistan"
    assert first.polarity == "for"
    assert second.proposition_id == first.proposition_id
    assert second.polarity == "against"


def test_propose_new_on_extracted_claims(matcher, pipeline):
    from watchfloor.extract.claims import ClaimExtractor

    text = (
        "Officials in Kabul said the new dam on the Kunar river will reduce water flows to Pakistan. "
        "Pakistan's water ministry said the Kunar dam would reduce water supply downstream. "
        "Traders said wheat prices rose sharply in Kabul markets."
    )
    # The rules' candidates: which of them the learned filter keeps in a three-sentence
    # text is beside the point here. ("will cut water flows" would read as the sourcing of an
    # announced cut since claims 0.10.0, which is also beside the point.)
    linked = pipeline.linker.link(pipeline.nlp(text))
    claims = ClaimExtractor(claim_filter=False).extract(linked)
    pipeline.proposition_matcher.assign(claims)
    assert len(claims) >= 3
    items = [(str(i), c.content) for i, c in enumerate(claims) if c.proposition_id is None]
    groups = matcher.propose_new(items)
    assert groups and len(groups[0]) == 2


def test_agglomerate_respects_forbidden_pairs():
    import numpy as np

    sim = np.array([[1.0, 0.9], [0.9, 1.0]])
    assert agglomerate(None, 0.3, similarity=sim) == [[0, 1]]
    sim[0, 1] = sim[1, 0] = -np.inf
    assert agglomerate(None, 0.3, similarity=sim) == [[0], [1]]


def test_claim_vectors_pool_the_content_inside_its_sentence():
    import numpy as np

    from watchfloor.analyze.propositions import claim_vectors
    from watchfloor.nlp.embeddings import embed

    sentence = "A border official said the refugees had been forced onto lorries at night."
    content = "the refugees had been forced onto lorries at night"
    short = "forced onto lorries"
    cv, sv = claim_vectors([content, short, "not a part of it at all"], [sentence] * 3)
    assert np.allclose(sv[0], embed([sentence])[0], atol=1e-4)
    # One pass over the sentence, yet the content vector is the content's, not the sentence's.
    alone = embed([content])[0]
    assert float(cv[0] @ alone) > 0.8 and not np.allclose(cv[0], sv[0], atol=1e-3)
    # A content too short to say much stands for its sentence; one that is not a part of the
    # sentence (an annotator's wording) is embedded on its own.
    assert np.allclose(cv[1], sv[1])
    assert np.allclose(cv[2], embed(["not a part of it at all"])[0], atol=1e-4)


def test_embed_with_spans_matches_embed_and_falls_back():
    import numpy as np

    from watchfloor.nlp.embeddings import embed, embed_with_spans

    texts = ["Kabul said the talks would resume in Doha next week.", "Short text."]
    whole, parts = embed_with_spans(texts, [[(5, 9), (100, 120)], []])
    assert np.allclose(whole, embed(texts), atol=1e-4)
    assert parts[0].shape == (2, whole.shape[1]) and parts[1].shape == (0, whole.shape[1])
    assert np.isclose(np.linalg.norm(parts[0][0]), 1.0, atol=1e-4)
    assert np.allclose(parts[0][1], whole[0])  # a span past the end: the whole text
    with pytest.raises(ValueError):
        embed_with_spans(texts, [[]])


@pytest.mark.parametrize(
    ("content", "prop"),
    [
        # Propositions with few or no labelled examples are found through their wording.
        (
            "thousands of Afghan families were expelled and pushed across the border",
            "afghan-refugees-forcibly-returned",
        ),
        ("the CIA chief had met senior Taliban officials in Kabul", "taliban-contacts-with-cia"),
        (
            "the Taliban are losing their grip on the northern provinces to armed resistance",
            "taliban-in-firm-control",
        ),
        # A single clash only implies the proposition: no proposition (annotation guide §6).
        ("resistance fighters had overrun several Taliban checkposts in the north", None),
    ],
)
def test_propositions_without_many_examples(matcher, content, prop):
    claim = _claim(content)
    matcher.assign([claim])
    assert claim.proposition_id == prop


@pytest.mark.parametrize(
    ("content", "pointer"),
    [
        ("this", True),
        ("all of this", True),
        ("that assessment", True),
        ("the findings", True),
        ("this week's fighting was heavy", False),
    ],
)
def test_bare_pronoun_and_assessment_are_pointers(matcher, content, pointer):
    assert matcher.is_anaphoric(_claim(content, cue="denied", stance="deny")) is pointer


def test_pronoun_denial_takes_the_earlier_proposition(matcher):
    first = _claim("Afghan refugees are being rounded up and expelled from the country by force")
    second = _claim("this", cue="denied", stance="deny")
    matcher.assign([first, second])
    assert first.proposition_id == "afghan-refugees-forcibly-returned"
    assert second.proposition_id == first.proposition_id and second.polarity == "against"


def test_required_cues_gate_on_the_sentence(matcher, tmp_path):
    pi = next(i for i, p in enumerate(matcher.propositions) if p.id == "iskp-threat-growing")
    # Word beginnings: "Daesh" and "Islamic State's" count, a lookalike inside a word doesn't.
    assert matcher._meets_requirements(pi, "Officials said Daesh cells were recruiting again.")
    assert not matcher._meets_requirements(pi, "Officials said the valley was calm again.")
    bad = tmp_path / "bad.yaml"
    bad.write_text("propositions:\n  - id: x\n    text: t\n    requires: [india]\n")
    with pytest.raises(PropositionFileError, match="requires"):
        PropositionMatcher.load(bad)


def test_missing_required_cue_lowers_the_score(matcher):
    # Same wording, but only one sentence names who backs the militants.
    named = _claim("New Delhi funds the militants who attack our checkpoints")
    unnamed = _claim("our neighbours' rivals fund the militants who attack our checkpoints")
    assert matcher.by_id  # loaded
    # Separate calls: in one call they would be one article, and the first sentence would
    # name the backer for the second (see `document_contexts`).
    matcher.assign([named])
    matcher.assign([unnamed])
    assert named.proposition_id == "india-backs-militants-in-pakistan"
    assert unnamed.proposition_id != "india-backs-militants-in-pakistan"
