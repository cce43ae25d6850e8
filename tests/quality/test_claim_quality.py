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
    # The same dev claims the packaged scorer was trained on (demo, plus news when present).
    exemplars = [e for gold in (GOLD, ROOT / "gold" / "news") for e in train.read_dev(gold)]
    if not exemplars:
        pytest.skip("no gold claims")
    model = PropositionModel.load()
    matcher = train.PropositionMatcher.load(model=False)
    matcher.model = PropositionModel(weights=np.zeros_like(model.weights), exemplars=exemplars)
    cv, sv = train.claim_vectors([e.content for e in exemplars], [e.sentence for e in exemplars])
    matcher.model.content_vectors, matcher.model.sentence_vectors = cv, sv
    result = train.cross_validate(
        matcher, exemplars, cv, sv, l2=model.meta["l2"], offsets=(model.none_offset,)
    )[model.none_offset]
    # Measured (leave-one-group-out on the 490 dev claims of demo + news, pooled): pairwise
    # F1 0.509, label accuracy 0.790, polarity 0.930. Pooling two batches makes far more
    # cross-article pairs than the per-folder `watchfloor eval` figures.
    assert result["pairwise_f1"] >= 0.47
    assert result["label_accuracy"] >= 0.76
    assert result["polarity_accuracy"] >= 0.90


@pytest.mark.quality
def test_claims_end_to_end(pipeline):
    pytest.importorskip("watchfloor.kb.linker")
    pytest.importorskip("watchfloor.extract.events")
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    result = evaluate_claims(GOLD, pipeline=pipeline, split="dev")
    print(format_report(result))
    # Measured on dev (adjudicated gold) with the real linker (claims lexicon 7, rules alone —
    # no keep/drop filter beats them across batches): sentence+speaker P 0.830 R 0.909
    # F1 0.868 (sentence-only F1 0.877, recall 0.919), stance 0.984, hedge 0.906. On the
    # gold/news dev batch: F1 0.859, stance 0.983. The proposition scorer was fitted on dev (its cross-validated gate is
    # above).
    # Session 4 (claims 0.9.0): F1 0.922, stance 0.99, hedge 0.94.
    assert result["claims"]["f1"] >= 0.89
    assert result["claims"]["precision"] >= 0.80
    assert result["claims_sentence_only"]["recall"] >= 0.88
    assert result["stance_accuracy"] >= 0.96
    assert result["hedge_accuracy"] >= 0.91
    # Propositions: 0.785 measured on dev with the span-pooled matcher (its examples are the
    # dev claims, so this is a training-set figure; heldout demo measured 0.380).
    assert result["propositions"]["f1"] >= 0.70


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


# The dev halves of the blind batches, each once a session's tuning set: batch → floors just
# under what was measured when it was tuned. fresh2, session 5 (claims 0.10.0, propositions
# file 10): F1 0.951, stance 1.00, hedge 0.99, proposition pairwise F1 0.715 with the
# three-batch model of that session. fresh3, session 6 (claims 0.11.0, propositions file 11):
# F1 0.928, stance 0.99, hedge 0.92, pairwise F1 0.948. fresh4, session 7 (claims 0.12.0,
# propositions file 12): F1 0.937, stance 0.99, hedge 0.98, pairwise F1 0.934. fresh5, session 8
# (claims 0.13.0, propositions file 13): F1 0.927, stance 0.98, hedge 0.96, pairwise F1 0.780.
# fresh6 and fresh7, session 9 (claims 0.15.0, propositions file 15; fresh6 in round 1, fresh7
# in round 2): fresh6 F1 0.854, stance 1.00, hedge 0.99, pairwise F1 0.970; fresh7 F1 0.865,
# stance 0.99, hedge 1.00, pairwise F1 0.731. fresh8 and fresh9, session 10 (claims 0.16-0.17,
# propositions file 16): fresh8 F1 0.915, stance 0.98, hedge 0.98, pairwise F1 0.860; fresh9 F1
# 0.924, stance 0.99, hedge 0.95, pairwise F1 0.608. fresh10, session 11 (claims 0.18-0.19,
# propositions file 17): F1 0.821, stance 0.99, hedge 1.00, pairwise F1 0.447. fresh11, session
# 12 (claims 0.20, propositions file 18): F1 0.873, stance 0.99, hedge 0.96, pairwise F1 0.663.
# fresh12, session 13 (claims 0.21, propositions file 20): F1 0.890, stance 0.98, hedge 0.99,
# pairwise F1 0.775. fresh13, session 14 (claims 0.23, propositions file 22): F1 0.892, stance
# 0.95, hedge 0.93, pairwise F1 0.763 (the model has seen these claims). fresh14, session 15
# (claims 0.25, propositions file 24): F1 0.874, stance 1.00, hedge 0.97, pairwise F1 0.942.
# fresh15, session 16 (claims 0.28, propositions file 25): F1 0.907, stance 0.95, hedge 1.00,
# pairwise F1 0.886. fresh16, session 17 (claims 0.32, propositions file 26): F1 0.886, stance
# 0.99, hedge 0.94, pairwise F1 0.835 (propositions file 27: the same). fresh17, session 18
# (claims 0.34, propositions file 29, after the s18 relabel): F1 0.867, stance 0.97, hedge
# 0.96, pairwise F1 0.835. fresh18, session 19 (claims 0.35, propositions file 32, the model
# trained with fresh18's dev claims): F1 0.850, stance 0.97, hedge 0.94, pairwise F1 0.753; in
# session 20 catalogue 33 withdrew the wordings written from fresh18 (they did not carry to other
# sets), and its pairwise F1 fell to 0.684. fresh19, session 20 (claims 0.35, propositions file
# 33, the model trained with fresh19's dev claims): F1 0.851, stance 0.96, hedge 0.96, pairwise
# F1 0.833. fresh20, session 21 (claims 0.36, propositions file 34, the model not retrained):
# F1 0.901, stance 1.00, hedge 0.92, pairwise F1 0.657. fresh21, session 22 (claims 0.38,
# propositions file 36, the model retrained with fresh20's and fresh21's dev claims): F1 0.875,
# stance 0.97, hedge 0.96, pairwise F1 0.739.
# From session 12 the proposition model is trained on the dev claims of all thirteen batches
# (demo, news, fresh to fresh11), so it has seen all of these claims.
TUNED_DEV_FLOORS = {
    "fresh2": {"claims": 0.93, "stance": 0.97, "hedge": 0.96, "propositions": 0.68},
    "fresh3": {"claims": 0.90, "stance": 0.97, "hedge": 0.89, "propositions": 0.90},
    "fresh4": {"claims": 0.91, "stance": 0.97, "hedge": 0.95, "propositions": 0.90},
    "fresh5": {"claims": 0.90, "stance": 0.96, "hedge": 0.94, "propositions": 0.75},
    "fresh6": {"claims": 0.82, "stance": 0.96, "hedge": 0.95, "propositions": 0.90},
    "fresh7": {"claims": 0.83, "stance": 0.95, "hedge": 0.95, "propositions": 0.66},
    "fresh8": {"claims": 0.89, "stance": 0.95, "hedge": 0.95, "propositions": 0.82},
    "fresh9": {"claims": 0.90, "stance": 0.96, "hedge": 0.92, "propositions": 0.57},
    "fresh10": {"claims": 0.79, "stance": 0.96, "hedge": 0.96, "propositions": 0.42},
    "fresh11": {"claims": 0.85, "stance": 0.96, "hedge": 0.94, "propositions": 0.62},
    "fresh12": {"claims": 0.87, "stance": 0.96, "hedge": 0.96, "propositions": 0.72},
    "fresh13": {"claims": 0.87, "stance": 0.93, "hedge": 0.91, "propositions": 0.70},
    "fresh14": {"claims": 0.85, "stance": 0.97, "hedge": 0.94, "propositions": 0.88},
    "fresh15": {"claims": 0.88, "stance": 0.93, "hedge": 0.97, "propositions": 0.84},
    "fresh16": {"claims": 0.86, "stance": 0.96, "hedge": 0.92, "propositions": 0.80},
    "fresh17": {"claims": 0.84, "stance": 0.95, "hedge": 0.94, "propositions": 0.80},
    "fresh18": {"claims": 0.83, "stance": 0.95, "hedge": 0.92, "propositions": 0.66},
    "fresh19": {"claims": 0.83, "stance": 0.94, "hedge": 0.94, "propositions": 0.80},
    "fresh20": {"claims": 0.88, "stance": 0.97, "hedge": 0.90, "propositions": 0.62},
    "fresh21": {"claims": 0.86, "stance": 0.95, "hedge": 0.94, "propositions": 0.70},
}


@pytest.mark.quality
@pytest.mark.parametrize("batch", sorted(TUNED_DEV_FLOORS))
def test_tuned_dev_half_claims(pipeline, batch):
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    gold = ROOT / "gold" / batch
    if not any(gold.rglob("claims.jsonl")):
        pytest.skip(f"{batch} gold not present")
    result = evaluate_claims(gold, pipeline=pipeline, split="dev")
    print(format_report(result))
    floors = TUNED_DEV_FLOORS[batch]
    assert result["claims"]["f1"] >= floors["claims"]
    assert result["stance_accuracy"] >= floors["stance"]
    assert result["hedge_accuracy"] >= floors["hedge"]
    assert result["propositions"]["f1"] >= floors["propositions"]


@pytest.mark.quality
def test_fresh22_unseen_claims(pipeline):
    # The blind batch written in session 22, never tuned on (both halves): floors under what
    # was measured at the end of that session (F1 0.857, stance 0.981, pairwise F1 0.549; 0.864,
    # 0.981 and 0.548 at its start), so a change that loses ground on unseen text fails here. The
    # pairwise floor is loose: one article's dispute moves the figure by tenths.
    from watchfloor.evaluate.claims import evaluate_claims, format_report

    gold = ROOT / "gold" / "fresh22"
    if not any(gold.rglob("claims.jsonl")):
        pytest.skip("fresh22 gold not present")
    result = evaluate_claims(gold, pipeline=pipeline)
    print(format_report(result))
    assert result["claims"]["f1"] >= 0.84
    assert result["stance_accuracy"] >= 0.96
    assert result["propositions"]["f1"] >= 0.50
