"""Proposition matcher's decision rule, session 21 round 2. No rule was changed: scored end to
end on the 22 dev halves, each with a model fitted without it, the none-offset grid (0, 0.25,
0.5, 0.7) is flat (means within 0.006) and choosing it per left-out set lost to the shipped
0.7. These tests pin the shipped offset and the direction of the offset: raising it may only
move claims to "none", never into a proposition. Every sentence here is invented."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionMatcher,
    claim_vectors,
)
from watchfloor.records import ClaimRecord  # noqa: E402

SHELTER = "taliban-shelter-ttp"


def _claim(sentence: str, content: str) -> ClaimRecord:
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(0, 0),
        span=(0, 0),
        cue="said",
        content=content,
        content_span=(0, 0),
        stance="assert",
    )


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


@pytest.fixture(scope="module")
def claims() -> list[ClaimRecord]:
    return [
        _claim(
            "The interior minister said the Afghan Taliban shelter the TTP's leaders in Kunar.",
            "the Afghan Taliban shelter the TTP's leaders in Kunar",
        ),
        _claim(
            "The trader said onion prices in the Quetta market had doubled since spring.",
            "onion prices in the Quetta market had doubled since spring",
        ),
    ]


def _decide(matcher: PropositionMatcher, claims: list[ClaimRecord], offset: float) -> list:
    cv, sv = claim_vectors([c.content for c in claims], [c.sentence for c in claims])
    return [d[0] for d in matcher.decide(claims, cv, sv, none_offset=offset)]


def test_shipped_none_offset_kept(matcher):
    assert matcher.model is not None
    assert matcher.model.none_offset == pytest.approx(0.7)


def test_shelter_claim_matched_at_shipped_offset(matcher, claims):
    assert _decide(matcher, claims, 0.7)[0] == SHELTER


def test_off_topic_claim_stays_none_even_without_offset(matcher, claims):
    assert _decide(matcher, claims, 0.0)[1] is None


def test_higher_offset_never_adds_a_proposition(matcher, claims):
    low, high = _decide(matcher, claims, 0.0), _decide(matcher, claims, 3.0)
    assert all(h is None or h == lo for lo, h in zip(low, high, strict=True))
