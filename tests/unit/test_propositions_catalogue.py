"""The shipped propositions catalogue follows the annotation guide's §9 session-4 rules.

Lexical checks only (no embedding model): a claim's content must carry one of a proposition's
predicate words to be scored as stating it, so the rules the gold follows have to be reachable
through `keywords`.
"""

from __future__ import annotations

import pytest

from watchfloor.analyze.propositions import PropositionMatcher


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load(model=False)


def _keyword(matcher: PropositionMatcher, proposition_id: str, text: str) -> bool:
    index = [p.id for p in matcher.propositions].index(proposition_id)
    return matcher._has_keyword(index, text)


@pytest.mark.parametrize(
    ("proposition_id", "content"),
    [
        # retorts that place Pakistan's insecurity at home contradict the blame they answer
        ("afghan-soil-used-against-pakistan", "the militants were Islamabad's own problem"),
        (
            "afghan-soil-used-against-pakistan",
            "Islamabad keeps blaming Kabul for its internal failures",
        ),
        ("india-backs-militants-in-pakistan", "Islamabad should look inward"),
        # where Pakistani militants are
        ("taliban-shelter-ttp", "the commanders had left the area long before the raid"),
        ("taliban-shelter-ttp", "Kabul agreed to move the fighters away from the border"),
        # what the strikes killed is the contest over civilian deaths
        ("pakistan-strikes-killed-civilians", "the raid killed 12 khawarij"),
        ("taliban-in-firm-control", "the rebels are limited to hit-and-run attacks"),
        ("iskp-threat-growing", "the group has pushed its cells into Tajikistan"),
    ],
)
def test_session4_rules_have_predicate_words(
    matcher: PropositionMatcher, proposition_id: str, content: str
) -> None:
    assert _keyword(matcher, proposition_id, content)


def test_abuse_in_custody_is_not_forced_return(matcher: PropositionMatcher) -> None:
    # The gold leaves beatings and "nobody was mistreated" unlabelled (guide §9, session 4), so
    # the catalogue must neither count mistreatment as a predicate nor list it as a side.
    assert not _keyword(matcher, "afghan-refugees-forcibly-returned", "nobody was mistreated")
    refugees = matcher.by_id["afghan-refugees-forcibly-returned"]
    sides = [*refugees.paraphrases_for, *refugees.paraphrases_against]
    assert not any("mistreat" in s.lower() for s in sides)


def test_bare_hideout_targets_are_no_civilian_predicate(matcher: PropositionMatcher) -> None:
    assert not _keyword(matcher, "pakistan-strikes-killed-civilians", "the jets hit hideouts")
