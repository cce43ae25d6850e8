"""Proposition grouping, round 3: litotes, weak topic words, pointers that expire."""

from __future__ import annotations

from tests.unit._events_util import claim_record

from watchfloor.analyze.propositions import (
    POINTER_SENTENCES,
    Proposition,
    PropositionMatcher,
    is_negated_text,
)


def test_litotes_is_not_a_denial() -> None:
    assert not is_negated_text("it is no longer a secret that militants cross the border")
    assert not is_negated_text("there is no doubt the camps exist")
    assert not is_negated_text("the support cannot be denied")
    assert is_negated_text("no militants cross the border")
    assert is_negated_text("the camps no longer exist")


def _refugee_matcher() -> PropositionMatcher:
    prop = Proposition(
        id="refugees-returned",
        text="Refugees are forcibly returned",
        requires=[["refugee", "deport", "~detain", "~police"]],
    )
    return PropositionMatcher([prop])


def test_weak_topic_word_needs_a_strong_one() -> None:
    matcher = _refugee_matcher()
    assert not matcher._meets_requirements(0, "Police detained 40 suspects after the blast.")
    assert matcher._meets_requirements(0, "Police detained 40 refugees in the city.")
    # The strong word may come from the sentence just before.
    assert matcher._meets_requirements(
        0, "The group said 1,200 people had been detained.", "Afghan refugees were deported."
    )


def test_pointer_takes_a_recent_claim_only() -> None:
    matcher = PropositionMatcher([], anaphora_nouns=["findings"])
    first = claim_record(
        "the camps are used for attacks", "He said the camps are used for attacks."
    )
    others = [
        claim_record("prices rose", f"Officials said prices rose in week {k}.", start=100 * (k + 1))
        for k in range(POINTER_SENTENCES + 1)
    ]
    near = claim_record("the findings", "Kabul rejected the findings.", start=50, stance="deny")
    far = claim_record("the findings", "Kabul rejected the findings.", start=1000, stance="deny")
    decided: list[tuple[str | None, str | None]] = [("p", "for")]
    assert matcher.resolve_pointers([first, near], [*decided, (None, None)])[1] == (
        "p",
        "against",
    )
    resolved = matcher.resolve_pointers(
        [first, *others, far], [*decided, *[(None, None)] * len(others), (None, None)]
    )
    assert resolved[-1] == (None, None)
