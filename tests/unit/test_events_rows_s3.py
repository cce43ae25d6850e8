"""One event row per named party (issue #5, guide §6 "several recipients: one row per
recipient, the casualty figure on the first only")."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_RURITANIA = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
_ATL_ARMY = Actor("AAA-MIL", "Atlantis army", sector="MIL", country="AAA", parent="AAA")
_FRONT = Actor("front", "Zenda Front", sector="REB", country="BBB")
_LEAGUE = Actor("league", "Black League", sector="REB", country="BBB")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _pairs(evs):
    return {(e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs}


def test_a_request_to_two_named_parties_is_one_row_each():
    text = "Ruritania urged Atlantis and Borduria to show restraint."
    linked = _linked(
        text,
        {"Ruritania": "RRR", "Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _RURITANIA],
    )
    evs = _of(extractor().extract(linked), "REQUEST")
    assert _pairs(evs) == {("RRR", "AAA"), ("RRR", "BBB")}


def test_fighters_of_two_groups_killed_give_a_row_per_group_with_the_count_once():
    text = "The army said 23 militants of the Zenda Front and the Black League had been killed."
    linked = _linked(
        text,
        {"army": "AAA-MIL", "Zenda Front": "front", "Black League": "league"},
        [_ATL_ARMY, _FRONT, _LEAGUE],
    )
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert {e.recipient.id for e in evs if e.recipient} == {"front", "league"}
    assert sorted((e.fatalities or 0) for e in evs) == [0, 23]


def test_unnamed_people_counted_together_stay_one_row():
    text = "A suicide bomber rammed a car into a convoy, killing five engineers and their driver."
    linked = linked_doc(text, actors={})
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert len(evs) == 1


_KARL = Actor("karl", "Karl Ottokar", sector="GOV", country="RRR", kind="person")
_HANS = Actor("hans", "Hans Braun", sector="GOV", country="AAA", kind="person")
_OTTO = Actor("otto", "Otto Weiss", sector="GOV", country="BBB", kind="person")


def test_a_host_receiving_two_guests_gives_each_guest_a_visit_to_the_host():
    text = "President Karl Ottokar received Hans Braun and Otto Weiss in the capital on Monday."
    linked = _linked(
        text,
        {"Karl Ottokar": "karl", "Hans Braun": "hans", "Otto Weiss": "otto"},
        [_KARL, _HANS, _OTTO],
    )
    evs = _of(extractor().extract(linked), "CONSULT")
    assert _pairs(evs) == {("hans", "karl"), ("otto", "karl")}
