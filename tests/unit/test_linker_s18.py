"""Linking rules of session 18 (tuned on the dev halves, fresh17 first): a town's "river port",
coordinated villages before a plural feature word, the current holder of a provincial title, and
places the news names often. One short text per rule, composed for the test, with a near miss;
no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering


def _place_ids(linked, text: str, occurrence: int = 0) -> set[str | None]:
    start = -1
    for _ in range(occurrence + 1):
        start = linked.doc.text.index(text, start + 1)
    end = start + len(text)
    return {m.place_id for m in linked.place_mentions if m.start < end and start < m.end}


def _place(linked, text: str):
    ids = _place_ids(linked, text) - {None}
    assert len(ids) == 1, ids
    return linked.places[ids.pop()]


# --- "the X river port" is the town's port, not a river named after it
def test_a_towns_river_port_is_the_town(link):
    linked = link(
        "HERAT — Herat traders complained on Monday. Most trade with Uzbekistan passes through "
        "the Hairatan river port, officials said."
    )
    place = _place(linked, "Hairatan")
    assert place.country == "AFG" and place.lat > 36.5  # Balkh, not Herat's namesake


def test_near_miss_a_river_named_after_a_town_is_still_the_river_rule(link):
    linked = link(
        "KABUL — Floods hit Kabul on Monday. Houses along the Kabul river were damaged, "
        "officials said."
    )
    place = _place(linked, "Kabul river")
    assert place.country == "AFG"


# --- coordinated names before a plural feature word are each a local place
def test_coordinated_villages_take_the_district(link):
    linked = link(
        "ASADABAD — Shelling hit Dangam district of Kunar on Monday. Most of the shells landed "
        "in Shal and Mano villages near the border, officials said."
    )
    for name in ("Shal", "Mano"):
        assert covering(linked, name) <= {None}  # no provisional actor
        place = _place(linked, name)
        assert place.country == "AFG"


def test_near_miss_coordinated_names_without_a_feature_word_are_not_villages(link):
    linked = link("ASADABAD — Shal and Mano said on Monday that the shelling must stop.")
    assert not (_place_ids(linked, "Shal") - {None})


# --- a provincial title goes to its current holder
def test_the_chief_minister_of_khyber_pakhtunkhwa_is_afridi(link):
    linked = link(
        "PESHAWAR — The chief minister of Khyber Pakhtunkhwa condemned the attack on Monday."
    )
    assert covering(linked, "chief minister") == {"sohail-afridi"}


def test_near_miss_a_title_that_names_no_territory_needs_its_owner(link):
    linked = link("PESHAWAR — The chief minister of the province condemned the attack.")
    assert "sohail-afridi" not in covering(linked, "chief minister")


def test_near_miss_a_named_former_chief_minister_keeps_his_id(link):
    linked = link(
        "PESHAWAR — Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the attack."
    )
    assert covering(linked, "Ali Amin Gandapur") == {"ali-amin-gandapur"}


# --- sites and towns the news names often
@pytest.mark.parametrize(
    "text,name,country",
    [
        ("PESHAWAR — The wounded were taken to Lady Reading Hospital.", "Lady Reading", "PAK"),
        ("KABUL — A blast hit Wazir Akbar Khan on Monday.", "Wazir Akbar Khan", "AFG"),
        ("MAZAR-I-SHARIF — The line will run from Termez to Naibabad.", "Naibabad", "AFG"),
    ],
)
def test_sites_the_news_names_are_in_the_gazetteer(link, text, name, country):
    assert _place(link(text), name).country == country


def test_near_miss_a_hospital_the_gazetteer_lacks_is_no_known_site(link):
    linked = link("PESHAWAR — The wounded were taken to Lady Smith Hospital.")
    assert not any((m.place_id or "").startswith("extra:lady") for m in linked.place_mentions)
