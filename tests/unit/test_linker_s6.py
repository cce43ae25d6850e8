"""Linking rules of issue #4, round 6 (tuned on gold/fresh3 dev): first-person pronouns in
quotations, object "them", pronouns after an opening adverbial clause, cabinet ministers, "the
house", "the kingdom", a state's strikes, a body's official or spokesman, statements as
speakers' words, new participant nouns and knowledge-base entries, and places the gazetteer
lacked. One short text per rule, composed for the test; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, places_at

# (text, phrase, the actor ids of the mentions overlapping the phrase's first occurrence)
LINKED_AS = [
    # --- first person in quotations
    pytest.param(
        'Interior Minister Mohsin Naqvi visited Quetta on Monday. "We will find the bombers '
        'wherever they hide," Naqvi said.',
        "We",
        {"mohsin-naqvi"},
        id="we_in_a_quote_is_its_speaker",
    ),
    pytest.param(
        "We have learnt that Interior Minister Mohsin Naqvi will visit Quetta.",
        "We",
        set(),
        id="we_outside_a_quote_stays_unlinked",
    ),
    # --- pronouns after an opening clause
    pytest.param(
        "If the Taliban keep ignoring the warnings, they will lose the support of their "
        "neighbours, the envoy wrote.",
        "they",
        {"taliban"},
        id="they_after_an_if_clause_is_its_subject",
    ),
    pytest.param(
        "Two years after the Taliban banned opium, their ban is holding in the south.",
        "their",
        {"taliban"},
        id="their_after_an_opening_clause_is_its_subject",
    ),
    pytest.param(
        "KABUL — The Islamic Emirate's response was swift. Its health directorate rejected the "
        "figures.",
        "Its",
        {"taliban"},
        id="its_after_a_bodys_response_is_the_body",
    ),
    pytest.param(
        "Uzbek and Turkmen experts have warned that it could take a fifth of the flow.",
        "it",
        set(),
        id="it_under_plural_speakers_is_not_them",
    ),
    # --- bodies named by a word
    pytest.param(
        "Pakistan's National Assembly met on Tuesday. Defence Minister Khawaja Asif told the "
        "house that the army was ready.",
        "the house",
        {"PAK-NA"},
        id="the_house_is_the_legislature_named_before",
    ),
    pytest.param(
        "LAHORE — Traders warned that the new tax would drag the country into recession.",
        "the country",
        {"PAK"},
        id="the_country_dragged_is_the_datelines",
    ),
    pytest.param(
        "The UN Office on Drugs and Crime released a survey on Monday. Aid was cut by half, "
        "the UN agency said.",
        "the UN agency",
        {"unodc"},
        id="the_un_agency_is_the_one_the_article_named",
    ),
    pytest.param(
        "Foreign Minister Ishaq Dar rejected the charge. He told reporters that he would meet "
        "the Taliban's foreign minister, Amir Khan Muttaqi, in July.\n\n"
        "The minister did not say whether the border would reopen.",
        "The minister",
        {"ishaq-dar"},
        id="the_minister_as_subject_is_the_last_subject_holding_the_title",
    ),
    pytest.param(
        "UN monitors said several hundred foreign fighters remained in Kunar.",
        "UN monitors",
        {"unsc"},
        id="un_monitors_are_the_sanctions_monitoring_team",
    ),
    # --- states acting
    pytest.param(
        "Pakistan's strikes hit three camps in Khost, the defence minister said.",
        "Pakistan",
        {"PAK-MIL"},
        id="a_states_strikes_are_its_militarys",
    ),
    pytest.param(
        'Police called the attackers "Afghan-sponsored criminals" on Monday.',
        "Afghan",
        {"taliban"},
        id="a_demonym_sponsoring_others_is_the_state",
    ),
    pytest.param(
        "The railway would link Termez to Pakistani ports on the Arabian Sea.",
        "Pakistani",
        set(),
        id="a_demonym_on_ports_names_a_place_not_an_actor",
    ),
    # --- one person or one statement speaking for a body
    pytest.param(
        "An official of the Foreign Office said the visit had been postponed.",
        "An official",
        {"PAK-MOFA"},
        id="an_official_of_a_body",
    ),
    pytest.param(
        "A spokesman for the Ministry of External Affairs rejected the report in New Delhi.",
        "A spokesman",
        {"IND-MEA"},
        id="a_spokesman_for_a_body",
    ),
    pytest.param(
        "In a statement on Friday, Inter-Services Public Relations said the area had been cleared.",
        "a statement",
        {"PAK-ISPR"},
        id="in_a_statement_the_statement_is_the_speakers",
    ),
    # --- forces and their units
    pytest.param(
        "QUETTA — Reinforcements sealed off the valley after the ambush, officials said.",
        "Reinforcements",
        {"PAK-MIL"},
        id="reinforcements_sent_in_are_the_military",
    ),
    pytest.param(
        "QUETTA — Patrols along the Iranian border were stepped up after the attack.",
        "Patrols",
        {"PAK-MIL"},
        id="patrols_are_the_military",
    ),
    pytest.param(
        "Police said reinforcements from the Counter-Terrorism Department reached the post.",
        "reinforcements",
        {"PAK-POLICE"},
        id="reinforcements_from_a_police_unit",
    ),
    pytest.param(
        "QUETTA — Police said reinforcements had reached the post after midnight.",
        "reinforcements",
        {"PAK-POLICE"},
        id="reinforcements_reported_by_the_police",
    ),
    pytest.param(
        "PESHAWAR — The district police chief said protesters had attacked his officers with "
        "stones.",
        "his officers",
        {"PAK-POLICE"},
        id="an_unnamed_commanders_men_are_his_service",
    ),
    pytest.param(
        "KHUZDAR — Militants attacked a Frontier Corps post on Friday, killing three soldiers. "
        "Residents gathered at the hospital on Saturday. The chief minister announced "
        "compensation for the families of the soldiers.",
        "the soldiers",
        {"PAK-FC"},
        id="the_soldiers_are_the_unit_of_the_soldiers_named_before",
    ),
    pytest.param(
        "KHUZDAR — Militants attacked a Frontier Corps post on Friday, killing three soldiers. "
        "Residents heard gunfire for hours.\n\nThe group later said it had killed 12 soldiers. "
        "Officials rejected the figure.\n\nThe chief minister announced compensation for the "
        "families of the soldiers.",
        "the soldiers",
        {"PAK-FC"},
        id="the_soldiers_look_past_soldiers_given_only_the_whole_army",
    ),
]


@pytest.mark.parametrize("text,phrase,actors", LINKED_AS)
def test_a_phrase_is_linked_as(link, text, phrase, actors):
    assert covering(link(text), phrase) == actors


# (text, phrase, an actor id that is among the phrase's, or must not be when negated)
AMONG = [
    pytest.param(
        "A Saudi official said on Sunday that the kingdom's mediators would return to Doha.",
        "the kingdom",
        "SAU",
        True,
        id="the_kingdom_is_the_country_so_styled",
    ),
    pytest.param(
        "A statement from Tehran said the border would stay closed.",
        "Tehran",
        "IRN",
        True,
        id="a_statement_from_a_capital_is_the_states",
    ),
    pytest.param(
        "Zabihullah Mujahid, the government's chief spokesman, said the ban would stay.",
        "chief spokesman",
        "zabihullah-mujahid",
        True,
        id="a_role_apposed_to_a_person_is_the_person",
    ),
    pytest.param(
        "Pakistan's National Assembly met on Tuesday. Police said the house of a trader in "
        "Peshawar was searched.",
        "the house",
        "PAK-NA",
        False,
        id="a_house_that_is_a_building_is_no_legislature",
    ),
    pytest.param(
        'Police came to the camp at night, a mother of four said. "They said we had to go or '
        'they would take the children too."',
        "we",
        "PAK-POLICE",
        False,
        id="we_under_a_verb_inside_the_quote_is_not_that_verbs_subject",
    ),
]


@pytest.mark.parametrize("text,phrase,actor,among", AMONG)
def test_an_actor_is_among_the_phrases_or_not(link, text, phrase, actor, among):
    assert (actor in covering(link(text), phrase)) is among


def test_a_spokespersons_we_and_our_are_the_state(link):
    ld = link(
        'Foreign Office spokesperson Shafqat Ali Khan said: "We have raised the matter and our '
        'position is clear."'
    )
    assert covering(ld, "We") == {"PAK"}
    assert covering(ld, "our") == {"PAK"}


def test_them_is_the_people_named_before_not_the_subject(link):
    ld = link(
        "KARACHI — Pakistan's National Assembly met as ministers defended the budget and "
        "opposition lawmakers accused them of hiding the deficit."
    )
    assert covering(ld, "ministers") == {"PAK"}
    assert covering(ld, "them") == {"PAK"}


def test_a_cautious_state_acts_and_its_ministry_is_its_organ(link):
    ld = link("Iran has been notably cautious in public. Its foreign ministry has urged restraint.")
    assert covering(ld, "Iran") == {"IRN"}
    assert covering(ld, "Its foreign ministry") == {"IRN-MOFA"}


def test_attacked_security_posts_are_the_forces(link):
    ld = link("ISLAMABAD — Militants crossed the border and attacked security posts in Kurram.")
    assert covering(ld, "security posts") == {"PAK-MIL"}
    ld = link("She wrote a post on the website of the university.")
    assert covering(ld, "a post") == set()


# --- participant nouns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,phrase",
    [
        pytest.param("The clashes spread, according to local media.", "local media", id="media"),
        pytest.param(
            "Hardliners in the cabinet opposed the deal, aides said.", "Hardliners", id="hardliners"
        ),
    ],
)
def test_new_participant_nouns_are_actors(link, text, phrase):
    ids = covering(link(text), phrase)
    assert ids and all(i and i.startswith("prov:") for i in ids)


# --- knowledge base ----------------------------------------------------------------------------


def test_the_drugs_office_is_not_the_humanitarian_office(link):
    ld = link(
        "The UN Office on Drugs and Crime said poppy cultivation had fallen again in Helmand."
    )
    ids = covering(ld, "UN Office on Drugs and Crime")
    assert "unodc" in ids and "ocha" not in ids


# --- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name,where",
    [
        pytest.param(
            "Levies found the bodies near Gichk on Sunday.", "Gichk", ("PAK", "city"), id="gichk"
        ),
        pytest.param(
            "Two guards were killed near Buleda, officials said.",
            "Buleda",
            ("PAK", "city"),
            id="buleda",
        ),
        pytest.param(
            "Farmers in Argo district said the crop had failed.",
            "Argo",
            ("AFG", "admin2"),
            id="argo",
        ),
        pytest.param(
            "Work on the Qosh Tepa canal resumed in March.",
            "Qosh Tepa",
            ("AFG", "site"),
            id="qosh_tepa_canal",
        ),
        pytest.param(
            "Cotton growers in Surkhandarya region protested on Friday.",
            "Surkhandarya",
            ("UZB", "admin1"),
            id="surkhandarya",
        ),
    ],
)
def test_places_the_gazetteer_lacked(link, text, name, where):
    ld = link(text)
    assert where in places_at(ld, name)
    assert covering(ld, name) == set()
