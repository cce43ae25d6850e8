"""Claim detection, session 22: recall of claims the rules found but dropped as sourcing, and
of quotations the parser broke up.

Guide §2.1 (one row per clause, quote-only sentences), §12 rule 4 (rival tolls are claims).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _spoken_by(pipeline, text: str, speaker: str | None) -> list:
    return [c for c in _claims(pipeline, text) if (c.speaker.id if c.speaker else None) == speaker]


def test_sibling_clause_of_a_claim_is_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "A Pakistani security official in Miranshah said two soldiers had been wounded and "
        "that 15 Taliban fighters had been killed when troops returned fire.",
    )
    contents = {c.content for c in claims if c.cue == "said"}
    assert "two soldiers had been wounded" in contents
    assert any(c.startswith("15 Taliban fighters") for c in contents)


def test_sibling_clause_announcing_own_act_stays_sourcing(pipeline):
    claims = _claims(
        pipeline,
        'Spokesperson Shafqat Ali Khan said both attacks had been launched "from Afghan soil" '
        "and that Islamabad had lodged a strong protest with the Afghan envoy.",
    )
    assert any("Afghan soil" in c.content for c in claims)
    assert not any("protest" in c.content for c in claims)


def test_misparsed_quote_only_sentence_is_a_claim(pipeline):
    claims = _claims(pipeline, '"Wheat today, weapons tomorrow," Asif said.')
    assert len(claims) == 1
    assert claims[0].cue == "said"
    assert claims[0].content == "Wheat today, weapons tomorrow"


def test_quotation_without_a_cue_is_no_claim(pipeline):
    assert not _claims(pipeline, '"Wheat today, weapons tomorrow" was the slogan on the banners.')


def test_report_countered_by_while_is_a_claim(pipeline):
    claims = _spoken_by(
        pipeline,
        "In December 2025 Pakistani jets struck targets in Afghanistan's Paktika province; the "
        "Taliban said 19 civilians were killed, while Islamabad said it had hit TTP hideouts.",
        "PAK",
    )
    assert [c.content for c in claims] == ["it had hit TTP hideouts"]


def test_plan_beside_while_is_no_claim(pipeline):
    claims = _claims(
        pipeline,
        "Uzbek officials said cargo volumes at Termez rose by nearly 40 percent in October "
        "compared with a year earlier, while Kazakhstan's Foreign Ministry said it would send "
        "a trade delegation to Kabul next month.",
    )
    assert not any("delegation" in c.content for c in claims)


def test_rival_toll_participle_is_a_claim(pipeline):
    claims = [
        c
        for c in _claims(
            pipeline, "Two local officials gave a higher toll, saying seven soldiers had died."
        )
        if c.cue == "saying"
    ]
    assert [c.content for c in claims] == ["seven soldiers had died"]


def test_plain_participle_toll_stays_sourcing(pipeline):
    assert not _claims(
        pipeline, "Two local officials gave a briefing, saying seven soldiers had died."
    )
