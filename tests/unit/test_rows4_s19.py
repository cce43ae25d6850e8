"""Session-19 rows round 4: a reported act made conditional ("said it could impose sanctions
if …") is a threat plus the act, hypothetical; the object noun of a threatened act stands for
the act (no second copy)."""

from __future__ import annotations


def _events(pipeline, text: str):
    return pipeline.analyze(text, published="2026-03-05").events


def _types(pipeline, text: str) -> list[str]:
    return sorted(e.type for e in _events(pipeline, text))


def test_conditional_sanction_is_a_threat(pipeline) -> None:
    text = "Britain said it could impose sanctions if Kabul keeps sheltering the militants."
    rows = _events(pipeline, text)
    assert [e.type for e in rows].count("THREATEN") == 1
    sanctions = [e for e in rows if e.type == "SANCTION"]
    assert len(sanctions) == 1
    assert sanctions[0].factuality == "hypothetical"


def test_unconditional_could_is_no_threat(pipeline) -> None:
    text = "Britain said it could impose sanctions on the Taliban."
    assert "THREATEN" not in _types(pipeline, text)


def test_threatened_sanction_is_one_row(pipeline) -> None:
    text = "Britain said it would impose sanctions on the Taliban."
    types = _types(pipeline, text)
    assert types.count("SANCTION") == 1
    assert types.count("THREATEN") == 1


def test_threatened_strike_keeps_its_copy(pipeline) -> None:
    text = "Pakistan said it would strike militant hideouts in Afghanistan."
    types = _types(pipeline, text)
    assert "THREATEN" in types and "ASSAULT" in types
