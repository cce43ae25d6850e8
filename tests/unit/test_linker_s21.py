"""Place linking of session 21: a curated river's course places it beside the story's town
(the lower Helmand at Zaranj, the Indus at Besham) and keeps its nominal point when no town
lies by it; a quarter a city owns ("Kabul's X district") stands at the city; coordinated
district names after a possessive ("Paktia's Zurmat and Sayed Karam districts") are places
even where the tagger reads one as a person; and curated places (a Lakki Marwat town, the
Amu Darya oil basin). Coordinates are real positions; the tolerance is the evaluation's 50 km.
Also a state that owns a named place ("Afghanistan's Paktia ... provinces") is a location
too. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("spacy")

from watchfloor.kb.actors import KnowledgeBaseError  # noqa: E402
from watchfloor.kb.gazetteer import Gazetteer, haversine_km  # noqa: E402


def _place(linked, text: str):
    found = [m for m in linked.place_mentions if m.text == text and m.place_id]
    assert found, f"{text!r} not linked: {[(m.text, m.rule) for m in linked.place_mentions]}"
    return linked.places[found[0].place_id]


def _at(place, country: str, lat: float, lon: float, km: float = 50.0) -> bool:
    return (
        place is not None
        and place.country == country
        and place.lat is not None
        and place.lon is not None
        and haversine_km(place.lat, place.lon, lat, lon) <= km
    )


# --- river courses ------------------------------------------------------------------------------


def test_river_takes_the_stretch_by_the_story_town(link) -> None:
    linked = link(
        "ZARANJ, Afghanistan — Border guards exchanged fire near the Helmand river on Sunday, "
        "officials in Zaranj said."
    )
    assert _at(_place(linked, "Helmand river"), "AFG", 31.0, 61.9)


def test_a_stretch_is_named_after_its_town_and_its_id_carries_its_position(link) -> None:
    # review fix: stretches of one river are told apart in listings, and an id never moves
    text = (
        "ZARANJ, Afghanistan — Border guards exchanged fire near the Helmand river on Sunday, "
        "officials in Zaranj said."
    )
    place = _place(link(text), "Helmand river")
    assert place.name == "Helmand River near Zaranj"
    assert place.id == f"extra:helmand-river@{place.lat:.2f},{place.lon:.2f}"
    assert _place(link(text), "Helmand river") == place


def test_river_far_from_every_town_keeps_its_nominal_point(link) -> None:
    # near miss: Kabul lies more than 60 km from the river's upper course
    linked = link("KABUL — Ministers in Kabul discussed water from the Helmand river on Sunday.")
    assert _at(_place(linked, "Helmand river"), "AFG", 31.6, 64.3, 5.0)


def test_first_town_by_the_river_wins_over_a_later_one(link) -> None:
    linked = link(
        "BESHAM, Pakistan — A truck carrying workers to Dasu plunged into the Indus River on "
        "Monday, police in Besham said."
    )
    assert _at(_place(linked, "Indus River"), "PAK", 34.93, 72.88)


def test_course_needs_point_pairs(tmp_path: Path) -> None:
    bad = tmp_path / "extra.yaml"
    bad.write_text(
        "places:\n- {name: Foo River, kind: site, country: AFG, lat: 34, lon: 68,"
        " course: [[34, 68]]}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match="course"):
        Gazetteer([bad])


# --- a city's quarter -------------------------------------------------------------------------


def test_quarter_a_city_owns_stands_at_the_city(link) -> None:
    linked = link("Police sealed off Kabul's Shahr-e-Naw district after the attack on Tuesday.")
    assert _at(_place(linked, "Shahr-e-Naw"), "AFG", 34.53, 69.17)


def test_country_possessive_places_no_quarter(link) -> None:
    # near miss: a country's possessive is too wide to place an unknown name
    linked = link("Police sealed off Afghanistan's Qarwal Naw district after the attack.")
    assert not [m for m in linked.place_mentions if m.text == "Qarwal Naw" and m.place_id]


# --- coordinated districts after a possessive ---------------------------------------------------


def test_coordinated_districts_after_a_possessive_are_places(link) -> None:
    linked = link("Clashes spread on Monday to Paktia's Zurmat and Sayed Karam districts.")
    assert _at(_place(linked, "Sayed Karam"), "AFG", 33.69, 69.37)
    assert not [m for m in linked.actor_mentions if m.text == "Sayed Karam"]


def test_person_after_a_possessive_without_unit_word_stays(link) -> None:
    # near miss: no plural unit word after the pair
    linked = link("Paktia's governor and Sayed Karam met the elders on Monday.")
    assert not [m for m in linked.place_mentions if m.text == "Sayed Karam" and m.place_id]


# --- curated places ---------------------------------------------------------------------------


def test_lakki_marwat_town(link) -> None:
    linked = link("Militants attacked a checkpost at Tajazai on Tuesday.")
    assert _at(_place(linked, "Tajazai"), "PAK", 32.69, 70.86)


def test_amu_darya_basin_is_not_the_river_point(link) -> None:
    linked = link("Chinese firms signed a deal to extract oil from the Amu Darya basin.")
    assert _at(_place(linked, "Amu Darya basin"), "AFG", 36.6, 66.0)
    # near miss: the river alone keeps its point at the Hairatan bridge
    linked = link("Barges crossed the Amu Darya at Hairatan on Monday.")
    assert _at(_place(linked, "Amu Darya"), "AFG", 37.22, 67.35, 20.0)


# --- a state owning a named place -------------------------------------------------------------


def test_state_owning_a_named_place_is_a_place(link) -> None:
    linked = link("The valley borders Afghanistan's Paktia, Khost and Nangarhar provinces.")
    assert _place(linked, "Afghanistan").kind == "country"


def test_state_owning_a_person_is_no_place(link) -> None:
    # near miss: "Pakistan's Imran Khan" owns a person, not land
    linked = link("Pakistan's Imran Khan said the talks had failed.")
    assert not [m for m in linked.place_mentions if m.text == "Pakistan"]


def test_district_geonames_spells_otherwise(link) -> None:
    linked = link("In Khost, a strike on a house in the Zazai Maidan district killed two men.")
    assert _at(_place(linked, "Zazai Maidan district"), "AFG", 33.5, 70.0)


def test_islamabad_sector_is_a_place(link) -> None:
    linked = link("Police sealed off the market in the G-9 sector of the capital on Friday.")
    assert _at(_place(linked, "G-9 sector"), "PAK", 33.69, 73.03)


def test_summit_and_jet_names_are_no_sectors(link) -> None:
    # near miss: the G7 summit and an F-16 jet look like sector names
    linked = link("Leaders at the G-7 summit discussed the sale of F-16 jets to Pakistan.")
    assert not [m for m in linked.place_mentions if m.text in ("G-7", "F-16")]
