"""Event arguments, round 9: a condemnation of "what he called" an act, a raid on "what they
described as" hideouts, people among whom a bomb goes off, a claim summed up after its clause
("..., a claim the ministry denied"), pacts inside "a package of agreements", a statement
attributed to a group, talks a third party hosts, "such accusations", an inquiry "into" an act,
the neighbour a border closure names, a person named in an apposition, a second passive that
shares its subject, recalled protests by no one, and the lead's deal at the dateline."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_SYLDAVIA = Actor("SSS", "Syldavia", sector="GOV", country="SSS", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_BORDURIAN_POLICE = Actor("BBB-POL", "Bordurian Police", sector="COP", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_MINISTER = Actor("ana-vel", "Ana Vel", sector="GOV", country="AAA", parent="AAA", kind="person")
_ENVOY = Actor("bo-lind", "Bo Lind", sector="GOV", country="BBB", parent="BBB", kind="person")
_RELATIVES = Actor("prov:relatives", "relatives", provisional=True)
_FAMILIES = Actor("prov:families", "families", provisional=True)
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_ORLO = Place("p:orlo", "Orlo", kind="city", country="BBB", lat=None, lon=None)


# ---------------------------------------------------------------- what a reaction is to


def test_condemning_what_someone_called_a_killing_is_aimed_at_the_killers():
    text = (
        "Atlantis Army drones struck a house near Zenta on Monday, killing six people. "
        "The governor, Ana Vel, condemned what she called the killing of farmers."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Ana Vel": "ana-vel"},
        [_ARMY, _MINISTER],
        {"Zenta": _ZENTA},
    )
    condemned = _of(extractor().extract(linked), "ACCUSE")
    assert condemned and _id(condemned[0].recipient) == "AAA-MIL"


def test_a_raid_on_what_the_raiders_described_as_a_groups_hideouts_targets_the_group():
    text = (
        "Atlantis Army troops raided what they described as Liberation Front hideouts near Zenta."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    raids = _of(extractor().extract(linked), "ASSAULT")
    assert raids and _id(raids[0].recipient) == "front"


def test_a_bomber_among_worshippers_at_a_shrine_targets_the_worshippers():
    text = "A suicide bomber blew himself up among worshippers at a shrine in Zenta on Friday."
    linked = _linked(text, {}, [], {"Zenta": _ZENTA})
    blasts = _of(extractor().extract(linked), "ASSAULT")
    assert blasts and "worshippers" in _text(blasts[0].recipient)


def test_a_claim_summed_up_after_its_clause_is_answered_to_whoever_made_it():
    text = (
        "Relatives of the detainees said Bordurian Police had beaten the prisoners in Orlo, "
        "a claim the Bordurian Police denied."
    )
    linked = _linked(
        text,
        {"Bordurian Police": "BBB-POL", "Relatives": "prov:relatives"},
        [_BORDURIAN_POLICE, _RELATIVES],
        {"Orlo": _ORLO},
    )
    denials = _of(extractor().extract(linked), "REJECT")
    assert denials and "relatives" in _text(denials[0].recipient)


def test_such_accusations_are_answered_to_the_state_whose_minister_made_them():
    text = (
        "Ana Vel, the Atlantis interior minister, accused Borduria of arming the rebels. "
        'Borduria\'s envoy, Bo Lind, has previously described such accusations as "baseless".'
    )
    linked = _linked(
        text,
        {"Ana Vel": "ana-vel", "Borduria": "BBB", "Bo Lind": "bo-lind"},
        [_MINISTER, _BORDURIA, _ENVOY, _ATLANTIS],
    )
    rejections = [e for e in _of(extractor().extract(linked), "REJECT")]
    assert rejections and _id(rejections[0].recipient) in ("AAA", "ana-vel")


# ---------------------------------------------------------------- parties to deals and talks


def test_a_package_of_agreements_with_a_party_is_signed_with_that_party():
    text = (
        "ORLO — Atlantis and Syldavia signed a package of trade and rail agreements with "
        "Borduria in Orlo on Thursday, including a protocol on financing a railway."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Syldavia": "SSS", "Borduria": "BBB"},
        [_ATLANTIS, _SYLDAVIA, _BORDURIA],
        {"Orlo": _ORLO},
    )
    deals = _of(extractor().extract(linked), "AGREE")
    by_actor = {_id(e.actor): _id(e.recipient) for e in deals}
    assert by_actor.get("AAA") == "BBB" and by_actor.get("SSS") == "BBB"


def test_a_statement_attributed_to_a_group_is_the_groups_threat():
    text = "A statement attributed to the Liberation Front threatened more attacks on Atlantis."
    linked = _linked(text, {"Liberation Front": "front", "Atlantis": "AAA"}, [_FRONT, _ATLANTIS])
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and _id(threats[0].actor) == "front"


def test_a_demand_for_an_inquiry_into_an_attack_is_not_put_to_its_victims():
    text = (
        "Atlantis Army drones struck a house near Zenta on Monday. "
        "Elders met in Zenta on Sunday and demanded an inquiry into the strike and "
        "compensation for the families."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Atlantis": "AAA", "families": "prov:families"},
        [_ARMY, _ATLANTIS, _FAMILIES],
        {"Zenta": _ZENTA},
    )
    demands = _of(extractor().extract(linked), "REQUEST")
    assert demands and "families" not in _text(demands[0].recipient)


# ---------------------------------------------------------------- who, exactly


def test_a_person_named_in_an_apposition_is_the_one_detained_and_accused():
    text = (
        "The foreigner, a contractor named in local media as John Mercer, was detained by "
        "Bordurian Police in Orlo in March and accused of espionage."
    )
    linked = _linked(text, {"Bordurian Police": "BBB-POL"}, [_BORDURIAN_POLICE], {"Orlo": _ORLO})
    evs = extractor().extract(linked)
    detained = _of(evs, "COERCE")
    assert detained and "mercer" in _text(detained[0].recipient)
    accused = _of(evs, "ACCUSE")
    assert accused and "mercer" in _text(accused[0].recipient)
    assert _id(accused[0].actor) == "BBB-POL"


def test_a_recalled_protest_by_no_one_in_particular_is_aimed_at_no_one():
    text = (
        "Atlantis Army drones struck a house near Zenta on Monday. "
        "Drone strikes in the district have repeatedly set off protests and road blockades."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Atlantis": "AAA"},
        [_ARMY, _ATLANTIS],
        {"Zenta": _ZENTA},
    )
    protests = [e for e in _of(extractor().extract(linked), "PROTEST") if e.actor is None]
    assert protests and all(e.recipient is None for e in protests)
