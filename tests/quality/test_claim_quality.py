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
    # Measured on dev with the real linker (claims 0.6.0, filter 1): sentence+speaker P 0.761
    # R 0.872 F1 0.812 (sentence-only F1 0.824, recall 0.884), stance 0.965, hedge 0.888,
    # proposition pairwise F1 0.597. The keep/drop filter and the proposition scorer were
    # both fitted on dev, so these are training-set figures; the cross-validated gates
    # (claim filter below, proposition scorer above) are the honest estimates.
    assert result["claims"]["f1"] >= 0.79
    assert result["claims"]["precision"] >= 0.74
    assert result["claims_sentence_only"]["recall"] >= 0.86
    assert result["stance_accuracy"] >= 0.95
    assert result["hedge_accuracy"] >= 0.87
    assert result["propositions"]["f1"] >= 0.58


@pytest.mark.quality
def test_claim_filter_cross_validated():
    """The keep/drop filter is gated on leave-one-article-group-out decisions, not its fit."""
    import numpy as np

    from watchfloor.extract.claims import ClaimFilter

    packaged = ClaimFilter.load()
    if packaged is None:
        pytest.skip("no packaged claim filter (the rules alone decide)")
    spec = importlib.util.spec_from_file_location(
        "train_claim_filter", ROOT / "scripts" / "train_claim_filter.py"
    )
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows, _ = train.collect(GOLD)
    x = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows], dtype=float)
    rules = train.score(rows, np.ones(len(rows), dtype=bool))["strict"]
    probs = train.cross_validate(rows, x, y, packaged.meta["l2"])
    cv = train.score(rows, probs >= packaged.threshold)["strict"]
    # Measured: rules alone F1 0.762 (P 0.656 R 0.908); filter CV F1 0.802 (P 0.757 R 0.854).
    assert cv["f1"] >= 0.79
    assert cv["precision"] >= 0.74
    assert cv["f1"] > rules["f1"] + 0.02
