"""Review fixes of the session-15 rules: a reply in words is no counter-assault, and residents'
home is the place only of an act done to them."""

from __future__ import annotations

_ATTACK = "Afghan forces attacked a Pakistani border post in Kurram, and "


def _events(pipeline, text: str):
    return pipeline.analyze(text, published="2026-03-05").events


def _replies(pipeline, text: str):
    return [e for e in _events(pipeline, text) if e.type == "ASSAULT" and e.trigger == "responded"]


def test_reply_by_summoning_is_no_counter_assault(pipeline) -> None:
    text = (
        _ATTACK + "Pakistan's foreign ministry responded by summoning the Afghan chargé d'affaires."
    )
    assert _replies(pipeline, text) == []


def test_reply_with_statement_is_no_counter_assault(pipeline) -> None:
    text = _ATTACK + "Pakistan responded with a statement condemning the attack."
    assert _replies(pipeline, text) == []


def test_reply_to_accusations_is_no_counter_assault(pipeline) -> None:
    assert _replies(pipeline, _ATTACK + "Islamabad responded to the accusations.") == []


def test_reply_with_artillery_is_still_a_counter_assault(pipeline) -> None:
    rows = _replies(pipeline, _ATTACK + "Pakistani troops responded with artillery fire.")
    assert [(e.actor and e.actor.id, e.recipient and e.recipient.id) for e in rows] == [
        ("PAK-MIL", "taliban")
    ]


def test_residents_relatives_detained_elsewhere_not_placed_at_home(pipeline) -> None:
    text = "Residents of Quetta said their relatives had been detained by Iranian police."
    rows = [e for e in _events(pipeline, text) if e.type == "COERCE"]
    assert rows and all(e.place is None or e.place.name != "Quetta" for e in rows)


def test_residents_homes_searched_still_placed_at_home(pipeline) -> None:
    rows = _events(pipeline, "Residents of Quetta said troops had searched homes.")
    assert [e.place and e.place.name for e in rows if e.type == "COERCE"] == ["Quetta"]


def test_reply_in_kind_is_still_a_counter_assault(pipeline) -> None:
    rows = _replies(pipeline, _ATTACK + "Pakistani troops responded in kind.")
    assert [e.actor and e.actor.id for e in rows] == ["PAK-MIL"]
