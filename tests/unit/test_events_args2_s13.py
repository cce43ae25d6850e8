"""Event arguments, session 13 (second pass on recipients): a seizure in a raid is taken from the
people the raid caught, a toll of "nine people" on a vehicle carrying a described group is that
group, a protest's joined demand for a withdrawal is put to the state rather than the troops, and
a denial of a charge an official voiced for his state answers the official."""

from __future__ import annotations

from tests.unit._events_util import (
    events,
    extractor,  # noqa: I001  (unit-test helpers)
)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor(
    "AAA-MIL", "Atlantis military", sector="MIL", country="AAA", kind="body", parent="AAA"
)
_POLICE = Actor("AAA-POLICE", "Atlantis police", sector="COP", country="AAA", kind="body")
_MINISTER = Actor("jon-vale", "Jon Vale", sector="GOV", country="AAA", kind="person", parent="AAA")


def test_a_seizure_in_a_raid_is_from_the_people_arrested():
    text = (
        "Police said they had arrested two suspects in a raid on a house overnight and "
        "recovered a pistol and a motorcycle."
    )
    linked = _linked(text, {"Police": "AAA-POLICE"}, [_AAA, _POLICE])
    rows = _of(extractor().extract(linked), "COERCE")
    seized = [e for e in rows if e.mode == "seize"]
    assert seized and "suspects" in _text(seized[0].recipient)


def test_a_toll_of_people_on_a_vehicle_is_the_group_it_carried():
    rows = _of(
        events(
            "A bomb tore through a minibus carrying university students in the city on "
            "Tuesday morning, killing nine people and wounding 23, police said."
        ),
        "ASSAULT",
    )
    assert rows
    recipient = rows[0].recipient
    assert recipient is not None and "students" in (recipient.name or recipient.text).lower()


def test_a_protest_demand_for_a_withdrawal_is_not_put_to_the_troops():
    text = (
        "Hundreds of tribesmen in Atlantis blocked the main road with the bodies of the dead, "
        "demanding compensation and the withdrawal of troops from the village."
    )
    linked = _linked(text, {"troops": "AAA-MIL", "Atlantis": "AAA"}, [_AAA, _ARMY])
    evs = extractor().extract(linked)
    demands = _of(evs, "REQUEST")
    assert demands and all(_id(e.recipient) != "AAA-MIL" for e in demands)
    protests = _of(evs, "PROTEST")
    assert protests and "dead" not in _text(protests[0].recipient)


def test_a_denial_answers_the_official_who_voiced_his_states_charge():
    spokesman = Actor(
        "ivo-kern", "Ivo Kern", sector="GOV", country="BBB", kind="person", parent="BBB"
    )
    text = (
        "Interior Minister Jon Vale said Atlantis had shared evidence with Borduria again and "
        "again. Ivo Kern, the Bordurian spokesman, rejected the charge."
    )
    linked = _linked(
        text,
        {"Jon Vale": "jon-vale", "Atlantis": "AAA", "Borduria": "BBB", "Ivo Kern": "ivo-kern"},
        [_AAA, _BBB, _MINISTER, spokesman],
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].recipient) == "jon-vale"


def _protest_recipients(text: str) -> list:
    linked = _linked(text, {"Atlantis": "AAA"}, [_AAA])
    linked.focus_countries = ["AAA"]
    return [_id(e.recipient) for e in _of(extractor().extract(linked), "PROTEST")]


def test_a_protest_with_no_target_is_aimed_at_the_state_but_an_armed_blockade_is_not():
    assert _protest_recipients("Hundreds of traders blocked the main highway on Tuesday.") == [
        "AAA"
    ]
    armed = _protest_recipients("About 40 militants blocked the road with burning tyres.")
    assert armed and all(r is None for r in armed)


def test_a_day_of_mourning_has_no_target():
    rows = _protest_recipients("The party observed a day of mourning on Thursday.")
    assert rows and all(r is None for r in rows)
