"""Session 22, propositions second pass: a trailing contrast clause's negation."""

from __future__ import annotations

import pytest

from watchfloor.analyze.propositions import PropositionMatcher
from watchfloor.records import ClaimRecord


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_trailing_but_clause_negation_is_its_own_matter(matcher: PropositionMatcher) -> None:
    # The head names the proposition's topic; "cannot afford" negates another matter.
    content = (
        "Pakistan wants to raise the cost of hosting the TTP, but it cannot afford a long war "
        "on its western border"
    )
    statement = matcher._statement_of("taliban-shelter-ttp", content)
    assert "cannot" not in statement
    assert statement.startswith("Pakistan wants to raise the cost of hosting the TTP")


def test_trailing_clause_naming_the_topic_keeps_its_negation(
    matcher: PropositionMatcher,
) -> None:
    # Near miss: the trailing clause itself speaks of the proposition's topic.
    content = "The NRF can embarrass the Taliban, but it cannot threaten their control of Panjshir"
    assert matcher._statement_of("taliban-in-firm-control", content) == content


def test_no_trailing_clause_keeps_content(matcher: PropositionMatcher) -> None:
    content = "Kabul does not allow the TTP to use Afghan soil"
    assert matcher._statement_of("afghan-soil-used-against-pakistan", content) == content


def _claim(sentence: str, content: str) -> ClaimRecord:
    start = sentence.index(content)
    cue = sentence.rindex("said")
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(0, len(sentence)),
        span=(cue, cue + 4),
        cue="said",
        content=content,
        content_span=(start, start + len(content)),
    )


def test_claim_side_end_to_end(matcher: PropositionMatcher) -> None:
    content = (
        "Pakistan wants to raise the cost of hosting the TTP, but it cannot afford a long war "
        "on its western border"
    )
    claim = _claim(f'"{content}," said a researcher at an Islamabad think tank.', content)
    matcher.assign([claim])
    assert (claim.proposition_id, claim.polarity) == ("taliban-shelter-ttp", "for")


def test_claim_side_near_miss_end_to_end(matcher: PropositionMatcher) -> None:
    content = "The NRF can embarrass the Taliban, but it cannot threaten their control of Panjshir"
    claim = _claim(f'"{content}," said a researcher in Kabul.', content)
    matcher.assign([claim])
    assert (claim.proposition_id, claim.polarity) == ("taliban-in-firm-control", "for")
