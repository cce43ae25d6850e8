"""Claim detection, session 13: hedges kept to the claim they doubt.

A hedge word in one of two coordinated contents ("said A, and that B was unlikely") is B's
alone: each clause is its own row (guide §2.1). "The deaths could not be verified" doubts the
toll just given, as "The figure …" does; "Their accounts" with no plural speaker in its
paragraph gathers the paragraph's several speakers, as "The accounts" does (guide §7, §8).
A doubt on the sibling clause still keeps the first clause from reading as routine sourcing,
and a participle before a semicolon speaks for its own clause's subject. "The claim could not be
verified" after "said A and claimed B" doubts B only.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _hedges(claims):
    return {c.content: c.hedged for c in claims}


def test_likely_in_the_second_clause_hedges_only_that_clause(pipeline):
    claims = _claims(
        pipeline,
        "She said both sides were using the crossing as leverage and that further clashes "
        "were likely unless a joint mechanism for border disputes was set up.",
    )
    hedges = _hedges(claims)
    assert hedges["both sides were using the crossing as leverage"] is False
    assert any(h for content, h in hedges.items() if content.startswith("further clashes"))


def test_probably_in_a_later_clause_leaves_the_first_unhedged(pipeline):
    claims = _claims(
        pipeline,
        "The ministry said that fighters of the East Turkestan Islamic Movement had been "
        "relocated from Badakhshan to Baghlan province, and that Islamic State Khorasan "
        'Province had "probably" lost ground.',
    )
    first = [c for c in claims if c.content.startswith("fighters of the East Turkestan")]
    assert len(first) == 1
    assert first[0].hedged is False


def test_likely_inside_the_only_content_still_hedges(pipeline):
    claims = _claims(
        pipeline,
        "Analysts said the strike was likely to strain the army's ties with tribal elders.",
    )
    assert len(claims) == 1
    assert claims[0].hedged is True


def test_unverified_deaths_hedge_the_toll_just_given(pipeline):
    claims = _claims(
        pipeline,
        "Taliban officials at the crossing said three men had died on Tuesday after being held "
        "for two days without water in a holding yard on the Iranian side of the border. The "
        "deaths could not be independently verified.",
    )
    toll = [c for c in claims if c.content.startswith("three men had died")]
    assert len(toll) == 1
    assert toll[0].hedged is True


def test_their_accounts_gathers_the_paragraph_speakers(pipeline):
    claims = _claims(
        pipeline,
        "Malik Noor Zaman, a tribal elder, told reporters by telephone that the strike had "
        'killed 11 people, all of them civilians. "We buried our children with our own '
        'hands," he said. Their accounts could not be independently verified.',
    )
    assert len(claims) == 2
    assert all(c.hedged for c in claims)


def test_their_accounts_keeps_to_plural_speakers_when_there_are_some(pipeline):
    claims = _claims(
        pipeline,
        "A police officer said the men had been armed.\n\n"
        "Residents of the village said the dead included a local cleric and his family. Their "
        "accounts could not be independently verified.",
    )
    hedges = _hedges(claims)
    assert hedges["the men had been armed"] is False
    assert hedges["the dead included a local cleric and his family"] is True


def test_participle_speaker_is_its_own_clause_subject_before_a_semicolon(pipeline):
    claims = _claims(
        pipeline,
        "Tehran accelerated the expulsions in mid-2025, accusing some Afghan migrants of "
        "spying for Israel; the Taliban rejected the charge as baseless.",
    )
    accusing = [c for c in claims if c.cue == "accusing"]
    assert len(accusing) == 1
    assert accusing[0].speaker.id == "IRN"


def test_doubt_on_a_sibling_clause_keeps_a_monitor_report_a_claim(pipeline):
    claims = _claims(
        pipeline,
        'The team said the Tehreek-e-Taliban Pakistan "continues to receive support" from the '
        "Taliban.\n\n"
        "It also said that fighters of the East Turkestan Islamic Movement had been relocated "
        "from Badakhshan to Baghlan province, and that Islamic State Khorasan Province had "
        '"probably" lost ground.',
    )
    relocated = [c for c in claims if c.content.startswith("fighters of the East Turkestan")]
    assert len(relocated) == 1
    assert relocated[0].hedged is False


def test_the_claim_unverified_hedges_what_was_claimed_not_what_was_said(pipeline):
    claims = _claims(
        pipeline,
        "Qari Noorullah Sabir, the Taliban's spokesman in Nangarhar province, said two Afghan "
        "border guards had been wounded and claimed that Pakistani mortar rounds had hit a "
        "customs building on the Afghan side. The claim could not be independently verified.",
    )
    hedges = _hedges(claims)
    assert hedges["two Afghan border guards had been wounded"] is False
    assert hedges["Pakistani mortar rounds had hit a customs building on the Afghan side"] is True
