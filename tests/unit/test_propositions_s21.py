"""Proposition grouping, session 21 (catalogue version 34): a hedge on the speaker's evidence
that trails a statement ("…, though he offered no evidence") no longer negates it; a pointer
("dismissed the statement") takes the side of the statement its speaker goes on to make, else
the turned-round side of the account it answers; the attackers' commanders based in
Afghanistan are an Afghan-soil paraphrase. Every sentence here is invented for the test."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    DATA_PATH,
    is_negated_text,
)


def test_catalogue_version_is_at_least_34():
    import yaml

    version = yaml.safe_load(DATA_PATH.read_text(encoding="utf-8"))["version"]
    assert int(version) >= 34


def test_trailing_evidence_hedge_does_not_negate():
    assert not is_negated_text(
        "the gunmen had slipped in from Kunar a week earlier, although the colonel gave no proof"
    )


def test_hedge_with_a_negated_auxiliary_does_not_negate():
    assert not is_negated_text(
        "the cell was run from Khost, but the ministry has not shared any evidence"
    )


def test_a_content_about_missing_evidence_stays_negated():
    # near miss: the content itself says the evidence is missing; no concessive word
    assert is_negated_text("Islamabad has offered no proof for its accusations")


def test_a_negated_statement_with_an_evidence_hedge_stays_negated():
    # near miss: the statement keeps its own negation
    assert is_negated_text("the raiders did not cross from Nangarhar, though he cited no evidence")


# ------------------------------------------------------------------ a pointer's side

CONTROL = "taliban-in-firm-control"
SOIL = "afghan-soil-used-against-pakistan"


def _claims(*rows):
    from tests.unit._events_util import claim_record

    out, start = [], 0
    for sentence, content, stance in rows:
        claim = claim_record(content, sentence, stance=stance)
        if out and sentence != out[-1].sentence:
            start += len(out[-1].sentence) + 1
        claim.sentence_span = (start, start + len(sentence))
        out.append(claim)
    return out


def test_pointer_denying_an_account_against_a_proposition_is_for_it():
    from watchfloor.analyze.propositions import PropositionMatcher

    matcher = PropositionMatcher.load()
    first = "The rebel front said its men had seized two army posts in the valley."
    second = "The governor dismissed the statement as invented."
    claims = _claims(
        (first, "its men had seized two army posts in the valley", "assert"),
        (second, "the statement as invented", "deny"),
    )
    decided = matcher.resolve_pointers(claims, [(CONTROL, "against"), (None, None)])
    assert decided[1] == (CONTROL, "for")


def test_pointer_denying_an_accusation_stays_against():
    # near miss: the account it answers is for the proposition
    from watchfloor.analyze.propositions import PropositionMatcher

    matcher = PropositionMatcher.load()
    first = "The minister said the gunmen had been sent from across the frontier."
    second = "Kabul dismissed the statement as invented."
    claims = _claims(
        (first, "the gunmen had been sent from across the frontier", "assert"),
        (second, "the statement as invented", "deny"),
    )
    decided = matcher.resolve_pointers(claims, [(SOIL, "for"), (None, None)])
    assert decided[1] == (SOIL, "against")


def test_pointer_takes_the_side_of_the_statement_its_speaker_goes_on_to_make():
    from watchfloor.analyze.propositions import PropositionMatcher

    matcher = PropositionMatcher.load()
    sentence = (
        "The governor dismissed the reports as invented, insisting that every district "
        "of the valley was calm."
    )
    claims = _claims(
        (sentence, "the reports as invented", "deny"),
        (sentence, "every district of the valley was calm", "assert"),
    )
    decided = matcher.resolve_pointers(claims, [(None, None), (CONTROL, "for")])
    assert decided[0] == (CONTROL, "for")


# ------------------------------------------------------------------ commanders of attackers

SHELTER = "taliban-shelter-ttp"


def _assign_one(sentence: str, content: str):
    from tests.unit._events_util import claim_record

    from watchfloor.analyze.propositions import PropositionMatcher

    claim = claim_record(content, sentence)
    PropositionMatcher.load().assign([claim])
    return claim.proposition_id, claim.polarity


def test_attackers_commanders_based_in_afghanistan_are_afghan_soil():
    assert _assign_one(
        "The interior minister said the raiders' commanders were based in Afghanistan.",
        "the raiders' commanders were based in Afghanistan",
    ) == (SOIL, "for")


def test_taliban_protecting_ttp_leaders_stays_shelter():
    # near miss: where the TTP's leaders live under Taliban protection is the shelter
    assert _assign_one(
        "The envoy said the Taliban protect TTP leaders living in Kunar.",
        "the Taliban protect TTP leaders living in Kunar",
    ) == (SHELTER, "for")
