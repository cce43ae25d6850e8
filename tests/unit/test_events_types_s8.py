"""Event types, eighth round (lexicon 2.13): one class of news phrasing per test, each with
sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import event_types as _types
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import events_of_type as _of

from watchfloor.extract.triggers import load_lexicon


def test_lexicon_version_is_bumped():
    major, minor = (int(x) for x in load_lexicon().version.split("."))
    assert (major, minor) >= (2, 13)


# ------------------------------------------------------------------ senses that are no event


def test_people_without_ties_deny_nothing():
    text = "Neighbours said the two dead herders were cousins who had no links to any armed group."
    assert "REJECT" not in _types(text)


def test_a_party_denying_a_role_still_rejects():
    assert "REJECT" in _types("The movement said it had no role in the bombing.")


def test_turning_deals_into_output_is_no_rejection():
    text = "Foreign firms have found it hard to turn oil concessions into revenue."
    assert "REJECT" not in _types(text)


def test_taking_no_public_position_is_no_capture():
    text = "Egypt, which chairs the panel this year, took no public position on the proposal."
    assert "ASSAULT" not in _types(text)


def test_a_deadline_to_comply_concedes_nothing():
    text = "The decree gives shopkeepers until March 3 to comply."
    assert "CONCEDE" not in _types(text)


def test_an_attributive_present_participle_reports_no_act():
    text = "The statement called the officers agents of the occupying power."
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Girls will not be treated by male doctors," a nurse in Kunduz said.',
        "The mayor urged residents to stop treating migrants as criminals.",
    ],
)
def test_treating_people_is_no_aid(text):
    assert "AID" not in _types(text)


def test_people_pulled_from_buses_is_no_withdrawal():
    text = "Gunmen shot dead nine travellers pulled from buses near Turbat in 2023."
    assert "RETREAT" not in _types(text)


def test_inspectors_visiting_premises_is_no_visit():
    text = "Pharmacists said officials of the ministry had visited their premises on Sunday."
    assert "CONSULT" not in _types(text)


# ------------------------------------------------------------------ acts the lexicon missed


def test_road_reopened_is_an_easing():
    (e,) = _of("The motorway to Peshawar was reopened to traffic on Friday.", "RETREAT")
    assert e.mode == "ease"
    assert "CONCEDE" not in _types("The motorway to Peshawar was reopened to traffic on Friday.")


def test_captors_letting_people_go_release_them():
    text = "A freed driver said the kidnappers let the elderly passengers leave at dawn."
    (e,) = _of(text, "RETREAT")
    assert e.mode == "release"
    assert "CONCEDE" not in _types(text)


def test_gunmen_marching_captives_off_abduct_them():
    text = "The gunmen stopped the convoy and marched six engineers into the forest."
    (e,) = [e for e in _of(text, "ASSAULT") if e.mode == "abduct"]
    assert "MOBILIZE" not in _types(text)
    assert e.mode == "abduct"


def test_shutting_ones_own_clinics_in_protest_is_a_strike():
    text = "Doctors in Mardan shut their clinics in protest on Monday."
    assert _types(text).count("PROTEST") == 1
    assert "COERCE" not in _types(text)


def test_a_convoy_under_military_escort_is_a_deployment():
    text = "Fuel tankers crossed the pass on Saturday under army escort."
    assert "MOBILIZE" in _types(text)


def test_expecting_a_party_to_take_measures_is_a_request():
    text = 'Tokyo said it expected Kabul "to take concrete steps to protect aid workers".'
    (e,) = _of(text, "REQUEST")
    assert e.actor is not None


def test_attaching_conditions_is_a_request():
    assert "REQUEST" in _types("Moscow, for its part, attached conditions to the loan.")


def test_placing_a_hold_on_requests_rejects_them():
    text = "Diplomats said France had placed a hold on the two applications."
    assert "REJECT" in _types(text)


def test_a_passive_deployment_announced_is_planned_not_a_threat():
    text = "A company of border police will be deployed around the dam, the governor said."
    (e,) = _of(text, "MOBILIZE")
    assert e.factuality == "future"
    assert "THREATEN" not in _types(text)


# ------------------------------------------------------------------ acts inside what is said


def test_a_threatened_closure_is_coded_beside_the_threat():
    text = "The circular warns that shops which sell music cassettes will be sealed."
    types = _types(text)
    assert "THREATEN" in types
    (e,) = _of(text, "COERCE")
    assert e.factuality != "asserted"


def test_a_manhunt_vow_stays_a_threat_alone():
    text = "The governor vowed that the killers would be hunted down."
    assert _types(text) == ["THREATEN"]


def test_no_one_will_be_allowed_is_an_assurance():
    text = '"No one will be allowed to attack Iran from our territory," the minister said.'
    types = _types(text)
    assert "AGREE" in types
    assert "THREATEN" not in types and "ASSAULT" not in types


def test_a_pledge_not_to_allow_is_one_agreement():
    text = "The minister pledged that his government would not allow any group to train there."
    assert _types(text).count("AGREE") == 1


def test_a_present_policy_of_not_allowing_is_no_assurance():
    text = "The spokesman said the government does not allow anyone to use its soil."
    assert "AGREE" not in _types(text)


def test_accused_of_ignoring_requests_codes_the_refusal():
    text = "The union accused the city council of ignoring repeated requests for more buses."
    types = _types(text)
    assert "ACCUSE" in types
    assert types.count("REJECT") == 1


def test_accused_of_carrying_out_the_raid_codes_the_raid():
    text = (
        "Gunmen raided a bank in Kandahar on Monday. "
        "Witnesses accused a local militia of carrying out the raid."
    )
    raids = _of(text, "ASSAULT")
    assert len(raids) == 2
    assert raids[1].trigger == "raid"


def test_a_denial_saying_a_group_was_routed_codes_the_fighting():
    text = (
        "The governor rejected the report, saying the army had attacked the rebels near "
        "Khost on Sunday."
    )
    types = _types(text)
    assert "REJECT" in types
    assert "ASSAULT" in types


def test_a_participle_pledge_beside_a_denial_is_not_coded():
    text = "The ministry rejected the charge, saying Kabul had honoured all its commitments."
    assert _types(text) == ["REJECT"]


def test_forces_guarding_a_site_are_deployed():
    text = "Work on the dam will resume in April, with army units guarding the site, he said."
    assert "MOBILIZE" in _types(text)


def test_hostages_recovered_is_a_rescue():
    assert "ASSAULT" in _types("Officials said 30 hostages had been recovered by Sunday night.")


def test_a_recovered_motorcycle_is_a_seizure():
    text = "Police arrested two men in Swabi and recovered a motorcycle used in the robbery."
    assert [e.mode for e in _of(text, "COERCE")].count("seize") == 1


def test_a_label_deep_in_the_description_is_an_accusation():
    text = 'The envoy described the decree as "another step in a campaign of terror".'
    (e,) = _of(text, "ACCUSE")
    assert e.mode == "disapprove"


def test_following_a_situation_with_concern_is_disapproval():
    text = 'Japan said it was watching the crackdown "with deep concern".'
    (e,) = _of(text, "ACCUSE")
    assert e.mode == "disapprove"


def test_a_day_of_mourning_is_a_shutdown():
    text = "Markets in Parachinar stayed shut as the tribes observed a day of mourning."
    assert "boycott" in [e.mode for e in _of(text, "PROTEST")]


def test_the_victims_named_after_each_are_no_new_attack():
    text = (
        "Gunmen attacked a police post in Lakki Marwat on Monday. The governor announced "
        "compensation of two million rupees for the family of each constable killed."
    )
    assert _types(text).count("ASSAULT") == 1


def test_an_easing_set_as_a_condition_is_coded():
    text = (
        "The envoy said Washington wanted Kabul to free the hostages before any easing of "
        "sanctions."
    )
    types = _types(text)
    assert "REQUEST" in types
    (e,) = _of(text, "RETREAT")
    assert e.mode == "ease"


def test_a_published_survey_is_an_investigation():
    text = "The findings come from the annual health survey released on Monday by the ministry."
    (e,) = _of(text, "ACCUSE")
    assert e.mode == "investigate"


def test_a_country_not_represented_is_a_meeting_not_attended():
    text = "Kyrgyzstan, which also shares the river, was not represented at the talks."
    (e,) = [e for e in events(text) if e.trigger == "represented"]
    assert e.type == "CONSULT"


def test_schools_remaining_closed_is_a_restriction():
    text = "Schools across the district stayed closed for a third day on Monday."
    (e,) = _of(text, "COERCE")
    assert e.mode == "restrict"


def test_fighters_captured_wounded_are_arrested():
    text = "The army said six insurgents were killed and two others were captured wounded."
    (e,) = _of(text, "COERCE")
    assert e.mode == "arrest"


def test_the_wounded_taken_to_hospital_are_not_arrested():
    text = "The wounded were taken to the provincial hospital in Ghazni."
    assert "COERCE" not in _types(text)


def test_guards_taking_protesters_away_arrest_them():
    text = (
        "Witnesses said police fired tear gas to scatter the crowd and led away six demonstrators."
    )
    assert "arrest" in [e.mode for e in _of(text, "COERCE")]


def test_requests_a_named_party_submitted_are_coded_under_a_hold():
    text = (
        "Diplomats said France had placed a hold on both requests, which Norway had submitted "
        "for the delegation."
    )
    types = _types(text)
    assert "REJECT" in types and "REQUEST" in types
