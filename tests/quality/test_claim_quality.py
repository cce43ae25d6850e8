"""Accuracy gate: claims against the demo gold (dev split; heldout reported, not tuned)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "demo"


def _training_script():
    spec = importlib.util.spec_from_file_location(
        "train_propositions", ROOT / "scripts" / "train_propositions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.quality
def test_proposition_model_cross_validated():
    """The learned scorer is gated on leave-one-article-out predictions, never its fit."""
    import numpy as np

    from watchfloor.analyze.propositions import PropositionModel

    train = _training_script()
    exemplars = train.read_dev(GOLD)
    if not exemplars:
        pytest.skip("no gold claims")
    model = PropositionModel.load()
    matcher = train.PropositionMatcher.load(model=False)
    matcher.model = PropositionModel(weights=np.zeros_like(model.weights), exemplars=exemplars)
    cv = train.embed_unique([matcher.claim_text(train.as_claim(e)) for e in exemplars])
    sv = train.embed_unique([e.sentence for e in exemplars])
    matcher.model.content_vectors, matcher.model.sentence_vectors = cv, sv
    result = train.cross_validate(
        matcher, exemplars, cv, sv, l2=model.meta["l2"], offsets=(model.none_offset,)
    )[model.none_offset]
    # Measured (leave-one-group-out on dev): pairwise F1 0.622, label accuracy 0.793,
    # polarity 0.942 — the threshold matcher it replaces scored 0.44 pairwise on heldout.
    assert result["pairwise_f1"] >= 0.60
    assert result["label_accuracy"] >= 0.77
    assert result["polarity_accuracy"] >= 0.92


@pytest.mark.quality
def test_claims_end_to_end(pipeline):
    pytest.importorskip("watchfloor.kb.linker")
    pytest.importorskip("watchfloor.extract.events")
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    result = evaluate_claims(GOLD, pipeline=pipeline, split="dev")
    print(format_report(result))
    # Measured on dev with the real linker: sentence+speaker F1 0.752 (sentence-only 0.772,
    # recall 0.921), stance 0.966, hedge 0.891, proposition pairwise F1 0.621 (the scorer's
    # examples are dev claims, so this proposition figure is a training-set one; the gate
    # above is the honest estimate).
    assert result["claims"]["f1"] >= 0.73
    assert result["claims_sentence_only"]["recall"] >= 0.90
    assert result["stance_accuracy"] >= 0.95
    assert result["hedge_accuracy"] >= 0.87
    assert result["propositions"]["f1"] >= 0.59
