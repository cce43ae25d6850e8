"""Event arguments, round 8: pronouns that point back at an unnamed group, a count of the
attackers just told of, a claimant's "one of its members", a force's own media wing, a
condemned killing aimed at the killers, what a vehicle carried, a party led by another, a pact
and its other side, who aid is for, a visit to a country named nowhere else, an act someone
stages, and a body named only by what it is."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_MEDIA = Actor("AAA-PR", "Army Press Office", sector="MIL", country="AAA", parent="AAA-MIL")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_MONITOR = Actor("monitor", "Helsinki Monitor", sector="NGO")
_PARTY = Actor("ppp", "Popular Progress Party", sector="PTY", country="AAA")
_MINISTER = Actor("ana-vel", "Ana Vel", sector="GOV", country="AAA", parent="AAA", kind="person")
_RELATIVES = Actor("prov:relatives", "relatives", provisional=True)
_HANDLERS = Actor("prov:handlers", "handlers", provisional=True)
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_BORDURIA_PLACE = Place(
    "country:BBB", "Borduria", kind="country", country="BBB", lat=None, lon=None
)


# ---------------------------------------------------------------- pronouns and counts


def test_them_after_an_unnamed_crowd_is_that_crowd_not_a_named_body():
    text = (
        "The Helsinki Monitor criticised the curfew in Zenta. "
        "On Monday about 30 women rallied outside the town hall in Zenta. "
        "Witnesses said Atlantis Police fired into the air to disperse them."
    )
    linked = _linked(
        text,
        {"Helsinki Monitor": "monitor", "Atlantis Police": "AAA-POL"},
        [_MONITOR, _POLICE],
        {"Zenta": _ZENTA},
    )
    fired = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "fired"]
    assert fired and _id(fired[0].recipient) != "monitor"
    assert "women" in _text(fired[0].recipient)


def test_they_of_an_unnamed_group_speaking_is_that_group():
    text = (
        "Atlantis closed the Zenta border market last week. "
        "Aid groups said they would seek a meeting with the governor this week."
    )
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS], {"Zenta": _ZENTA})
    requests = _of(extractor().extract(linked), "REQUEST")
    assert requests and _id(requests[0].actor) != "AAA"
    assert "groups" in _text(requests[0].actor)


def test_a_count_of_militants_right_after_a_named_groups_attack_is_that_group():
    text = (
        "Gunmen of the Liberation Front stopped two buses near Zenta on Monday and held the "
        "passengers for ten hours, officials said. "
        "According to police, about 30 militants shot the drivers at the roadside."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT, _POLICE], {"Zenta": _ZENTA})
    shot = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger.startswith("shot")]
    assert shot and _id(shot[0].actor) == "front"


def test_one_of_its_members_in_a_claim_is_the_claimant():
    text = (
        "A bomb tore through a market in Zenta on Monday, killing nine people. "
        "The Liberation Front claimed responsibility, saying one of its members had attacked "
        "a gathering of traitors."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT], {"Zenta": _ZENTA})
    attacked = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "attacked"]
    assert attacked and _id(attacked[0].actor) == "front"


# ---------------------------------------------------------------- who acted on whom


def test_an_army_media_wing_telling_of_militants_killed_speaks_for_the_army():
    text = (
        "Militants stormed a police post in Zenta on Monday, killing three policemen. "
        "The Army Press Office said five militants were killed in an exchange of fire near "
        "the post."
    )
    linked = _linked(
        text,
        {"Army Press Office": "AAA-PR", "policemen": "AAA-POL", "police post": "AAA-POL"},
        [_MEDIA, _ARMY, _POLICE],
        {"Zenta": _ZENTA},
    )
    evs = extractor().extract(linked)
    second = [e for e in _of(evs, "ASSAULT") if "Press Office" in e.sentence]
    assert second
    assert "AAA-MIL" in {_id(e.actor) for e in second}
    assert "AAA-POL" not in {_id(e.actor) for e in second}


def test_condemning_a_killing_is_aimed_at_the_killers_not_the_victims():
    text = (
        "Gunmen of the Liberation Front killed four farmers in Zenta on Monday. "
        "Borduria condemned the killing of farmers in Zenta."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Borduria": "BBB"},
        [_FRONT, _BORDURIA],
        {"Zenta": _ZENTA},
    )
    condemned = _of(extractor().extract(linked), "ACCUSE")
    assert condemned and _id(condemned[0].recipient) == "front"


def test_a_vehicle_fired_on_stands_for_the_people_it_carried():
    text = (
        "Gunmen fired on a minibus carrying pilgrims near Zenta on Sunday, killing two "
        "Atlantis Police escorts."
    )
    linked = _linked(text, {"Atlantis Police": "AAA-POL"}, [_POLICE], {"Zenta": _ZENTA})
    fired = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "fired"]
    assert fired and "pilgrims" in _text(fired[0].recipient)


def test_a_consortium_led_from_abroad_is_not_that_country():
    text = "Atlantis signed a 20-year contract with a Borduria-led consortium on Monday."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    agreed = _of(extractor().extract(linked), "AGREE")
    assert agreed and _id(agreed[0].recipient) != "BBB"
    assert "consortium" in _text(agreed[0].recipient)


def test_condemning_a_contract_is_aimed_at_who_signed_it():
    text = (
        "Atlantis signed a mining contract with a foreign firm on Monday. "
        "The Helsinki Monitor condemned the contract."
    )
    linked = _linked(
        text, {"Atlantis": "AAA", "Helsinki Monitor": "monitor"}, [_ATLANTIS, _MONITOR]
    )
    condemned = _of(extractor().extract(linked), "ACCUSE")
    assert condemned and _id(condemned[0].recipient) == "AAA"


def test_compensation_for_families_goes_to_the_families():
    text = "Atlantis announced compensation of 500 crowns for each family of the dead in Zenta."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS], {"Zenta": _ZENTA})
    aid = _of(extractor().extract(linked), "AID")
    assert aid and "family" in _text(aid[0].recipient)


def test_a_visit_to_a_country_named_nowhere_else_is_to_that_country():
    text = (
        "Ana Vel travelled to Borduria last month, the first such visit by an Atlantis "
        "minister in a decade."
    )
    linked = _linked(
        text,
        {"Ana Vel": "ana-vel", "Atlantis": "AAA"},
        [_MINISTER, _ATLANTIS],
        {"Borduria": _BORDURIA_PLACE},
    )
    visits = _of(extractor().extract(linked), "CONSULT")
    assert visits and _id(visits[0].actor) == "ana-vel"
    assert _id(visits[0].recipient) == "BBB"


# ---------------------------------------------------------------- who stages the act


def test_who_stages_a_sit_in_holds_it_and_asks_no_one_for_information_about_others():
    text = (
        "Relatives of the detainees staged a sit-in outside the Zenta court on Friday, "
        "demanding information about six missing students."
    )
    # the linker names unnamed groups provisionally
    linked = _linked(text, {"Relatives": "prov:relatives"}, [_RELATIVES], {"Zenta": _ZENTA})
    evs = extractor().extract(linked)
    sit_in = _of(evs, "PROTEST")
    assert sit_in and "relatives" in _text(sit_in[0].actor)
    assert sit_in[0].place is not None and sit_in[0].place.name == "Zenta"
    demands = _of(evs, "REQUEST")
    assert all("students" not in _text(d.recipient) for d in demands)


def test_the_party_that_says_it_will_protest_is_the_party_named_before():
    text = (
        "The Popular Progress Party accused Atlantis of rigging the vote. "
        "Shops stayed shut on Friday, and the party said it would hold a protest in Zenta "
        "next week."
    )
    linked = _linked(
        text,
        {"Popular Progress Party": "ppp", "Atlantis": "AAA"},
        [_PARTY, _ATLANTIS],
        {"Zenta": _ZENTA},
    )
    protests = [e for e in _of(extractor().extract(linked), "PROTEST") if e.trigger == "hold"]
    assert protests and _id(protests[0].actor) == "ppp"


def test_blaming_an_attack_on_someone_is_aimed_at_them():
    text = (
        "Militants attacked a checkpoint in Zenta on Monday. "
        "Ana Vel blamed the attack on handlers across the border."
    )
    linked = _linked(
        text,
        {"Ana Vel": "ana-vel", "handlers": "prov:handlers"},
        [_MINISTER, _HANDLERS],
        {"Zenta": _ZENTA},
    )
    blamed = _of(extractor().extract(linked), "ACCUSE")
    assert blamed and "handlers" in _text(blamed[0].recipient)


# ---------------------------------------------------------------- one incident, told on


def test_members_of_a_force_named_by_a_plain_word_are_that_force():
    text = (
        "Militants stormed an Atlantis Police post in Zenta on Monday. "
        "The attackers fought the outnumbered constables for an hour."
    )
    linked = _linked(text, {"Atlantis Police": "AAA-POL"}, [_POLICE], {"Zenta": _ZENTA})
    fought = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "fought"]
    assert fought and _id(fought[0].recipient) == "AAA-POL"


def test_unnamed_victims_keep_the_words_they_were_first_named_with():
    text = (
        "Gunmen of the Liberation Front stopped a bus near Zenta on Monday and held the "
        "passengers for ten hours. "
        "They shot three travellers at the roadside, a driver said."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT], {"Zenta": _ZENTA})
    shot = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger.startswith("shot")]
    assert shot and shot[0].recipient is not None
    assert "passengers" in {(shot[0].recipient.name or "").lower(), _text(shot[0].recipient)}


def test_the_speakers_own_act_happens_where_the_speakers_are():
    text = "Atlantis Police in Zenta said on Sunday that they had arrested four suspects."
    linked = _linked(text, {"Atlantis Police": "AAA-POL"}, [_POLICE], {"Zenta": _ZENTA})
    arrests = _of(extractor().extract(linked), "COERCE")
    assert arrests and arrests[0].place is not None and arrests[0].place.name == "Zenta"
