"""Linking rules of issue #4, round 7 (tuned on gold/fresh4 dev): diplomats named by the states
they come from, and the alias grouping of documents and pronouns. One short text per rule,
composed for the test; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, places_at

# (text, phrase, occurrence, the actor ids of the mentions overlapping that occurrence)
LINKED_AS = [
    # --- diplomats by the state they come from
    pytest.param(
        "BEIJING — Envoys from China, Iran and India met in Astana on Friday to discuss trade.",
        "Iran",
        0,
        {"IRN-MOFA"},
        id="envoys_from_a_state_are_its_foreign_ministry",
    ),
    pytest.param(
        "BEIJING — Envoys from China, Iran and India met in Astana on Friday to discuss trade.",
        "India",
        0,
        {"IND-MEA"},
        id="envoys_from_a_list_each_state_its_ministry",
    ),
    pytest.param(
        "Diplomats from Russia and China gathered in Tashkent. Zamir Kabulov, Russia's "
        "special envoy, said the talks were useful.",
        "Russia",
        0,
        {"RUS"},
        id="envoys_from_a_state_whose_envoy_is_named_stay_the_state",
    ),
    pytest.param(
        "Troops from Russia and Tajikistan held drills near the border.",
        "Russia",
        0,
        {"RUS"},
        id="troops_from_a_state_are_still_the_state",
    ),
    pytest.param(
        "The talks lasted six hours. China's delegate called for restraint on both sides.",
        "China's delegate",
        0,
        {"CHN-MOFA"},
        id="a_states_delegate_is_its_foreign_ministry",
    ),
]


@pytest.mark.parametrize("text,phrase,occurrence,actors", LINKED_AS)
def test_a_phrase_is_linked_as(link, text, phrase, occurrence, actors):
    assert covering(link(text), phrase, occurrence) == actors


DOCUMENTS = [
    # --- a report stands for its publisher
    pytest.param(
        "Twice a year the UN Security Council's sanctions monitoring team publishes a report "
        "on Afghanistan. The latest report says three camps remain. The Taliban called this "
        "report a fabrication.",
        ["The latest report", "this report"],
        "unsc",
        id="reports_after_a_team_publishes_one_are_the_team",
    ),
    pytest.param(
        "Every year the UN Security Council's sanctions monitoring team publishes a report. "
        "Kabul rejects it. Islamabad welcomes it. Diplomats shrug. Analysts argue. The monitors "
        "never visit the camps they describe.",
        ["The monitors"],
        "unsc",
        id="monitors_far_after_the_monitoring_team_are_the_team",
    ),
]


@pytest.mark.parametrize("text,phrases,actor", DOCUMENTS)
def test_documents_and_their_people_are_the_author(link, text, phrases, actor):
    linked = link(text)
    for phrase in phrases:
        assert actor in covering(linked, phrase), phrase


def test_a_states_envoy_named_in_apposition_is_the_person(link):
    linked = link(
        "Moscow's envoy, Zamir Kabulov, said the threat was exaggerated, even as he warned "
        "of recruiters in the north."
    )
    assert covering(linked, "Moscow") == {"RUS"}
    assert covering(linked, "envoy") in (set(), {"zamir-kabulov"})
    assert covering(linked, " he ") == {"zamir-kabulov"}


@pytest.mark.parametrize(
    "text,phrase,actor",
    [
        ("In 2022 a US drone killed the al-Qaeda leader in Kabul.", "US drone", "USA-MIL"),
        ("Pakistan strikes hit hideouts in Khost overnight.", "Pakistan", "PAK-MIL"),
    ],
)
def test_a_country_named_on_its_weapons_is_its_armed_forces(link, text, phrase, actor):
    assert covering(link(text), phrase) == {actor}


@pytest.mark.parametrize(
    "text,name,country,kind",
    [
        (
            "Mourners gathered at the Shrine of Hazrat Ali after the funeral prayers.",
            "Shrine of Hazrat Ali",
            "AFG",
            "site",
        ),
        (
            "Pilgrims queued outside the Imam Reza shrine on Friday.",
            "Imam Reza shrine",
            "IRN",
            "site",
        ),
        (
            "A border official in Khorasan Razavi said the buses left at dawn.",
            "Khorasan Razavi",
            "IRN",
            "admin1",
        ),
        (
            "Trucks queued at Torgundi for a second day as the crossing stayed shut.",
            "Torgundi",
            "AFG",
            "city",
        ),
    ],
)
def test_shrines_border_towns_and_iranian_provinces_are_places(link, text, name, country, kind):
    assert places_at(link(text), name) == {(country, kind)}


def test_he_after_a_named_spokesperson_is_not_an_earlier_person(link):
    linked = link(
        "Abdul Karim Noori, the refugees ministry's spokesman, accused Iran of abuse. Iranian "
        "officials rejected the charges. Esmaeil Baghaei, the Iranian Foreign Ministry "
        "spokesman, said no migrant had been mistreated. He added that Iran had hosted millions."
    )
    assert covering(linked, "He added") == {"esmaeil-baghaei"}


def test_the_groups_fighters_are_the_group_named_last(link):
    linked = link(
        "Islamic State Khorasan Province has changed its methods, the minister said. Pakistan's "
        "envoy urged action against the Tehreek-e-Taliban Pakistan. He said the group's "
        "fighters crossed the border every week."
    )
    assert covering(linked, "fighters crossed") == {"ttp"}


def test_far_back_only_an_activity_names_the_people(link):
    linked = link(
        "TTP attackers stormed a post in Bannu. Officials counted the dead. Troops sealed the "
        "town. Schools closed. Markets stayed shut. Officials said strikes may resume if the "
        "attacks continued."
    )
    assert covering(linked, "the attacks") == set()
