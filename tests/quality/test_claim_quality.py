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
    # Measured on dev: pairwise F1 0.50, label accuracy 0.71, polarity 0.83.
    assert result["f1"] >= 0.45
    assert result["label_accuracy"] >= 0.65
    assert result["polarity_accuracy"] >= 0.78


@pytest.mark.quality
def test_claims_end_to_end(pipeline):
    pytest.importorskip("watchfloor.kb.linker")
    pytest.importorskip("watchfloor.extract.events")
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    result = evaluate_claims(GOLD, pipeline=pipeline, split="dev")
    print(format_report(result))
    # Thresholds set loosely until measured with the real linker (see report).
    assert result["claims_sentence_only"]["recall"] >= 0.8
    assert result["stance_accuracy"] >= 0.9
