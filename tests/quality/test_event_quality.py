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
    # Measured (rules v4, lexicon 2.1): tune 89.6%, held-out 67.2% (target 85%: see
    # docs/event-coding.md, "Known weaknesses").
    assert plover_result["by_split"]["tune"]["top_type_accuracy"] >= 0.88
    assert plover_result["by_split"]["heldout"]["top_type_accuracy"] >= 0.65


@pytest.fixture(scope="module")
def demo_result(pipeline):
    if not any(DEMO.rglob("events.jsonl")):
        pytest.skip("demo gold not present")
    return evaluate_events(DEMO, pipeline=pipeline)


def test_demo_events(demo_result):
    print(format_report(demo_result))
    dev = demo_result["by_split"]["dev"]
    held = demo_result["by_split"]["heldout"]
    # Measured (rules v4, lexicon 2.1, recipients 1.0): dev F1 0.66, held-out F1 0.58; on
    # matched dev events actor 60%, recipient 50%, place 63%, fatalities 96%, factuality 70%
    # (held-out: recipient 39%, place 64%).
    assert dev["f1"] >= 0.64
    assert held["f1"] >= 0.55
    assert dev["fatalities_accuracy"] >= 0.93
    assert dev["place_accuracy"] >= 0.6
    assert dev["actor_accuracy"] >= 0.57
    assert dev["recipient_accuracy"] >= 0.48
    assert held["place_accuracy"] >= 0.61
    assert dev["factuality_accuracy"] >= 0.67
