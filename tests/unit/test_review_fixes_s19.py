"""Review fixes, session 19: each names the over-match a reviewer found, with its near miss."""

from __future__ import annotations


def _rows(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    events = pipeline.analyze(text, published="2026-06-10").events
    return [(e.type, e.factuality, e.actor.id if e.actor else None) for e in events]


def test_officers_seizing_it_confiscate(pipeline) -> None:
    rows = _rows(pipeline, "Customs officers found heroin in a lorry and seized it on Sunday.")
    assert [t for t, *_ in rows] == ["COERCE"]


def test_fighters_seizing_a_town_attack(pipeline) -> None:
    rows = _rows(pipeline, "Rebel fighters seized Kunduz on Sunday after a day of fighting.")
    assert "ASSAULT" in [t for t, *_ in rows]


def test_did_not_hesitate_tells_an_act_done(pipeline) -> None:
    rows = _rows(pipeline, "The soldiers did not hesitate to bomb the hideouts in Khost last week.")
    assert ("ASSAULT", "asserted") in [(t, f) for t, f, _ in rows]


def test_will_not_hesitate_threatens_the_act(pipeline) -> None:
    rows = _rows(pipeline, "The army said it will not hesitate to strike the camps.")
    assert all(f != "negated" for t, f, _ in rows if t == "ASSAULT")


def test_an_analysts_forecast_is_no_threat(pipeline) -> None:
    rows = _rows(pipeline, "Analysts said the Taliban could attack border posts if the talks fail.")
    assert "THREATEN" not in [t for t, *_ in rows]


def test_a_second_unnamed_spokesman_is_not_the_firsts(pipeline) -> None:
    text = (
        "A spokesman for UN Secretary-General Antonio Guterres urged calm. He said the world "
        "body was ready to help displaced families. A spokesman for the interior ministry said "
        "it would respond."
    )
    claims = pipeline.analyze(text, published="2026-06-10").claims
    speakers = [c.speaker.id if c.speaker else None for c in claims]
    assert speakers[0] == "antonio-guterres"
    assert speakers[-1] != "antonio-guterres"
