"""Event types, seventh round (issue #5, lexicon 2.12): one class of news phrasing per test, each
with sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import event_types as _types
from tests.unit._events_util import events_of_type as _of

from watchfloor.extract.triggers import load_lexicon


def test_lexicon_version_is_bumped():
    # Versions are "major.minor"; compare them as numbers so that 2.13 counts as later than 2.9.
    major, minor = (int(x) for x in load_lexicon().version.split("."))
    assert (major, minor) >= (2, 12)


# ------------------------------------------------------------------ senses that are no event


@pytest.mark.parametrize(
    "text",
    [
        "The minister said armed groups based across the border threaten regional stability.",
        "Analysts said the rebels could harass convoys but could not threaten the army's grip "
        "on the capital.",
        "Smuggling networks endanger the security of the whole province, the report said.",
    ],
)
def test_endangering_a_state_of_affairs_is_no_threat(text):
    assert "THREATEN" not in _types(text)


def test_a_threat_made_to_a_party_is_still_a_threat():
    assert "THREATEN" in _types("The commander threatened the villagers with reprisals.")


@pytest.mark.parametrize(
    "text",
    [
        "A new survey by the university supports the government's account of the floods.",
        "The satellite images back the residents' version of events, the group said.",
    ],
)
def test_evidence_supporting_a_story_is_no_support_event(text):
    assert "SUPPORT" not in _types(text)


def test_a_figure_of_speech_with_cut_is_no_sanction():
    text = "The finding cuts against the ministry's effort to separate the two problems."
    assert "SANCTION" not in _types(text)


def test_information_coming_from_a_mission_is_no_visit():
    text = "The clearest figures come from the UN refugee agency's office in the city."
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers in Kandahar said the camps were full.",
        "Aid agencies at the crossing said they had run out of blankets.",
    ],
)
def test_aid_workers_as_speakers_give_no_aid(text):
    assert "AID" not in _types(text)


def test_hosting_a_refugee_population_for_decades_is_a_state():
    text = "The minister said his country had hosted millions of refugees for forty years."
    types = _types(text)
    assert "CONSULT" not in types
    assert "AID" not in types


def test_a_host_receiving_a_delegation_is_still_a_visit():
    text = "Uzbekistan hosted a Taliban delegation in Termez on Monday."
    assert "visit" in [e.mode for e in _of(text, "CONSULT")]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said people who want to divide the country were behind the rumours.",
        "The government pressed ahead with its plan to register every returnee.",
    ],
)
def test_wishes_and_pressing_on_are_no_demands(text):
    assert "REQUEST" not in _types(text)


def test_a_demand_with_press_is_still_a_request():
    assert "REQUEST" in _types("The envoy pressed Kabul to reopen girls' schools.")


@pytest.mark.parametrize(
    "text",
    [
        "The new warehouse can hold 5,000 tonnes of flour, officials said.",
        "A camp outside the town can house 2,000 people.",
    ],
)
def test_capacity_is_no_detention_or_visit(text):
    assert _types(text) == [] or set(_types(text)) <= {"AID"}


def test_the_ability_to_strike_is_no_attack():
    text = "Officials said the group retained the ability to strike in the provincial capitals."
    assert "ASSAULT" not in _types(text)


# ------------------------------------------------------------------ warnings (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy warned of foreign recruiters operating in the northern provinces.",
        "The agency warned of a growing food crisis in the border districts.",
    ],
)
def test_a_warning_about_a_danger_is_no_threat(text):
    assert "THREATEN" not in _types(text)


def test_a_warning_that_a_third_party_is_acting_reports_the_act():
    text = "The minister warned that the rebel group was recruiting young men in the refugee camps."
    types = _types(text)
    assert "THREATEN" not in types
    assert "MOBILIZE" in types


@pytest.mark.parametrize(
    "text",
    [
        "The army warned of a crushing response to any further attack.",
        "The minister warned that his government would close the crossing again.",
    ],
)
def test_warnings_of_force_or_of_the_speakers_own_act_stay_threats(text):
    assert "THREATEN" in _types(text)


# ------------------------------------------------------------------ rejections (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        'The ministry called the report "a pack of lies spread by our enemies".',
        'The spokesman said the allegations were "fabrications of people who want us isolated".',
        'A police official said the group\'s statements were "propaganda for its recruiters".',
    ],
)
def test_declaring_a_report_false_rejects_it(text):
    types = _types(text)
    assert "REJECT" in types
    assert "ACCUSE" not in types


def test_calling_a_party_a_terrorist_is_still_an_accusation():
    assert "ACCUSE" in _types("The minister called the rebels terrorists and criminals.")


def test_naming_whose_propaganda_it_is_stays_an_accusation():
    text = "The minister said the leaflets were propaganda of a hostile agency."
    assert "REJECT" not in _types(text)


def test_a_rejection_with_its_own_label_is_one_rejection():
    text = 'He rejected reports that migrants were being expelled, calling them "misinformation".'
    assert _types(text).count("REJECT") == 1


def test_disputing_what_was_just_said_is_a_rejection():
    text = "Doctors in the city disputed that, saying most of the wounded were children."
    assert "REJECT" in _types(text)


# ------------------------------------------------------------------ RETREAT, SANCTION (§1.2)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan lifted its ban on the group in 2023.",
        "The European Union lifted sanctions on the country's central bank on Friday.",
    ],
)
def test_lifting_a_ban_or_sanctions_is_retreat_ease(text):
    assert "ease" in [e.mode for e in _of(text, "RETREAT")]
    assert "CONCEDE" not in _types(text)


def test_lifting_a_state_of_emergency_stays_a_concession():
    assert "CONCEDE" in _types("The government lifted the state of emergency on Sunday.")


def test_ending_a_truce_withdraws_from_a_deal():
    text = "The rebels ended their ceasefire with the government in March."
    assert "withdraw" in [e.mode for e in _of(text, "SANCTION")]


# ------------------------------------------------------------------ AID, ASSAULT, COERCE


def test_opening_a_relief_centre_is_aid_not_a_reopened_crossing():
    text = "The Red Crescent opened a new transit centre for returnees near the border."
    types = _types(text)
    assert "AID" in types
    assert "RETREAT" not in types


def test_reopening_a_crossing_is_still_retreat():
    assert "RETREAT" in _types("Pakistan reopened the Chaman border crossing on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The commission listed dozens of cases, including beatings of detainees.",
        "Lawyers said ill-treatment in the provincial prison had become routine.",
    ],
)
def test_abuse_named_as_a_noun_is_an_assault(text):
    assert "ASSAULT" in _types(text)


def test_confiscation_is_seizure():
    text = "Migrants described the confiscation of their phones at the checkpoint."
    assert "seize" in [e.mode for e in _of(text, "COERCE")]


def test_recording_cases_of_abuse_is_an_investigation():
    text = "The rights commission said it had recorded more than 200 cases of abuse last year."
    assert "investigate" in [e.mode for e in _of(text, "ACCUSE")]


@pytest.mark.parametrize(
    "text",
    [
        "Many returnees said they were given less than two days to leave.",
        "Families were given a week to leave the city, residents said.",
    ],
)
def test_an_order_to_leave_is_a_deportation(text):
    types = _types(text)
    assert "deport" in [e.mode for e in _of(text, "COERCE")]
    assert "THREATEN" not in types


def test_expelling_a_counted_nationality_is_a_deportation():
    text = "Turkey has expelled more than 40,000 Afghans since January."
    assert "deport" in [e.mode for e in _of(text, "COERCE")]


def test_being_held_in_camps_is_detention():
    text = "Many returnees described being held for days in a camp near the border."
    assert "arrest" in [e.mode for e in _of(text, "COERCE")]


# ------------------------------------------------------------------ CONSULT


def test_a_delegation_attending_takes_part_in_the_talks():
    text = "A Pakistani delegation led by the foreign secretary attended as an observer."
    assert "CONSULT" in _types(text)


def test_a_minister_attending_a_ceremony_holds_no_talks():
    text = "The minister attended the opening ceremony of the new hospital."
    assert "CONSULT" not in _types(text)


def test_a_round_expected_to_be_held_is_a_planned_meeting():
    text = "Officials said the next round was expected to be held in Almaty in May."
    assert "CONSULT" in _types(text)


# ------------------------------------------------------------------ modes (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters are barred from the district, so the toll could not be checked.",
        "The army restricted access to the valley after the raid.",
        "Foreign engineers will be barred from leaving their camps at night.",
    ],
)
def test_keeping_people_out_of_a_place_is_a_restriction(text):
    assert "restrict" in [e.mode for e in _of(text, "COERCE")]


def test_barring_women_from_work_stays_a_ban():
    text = "The authorities barred women from working in offices."
    assert "ban" in [e.mode for e in _of(text, "COERCE")]


def test_a_demand_called_for_with_an_infinitive_takes_its_mode_from_the_infinitive():
    text = (
        "Ministers called on Friday for the council to form a new government and to act on graft."
    )
    assert "change" in [e.mode for e in _of(text, "REQUEST")]


def test_a_demanded_inquiry_asks_for_a_change():
    text = "The lawmaker demanded a judicial inquiry into the shooting."
    assert "change" in [e.mode for e in _of(text, "REQUEST")]


def test_a_demand_is_no_telephone_call():
    text = "Delegates called for restraint at the end of two days of talks in the capital."
    assert "phone" not in [e.mode for e in _of(text, "CONSULT")]


def test_recruiting_fighters_mobilizes_troops():
    text = "The militia has been recruiting young men in the border villages."
    assert "troops" in [e.mode for e in _of(text, "MOBILIZE")]


def test_later_mentions_of_a_one_weapon_story_keep_its_weapon():
    text = (
        "A drone strike on a compound near Miranshah killed six militants on Monday, officials "
        "said. The army said in a statement that troops had carried out a precise strike on a "
        "hideout. Two commanders were among those killed, it said."
    )
    assert [e.mode for e in _of(text, "ASSAULT")] == ["drone", "drone", "drone"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The gang threatened more kidnappings of engineers on the highway.", "ASSAULT"),
        ("The ministry threatened sanctions against the shipping company.", "SANCTION"),
    ],
)
def test_a_threat_naming_its_act_gives_the_act_as_hypothetical(text, act):
    types = _types(text)
    assert "THREATEN" in types
    assert "hypothetical" in [e.factuality for e in _of(text, act)]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said the students had been detained and questioned for two days.",
        "Police said the men were arrested and interrogated at a local station.",
    ],
)
def test_questioning_the_detained_is_part_of_the_detention(text):
    types = _types(text)
    assert "COERCE" in types
    assert "ACCUSE" not in types


def test_an_inquiry_questioning_witnesses_is_still_an_investigation():
    text = "Investigators questioned witnesses about the bombing on Monday."
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers said returnees were arriving with nothing but the clothes they wore.",
        "Thousands of migrants arrived in Herat over the weekend.",
    ],
)
def test_people_arriving_make_no_visit(text):
    assert "CONSULT" not in _types(text)


def test_a_minister_arriving_still_visits():
    assert "CONSULT" in _types("The Uzbek foreign minister arrived in Kabul on Monday for talks.")


@pytest.mark.parametrize(
    "text",
    [
        "The council said it had given each displaced family 20,000 rupees and blankets.",
        "Officials said free buses had been provided to take the returnees home.",
        "Beijing said it would continue rice shipments to the flood-hit provinces.",
    ],
)
def test_money_transport_and_continued_shipments_are_aid(text):
    assert "AID" in _types(text)
