"""Linking rules of session 8 (tuned on gold/fresh5 dev): diplomatic missions, governments named
by their seat, named diplomats the KB lacks, unit modifiers, role holders as antecedents, towns
the tagger takes for people, and new places and parties. One short text per rule, composed for
the test; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, places_at

# (text, phrase, occurrence, the actor ids of the mentions overlapping that occurrence)
LINKED_AS = [
    pytest.param(
        "The US mission declined to comment on the vote in the General Assembly.",
        "US mission",
        0,
        {"USA-STATE"},
        id="a_states_mission_is_its_foreign_ministry",
    ),
    pytest.param(
        "Engineers finished the canal last spring, a project officials in Tashkent hailed as "
        "the region's largest.",
        "Tashkent",
        0,
        {"UZB"},
        id="officials_in_a_capital_are_its_government",
    ),
    pytest.param(
        "There was no immediate comment from Tehran, which has long denied arming the group.",
        "Tehran",
        0,
        {"IRN"},
        id="comment_from_a_capital_is_its_government",
    ),
    pytest.param(
        "Gunmen stormed a police post near Lakki Marwat overnight, a senior police officer "
        "told reporters. He said two constables were wounded in the gunfight.",
        "He",
        0,
        {"PAK-POLICE"},
        id="he_after_an_unnamed_police_officer_is_the_police",
    ),
    pytest.param(
        "PESHAWAR, Pakistan — Trucks carrying flour left for Torkham on Sunday under military "
        "escort after the road was cleared.",
        "military escort",
        0,
        {"PAK-MIL"},
        id="a_military_escort_is_the_army_not_the_police",
    ),
    pytest.param(
        "BANNU, Pakistan — Gunmen ambushed a patrol near Tank and the besieged constables held "
        "out until dawn.",
        "besieged constables",
        0,
        {"PAK-POLICE"},
        id="constables_described_by_their_plight_are_still_the_police",
    ),
    pytest.param(
        "QUETTA, Pakistan — Officials said special forces freed 14 travellers near Zhob on "
        "Friday after a six-hour siege.",
        "special forces",
        0,
        {"PAK-MIL"},
        id="special_forces_are_the_army",
    ),
    pytest.param(
        '"Nobody will be allowed to use our soil against a neighbour," Mujahid, the Taliban '
        "spokesman, told a news conference in Kandahar.",
        "Mujahid",
        0,
        {"zabihullah-mujahid"},
        id="a_surname_beside_its_holders_title_is_that_person",
    ),
    pytest.param(
        "Chief spokesman Mujahid rejected the charge on Friday.",
        "Mujahid",
        0,
        {"zabihullah-mujahid"},
        id="a_surname_after_its_holders_title_is_that_person",
    ),
    pytest.param(
        "A rally of the Jamiat Ulema-e-Islam in Bannu was called off after a bomb threat.",
        "Jamiat Ulema-e-Islam",
        0,
        {"jui-f"},
        id="a_religious_party_is_a_curated_actor",
    ),
    pytest.param(
        "KANDAHAR, Afghanistan — Inspectors from the provincial department visited three girls' "
        "schools on Monday, teachers said. The inspectors told them to close by Friday.",
        "The inspectors",
        0,
        {"taliban"},
        id="inspectors_enforcing_a_rule_are_the_state",
    ),
    pytest.param(
        "Beijing has long said that Uyghur fighters shelter in Badakhshan.",
        "Uyghur fighters",
        0,
        {"etim"},
        id="uyghur_fighters_are_etim",
    ),
]


@pytest.mark.parametrize("text,phrase,occurrence,actors", LINKED_AS)
def test_a_phrase_is_linked_as(link, text, phrase, occurrence, actors):
    assert covering(link(text), phrase, occurrence) == actors


def test_foreign_officials_posted_in_a_capital_are_not_its_government(link):
    linked = link("Pakistani officials in Kabul said the embassy would reopen next week.")
    assert "taliban" not in covering(linked, "Kabul")


def test_a_named_envoy_the_kb_lacks_is_not_the_ministry(link):
    linked = link(
        "Kazakhstan's envoy, Daulet Serikbayev, said Astana backed a review of the sanctions."
    )
    assert "KAZ-MOFA" not in covering(linked, "Kazakhstan's envoy")
    assert any(a and a.startswith("prov:") for a in covering(linked, "Daulet Serikbayev"))


def test_an_unnamed_envoy_is_still_the_ministry(link):
    linked = link("Kazakhstan's envoy said Astana backed a review of the sanctions.")
    assert covering(linked, "Kazakhstan's envoy") == {"KAZ-MOFA"}


@pytest.mark.parametrize(
    "text,phrase",
    [
        pytest.param(
            "Organisers said about 300 people joined the march in Quetta.",
            "Organisers",
            id="organisers",
        ),
        pytest.param(
            "Politicians from every party condemned the killing of the judge.",
            "Politicians",
            id="politicians",
        ),
    ],
)
def test_people_who_run_an_event_are_actors(link, text, phrase):
    ids = covering(link(text), phrase)
    assert ids and all(a and a.startswith("prov:") for a in ids)


@pytest.mark.parametrize(
    "text,name,country,kind",
    [
        pytest.param(
            "DERA ISMAIL KHAN, Pakistan — Police said the attackers fled towards Daraban "
            "after the raid.",
            "Daraban",
            "PAK",
            "city",
            id="daraban",
        ),
        pytest.param(
            "QUETTA, Pakistan — The highway near Mangochar was closed for a day.",
            "Mangochar",
            "PAK",
            "city",
            id="mangochar",
        ),
        pytest.param(
            "QUETTA, Pakistan — Gunmen pulled labourers off two lorries in Musakhel district "
            "of Balochistan.",
            "Musakhel",
            "PAK",
            "city",
            id="musakhel_in_a_pakistani_story_is_balochistans",
        ),
        pytest.param(
            "Troops searched houses in Mamund tehsil of Bajaur on Tuesday.",
            "Mamund",
            "PAK",
            "admin2",
            id="mamund_tehsil",
        ),
        pytest.param(
            "Smugglers crossed into Kunar through the Nawa Pass at night, officials said.",
            "Nawa Pass",
            "PAK",
            "site",
            id="nawa_pass",
        ),
    ],
)
def test_frontier_towns_and_passes_are_places(link, text, name, country, kind):
    assert places_at(link(text), name) == {(country, kind)}


def test_a_town_tagged_as_a_person_after_in_is_a_place(link, pipeline):
    from spacy.tokens import Span

    doc = pipeline.nlp(
        "KARACHI, Pakistan — Doctors at the main hospital in Bela said nine people were hurt."
    )
    bela = next(t.i for t in doc if t.text == "Bela")
    # the small tagger's mistake on short town names, made here on purpose
    doc.ents = [e for e in doc.ents if e.start != bela] + [Span(doc, bela, bela + 1, "PERSON")]
    linked = link.linker.link(doc, published=None, title=None)
    assert places_at(linked, "Bela") == {("PAK", "city")}
    assert covering(linked, "Bela") == set()


def test_a_body_owning_a_title_beside_a_name_is_a_mention_of_the_body(link):
    linked = link(
        "Amir Khan Muttaqi, the Islamic Emirate's foreign minister, arrived in Tashkent on Monday."
    )
    assert covering(linked, "Islamic Emirate") == {"taliban"}
    assert covering(linked, "foreign minister") == {"amir-khan-muttaqi"}


def test_a_un_report_is_the_one_un_body_the_article_names(link):
    linked = link(
        "A UN report published on Monday documented 40 arbitrary detentions in Takhar. "
        "The UN Assistance Mission in Afghanistan urged the authorities to release them."
    )
    assert covering(linked, "A UN report") == {"unama"}


def test_the_movement_after_the_taliban_is_the_taliban(link):
    linked = link(
        "The Taliban sent a delegation to Tashkent on Monday. The movement has sought "
        "recognition from its neighbours for years."
    )
    assert covering(linked, "The movement") == {"taliban"}


def test_a_curated_town_that_is_a_first_name_is_not_forced_on_people(link, pipeline):
    linked = link("Johan Svensson, a Swedish aid worker, said the clinic had closed.")
    assert places_at(linked, "Johan") == set()
    # the town itself still resolves when the model tags it as a place
    place = pipeline.gazetteer.resolve("Johan", focus_countries=["PAK"])
    assert place is not None and (place.country, place.kind) == ("PAK", "city")


def test_bare_members_after_a_council_are_the_council(link):
    linked = link(
        "The UN Security Council discussed Myanmar on Tuesday. Several speakers asked members "
        "to consider new sanctions."
    )
    assert covering(linked, "members") == {"unsc"}
