"""Event arguments, round 11: the one foreign state a dealing's sentence names, a place
named as the doer of a pattern, where a statement's speaker is said to be, and announced aid
kept off the incident's place."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_CARPATHIA = Actor("CCC", "Carpathia", sector="GOV", country="CCC", kind="country")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA")
_OSTRA = Place("p:ostra", "Ostra", "admin2", "AAA", 33.0, 66.0)
_VELNA = Place("p:velna", "Velna", "city", "BBB", 34.0, 67.0)


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _id(ref):
    return getattr(ref, "id", None)


# ---------------------------------------------------------------- the other state


def test_aid_helping_a_named_state_goes_to_that_state():
    text = "Atlantis will provide training and equipment to help Borduria secure its borders."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    aid = _of(extractor().extract(linked), "AID")
    assert aid and _id(aid[0].recipient) == "BBB"


def test_two_foreign_states_in_the_sentence_leave_the_dealing_without_a_partner():
    text = "Atlantis expanded trade through Velna, and Carpathia opened a new consulate there."
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Carpathia": "CCC"},
        [_ATLANTIS, _CARPATHIA],
        places={"Velna": _VELNA},
    )
    deals = [e for e in extractor().extract(linked) if _id(e.actor) == "AAA"]
    assert all(_id(e.recipient) not in ("BBB", "CCC") for e in deals)


def test_a_charge_of_backing_gets_no_state_as_partner():
    text = "Atlantis accused Borduria of funding the Liberation Front."
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Liberation Front": "front"},
        [_ATLANTIS, _BORDURIA, _FRONT],
    )
    aid = _of(extractor().extract(linked), "AID")
    assert aid and _id(aid[0].recipient) != "AAA"


# ---------------------------------------------------------------- where


def test_a_statement_takes_the_place_its_speaker_is_said_to_be_in():
    text = "A senior official in Ostra, speaking on condition of anonymity, rejected the report."
    linked = _linked(text, {}, [], places={"Ostra": _OSTRA})
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and rejects[0].place is not None and rejects[0].place.name == "Ostra"


def test_a_statement_of_a_speaker_placed_nowhere_has_no_place():
    text = "Gunmen attacked a police post in Ostra on Monday. Atlantis condemned the attack."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS], places={"Ostra": _OSTRA})
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and accuse[0].place is None


def test_announced_compensation_does_not_take_the_incidents_place():
    text = (
        "Gunmen killed five policemen in Ostra on Monday. The Atlantis government announced "
        "compensation for the families of the dead."
    )
    linked = _linked(text, {"Atlantis government": "AAA"}, [_ATLANTIS], places={"Ostra": _OSTRA})
    aid = _of(extractor().extract(linked), "AID")
    assert aid and aid[0].place is None
