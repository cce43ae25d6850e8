"""Event arguments, session 13: a spokesman who rejects a minister's accusation answers the
minister (since session 14 a foreign state that rejects it does too), a thing a
nationality adjective qualifies ("Chinese targets") is the target as described rather than the
state, and a condemned "crime" is the attack it names."""

from __future__ import annotations

from tests.unit._events_util import (
    extractor,  # noqa: I001  (unit-test helpers)
    mention_every,
)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_MINISTER = Actor("jon-vale", "Jon Vale", sector="GOV", country="AAA", kind="person", parent="AAA")
_SPOKESMAN = Actor("ivo-kern", "Ivo Kern", sector="GOV", country="BBB", kind="person", parent="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_ACCUSATION = (
    "Interior Minister Jon Vale accused Borduria of sheltering the Liberation Front and said "
    "the bombers had been trained there. "
)


def test_a_spokesman_rejecting_a_ministers_accusation_answers_the_minister():
    text = _ACCUSATION + "Bordurian spokesman Ivo Kern rejected the accusation."
    linked = _linked(
        text,
        {"Jon Vale": "jon-vale", "Borduria": "BBB", "Ivo Kern": "ivo-kern", "Atlantis": "AAA"},
        [_AAA, _BBB, _MINISTER, _SPOKESMAN, _FRONT],
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].actor) == "ivo-kern"
    assert _id(rejects[0].recipient) == "jon-vale"


def test_a_state_rejecting_a_ministers_accusation_answers_the_minister():
    # session 14: guide §12.2 codes the national minister who made the charge, even when a
    # foreign state rejects it (see test_events_args_s14 for a provincial official)
    text = _ACCUSATION + "Borduria rejected the accusation."
    linked = _linked(
        text,
        {"Jon Vale": "jon-vale", "Borduria": "BBB"},
        [_AAA, _BBB, _MINISTER, _FRONT],
    )
    rejects = [e for e in _of(extractor().extract(linked), "REJECT") if _id(e.actor) == "BBB"]
    assert rejects and _id(rejects[0].recipient) == "jon-vale"


def test_a_target_of_a_nationality_is_the_target_as_described():
    text = "The Liberation Front has repeatedly attacked Bordurian targets in Atlantis."
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT, _BBB])
    mention_every(linked, "Bordurian", "BBB", rule="demonym")
    linked.actor_mentions.sort(key=lambda m: m.start)
    attacks = _of(extractor().extract(linked), "ASSAULT")
    assert attacks and _id(attacks[0].actor) == "front"
    assert _id(attacks[0].recipient) is None
    assert "bordurian targets" in _text(attacks[0].recipient)


def test_a_nationality_on_troops_still_stands_for_the_state():
    text = "The Liberation Front attacked Bordurian troops near the border."
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT, _BBB])
    mention_every(linked, "Bordurian", "BBB", rule="demonym")
    linked.actor_mentions.sort(key=lambda m: m.start)
    attacks = _of(extractor().extract(linked), "ASSAULT")
    assert attacks and _id(attacks[0].recipient) == "BBB"


def test_a_condemned_crime_is_aimed_at_the_attacker():
    text = (
        "The Liberation Front bombed a market in Atlantis on Monday, killing nine people. "
        "Borduria condemned the heinous crime."
    )
    linked = _linked(text, {"Liberation Front": "front", "Borduria": "BBB"}, [_FRONT, _BBB])
    condemnations = [e for e in _of(extractor().extract(linked), "ACCUSE") if _id(e.actor) == "BBB"]
    assert condemnations and _id(condemnations[0].recipient) == "front"
