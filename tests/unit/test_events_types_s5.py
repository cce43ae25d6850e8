"""Event types and modes, fifth round (issue #5): one class of news phrasing per test, each with
sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _of(text: str, etype: str) -> list:
    return [e for e in events(text) if e.type == etype]


def _modes(text: str, etype: str) -> list[str | None]:
    return [e.mode for e in _of(text, etype)]


# ------------------------------------------------------------------ modes (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Egypt and Jordan held talks in Cairo on Monday.",
        "Delegations from the two governments met in Geneva to discuss prisoner swaps.",
    ],
)
def test_talks_and_meetings_have_no_mode(text):
    consult = _of(text, "CONSULT")
    assert consult and all(e.mode is None for e in consult)


def test_a_visit_keeps_its_mode():
    assert "visit" in _modes("The Turkish president arrived in Baku on a two-day visit.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The committee urged the government to release the detained journalists.", "yield"),
        ("Tehran urged Baghdad to halt the expulsions of Iranian pilgrims.", "yield"),
        ("Washington called on Kabul to take firm action against the smugglers.", "change"),
        ("The governor appealed to donors to fund shelters for the displaced.", "assist"),
        ("The envoy urged both sides to show restraint.", None),
        ("The mediators urged the two parties to return to talks in Doha.", "meet"),
        ("The president invited his Chilean counterpart to visit Lima.", "meet"),
    ],
)
def test_a_demand_is_typed_by_what_it_asks_for(text, mode):
    assert mode in _modes(text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The army chief vowed that the attackers would be hunted down.", "violence"),
        ("Ankara warned that it would respond with force to any incursion.", "violence"),
        ("The minister threatened to close the border to all trucks.", "restrict"),
    ],
)
def test_a_threat_is_typed_by_what_it_threatens(text, mode):
    assert mode in _modes(text, "THREATEN")


def test_a_threat_of_force_has_no_weapon_mode():
    # the intent rule recodes "would shell" to THREATEN: the shell's weapon is not its mode
    modes = _modes("The rebels said they would shell the airport if talks failed.", "THREATEN")
    assert modes == ["violence"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Kenya deployed 2,000 troops to the northern border.", "troops"),
        ("Hundreds of police were deployed around the stadium.", "police"),
        ("Turkish warplanes flew in for the joint drills on Monday.", "troops"),
    ],
)
def test_mobilisation_names_who_is_moved(text, mode):
    assert mode in _modes(text, "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Japan sent tents, blankets and food to the flood victims.", "humanitarian"),
        ("Moscow delivered attack helicopters and ammunition to the junta.", "military"),
        ("The bank approved a $2 billion loan to Egypt for budget support.", "economic"),
    ],
)
def test_aid_modes(text, mode):
    assert mode in _modes(text, "AID")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Shopkeepers in Gilgit observed a general strike against the new tax.", "boycott"),
        ("Students rallied outside the ministry to protest the fee rise.", "demo"),
    ],
)
def test_protest_modes(text, mode):
    assert mode in _modes(text, "PROTEST")


def test_joint_trade_work_is_economic_cooperation():
    text = "Uzbekistan and Turkmenistan will coordinate rail freight timetables under the deal."
    assert "economic" in _modes(text, "COOPERATE")


# ------------------------------------------------------------------ restrictions at home


@pytest.mark.parametrize(
    "text",
    [
        "Authorities suspended mobile phone services across the district on Friday.",
        "Internet access was cut in the province after the riots.",
        "Rail services between Lahore and Karachi were suspended after the floods warning.",
        "The police closed the main road to Chitral for two days.",
    ],
)
def test_cutting_phones_trains_or_roads_is_coerce_restrict(text):
    coerce = _of(text, "COERCE")
    assert coerce and coerce[0].mode == "restrict"
    assert "SANCTION" not in _types(text)


def test_curfew_and_road_closure_are_two_measures():
    text = "A curfew was imposed on the old city and the road to the airport was closed to traffic."
    assert sorted(_modes(text, "COERCE")) == ["curfew", "restrict"]


def test_a_train_stopped_by_attackers_is_no_restriction():
    assert "COERCE" not in _types("The bus was stopped at a fake checkpoint outside the town.")


def test_a_war_cutting_trade_is_no_sanction():
    assert "SANCTION" not in _types("Traders fear a new war would cut off the supply routes.")


# ------------------------------------------------------------------ captors and rescues


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers are still holding four engineers in the mountains.",
        "Witnesses said the gunmen led away two teachers at gunpoint.",
        "Villagers said the militants took away six men after the raid.",
    ],
)
def test_captors_holding_or_taking_people_abduct(text):
    assert "abduct" in _modes(text, "ASSAULT")


def test_police_taking_suspects_away_arrest_them():
    assert "arrest" in _modes("Police took away three suspects for questioning.", "COERCE")


def test_troops_freeing_hostages_is_a_rescue_assault_not_a_release():
    types = _types("Commandos freed 40 hostages from the besieged hotel on Sunday.")
    assert "ASSAULT" in types and "CONCEDE" not in types


def test_captors_freeing_hostages_stay_a_release():
    assert "RETREAT" in _types("The rebels freed three hostages after talks with elders.")


def test_killing_euphemism():
    assert "ASSAULT" in _types('"The terrorists were sent to hell," the army spokesman said.')


# ------------------------------------------------------------------ threats


@pytest.mark.parametrize(
    "text",
    [
        'Tehran said it "reserves the right to retaliate" against any aggression.',
        "The ministry said the country reserved the right to respond at a time of its choosing.",
    ],
)
def test_the_right_to_respond_is_a_threat_and_the_response_it_announces(text):
    types = _types(text)
    assert types[0] == "THREATEN"
    assert "ASSAULT" in types


def test_a_response_of_force_under_a_warning_is_the_announced_act():
    evs = events("He warned that the army would respond with full force to any provocation.")
    assert [e.type for e in evs] == ["THREATEN", "ASSAULT"]
    assert evs[1].factuality == "hypothetical"


def test_hit_back_at_critics_is_no_assault():
    assert "ASSAULT" not in _types("The minister hit back at critics of the budget on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Hardline clerics have been calling for revenge since the killing.",
        "Mourners at the funeral demanded vengeance for the slain commander.",
    ],
)
def test_a_call_for_revenge_is_a_threat(text):
    assert _types(text)[0] == "THREATEN"


def test_a_warning_that_patience_runs_out_is_a_threat():
    text = "The ministry warned that its patience with the neighbouring government was running out."
    assert "THREATEN" in _types(text)


# ------------------------------------------------------------------ verbal acts and measures


@pytest.mark.parametrize(
    "text",
    [
        "The test launch drew sharp criticism from Tokyo.",
        "The decision to build the dam sparked protests from Cairo.",
    ],
)
def test_reactions_drawn_from_a_party_are_its_disapproval(text):
    assert "ACCUSE" in _types(text)
    assert "PROTEST" not in _types(text)


def test_labelling_an_act_an_attack_condemns_it():
    text = 'The governor called the bombing "an attack on the whole nation" on Friday.'
    types = _types(text)
    assert "ACCUSE" in types
    assert "RETREAT" not in types and "CONSULT" not in types


def test_calling_off_an_offensive_is_a_halt():
    assert "RETREAT" in _types("The army called off the offensive after heavy losses.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels enjoy financial support from a neighbouring state.",
        "The militia enjoys logistical backing from Tehran, the report said.",
    ],
)
def test_support_enjoyed_from_a_patron_is_aid(text):
    assert "AID" in _types(text)


def test_papers_issued_to_fighters_are_aid_not_a_travel_ban():
    types = _types("Officials issued travel documents to the rebel commanders.")
    assert "AID" in types and "SANCTION" not in types


def test_an_accusation_of_financing_codes_the_support_charged():
    types = _types("Moscow has accused Kyiv of financing the separatist rebels.")
    assert types[0] == "ACCUSE" and "AID" in types


def test_a_sanctions_regime_named_by_its_target():
    assert "SANCTION" in _types("The panel monitors the sanctions on North Korea.")


def test_a_phrasal_preposition_is_never_a_date():
    # "called on Friday" is no "called on X to…": a time is not the preposition of a sense
    assert "REQUEST" not in _types("The governor called the bombing a tragedy on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Washington removed the group from its list of terrorist organisations in May.",
        "The council voted to delist two former ministers.",
    ],
)
def test_delisting_eases_a_sanction(text):
    retreat = _of(text, "RETREAT")
    assert retreat and retreat[0].mode == "ease"


def test_a_monitoring_report_recording_abuses_investigates():
    text = "The report records that police beat detainees in three prisons."
    evs = events(text)
    assert ("ACCUSE", "investigate") in [(e.type, e.mode) for e in evs]
    assert "ASSAULT" in [e.type for e in evs]


def test_returning_to_the_table_is_a_meeting():
    assert "CONSULT" in _types("The two parties returned to the negotiating table in Oslo.")


def test_warplanes_flying_in_are_deployed_not_visiting():
    types = _types("Russian bombers flew in from Engels air base for the exercise.")
    assert "MOBILIZE" in types and "CONSULT" not in types


def test_an_exchange_of_fire_is_the_fighting():
    assert "ASSAULT" in _types("An exchange of gunfire lasted for several hours, residents said.")


def test_tanks_backed_by_helicopters_are_no_support():
    assert "SUPPORT" not in _types("Tanks backed by attack helicopters entered the town.")


def test_being_convinced_is_no_request():
    assert "REQUEST" not in _types("Not all diplomats are convinced.")


def test_a_light_verb_after_its_noun_still_anchors_it():
    # "the curfew imposed on Monday": a reduced relative clause of the noun's light verb
    evs = _of("The curfew imposed on Monday was still in force on Thursday.", "COERCE")
    assert evs and evs[0].mode == "curfew"


# ------------------------------------------------------------------ repeats and conditions


def test_the_next_strike_is_not_the_last_one_again():
    text = (
        "Jets struck a camp near the border on Monday. "
        "Officials said the next strike could hit targets deeper inside the country."
    )
    assert [e.type for e in events(text)].count("ASSAULT") == 2


def test_an_event_that_ended_a_past_state_happened():
    text = "The valley was a rebel stronghold until a government offensive in 2019 drove them out."
    assert "ASSAULT" in _types(text)


def test_a_condition_for_ending_a_state_is_still_awaited():
    text = "The crossing will remain closed until the militants release the drivers."
    assert "CONCEDE" not in _types(text)


# ------------------------------------------------------------------ wire-news idioms


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The opposition leader rapped the cabinet for the fuel shortages.", "ACCUSE"),
        ("Rights groups flayed the junta over the mass trials.", "ACCUSE"),
        ("The senator laid into the administration over the withdrawal.", "ACCUSE"),
        ("Seoul and Tokyo mended fences at the summit.", "AGREE"),
        ("The two clans buried the hatchet after the jirga.", "AGREE"),
        ("Government forces rained rockets on the rebel-held suburbs.", "ASSAULT"),
        ("Army helicopters ferried food and medicine to the cut-off villages.", "AID"),
        ("Kuwait grounded all flights to Beirut.", "SANCTION"),
        ("The king commuted the sentences of 30 political prisoners.", "CONCEDE"),
        ("The minister brushed aside the criticism from the opposition.", "REJECT"),
        ("The Gulf state deposited $1 billion with the central bank of Egypt.", "AID"),
        ("Beijing agreed to roll over the loans due this year.", "AID"),
        ("Paris wrote off $300 million of Niger's debt.", "AID"),
        ("Canada designated the militia a terrorist entity.", "SANCTION"),
        ("The Red Cross appealed to donors to send blankets to the camps.", "REQUEST"),
        ("Jordan sheltered hundreds of thousands of Syrian refugees.", "AID"),
        ("France sold fighter jets and missiles to the Egyptian government.", "AID"),
        ("Riot police used force against the striking dockers.", "ASSAULT"),
        ("The president declared a state of emergency in three provinces.", "COERCE"),
    ],
)
def test_idioms_of_the_plover_types(text, etype):
    assert etype in _types(text)


def test_countermeasures_announced_for_the_future_are_a_threat():
    evs = events("The ministry said it would take countermeasures if the tariffs went ahead.")
    assert ("THREATEN", "restrict") in [(e.type, e.mode) for e in evs]


def test_the_rebuke_of_blaming_others_is_disapproval():
    text = "The minister said Kabul should fix its own problems instead of blaming its neighbours."
    accuse = _of(text, "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove"


def test_hosting_a_guest_is_the_guest_visit():
    assert "visit" in _modes("The emir hosted the Pakistani prime minister in Doha.", "CONSULT")


def test_a_walkout_is_a_boycott():
    text = "Opposition senators walked out of the chamber in protest on Monday."
    assert "boycott" in _modes(text, "PROTEST")


def test_a_visit_named_in_passing_is_a_meeting_of_its_own():
    text = (
        "The accord was signed in Tashkent during a two-day visit by the Afghan foreign minister."
    )
    assert "CONSULT" in _types(text)


def test_an_event_blamed_with_its_own_place_and_date_is_coded():
    text = "Police killed a commander blamed for a bombing in Quetta last month."
    assert [e.type for e in events(text)].count("ASSAULT") == 2


def test_a_pledge_told_to_an_audience_noun_is_still_a_threat():
    # the parser hangs "that Kabul would…" on "conference", not on "told"
    text = (
        "The general told a news conference that the army would strike the camps across the border."
    )
    assert _types(text)[0] == "THREATEN"


def test_victims_named_in_a_compensation_are_no_new_attack():
    text = "The governor announced compensation for the family of each person killed."
    assert "ASSAULT" not in _types(text)


def test_later_reports_of_one_incident_keep_its_weapon():
    text = (
        "Gunmen opened fire on a police patrol in Bannu on Friday, killing two officers. "
        "A third policeman died in hospital in Bannu on Friday, police said."
    )
    assault = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(assault) == 2 and all(e.mode == "firearms" for e in assault)


def test_parties_unable_to_agree_refused_nothing():
    assert "REJECT" not in _types("The two delegations could not agree on a venue for the talks.")


def test_cannot_agree_to_terms_is_still_a_refusal():
    assert "REJECT" in _types("We cannot agree to these conditions, the rebel commander said.")


def test_a_dateline_read_as_a_subject_does_not_hide_the_real_one():
    text = "KANDAHAR, Afghanistan — Special forces rescued 12 hostages from a compound on Sunday."
    types = _types(text)
    assert "ASSAULT" in types and "CONCEDE" not in types and "AID" not in types
