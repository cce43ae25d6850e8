"""Event rows, session 12 (rows2): search, clearance and combing operations and manhunts are
MOBILIZE unless their sentence tells what they did (guide §10), one force mode per body named;
an order to leave whose infinitive the parser hung on a noun in between is still a deportation;
"the two ministers" are the pair of parties just told of."""

from __future__ import annotations

from functools import lru_cache

from watchfloor.pipeline import Pipeline


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline()


def _events(text: str):
    return _pipeline().analyze(text, published="2025-03-01").events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


def test_a_search_operation_alone_is_mobilize_not_assault():
    types = _types("Security forces launched a search operation in the surrounding villages.")
    assert "MOBILIZE" in types
    assert "ASSAULT" not in types


def test_a_manhunt_is_mobilize():
    assert "MOBILIZE" in _types("Police launched a manhunt for the killers on Monday.")


def test_an_operation_told_by_its_detentions_gets_no_row_of_its_own():
    types = _types(
        "Security forces launched a search operation on the outskirts of Quetta on Wednesday "
        "evening and detained 14 suspects."
    )
    assert "COERCE" in types
    assert "MOBILIZE" not in types


def test_the_aim_of_a_clearance_operation_is_no_assault():
    types = _types(
        "It said a clearance operation was under way to eliminate any other terrorists in the area."
    )
    assert types.count("MOBILIZE") == 1
    assert "ASSAULT" not in types


def test_bodies_recovered_after_a_clearance_operation_are_its_assault():
    types = _types(
        "Security forces cordoned off the area and recovered the bodies of four attackers after "
        "a clearance operation that lasted until Monday morning."
    )
    assert "ASSAULT" in types
    assert "MOBILIZE" not in types


def test_each_force_named_takes_its_own_mobilize_mode():
    rows = [
        e
        for e in _events(
            "The army said troops and police had launched a clearance operation in the Kulachi "
            "and Daraban areas on Friday."
        )
        if e.type == "MOBILIZE"
    ]
    assert {(e.actor.text if e.actor else None, e.mode) for e in rows} == {
        ("troops", "troops"),
        ("police", "police"),
    }


def test_an_order_to_leave_hung_on_a_noun_is_a_deportation():
    rows = [
        e
        for e in _events(
            "Pakistan's Interior Ministry on Wednesday ordered all Afghan nationals living in "
            "Pakistan without a valid visa to leave by April 30."
        )
        if e.type == "COERCE"
    ]
    assert [e.mode for e in rows] == ["deport"]


def test_an_order_to_own_troops_to_leave_is_no_deportation():
    assert "COERCE" not in _types("The commander ordered his troops to leave the area.")


def test_the_two_ministers_are_both_parties_of_the_agreement():
    rows = [
        e
        for e in _events(
            "Uzbekistan's foreign minister met his Afghan counterpart, Amir Khan Muttaqi, in Kabul "
            "on Monday. The two ministers also agreed to raise bilateral trade to 3 billion "
            "dollars by 2028."
        )
        if e.type == "AGREE"
    ]
    assert len(rows) == 2
