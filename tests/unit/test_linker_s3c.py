"""Linking rules of issue #4, round 3: a title's own group, former office holders, the
de-facto government's descriptions, "the group" for a rights group, "them" in a participle
clause and a name in apposition to a describing noun. One short text per rule, no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import ids_of


@pytest.mark.parametrize(
    "text,phrase,actor",
    [
        pytest.param(
            "The Taliban denied the claim. NRF spokesman Sibghatullah Ahmadi wrote on X that the "
            "attack took place near Banu.",
            "Sibghatullah Ahmadi",
            "nrf",
            id="spokesman_speaks_for_the_group_in_his_title",
        ),
        pytest.param(
            "The TTP attacked a checkpost. The group said it killed ten soldiers.",
            "The group",
            "ttp",
            id="the_group_still_an_armed_group_further_back",
        ),
        pytest.param(
            "The rights group, Amnesty International, said refugees were detained.",
            "The rights group",
            "amnesty",
            id="described_rights_group_takes_the_name",
        ),
    ],
)
def test_phrase_links_to_the_actor(link, text, phrase, actor):
    """The phrase links to the one actor the rule names."""
    assert ids_of(link(text), phrase) == {actor}


@pytest.mark.parametrize(
    "text,phrase",
    [
        (
            "A former Chinese diplomat said Beijing would avoid taking sides.",
            "former Chinese diplomat",
        ),
        ("An ex-Pakistani envoy said the talks had failed.", "ex-Pakistani envoy"),
        ("A retired Pakistani general said the army would respond.", "retired Pakistani general"),
    ],
)
def test_former_office_holder_is_a_person_of_their_own(link, text, phrase):
    ld = link(text)
    (actor_id,) = ids_of(ld, phrase)
    assert actor_id.startswith("prov:")
    assert ld.actors[actor_id].kind == "person"


def test_serving_diplomats_still_speak_for_the_ministry(link):
    assert ids_of(link("Chinese diplomats said Beijing would mediate."), "Chinese diplomats") == {
        "CHN-MOFA"
    }


@pytest.mark.parametrize("noun", ["government", "rulers", "authorities"])
def test_de_facto_government_is_the_kb_actor_governing(link, pipeline, noun):
    ld = link(f"The UN urged the de facto {noun} to reopen schools.")
    assert ids_of(ld, f"de facto {noun}") == {pipeline.kb.government_of("AFG")}


def test_the_group_after_a_rights_group(link):
    ld = link(
        "Amnesty International said in a report that Pakistani authorities had harassed Afghan "
        "refugees. The group said at least 1,200 people had been detained."
    )
    assert ids_of(ld, "The group") == ids_of(ld, "Amnesty International") == {"amnesty"}


def test_them_in_participle_clause_is_the_main_clause_object(link):
    ld = link(
        "The United States imposed sanctions on two officials of the Ministry for the "
        "Propagation of Virtue and Prevention of Vice, accusing them of abuses against women."
    )
    ministry = ids_of(ld, "Ministry for the Propagation of Virtue and Prevention of Vice")
    assert ministry and ids_of(ld, "them") == ministry


def test_them_follows_the_counted_object(link):
    ld = link(
        "Security forces killed five militants in Mastung, describing them as members of a "
        "banned group."
    )
    militants = {m.actor_id for m in ld.actor_mentions if "militants" in m.text}
    assert militants and ids_of(ld, "them") == militants


def test_them_outside_a_participle_clause_is_left_alone(link):
    ld = link("The police arrested five men and later released them.")
    assert not ids_of(ld, "them")


def test_name_in_apposition_wins_over_the_description(link):
    ld = link(
        "A TTP-affiliated group, Ittehad-ul-Mujahideen Pakistan, claimed responsibility in a "
        "statement."
    )
    assert ids_of(ld, "group") == {"ittehad-ul-mujahideen"}
    assert ids_of(ld, "TTP") == {"ttp"}  # the patron is still named
