"""Event types, ninth round (lexicon 2.14): one class of news phrasing per test, each with
sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

from tests.unit._events_util import event_types as _types
from tests.unit._events_util import events_of_type as _of  # noqa: I001

from watchfloor.extract.triggers import load_lexicon


def test_lexicon_version_is_bumped():
    major, minor = (int(x) for x in load_lexicon().version.split("."))
    assert (major, minor) >= (2, 14)


# ------------------------------------------------------------------ senses that are no event


def test_routing_goods_is_no_defeat():
    assert "ASSAULT" not in _types(
        "The two governments discussed routing Uzbek cargo through Termez."
    )


def test_rescuers_pulling_people_out_do_not_retreat():
    assert "RETREAT" not in _types("Volunteers pulled two boys out of the collapsed school.")


def test_speaking_in_parliament_is_no_meeting():
    text = "Speaking in the Senate on Tuesday, the senator blamed Kabul for the unrest."
    types = _types(text)
    assert "CONSULT" not in types and "ACCUSE" in types


def test_a_lasting_ability_to_strike_is_no_attack():
    text = "The commander said the group remained able to strike anywhere in the province."
    assert "ASSAULT" not in _types(text)


# ------------------------------------------------------------------ senses added


def test_releasing_people_is_retreat_release():
    evs = _of("The rebels freed four kidnapped road workers on Sunday.", "RETREAT")
    assert evs and evs[0].mode == "release"
    assert "CONCEDE" not in _types("The rebels freed four kidnapped road workers on Sunday.")


def test_playing_down_a_threat_rejects_it():
    assert "REJECT" in _types("Tajik officials played down the warning from the militants.")


def test_drawing_fire_from_critics_is_criticism():
    evs = _of("The new visa rule drew fire from opposition lawmakers.", "ACCUSE")
    assert evs and evs[0].mode == "disapprove"


def test_locking_people_out_is_a_ban():
    evs = _of("The authorities locked female staff out of the ministry buildings.", "COERCE")
    assert evs and evs[0].mode == "ban"


def test_troops_ordered_to_escort_are_mobilised():
    types = _types("The provincial cabinet ordered extra police to guard the power stations.")
    assert "MOBILIZE" in types and "REQUEST" not in types


def test_pickets_posted_along_a_road_are_mobilised():
    assert "MOBILIZE" in _types(
        "Buses ran again on Sunday, with police pickets posted at each bridge."
    )


def test_traffic_resuming_is_an_easing():
    evs = _of("Traffic on the mountain pass resumed on Friday after a week.", "RETREAT")
    assert evs and evs[0].mode == "ease"


def test_a_crowd_halting_traffic_obstructs():
    text = "Hundreds of villagers staged a sit-in on the bypass, halting traffic for six hours."
    evs = _of(text, "PROTEST")
    assert {e.mode for e in evs} == {"demo", "obstruct"}
    assert "COERCE" not in _types(text)


def test_protests_and_road_blockades_are_two_rows():
    evs = _of("The killings set off protests and road blockades across the valley.", "PROTEST")
    assert sorted(e.mode for e in evs) == ["demo", "obstruct"]


def test_traders_keeping_shops_shut_strike():
    evs = _of(
        "Shopkeepers kept their shops shut on Tuesday in solidarity with the farmers.", "PROTEST"
    )
    assert evs and evs[0].mode == "boycott"


def test_drone_operations_are_strikes():
    evs = _of("Drone operations along the frontier have killed dozens this year.", "ASSAULT")
    assert evs and evs[0].mode == "drone"


def test_sabotaging_a_process_is_no_attack():
    text = "The minister said critics wanted to sabotage the normalisation of ties."
    assert "ASSAULT" not in _types(text)


def test_one_body_sitting_alone_is_no_meeting():
    text = "The provincial cabinet met on Tuesday and demanded a share of the gas revenue."
    types = _types(text)
    assert "CONSULT" not in types and "REQUEST" in types


def test_each_thing_demanded_is_a_demand():
    evs = _of("The union demanded an apology and compensation from the company.", "REQUEST")
    assert len(evs) == 2


def test_an_arrest_of_people_named_as_an_outcome():
    text = "The night raid led to the arrest of six smugglers, the police said."
    evs = _of(text, "COERCE")
    assert evs and evs[0].mode == "arrest"
