"""Session 14 place fallback: the story's town placing an unknown name must be in a country
the sentence names, never a capital for a name the story calls a crossing, and a continent or
world region is never pinned to a town. Place names here are made up."""

from __future__ import annotations


def placed(linked, text):
    return {(m.place_id, m.rule) for m in linked.place_mentions if m.text == text}


def test_story_town_in_another_country_does_not_place_a_name(link):
    ld = link(
        "ISLAMABAD, Pakistan — Trade resumed on Monday. "
        "Uzbekistan said it would open a wholesale market at Zarkentobod next month."
    )
    assert all(pid is None or not pid.endswith("1176615") for pid, _ in placed(ld, "Zarkentobod"))


def test_story_town_in_the_named_country_still_places_a_name(link):
    ld = link("QUETTA, Pakistan — Officials in Pakistan said two soldiers were killed in Marzobai.")
    assert placed(ld, "Marzobai") == {("geonames:1167528", "approx-story")}


def test_a_crossing_named_once_is_never_placed_at_a_capital(link):
    ld = link(
        "KABUL, Afghanistan — Trucks queued at the Zarghun Sar crossing on Monday. "
        "A customs official at Zarghun Sar said the gate would open at noon."
    )
    assert all(m.place_id is None for m in ld.place_mentions if m.text == "Zarghun Sar")


def test_world_region_is_not_pinned_to_the_story_town(link):
    ld = link("MOSCOW — Russia will hold talks with partners in Central Asia next month.")
    assert all(m.rule != "approx-story" for m in ld.place_mentions if "Asia" in m.text)
