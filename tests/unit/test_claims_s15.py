"""Claim detection, session 15: a side's zero count under a figures hedge, and a speaker's
doubt told before the cue.

"Neither side's figures could be verified" takes a side's "none of its fighters had been
killed" as that side's figure, while "Neither account …" still leaves a side's denial alone,
and a denial cue stays a denial (guide §8). A speaker "who admitted he could not confirm"
what they report is doubting it (guide §2.2); another speaker's doubt earlier in the
sentence is not the joined claim's.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims
from tests.unit._events_util import by_content as _by_content


def test_zero_count_is_a_sides_figure_under_a_figures_hedge(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Taliban officials said two of their fighters had been killed in the ambush. The NRF "
            "said none of its fighters had been killed. Neither side's figures could be "
            "independently verified.",
        )
    )
    assert claims["two of their fighters had been killed in the ambush"].hedged is True
    assert claims["none of its fighters had been killed"].hedged is True


def test_zero_count_under_neither_account_stays_a_denial(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Taliban officials said two of their fighters had been killed in the ambush. The NRF "
            "said none of its fighters had been killed. Neither account could be independently "
            "verified.",
        )
    )
    assert claims["none of its fighters had been killed"].hedged is False


def test_denial_cue_under_a_figures_hedge_stays_unhedged(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Taliban officials said two of their fighters had been killed in the ambush. The NRF "
            "denied that any of its fighters had been killed. Neither side's figures could be "
            "independently verified.",
        )
    )
    assert claims["two of their fighters had been killed in the ambush"].hedged is True
    assert claims["any of its fighters had been killed"].hedged is False


def test_zero_count_without_a_passage_hedge_is_not_hedged(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Taliban officials said two of their fighters had been killed in the ambush. The NRF "
            "said none of its fighters had been killed.",
        )
    )
    assert claims["none of its fighters had been killed"].hedged is False


def test_speakers_doubt_before_the_cue_hedges_the_claim(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "The elder, who admitted he could not confirm the toll, said 40 civilians had been "
            "killed in the strike.",
        )
    )
    assert claims["40 civilians had been killed in the strike"].hedged is True


def test_another_speakers_doubt_before_the_cue_leaves_a_joined_claim_alone(pipeline):
    claims = _by_content(
        _claims(
            pipeline,
            "Police said they could not confirm reports that 40 militants had crossed, and the "
            "governor said the border was calm.",
        )
    )
    assert claims["the border was calm"].hedged is False
