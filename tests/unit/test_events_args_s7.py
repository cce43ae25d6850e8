"""Event arguments, round 7 (issue #5): a place inside a relative clause describing the target
is that clause's, a pattern is not the incident a later sentence continues, a state measure
told again is the same state's, a reaction to a report is aimed at the author an earlier
sentence names, and names coordinated before one head noun are one party each."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_BBB_OFFICIALS = Actor("BBB-GOV", "Bordurian officials", sector="GOV", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA")
_MONITOR = Actor("monitor", "Helsinki Monitor", sector="NGO")
_RELIEF = Actor("relief", "Relief Agency", sector="NGO")
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_KESSEL = Place("p:kessel", "Kessel", kind="site", country="BBB", lat=None, lon=None)


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _id(ref):
    return getattr(ref, "id", None)


# ---------------------------------------------------------------- where the act happened


def test_a_place_in_a_relative_clause_on_the_target_is_not_where_the_strike_was():
    text = (
        "The Atlantis Army said in a statement on Tuesday that security forces had carried out "
        "a strike on a hideout the Liberation Front used to plan attacks in Zenta."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "security forces": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    strikes = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "strike"]
    assert strikes and strikes[0].place is None


def test_a_place_hung_on_the_act_itself_still_places_it():
    text = "The Atlantis Army said its jets had struck a depot in Zenta on Monday."
    linked = _linked(text, {"Atlantis Army": "AAA-MIL"}, [_ARMY], {"Zenta": _ZENTA})
    strikes = _of(extractor().extract(linked), "ASSAULT")
    assert strikes and strikes[0].place is not None and strikes[0].place.name == "Zenta"


# ---------------------------------------------------------------- who continues the incident


def test_a_pattern_in_the_previous_sentence_is_not_the_incident_continued():
    text = (
        "The Atlantis Army said in a statement on Tuesday that security forces had carried out "
        "a strike on a hideout the Liberation Front used to plan attacks in Zenta. "
        "It said two commanders of the group were among those killed."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "security forces": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    evs = extractor().extract(linked)
    killed = [e for e in _of(evs, "ASSAULT") if e.trigger == "killed"]
    assert killed and _id(killed[0].actor) == "AAA-MIL"


def test_a_measure_told_again_is_taken_by_the_same_state_not_where_it_ends():
    text = (
        "Atlantis deported 300 migrants through the Kessel crossing on Monday. "
        "A charity said most of them had been deported without their belongings."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA],
        {"Kessel": _KESSEL},
    )
    deports = [e for e in _of(extractor().extract(linked), "COERCE") if e.mode == "deport"]
    assert len(deports) == 2
    assert _id(deports[1].actor) == "AAA"


def test_a_measure_with_a_place_of_its_own_is_still_that_places_state():
    text = (
        "Atlantis Police deported 300 Bordurians on Monday. "
        "In Kessel, 40 more people were deported on Tuesday."
    )
    linked = _linked(
        text,
        {"Atlantis Police": "AAA-POL", "Borduria": "BBB"},
        [_POLICE, _BORDURIA],
        {"Kessel": _KESSEL},
    )
    deports = [e for e in _of(extractor().extract(linked), "COERCE") if e.mode == "deport"]
    assert len(deports) == 2
    assert _id(deports[1].actor) != "AAA-POL"


# ---------------------------------------------------------------- reactions to a report


def test_reactions_to_a_report_go_to_the_author_named_when_it_came_out():
    text = (
        "Every year the Helsinki Monitor publishes a report on Borduria. "
        "The latest report says militants train in the north. "
        "Borduria rejected the findings within hours. "
        "Atlantis, for its part, welcomed the report."
    )
    linked = _linked(
        text,
        {"Helsinki Monitor": "monitor", "Borduria": "BBB", "Atlantis": "AAA"},
        [_MONITOR, _BORDURIA, _ATLANTIS],
    )
    evs = extractor().extract(linked)
    rejects = _of(evs, "REJECT")
    assert rejects and _id(rejects[0].recipient) == "monitor"
    welcomes = _of(evs, "SUPPORT")
    assert welcomes and _id(welcomes[0].recipient) == "monitor"


def test_a_report_released_by_a_named_body_is_that_bodys():
    text = (
        "A report released by the Helsinki Monitor on Monday described abuses in custody. "
        "Borduria rejected the report as biased."
    )
    linked = _linked(
        text, {"Helsinki Monitor": "monitor", "Borduria": "BBB"}, [_MONITOR, _BORDURIA]
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].recipient) == "monitor"


# ---------------------------------------------------------------- one row per party


def test_names_coordinated_before_one_head_noun_are_one_party_each():
    text = "On Sunday, the Relief Agency and Bordurian officials signed an agreement in Kessel."
    linked = _linked(
        text,
        {"Relief Agency": "relief", "Bordurian officials": "BBB-GOV"},
        [_RELIEF, _BBB_OFFICIALS],
        {"Kessel": _KESSEL},
    )
    agree = _of(extractor().extract(linked), "AGREE")
    assert {_id(e.actor) for e in agree} == {"relief", "BBB-GOV"}


# ---------------------------------------------------------------- whom a reaction is aimed at


def test_a_feeling_stated_about_an_attack_is_aimed_at_its_perpetrator():
    text = (
        "The Liberation Front said its fighters had killed a judge in Zenta on Monday. "
        "The Relief Agency said it was deeply concerned by the killing."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Relief Agency": "relief"},
        [_FRONT, _RELIEF],
        {"Zenta": _ZENTA},
    )
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and _id(accuse[0].actor) == "relief"
    assert _id(accuse[0].recipient) == "front"


def test_a_recalled_attack_claimed_in_its_own_sentence_gives_the_claim_its_target():
    text = (
        "Atlantis Army jets struck a farm near Zenta on Monday. "
        "Last year, gunmen stormed a post in Zenta and killed six Atlantis Army soldiers, an "
        "attack the Liberation Front claimed."
    )
    linked = _linked(
        text, {"Atlantis Army": "AAA-MIL", "Liberation Front": "front"}, [_ARMY, _FRONT]
    )
    claims = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "claimed"]
    assert claims and _id(claims[0].actor) == "front"
    assert _id(claims[0].recipient) == "AAA-MIL"


# ---------------------------------------------------------------- mutual acts


def test_fighting_denied_is_denied_for_each_side():
    text = (
        "The Liberation Front said its fighters had attacked an Atlantis Army checkpoint in "
        "Zenta on Sunday. An army spokesman said there had been no fighting of any kind in Zenta."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Atlantis Army": "AAA-MIL"},
        [_FRONT, _ARMY],
        {"Zenta": _ZENTA},
    )
    fights = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "fighting"]
    assert {(_id(e.actor), _id(e.recipient)) for e in fights} == {
        ("front", "AAA-MIL"),
        ("AAA-MIL", "front"),
    }
    assert {e.factuality for e in fights} == {"negated"}


def test_who_feels_it_makes_the_statement_but_an_urged_party_does_not():
    text = (
        "The Liberation Front said its fighters had killed a judge in Zenta on Monday. "
        "The Relief Agency was deeply alarmed at the killing, its director said."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Relief Agency": "relief"},
        [_FRONT, _RELIEF],
        {"Zenta": _ZENTA},
    )
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and _id(accuse[0].actor) == "relief"
    assert _id(accuse[0].recipient) == "front"
    text = "The Liberation Front was urged on Monday to free the hostages."
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT])
    requests = _of(extractor().extract(linked), "REQUEST")
    assert requests and _id(requests[0].actor) != "front"


def test_of_places_joined_by_and_or_or_the_first_named_is_the_events_even_if_coarser():
    text = "Atlantis Army jets struck farms in Vessia or Dara on Monday."
    vessia = Place("p:vessia", "Vessia", kind="admin1", country="AAA", lat=None, lon=None)
    dara = Place("p:dara", "Dara", kind="city", country="AAA", lat=None, lon=None)
    linked = _linked(text, {"Atlantis Army": "AAA-MIL"}, [_ARMY], {"Vessia": vessia, "Dara": dara})
    strikes = _of(extractor().extract(linked), "ASSAULT")
    assert strikes and strikes[0].place is not None and strikes[0].place.name == "Vessia"


def test_fighting_that_only_describes_the_victims_does_not_make_their_deaths_mutual():
    text = (
        "Atlantis Army jets struck a village near Zenta on Monday. The Liberation Front said "
        "19 civilians, most of them from families displaced by earlier fighting, had died when "
        "a house was flattened in Zenta."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Liberation Front": "front"},
        [_ARMY, _FRONT],
        {"Zenta": _ZENTA},
    )
    died = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "died"]
    assert len(died) == 1


def test_disputing_that_account_answers_whoever_gave_it_just_before():
    text = (
        "A Bordurian official said the returns were voluntary. "
        "The Relief Agency disputed that, saying families had been given hours to leave."
    )
    linked = _linked(
        text, {"Bordurian official": "BBB", "Relief Agency": "relief"}, [_BORDURIA, _RELIEF]
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].recipient) == "BBB"


def test_an_account_told_by_he_is_that_of_the_speaker_named_before():
    text = (
        '"They can still strike in the cities," said a Bordurian official. '
        "He said the group was recruiting in the north. "
        "The Liberation Front disputed that account."
    )
    linked = _linked(
        text, {"Bordurian official": "BBB", "Liberation Front": "front"}, [_BORDURIA, _FRONT]
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].recipient) == "BBB"


def test_a_finer_place_named_beside_the_first_is_not_taken_for_one_inside_it():
    text = "An army spokesman said there had been no fighting of any kind in Vessia or Dara."
    vessia = Place("p:vessia", "Vessia", kind="admin1", country="AAA", lat=35.0, lon=69.0)
    dara = Place("p:dara", "Dara", kind="admin2", country="AAA", lat=35.5, lon=69.5)
    linked = _linked(text, {}, [], {"Vessia": vessia, "Dara": dara})
    fights = _of(extractor().extract(linked), "ASSAULT")
    assert fights and all(e.place is not None and e.place.name == "Vessia" for e in fights)
