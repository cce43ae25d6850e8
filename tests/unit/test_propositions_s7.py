"""Proposition grouping, round 7: a pointer noun followed by the speaker's quoted verdict,
warnings as pointers, the side of a labelled pointer, and predicate keywords as stems
(not one inflection). Every sentence here is invented for the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import proposition_column as _column  # noqa: E402

from watchfloor.analyze.propositions import PropositionMatcher  # noqa: E402

_NOUNS = ["report", "reports", "finding", "findings", "study", "warning"]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


# ---------------------------------------------------------------- pointers


@pytest.mark.parametrize(
    "content",
    [
        'the study "a heap of guesses dressed up by rival capitals"',  # called the study ...
        'the findings were "drafted in the offices of our adversaries"',  # said ... were ...
        'the report is "nothing more than a shopping list of old rumours"',
        'the study "pure fiction from start to finish, written abroad"',
    ],
)
def test_pointer_noun_with_a_quoted_verdict_is_a_pointer(content):
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert matcher.is_pointer(content)


@pytest.mark.parametrize(
    "content",
    [
        # the quote states something: the noun is the subject of a claim of its own
        'the study "shows the smugglers moved their depots north last winter"',
        'the reports of "foreign gunmen" camping in the northern hills last spring',
    ],
)
def test_pointer_noun_followed_by_a_quoted_statement_is_not_a_pointer(content):
    matcher = PropositionMatcher([], anaphora_nouns=_NOUNS)
    assert not matcher.is_pointer(content)


def test_packaged_pointer_nouns_include_warnings(matcher):
    assert matcher.is_pointer("the warning")
    assert matcher.is_pointer("such warnings")


# ---------------------------------------------------------------- keywords


@pytest.mark.parametrize(
    "text",
    [
        "the militia is not weakening at all, it is adapting",  # "weakened" missed this
        "the army is close to defeating the group",
        "the network is being crushed district by district",
    ],
)
def test_iskp_predicate_stems_find_every_inflection(matcher, text):
    assert matcher._has_keyword(_column(matcher, "iskp-threat-growing"), text)


@pytest.mark.parametrize(
    "text",
    [
        "the valleys are calm and the roads are open",
        "security in the northern provinces was total",
        "the region faces no serious security threat",
    ],
)
def test_firm_control_predicate_covers_calm_and_security(matcher, text):
    assert matcher._has_keyword(_column(matcher, "taliban-in-firm-control"), text)


def test_refugee_predicate_covers_being_held_for_days(matcher):
    pi = _column(matcher, "afghan-refugees-forcibly-returned")
    assert matcher._has_keyword(pi, "families said they were held for a week in a yard")
    # "to be held in Kazan": a meeting's venue is no detention
    assert not matcher._has_keyword(pi, "the next round will be held in the spring")


def test_foreign_fighters_moving_is_a_predicate(matcher):
    pi = _column(matcher, "foreign-militants-in-afghanistan")
    assert matcher._has_keyword(pi, "its fighters move between the valleys unhindered")


# ---------------------------------------------------------------- pointer sides


def test_verdict_a_few_words_after_the_copula_negates():
    from watchfloor.analyze.propositions import is_negated_text

    assert is_negated_text('the study was "built on the propaganda of rival states"')
    assert is_negated_text("the reports were mere rumours")


def test_labelled_pointer_takes_the_side_of_its_verdict(matcher):
    from tests.unit._events_util import claim_record

    first = "The monitors said foreign fighters keep training camps in the eastern valleys."
    second = 'The spokesman called the report "a bundle of rumours spread by enemies".'
    claims = [
        claim_record("foreign fighters keep training camps in the eastern valleys", first),
        claim_record(
            'the report "a bundle of rumours spread by enemies"', second, start=len(first) + 1
        ),
    ]
    pid = "foreign-militants-in-afghanistan"
    resolved = matcher.resolve_pointers(claims, [(pid, "for"), (None, None)])
    # an "assert" cue ("called"), but the label dismisses the report
    assert resolved[1] == (pid, "against")


# ---------------------------------------------------------------- topic words and stray stems


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        # "Afghan soil" is the topic: defending it states no use of it against Pakistan
        ("afghan-soil-used-against-pakistan", "the emirate will defend its soil and its people"),
        ("afghan-soil-used-against-pakistan", "the corridor crosses territory both sides claim"),
        # refugees' camps are no militants' camps
        ("afghan-soil-used-against-pakistan", "the returnees' camps were overcrowded in winter"),
        # "ban" must not fire inside "bank" or "Bannu", nor "met" inside "methods"
        ("taliban-restrict-women-rights", "lenders such as the regional bank may be approached"),
        ("taliban-restrict-women-rights", "the convoy was attacked near Bannu"),
        ("taliban-contacts-with-cia", "the smugglers changed their methods"),
    ],
)
def test_topic_words_and_stray_stems_are_not_predicate(matcher, pid, text):
    assert not matcher._has_keyword(_column(matcher, pid), text)


@pytest.mark.parametrize(
    ("pid", "text"),
    [
        ("afghan-soil-used-against-pakistan", "its land would never be used for raids on others"),
        ("afghan-soil-used-against-pakistan", "no armed band was active on its soil"),
        ("afghan-soil-used-against-pakistan", "the jets hit camps of the armed group"),
        ("taliban-restrict-women-rights", "girls were banned from the exam halls"),
        ("taliban-contacts-with-cia", "the envoy had met with agency officers twice"),
    ],
)
def test_predicates_still_found(matcher, pid, text):
    assert matcher._has_keyword(_column(matcher, pid), text)
