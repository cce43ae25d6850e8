"""Accuracy gate: claims against the demo gold (dev split; heldout reported, not tuned)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

GOLD = Path(__file__).resolve().parents[2] / "gold" / "demo"


@pytest.mark.quality
def test_proposition_matcher_on_gold_content():
    from watchfloor.evaluate.claims import load_gold, oracle_propositions

    _, claims = load_gold(GOLD, "dev")
    if not claims:
        pytest.skip("no gold claims")
    result = oracle_propositions(claims)
    # Measured on dev: pairwise F1 0.655, label accuracy 0.817, polarity 0.961.
    assert result["f1"] >= 0.63
    assert result["label_accuracy"] >= 0.79
    assert result["polarity_accuracy"] >= 0.93


@pytest.mark.quality
def test_claims_end_to_end(pipeline):
    pytest.importorskip("watchfloor.kb.linker")
    pytest.importorskip("watchfloor.extract.events")
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    result = evaluate_claims(GOLD, pipeline=pipeline, split="dev")
    print(format_report(result))
    # Measured on dev with the real linker: sentence+speaker F1 0.723 (sentence-only 0.768,
    # recall 0.921), stance 0.944, hedge 0.894, proposition pairwise F1 0.493.
    assert result["claims"]["f1"] >= 0.70
    assert result["claims_sentence_only"]["recall"] >= 0.89
    assert result["stance_accuracy"] >= 0.92
    assert result["hedge_accuracy"] >= 0.87
    assert result["propositions"]["f1"] >= 0.46
