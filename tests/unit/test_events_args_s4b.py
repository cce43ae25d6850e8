"""Event arguments, round 4b (issue #5): ordinary victims as their group, the finer of two
nested places, a participant's way into the scene, a claim of responsibility for the attack
told first, a country's share of a force noun, and datelines the parser takes as subjects."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_REBELS = Actor("front", "Liberation Front", sector="REB", country="AAA")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def test_a_woman_and_children_killed_by_shells_are_civilians():
    text = "Atlantis shells hit two houses in the village, killing a woman and two children."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].recipient is not None
    assert evs[0].recipient.name == "civilians"
    assert "woman" in evs[0].recipient.text  # the words of the text stay


def test_people_killed_on_a_passenger_bus_are_its_passengers():
    text = "A roadside bomb tore through a passenger bus near the town, killing nine people."
    evs = _of(extractor().extract(_linked(text, {}, [])), "ASSAULT")
    assert evs and evs[0].recipient is not None
    assert evs[0].recipient.name == "passengers"


def test_people_at_a_bus_stop_are_not_passengers():
    text = "A bomb exploded at a bus stop in the town, killing nine people."
    evs = _of(extractor().extract(_linked(text, {}, [])), "ASSAULT")
    assert evs and evs[0].recipient is not None
    assert evs[0].recipient.name == "civilians"


def test_the_district_of_a_province_is_the_place_of_a_strike_told_in_both():
    text = "In Kunara, jets bombed a mountainous area of Dagan district on Monday."
    province = Place("p:kunara", "Kunara", "admin1", "BBB", 34.85, 71.1)
    district = Place("p:dagan", "Dagan", "admin2", "BBB", 34.99, 71.42)
    linked = _linked(text, {}, [], places={"Kunara": province, "Dagan": district})
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].place is not None and evs[0].place.name == "Dagan"


def test_the_area_militants_crossed_into_is_where_they_were_repulsed():
    text = (
        "Atlantis troops repulsed a large group of militants who crossed from Borduria into "
        "the Arvan area of Kitra district before dawn on Monday."
    )
    town = Place("p:kitra", "Kitra", "city", "AAA", 35.85, 71.79)
    site = Place("p:arvan", "Arvan", "site", "AAA", 35.32, 71.54)
    linked = _linked(
        text, {"Atlantis troops": "AAA-MIL"}, [_ARMY], places={"Arvan": site, "Kitra": town}
    )
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].place is not None and evs[0].place.name == "Arvan"


def test_a_claim_for_the_bombing_told_after_another_incident_takes_the_bombings_place():
    text = (
        "A suicide bomber rammed a car into a police van in Lakka on Monday, killing four "
        "policemen. Separately, gunmen opened fire on a police patrol in Banna on Monday. "
        "The Liberation Front claimed responsibility for the bombing, saying its fighters had "
        'targeted "the guards of an un-Islamic system".'
    )
    lakka = Place("p:lakka", "Lakka", "city", "AAA", 32.61, 70.91)
    banna = Place("p:banna", "Banna", "city", "AAA", 32.98, 70.60)
    linked = _linked(
        text,
        {"police": "AAA-POL", "Liberation Front": "front"},
        [_POLICE, _REBELS],
        places={"Lakka": lakka, "Banna": banna},
    )
    evs = _of(extractor().extract(linked), "ASSAULT")
    claimed = [e for e in evs if "responsibility" in e.sentence]
    assert claimed and claimed[0].place is not None and claimed[0].place.name == "Lakka"
    # the claimant's label for its target gives way to the party the attack was told against
    assert claimed[0].recipient is not None and claimed[0].recipient.id == "AAA-POL"


def test_a_countrys_share_of_a_force_noun_is_its_army():
    text = (
        "Atlantis closed the crossing after Atlantian and Bordurian forces exchanged fire "
        "overnight. The army said two posts were hit."
    )
    linked = _linked(
        text,
        {"Atlantian": "AAA", "Bordurian forces": "BBB", "The army": "AAA-MIL"},
        [_ATLANTIS, _BORDURIA, _ARMY],
    )
    evs = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "exchanged"]
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert ("AAA-MIL", "BBB") in pairs and ("BBB", "AAA-MIL") in pairs
    assert all(e.actor is None or e.actor.text != "The army" for e in evs)


def test_a_dateline_taken_for_the_subject_gives_way_to_the_troops_after_it():
    text = (
        "KITRA, Atlantis — Atlantis troops and Bordurian border forces exchanged heavy fire "
        "near the crossing late on Monday, officials on both sides said."
    )
    linked = _linked(
        text,
        {"Atlantis troops": "AAA-MIL", "Bordurian border forces": "BBB"},
        [_ARMY, _BORDURIA],
    )
    evs = _of(extractor().extract(linked), "ASSAULT")
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert ("AAA-MIL", "BBB") in pairs


def test_members_of_a_family_killed_by_a_drone_are_civilians():
    text = "In the province, a drone strike hit a house, killing five members of one family."
    evs = _of(extractor().extract(_linked(text, {}, [])), "ASSAULT")
    assert evs and evs[0].recipient is not None
    assert evs[0].recipient.name == "civilians"


def test_a_city_the_gazetteer_puts_in_another_province_is_not_the_finer_place():
    text = "The front fought the army in Panjara after the fall of Kabara in August 2021."
    province = Place("p:panjara", "Panjara", "admin1", "BBB", 35.38, 69.66)
    city = Place("p:kabara", "Kabara", "city", "BBB", 34.53, 69.17, admin1="Kabara")
    linked = _linked(text, {}, [], places={"Panjara": province, "Kabara": city})
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].place is not None and evs[0].place.name == "Panjara"
