"""Accuracy gates for actor and place linking on the dev split of the demo gold.

Thresholds sit just under what was measured when they were set (on the gold as adjudicated in
gold/demo/ADJUDICATION.md); heldout documents are only reported
(`watchfloor eval actors gold/demo --split heldout`), never gated or tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.evaluate.actors import evaluate_actors, evaluate_places

GOLD = Path(__file__).resolve().parents[2] / "gold" / "demo"
pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def actor_result(pipeline):
    if not any(GOLD.rglob("actors.jsonl")):
        pytest.skip("no demo gold")
    return evaluate_actors(GOLD, split="dev", pipeline=pipeline)


def test_actor_recall(actor_result):
    assert actor_result["recall"] >= 0.95, actor_result["misses"]


def test_actor_precision(actor_result):
    assert actor_result["precision_curated"] >= 0.935, actor_result["spurious"]


def test_alias_grouping(actor_result):
    assert actor_result["alias_grouping"] >= 0.97, actor_result["alias_misses"]


def test_place_recall(pipeline):
    if not any(GOLD.rglob("places.jsonl")):
        pytest.skip("no demo gold")
    result = evaluate_places(GOLD, split="dev", pipeline=pipeline)
    assert result["recall"] >= 0.95, result["misses"]


NEWS = GOLD.parent / "news"


@pytest.fixture(scope="module")
def news_actor_result(pipeline):
    if not any(NEWS.rglob("actors.jsonl")):
        pytest.skip("no news gold")
    return evaluate_actors(NEWS, split="dev", pipeline=pipeline)


def test_news_alias_grouping(news_actor_result):
    assert news_actor_result["alias_grouping"] >= 0.91, news_actor_result["alias_misses"]


def test_news_place_recall(pipeline):
    if not any(NEWS.rglob("places.jsonl")):
        pytest.skip("no news gold")
    result = evaluate_places(NEWS, split="dev", pipeline=pipeline)
    assert result["recall"] >= 0.965, result["misses"]


FRESH3 = GOLD.parent / "fresh3"


def test_fresh3_dev_aliases_and_places(pipeline):
    # The tuning set of session 6 (linker wf-linker-7): alias grouping 0.942, place recall 0.935.
    if not any(FRESH3.rglob("actors.jsonl")):
        pytest.skip("no fresh3 gold")
    actors = evaluate_actors(FRESH3, split="dev", pipeline=pipeline)
    assert actors["alias_grouping"] >= 0.92, actors["alias_misses"]
    places = evaluate_places(FRESH3, split="dev", pipeline=pipeline)
    assert places["recall"] >= 0.91, places["misses"]
