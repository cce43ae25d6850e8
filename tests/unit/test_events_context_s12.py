"""Event context, session 12: an agreement one of its parties announces is not that party's
contested account (guide §1.7) — both sides signed, so neither disputes it."""

from __future__ import annotations


def test_a_deal_told_by_one_partys_ministry_stays_asserted(pipeline) -> None:
    text = (
        "Muttaqi held talks with Foreign Minister Sergei Lavrov in Moscow, and the two sides "
        "signed a memorandum on wheat supplies, according to a statement from the Russian "
        "Foreign Ministry."
    )
    agreements = [
        e for e in pipeline.analyze(text, published="2026-06-10").events if e.type == "AGREE"
    ]
    assert agreements
    assert {e.factuality for e in agreements} == {"asserted"}
    assert all(e.reported_by is not None and e.reported_by.id == "RUS-MOFA" for e in agreements)


def test_a_strike_told_by_the_side_that_struck_is_still_alleged(pipeline) -> None:
    # the rule stays for force: a party's account of its own strike on a named enemy
    text = "Pakistan's military said its jets struck Taliban posts in Khost, killing 12 fighters."
    strikes = [
        e for e in pipeline.analyze(text, published="2026-06-10").events if e.type == "ASSAULT"
    ]
    assert strikes and strikes[0].factuality == "alleged"
