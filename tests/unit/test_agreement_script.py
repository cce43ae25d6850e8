"""scripts/agreement.py: two annotations of the same sentences, scored as the evaluators score."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
assert _spec is not None and _spec.loader is not None
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

SENT = "Militants stormed a police post in Bannu on Monday, killing four policemen."


def _event(**fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "external_id": "a.txt",
        "sentence": SENT,
        "type": "ASSAULT",
        "actor": "?:militants",
        "recipient": "PAK-POLICE",
        "place": "Bannu",
        "fatalities": 4,
    }
    row.update(fields)
    return row


def test_identical_annotations_agree_fully() -> None:
    rows = [_event(), _event(type="COERCE", actor="PAK-POLICE", recipient="?:militants")]
    result = agreement.event_agreement(rows, [dict(r) for r in rows])
    assert result["f1"] == 1.0
    assert all(v == 1.0 for v in result["agreement"].values())


def test_a_missing_row_costs_recall_and_an_attribute_costs_agreement() -> None:
    a = [_event(), _event(type="COERCE", actor="PAK-POLICE", recipient="?:militants")]
    b = [_event(fatalities=3, actor="?:the militants")]  # the description shares a word
    result = agreement.event_agreement(a, b)
    assert result["precision"] == 1.0 and result["recall"] == 0.5
    assert result["agreement"]["actor"] == 1.0
    assert result["agreement"]["fatalities"] == 0.0


def test_claims_need_the_same_speaker_and_group_by_proposition() -> None:
    def claim(speaker: str, prop: str | None, sentence: str) -> dict[str, object]:
        return {
            "external_id": "a.txt",
            "sentence": sentence,
            "speaker": speaker,
            "stance": "deny",
            "hedged": False,
            "proposition": prop,
        }

    a = [
        claim("taliban", "p1", "One."),
        claim("taliban", "p1", "Two."),
        claim("PAK", None, "Three."),
    ]
    b = [
        claim("taliban", "p1", "One."),
        claim("taliban", "p1", "Two."),
        claim("IND", None, "Three."),
    ]
    result = agreement.claim_agreement(a, b)
    assert result["recall"] == round(2 / 3, 4) and result["sentence_only_f1"] == 1.0
    assert result["stance"] == 1.0
    assert result["propositions"]["f1"] == 1.0
