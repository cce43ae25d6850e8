"""Linking rules of issue #4, round 3 (alias grouping on unseen news): pronouns that must not
take a plural or a person as antecedent, possessives, statements and bare organ names that
point back, a transnational group's local branch, state bodies without an id, and places named
inside a body's name. One short text per rule, no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, ids_of


@pytest.mark.parametrize(
    "text,phrase,actor",
    [
        pytest.param(
            "The Frontier Corps said in a statement that Afghan forces had opened fire first, and "
            "that its men had responded with proportionate fire.",
            "its",
            "PAK-FC",
            id="its_skips_a_plural_subject_for_the_speaking_body",
        ),
        pytest.param(
            "The Frontier Corps said Afghan forces had opened fire first. "
            "A soldier was killed and three were wounded, it said.",
            "it",
            "PAK-FC",
            id="it_is_not_the_soldier_of_its_own_sentence",
        ),
        pytest.param(
            "India has rejected similar accusations in the past as baseless. "
            "Its Ministry of External Affairs did not respond to a request for comment.",
            "Its",
            "IND",
            id="sentence_initial_its_is_the_last_sentences_subject",
        ),
        pytest.param(
            "The Islamic State has lost its territory in Syria. "
            "ISKP claimed the bombing in Kunduz on Friday.",
            "Islamic State",
            "islamic-state",
            id="the_parent_named_first_in_its_own_right_keeps_its_id",
        ),
        pytest.param(
            "Pakistan's Interior Ministry ordered Afghans without visas to leave. The ministry's "
            "statement set a deadline of April 30. The statement made no mention of refugees.",
            "The statement",
            "PAK-MOI",
            id="a_statement_stays_its_issuers_wherever_it_is_named",
        ),
        pytest.param(
            "Pakistan's Interior Ministry ordered Afghans without visas to leave. Kabul accused "
            "Pakistani police of abuses, an allegation the Interior Ministry did not address.",
            "the Interior Ministry",
            "PAK-MOI",
            id="a_bare_organ_name_is_the_one_the_article_named",
        ),
        pytest.param(
            "A statement released by China's Foreign Ministry said the sides had agreed. "
            "China pledged $200 million, the Chinese statement said.",
            "the Chinese statement",
            "CHN-MOFA",
            id="a_states_statement_by_demonym_is_its_issuer",
        ),
        pytest.param(
            'Police in Karachi arrested five men on Monday. "We went to every police station in '
            'the city and they all said they did not have him," his brother said.',
            "they",
            "PAK-POLICE",
            id="they_of_a_state_body_named_in_the_sentence",
        ),
    ],
)
def test_phrase_links_to_the_actor(link, text, phrase, actor):
    """The phrase links to the one actor the rule names."""
    assert ids_of(link(text), phrase) == {actor}


def test_a_group_named_only_as_a_modifier_is_its_branch(link):
    ld = link(
        "Police arrested five members of an Islamic State cell in Karachi. Officials said the "
        "men had been planning attacks. Islamic State's regional affiliate has attacked Chinese "
        "targets before. A Taliban spokesman said the Islamic State had been crushed."
    )
    assert covering(ld, "five members of an Islamic State cell") == {"iskp"}
    assert ids_of(ld, "the men") == {"iskp"}
    assert ids_of(ld, "Islamic State") == {"iskp"}


@pytest.mark.parametrize(
    "text",
    [
        "Chaudhry said Pakistan had informed Kabul of the militants' presence.",
        "Dar said Pakistan would judge Kabul by its actions against the TTP.",
    ],
)
def test_a_capital_told_or_judged_is_its_government(link, text):
    assert ids_of(link(text), "Kabul") == {"taliban"}


def test_his_and_his_government(link):
    ld = link(
        "Chinese Foreign Minister Wang Yi arrived in Kabul for talks with his Afghan "
        "counterpart. Prime Minister Shehbaz Sharif said his government would act."
    )
    assert ids_of(ld, "his") == {"wang-yi"}
    assert ids_of(ld, "his government") == {"PAK"}


def test_de_facto_state_bodies_without_an_id(link):
    ld = link(
        "Afghanistan's reserves remain frozen. There is no sign that the central bank in Kabul "
        "is independent of the leadership in Kandahar."
    )
    assert covering(ld, "the central bank in Kabul") == {"taliban"}
    assert covering(ld, "the leadership in Kandahar") == {"taliban"}


@pytest.mark.parametrize(
    "text,phrase,actor",
    [
        ("American envoys have travelled to Kabul several times.", "American envoys", "USA-STATE"),
        (
            "The Taliban summoned Pakistan's chargé d'affaires.",
            "Pakistan's chargé d'affaires",
            "PAK-MOFA",
        ),
    ],
)
def test_diplomats_speak_for_the_foreign_ministry(link, text, phrase, actor):
    assert covering(link(text), phrase) == {actor}


def test_it_after_a_colon_goes_on_about_the_subject(link):
    ld = link(
        "Beijing has been the Taliban's most active partner since 2021: it accepted a Taliban "
        "ambassador in 2024."
    )
    assert ids_of(ld, "Beijing") == {"CHN"}
    assert ids_of(ld, "it") == {"CHN"}


def test_escorts_are_the_police_of_the_article(link):
    ld = link(
        "A bomber attacked a police convoy in Bannu. Polio workers and their escorts have been "
        "attacked repeatedly in the province."
    )
    assert covering(ld, "their escorts") == {"PAK-POLICE"}


def test_a_place_inside_a_bodys_name_is_a_place_too(link):
    ld = link("The UN mission in Afghanistan urged both sides to exercise restraint.")
    assert ids_of(ld, "UN mission in Afghanistan") == {"unama"}
    assert [(pm.text, pm.place_id) for pm in ld.place_mentions] == [("Afghanistan", "country:AFG")]


def test_karachi_neighbourhoods_resolve(link):
    ld = link("Police raided houses in Manghopir and Gulshan-e-Iqbal in Karachi on Monday.")
    places = {pm.text: ld.places[pm.place_id].country for pm in ld.place_mentions if pm.place_id}
    assert places.get("Manghopir") == "PAK"
    assert places.get("Gulshan-e-Iqbal") == "PAK"


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("A suicide bomber killed seven policemen and a passer-by.", "a passer-by"),
        ("Sindh's home minister announced that escorts would be doubled.", "Sindh's home minister"),
        (
            "The ministry said that militants crossing from Afghanistan had been hiding in Quetta.",
            "militants",
        ),
    ],
)
def test_unnamed_people_are_actors(link, text, phrase):
    assert covering(link(text), phrase), phrase


@pytest.mark.parametrize(
    "text,phrase",
    [
        (
            "Traders in Peshawar demanded help from Khyber Pakhtunkhwa's provincial government.",
            "Khyber Pakhtunkhwa's provincial government",
        ),
        (
            "Pakistan said relatives had been paid by the provincial government.",
            "provincial government",
        ),
    ],
)
def test_a_provincial_government_is_not_the_state(link, text, phrase):
    got = covering(link(text), phrase)
    assert got and all(actor_id.startswith("prov:") for actor_id in got)


def test_a_second_they_is_the_first_ones(link):
    ld = link(
        'Police in Peshawar raided Afghan homes. "Police came at night and took my husband," '
        'said Gul Bibi. "They said we had to go or they would take the children too."'
    )
    assert ids_of(ld, "They") == ids_of(ld, "they") == {"PAK-POLICE"}


def test_his_is_never_a_person_named_in_another_sentence(link):
    ld = link(
        "Taliban spokesman Zabihullah Mujahid condemned the strikes. The army said the strikes "
        "had targeted a TTP commander and eight of his fighters."
    )
    assert "zabihullah-mujahid" not in ids_of(ld, "his")
