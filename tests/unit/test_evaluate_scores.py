"""The shared precision / recall / F1 and ratio arithmetic of every evaluation."""

from __future__ import annotations

from watchfloor.evaluate.claims import pairwise_f1
from watchfloor.evaluate.scores import prf, ratio


def test_prf_rounds_after_computing_f1():
    assert prf(2, 3, 4) == {"precision": 0.6667, "recall": 0.5, "f1": 0.5714}


def test_nothing_predicted_or_nothing_gold_scores_zero():
    assert prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 5, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_ratio():
    assert ratio(1, 3) == 0.3333
    assert ratio(0, 0) == 0.0


def test_pairwise_f1_keeps_its_counts():
    scores = pairwise_f1(["a", "a", "b", None], ["x", "x", "x", None])
    assert scores == {"precision": 0.3333, "recall": 1.0, "f1": 0.5, "tp": 1, "pred": 3, "gold": 1}


def test_actor_surfaces_are_found_as_whole_words_only():
    from watchfloor.evaluate.actors import _occurrences

    text = "The spokesman said he would return; the other said nothing."
    assert _occurrences(text, "he") == [(text.index(" he ") + 1, text.index(" he ") + 3)]
    assert _occurrences(text, "The spokesman") == [(0, 13)]
    assert _occurrences("Pakistani officials", "Pakistan") == []


def test_a_gold_name_the_knowledge_base_has_since_learned_matches_its_actor() -> None:
    from watchfloor.evaluate.claims import _speaker_match
    from watchfloor.evaluate.events import _actor_ok

    # "?:UN Office on Drugs and Crime" was written while the knowledge base lacked the office
    assert _speaker_match("?:UN Office on Drugs and Crime", "unodc")
    assert _actor_ok(
        "?:the UN Office on Drugs and Crime", {"id": "unodc", "name": "x", "text": "it"}
    )
    # a different curated actor, or a name the actor does not go by, still does not match
    assert not _speaker_match("?:UN Office on Drugs and Crime", "unama")
    assert not _actor_ok("?:UN drugs officials", {"id": "unodc", "name": "x", "text": "they"})
