"""Accuracy gates for the PLOVER event coder (thresholds just under measured values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.evaluate.events import evaluate_events, format_report

ROOT = Path(__file__).resolve().parents[2]
PLOVER = ROOT / "gold" / "plover" / "plover_gsr_dev.jsonl"
DEMO = ROOT / "gold" / "demo"

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def plover_result(pipeline):
    return evaluate_events(PLOVER, pipeline=pipeline)


def test_plover_top_type(plover_result):
    print(format_report(plover_result))
    # Measured 2025 rules v1: tune 89.6% (91.5% without linking), held-out 62.1% (target 85%: see docs/event-coding.md).
    assert plover_result["by_split"]["tune"]["top_type_accuracy"] >= 0.88
    assert plover_result["by_split"]["heldout"]["top_type_accuracy"] >= 0.58


@pytest.fixture(scope="module")
def demo_result(pipeline):
    if not any(DEMO.rglob("events.jsonl")):
        pytest.skip("demo gold not present")
    return evaluate_events(DEMO, pipeline=pipeline)


def test_demo_events(demo_result):
    print(format_report(demo_result))
    dev = demo_result["by_split"]["dev"]
    held = demo_result["by_split"]["heldout"]
    # Measured: dev F1 0.60, held-out F1 0.54; casualty counts ~95% exact on matched events.
    assert dev["f1"] >= 0.56
    assert held["f1"] >= 0.50
    assert dev["fatalities_accuracy"] >= 0.9
    assert dev["place_accuracy"] >= 0.6
