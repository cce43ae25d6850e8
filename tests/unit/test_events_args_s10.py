"""Event arguments, session 10: answers to an earlier statement ("an allegation police denied",
"dismissed the denial", "denied that ..." after a named speaker), aid to the people a phrase
names ("for the victims' families"), a place the act's clause names though the parser hung it
on a noun, where the wounded were taken, a protest's own premises, things handed to someone,
"any country", and "at the hands of"."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place

_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_STATE = Actor("AAA", "Atlantis", kind="country", country="AAA")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_MINISTER = Actor("ana-vel", "Ana Vel", sector="GOV", country="AAA", parent="AAA", kind="person")
_SPEAKER = Actor("bo-lind", "Bo Lind", sector="REB", country="AAA", parent="front", kind="person")
_ELDER = Actor("prov:cai-orn", "Cai Orn", kind="person")
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_VARO = Place("p:varo", "Varo", kind="city", country="AAA", lat=None, lon=None)
_KOLM = Place("p:kolm", "Kolm", kind="admin2", country="AAA", lat=None, lon=None)


def _rows(text: str, mentions: dict[str, str], actors: list[Actor], places=None):
    return extractor().extract(_linked(text, mentions, actors, places or {}))


def test_a_charge_the_parser_read_as_part_of_the_subject_answers_who_made_it():
    text = (
        "Residents of the town said some of the recaptured men had been beaten during the "
        "raids, an allegation police denied."
    )
    denials = _of(_rows(text, {"police": "AAA-POL"}, [_POLICE]), "REJECT")
    assert denials and _id(denials[0].actor) == "AAA-POL"
    assert "residents" in _text(denials[0].recipient)


def test_dismissing_the_denial_answers_whoever_voiced_it():
    text = (
        "Bo Lind, a spokesman for the Liberation Front, said the group had no link to the blast "
        "and denied any role. A senior police officer dismissed the denial."
    )
    rows = _rows(
        text,
        {"Bo Lind": "bo-lind", "Liberation Front": "front", "police officer": "AAA-POL"},
        [_SPEAKER, _FRONT, _POLICE],
    )
    dismissed = [e for e in _of(rows, "REJECT") if e.trigger == "dismissed"]
    assert dismissed and _id(dismissed[0].recipient) == "bo-lind"


def test_denying_that_something_happened_answers_the_speaker_just_told():
    text = (
        "One elder, Cai Orn, said residents had asked the district administration for more "
        "police. A district official denied that any request had been received."
    )
    rows = _rows(
        text,
        {"Cai Orn": "prov:cai-orn", "district official": "AAA", "district administration": "AAA"},
        [_ELDER, _STATE],
    )
    denied = [e for e in _of(rows, "REJECT") if e.trigger == "denied"]
    assert denied and _id(denied[0].recipient) == "prov:cai-orn"


def test_compensation_for_the_victims_families_goes_to_the_families():
    text = (
        "Ana Vel condemned the attack and announced compensation of one million rupees for the "
        "victims' families."
    )
    aid = _of(_rows(text, {"Ana Vel": "ana-vel"}, [_MINISTER]), "AID")
    assert aid and "families" in _text(aid[0].recipient)


def test_a_place_of_the_acts_clause_hung_on_a_noun_beats_the_dateline():
    text = (
        "VARO, Atlantis — A roadside bomb tore through a pickup carrying a vaccination team in "
        "the Zenta area of Kolm district on Wednesday, killing two health workers, officials "
        "said."
    )
    rows = _rows(text, {}, [], {"VARO": _VARO, "Zenta": _ZENTA, "Kolm": _KOLM})
    kills = _of(rows, "ASSAULT")
    assert kills and all(_id(e.place) == "p:zenta" for e in kills)


def test_a_place_inside_a_destination_or_a_background_clause_is_not_the_acts():
    text = (
        "Hundreds of trucks had been stuck near Zenta since the border was sealed by Atlantis "
        "last month."
    )
    rows = _rows(text, {"Atlantis": "AAA"}, [_STATE], {"Zenta": _ZENTA})
    assert all(_id(e.place) != "p:zenta" for e in rows if e.trigger == "sealed")


def test_where_the_wounded_were_taken_is_not_where_they_were_hit():
    text = (
        "Gunmen fired on a police patrol in Zenta on Monday. Four other members of the patrol "
        "were wounded and taken to a hospital in Varo."
    )
    rows = _rows(text, {}, [], {"Zenta": _ZENTA, "Varo": _VARO})
    wounded = [e for e in _of(rows, "ASSAULT") if e.trigger == "wounded"]
    assert wounded and _id(wounded[0].place) != "p:varo"


def test_protesters_own_shops_are_not_the_target_of_their_protest():
    text = "In Zenta, traders kept their shops shut for two days in protest."
    rows = _rows(text, {}, [], {"Zenta": _ZENTA})
    protests = _of(rows, "PROTEST")
    assert protests and "shops" not in _text(protests[0].recipient)


def test_things_handed_to_someone_leave_the_taker_as_recipient():
    text = "The fighters handed their rifles and rocket launchers to Ana Vel at a ceremony."
    rows = _rows(text, {"Ana Vel": "ana-vel"}, [_MINISTER])
    handed = [e for e in rows if e.trigger == "handed"]
    assert handed and _id(handed[0].recipient) == "ana-vel"


def test_cooperating_with_any_country_names_no_recipient():
    text = "The Liberation Front said it would cooperate with any country that brings proof."
    rows = _rows(text, {"Liberation Front": "front"}, [_FRONT])
    coop = _of(rows, "COOPERATE")
    assert coop and coop[0].recipient is None


def test_dying_at_the_hands_of_a_group_makes_it_the_actor():
    text = "The Liberation Front denied that any passengers had died at its hands."
    rows = _rows(text, {"Liberation Front": "front", "its": "front"}, [_FRONT])
    deaths = [e for e in _of(rows, "ASSAULT") if e.trigger == "died"]
    assert deaths and _id(deaths[0].actor) == "front"
    assert "passengers" in _text(deaths[0].recipient)


_BBB = Actor("BBB", "Borduria", kind="country", country="BBB")
_KABUL_SPOKESMAN = Actor(
    "dan-ek", "Dan Ek", sector="GOV", country="BBB", parent="BBB", kind="person"
)


def test_a_retort_about_being_blamed_is_aimed_at_the_blamer():
    text = (
        'Dan Ek said Atlantis\'s security failures "cannot be hidden by blaming Borduria" and '
        "insisted that no armed group operated from Bordurian territory."
    )
    rows = _rows(
        text,
        {"Dan Ek": "dan-ek", "Atlantis": "AAA", "Borduria": "BBB"},
        [_KABUL_SPOKESMAN, _STATE, _BBB],
    )
    blame = [e for e in _of(rows, "ACCUSE") if e.trigger == "blaming"]
    assert blame and _id(blame[0].recipient) == "AAA"


def test_the_troops_own_wounded_do_not_displace_the_militants_they_killed():
    text = (
        "The military said troops had killed three militants in an exchange of fire near Zenta, "
        "and that one soldier had been wounded."
    )
    army = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
    rows = _rows(text, {"troops": "AAA-MIL", "soldier": "AAA-MIL"}, [army], {"Zenta": _ZENTA})
    kills = [e for e in _of(rows, "ASSAULT") if e.trigger == "killed"]
    assert any(_id(e.actor) == "AAA-MIL" and "militants" in _text(e.recipient) for e in kills)


def test_a_police_officer_telling_of_arrests_makes_the_police_their_actor():
    text = (
        "A senior police officer in Zenta said two suspected facilitators of the kidnapping had "
        "been arrested on Saturday."
    )
    linked = _linked(text, {"police officer": "AAA-POL"}, [_POLICE, _STATE], {"Zenta": _ZENTA})
    linked.focus_countries = ["AAA"]
    arrests = _of(extractor().extract(linked), "COERCE")
    assert arrests and _id(arrests[0].actor) == "AAA-POL"


def test_a_condemnation_is_not_aimed_at_a_group_that_denied_the_attack():
    text = (
        "A roadside bomb killed two health workers in Zenta on Monday. The Liberation Front said "
        "it did not target health workers. Ana Vel condemned the attack."
    )
    rows = _rows(
        text,
        {"Liberation Front": "front", "Ana Vel": "ana-vel"},
        [_FRONT, _MINISTER],
        {"Zenta": _ZENTA},
    )
    condemned = [e for e in _of(rows, "ACCUSE") if e.trigger == "condemned"]
    assert condemned and _id(condemned[0].recipient) != "front"


def test_a_view_a_party_rejects_answers_whoever_voiced_it():
    text = (
        "A Bordurian security official said last week that the group remained capable of "
        "attacks across the region, a view the Front rejected."
    )
    rows = _rows(text, {"Bordurian": "BBB", "Front": "front"}, [_BBB, _FRONT])
    rejects = _of(rows, "REJECT")
    assert rejects and _id(rejects[0].recipient) == "BBB"
