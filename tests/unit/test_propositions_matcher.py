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
            "the TTP is Pakistan's internal problem",
            "said",
            "assert",
            "taliban-shelter-ttp",
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
        "Officials in Kabul said the new dam on the Kunar river will cut water flows to Pakistan. "
        "Pakistan's water ministry said the Kunar dam would reduce water supply downstream. "
        "Traders said wheat prices rose sharply in Kabul markets."
    )
    # The rules' candidates: which of them the learned filter keeps in a three-sentence
    # text is beside the point here.
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
