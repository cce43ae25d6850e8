"""scripts/agreement.py: two annotations of the same articles scored against each other with
the evaluators' matching (the ceiling the accuracy goals are read against)."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def agreement_module():
    spec = importlib.util.spec_from_file_location(
        "agreement_script", ROOT / "scripts" / "agreement.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(sentence: str, type_: str, actor: str | None, recipient: str | None) -> dict:
    return {
        "external_id": "doc-1",
        "sentence": sentence,
        "type": type_,
        "mode": None,
        "actor": actor,
        "recipient": recipient,
        "place": "Bannu",
        "place_country": "PAK",
        "date": "2026-01-02",
        "fatalities": 4,
        "injured": None,
        "factuality": "asserted",
    }


def test_an_annotation_agrees_fully_with_itself(agreement_module) -> None:
    rows = [
        _event(
            "Militants stormed a police post in Bannu, killing four.",
            "ASSAULT",
            "?:militants",
            "PAK-POLICE",
        ),
        _event("The army arrested two suspects.", "COERCE", "PAK-MIL", "?:suspects"),
    ]
    result = agreement_module.event_agreement(rows, copy.deepcopy(rows))
    assert result["f1"] == 1.0
    assert all(rate == 1.0 for rate in result["agreement"].values())


def test_a_different_type_or_recipient_lowers_agreement(agreement_module) -> None:
    a = [
        _event(
            "Militants stormed a police post in Bannu, killing four.",
            "ASSAULT",
            "?:militants",
            "PAK-POLICE",
        ),
        _event("The army arrested two suspects.", "COERCE", "PAK-MIL", "?:suspects"),
    ]
    b = copy.deepcopy(a)
    b[1]["type"] = "ASSAULT"  # no longer matches: one miss on each side
    b[0]["recipient"] = "PAK-MIL"
    result = agreement_module.event_agreement(a, b)
    assert result["f1"] == pytest.approx(0.5)
    assert result["matched"] == 1
    assert result["agreement"]["recipient"] == 0.0
    assert result["agreement"]["actor"] == 1.0


def test_the_fresh12_study_is_read_from_its_folders(agreement_module) -> None:
    gold, second = ROOT / "gold" / "fresh12", ROOT / "agreement" / "fresh12"
    if not (gold.exists() and second.exists()):
        pytest.skip("fresh12 agreement study not present")
    result = agreement_module.agreement(gold, second, split="dev")
    assert result["documents"] == 6
    # two careful readers of the settled guide: far above what the coder reaches
    assert result["events"]["f1"] >= 0.9
    assert result["claims"]["f1"] >= 0.9
