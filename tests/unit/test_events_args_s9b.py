"""Event arguments, session 9 round 2: the victim named after "the killing of", an act noun
that is no doer, "the two" after a meeting, a condemnation aimed at the group that claimed the
attack (guide §10), people of a nationality who protest, attacks told by an armed group's
adjective, a complementiser the parser took for a subject, a verb of a series left
unattached, and a plural "they" that is never one person."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place

_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_MINISTER = Actor("ana-vel", "Ana Vel", sector="GOV", country="AAA", parent="AAA", kind="person")
_ENVOY = Actor("bo-lind", "Bo Lind", sector="GOV", country="BBB", parent="BBB", kind="person")
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)


def test_the_murder_of_a_person_names_the_victim_not_the_doer():
    text = (
        "The murder of Ana Vel, who had twice led delegations to Zenta, follows the killing "
        "of two other officials last month."
    )
    linked = _linked(text, {"Ana Vel": "ana-vel"}, [_MINISTER], {"Zenta": _ZENTA})
    murders = _of(extractor().extract(linked), "ASSAULT")
    assert murders
    assert all(_id(e.actor) != "ana-vel" for e in murders)
    assert _id(murders[0].recipient) == "ana-vel"


def test_the_killing_of_people_carried_out_by_gunmen_targets_those_people():
    text = "Gunmen carried out the killing of two elders in Zenta."
    linked = _linked(text, {}, [], {"Zenta": _ZENTA})
    kills = _of(extractor().extract(linked), "ASSAULT")
    assert kills and "elders" in _text(kills[0].recipient)
    assert "gunmen" in _text(kills[0].actor)


def test_the_two_after_a_meeting_are_the_two_who_met():
    text = (
        "Ana Vel met Bo Lind on the sidelines, and the two agreed to hold another meeting "
        "in Zenta in August, the ministry said."
    )
    linked = _linked(
        text, {"Ana Vel": "ana-vel", "Bo Lind": "bo-lind"}, [_MINISTER, _ENVOY], {"Zenta": _ZENTA}
    )
    agreed = _of(extractor().extract(linked), "AGREE")
    pairs = {(_id(e.actor), _id(e.recipient)) for e in agreed}
    assert ("ana-vel", "bo-lind") in pairs and ("bo-lind", "ana-vel") in pairs


def test_a_condemnation_is_aimed_at_the_group_that_claimed_the_attack():
    text = (
        "Gunmen shot dead a senior official in Zenta on Monday. Bo Lind condemned the attack. "
        "Later the Liberation Front claimed the killing in a statement."
    )
    linked = _linked(
        text,
        {"Bo Lind": "bo-lind", "Liberation Front": "front"},
        [_ENVOY, _FRONT],
        {"Zenta": _ZENTA},
    )
    condemned = _of(extractor().extract(linked), "ACCUSE")
    assert condemned and _id(condemned[0].recipient) == "front"


def test_a_condemnation_with_no_claim_is_aimed_at_the_attackers_as_told():
    text = "Gunmen shot dead a senior official in Zenta on Monday. Bo Lind condemned the attack."
    linked = _linked(text, {"Bo Lind": "bo-lind"}, [_ENVOY], {"Zenta": _ZENTA})
    condemned = _of(extractor().extract(linked), "ACCUSE")
    assert condemned and "gunmen" in _text(condemned[0].recipient)


def test_soldiers_killed_in_militant_attacks_were_attacked_by_militants():
    text = "Forty soldiers have been killed in militant attacks in Zenta since January."
    linked = _linked(text, {}, [], {"Zenta": _ZENTA})
    kills = _of(extractor().extract(linked), "ASSAULT")
    assert kills and "militant" in _text(kills[0].actor)


def test_a_complementiser_taken_for_a_subject_does_not_hide_the_doer():
    text = (
        "A senior official told reporters that the Liberation Front had killed at least "
        "11 clerics in Zenta since January."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT], {"Zenta": _ZENTA})
    kills = _of(extractor().extract(linked), "ASSAULT")
    assert kills and _id(kills[0].actor) == "front"


def test_a_verb_of_a_series_shares_the_first_verbs_subject():
    text = (
        'Ana Vel called the decision "a failure of those who claim to protect us", '
        "demanded a judicial inquiry and said the province was unsafe."
    )
    linked = _linked(text, {"Ana Vel": "ana-vel"}, [_MINISTER])
    demands = _of(extractor().extract(linked), "REQUEST")
    assert demands and _id(demands[0].actor) == "ana-vel"


def test_a_denial_of_any_role_answers_no_one_when_no_one_blamed_the_denier():
    text = (
        "A bomb tore through a police van in Zenta on Monday, killing three constables, "
        "the Atlantis Army said. A spokesman for the Liberation Front denied any role."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    denials = _of(extractor().extract(linked), "REJECT")
    assert denials and denials[0].recipient is None


def test_a_denial_of_any_role_answers_whoever_blamed_the_denier():
    text = (
        "The Atlantis Army said the Liberation Front had carried out the bombing in Zenta on "
        "Monday. A spokesman for the Liberation Front denied any role."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    denials = _of(extractor().extract(linked), "REJECT")
    assert denials and _id(denials[0].recipient) == "AAA-MIL"


def test_people_picked_up_by_a_force_are_its_target_even_when_tagged_past_tense():
    text = (
        "The Liberation Front said most of those paraded were labourers and students picked "
        "up by security forces."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT])
    arrests = _of(extractor().extract(linked), "COERCE")
    assert arrests and "security forces" in _text(arrests[0].actor)
    assert "labourers" in _text(arrests[0].recipient)
