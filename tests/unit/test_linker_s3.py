"""Linking rules added for issue #4: collective and document anaphors, role phrases, speaker
pronouns, sets of states and places the tagger took for something else. One short text per
rule, no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import ids_of


def test_sanctioned_members_are_the_group(link):
    ld = link(
        "Washington sanctioned three commanders of the TTP on Monday. "
        "The designated individuals can no longer use US banks. "
        "Pakistan asked Kabul to arrest the sanctioned commanders."
    )
    assert ids_of(ld, "The designated individuals") == {"ttp"}
    assert ids_of(ld, "the sanctioned commanders") == {"ttp"}


def test_such_fighters_point_back_to_the_group(link):
    ld = link(
        "The TTP and the BLA stepped up attacks last year. Beijing says fighters of the East "
        "Turkestan Islamic Movement are hiding in the north. "
        "Analysts estimate that a few hundred such fighters remain there."
    )
    fighters = [m for m in ld.actor_mentions if m.text.endswith("fighters")]
    assert fighters[-1].actor_id == "etim"


def test_report_stands_for_its_author(link):
    ld = link(
        "Al-Qaeda keeps camps in Kunar, according to a UN monitoring team report. "
        "The report says the group trains recruits. "
        "It says the camps are small. "
        "The Taliban rejected the findings."
    )
    assert ids_of(ld, "The report") == {"unsc"}
    assert ids_of(ld, "It") == {"unsc"}
    assert ids_of(ld, "the findings") == {"unsc"}


def test_coordinated_foreign_ministers_are_their_ministries(link):
    ld = link("Wang Yi met the Pakistani and Afghan foreign ministers in Beijing.")
    got = {m.actor_id for m in ld.actor_mentions}
    assert "PAK-MOFA" in got
    assert "taliban" in got
    assert "PAK" not in got


def test_paragraph_break_ends_the_antecedent_window(link):
    ld = link(
        "Ishaq Dar said Pakistan had raised the TTP with Kabul, he added.\n\n"
        "Amir Khan Muttaqi said Afghanistan guaranteed the route.\n"
        "He insisted that no armed group was active."
    )
    he = [m for m in ld.actor_mentions if m.text == "He"]
    assert he and he[-1].actor_id == "amir-khan-muttaqi"


def test_quoted_they_is_the_plural_subject_of_the_quote(link):
    ld = link(
        '"Police came at night and took my brother," said a shopkeeper. '
        '"They said we had to leave."'
    )
    assert ids_of(ld, "They") == {"PAK-POLICE"} or ids_of(ld, "They") == ids_of(ld, "Police")


def test_the_government_of_the_place_named_before(link):
    ld = link(
        "Rights activists in Almaty criticised the government for its silence on the Taliban."
    )
    assert ids_of(ld, "government") | ids_of(ld, "the government") == {"KAZ"}


def test_title_word_inside_a_person_entity(link):
    ld = link(
        "Pakistan's Foreign Office did not confirm the strikes. "
        "Spokesperson Tahir Andrabi told reporters that Islamabad would respond."
    )
    assert any("Tahir Andrabi" in m.text for m in ld.actor_mentions)


def test_committee_is_the_committee_named_before(link):
    ld = link(
        "Lawmakers held a House Foreign Affairs Committee hearing on Afghanistan. "
        "A UN monitoring team report was cited. A former official told the committee "
        "about the contacts."
    )
    assert "unsc" not in ids_of(ld, "the committee")


def test_village_tagged_as_a_people(link):
    ld = link("Taliban fighters detained six young men from Banu on Monday.")
    names = {m.text: ld.places[m.place_id].country for m in ld.place_mentions if m.place_id}
    assert names.get("Banu") == "AFG"


def test_countries_as_examples_of_a_set_act(link):
    ld = link("Neighbours that trade with Kabul, from Uzbekistan to China, could press for change.")
    got = {m.actor_id for m in ld.actor_mentions}
    assert {"UZB", "CHN"} <= got


def test_countries_on_a_journey_stay_places(link):
    ld = link("Trucks travelled from Uzbekistan to China.")
    assert not ld.actor_mentions
    assert len(ld.place_mentions) == 2


def test_soldiers_of_the_unit_the_sentence_names(link):
    ld = link(
        "A bomb struck a Frontier Corps vehicle near Khuzdar, killing five soldiers, the military "
        "said."
    )
    assert ids_of(ld, "soldiers") == {"PAK-FC"}
    assert ids_of(ld, "the military") == {"PAK-MIL"}


def test_dismissing_a_report_does_not_make_it_yours(link):
    ld = link(
        "A think tank said the TTP runs camps in Kunar. Zabihullah Mujahid dismissed the report "
        "as baseless. The report also warns that ISKP is recruiting."
    )
    assert "zabihullah-mujahid" not in ids_of(ld, "The report")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        pytest.param(
            "A UN monitoring team published its assessment on Tuesday. "
            "The monitors write that the TTP has grown.",
            "The monitors",
            {"unsc"},
            id="monitors_are_the_monitoring_team",
        ),
        pytest.param(
            "Russia's deputy UN envoy questioned the report.",
            "Russia's deputy UN envoy",
            {"RUS-MOFA"},
            id="unnamed_deputy_un_envoy_is_the_foreign_ministry",
        ),
        pytest.param(
            "It was the first visit by an Iranian foreign minister to Kabul since 2021.",
            "Iranian foreign minister",
            {"IRN"},
            id="any_foreign_minister_stays_the_state",
        ),
        pytest.param(
            "Antonio Guterres condemned the bombing, his spokesperson said.",
            "his spokesperson",
            {"antonio-guterres"},
            id="his_spokesperson_speaks_for_him",
        ),
        pytest.param(
            "The bomber struck at noon, according to a Taliban police spokesman in Kunduz. "
            "Most of the dead were traders, he said.",
            "he",
            {"taliban"},
            id="speaking_pronoun_prefers_the_last_speaker",
        ),
        pytest.param(
            "Tajikistan's foreign ministry condemned the attack and said it was ready to help.",
            "it",
            {"TJK"},
            id="it_after_conjoined_speech_verb",
        ),
        pytest.param(
            "The ISPR said the strikes killed 14 militants, including a commander it held "
            "responsible for the bombing.",
            "it",
            {"PAK-ISPR"},
            id="it_deep_in_reported_speech",
        ),
        pytest.param(
            "Zabihullah Mujahid said Pakistan was trying to cover up its failures. "
            "China's foreign ministry urged both countries to exercise restraint.",
            "both countries",
            {"PAK", "taliban"},
            id="both_countries_are_the_last_sentence_states",
        ),
        pytest.param(
            "Wang Yi hosted the Pakistani and Afghan foreign ministers, and the three sides agreed "
            "to extend the corridor.",
            "the three sides",
            {"CHN", "PAK", "taliban"},
            id="the_three_sides_are_the_states_of_the_sentence",
        ),
        pytest.param(
            "The court sought the arrest of the Taliban's supreme leader, Hibatullah Akhundzada, "
            "and the chief justice.",
            "the chief justice",
            {"taliban"},
            id="chief_justice_of_a_government",
        ),
        pytest.param(
            "In Kabul, the Taliban's Ministry of Defence said three villages were hit.",
            "Ministry of Defence",
            {"taliban"},
            id="organ_of_a_de_facto_government",
        ),
        pytest.param(
            "Kabul denied that it had ever sheltered Pakistani militants.",
            "Pakistani militants",
            {"ttp"},
            id="pakistani_militants_are_the_ttp",
        ),
        pytest.param(
            "Refugees were pushed back at Islam Qala, and the foreign ministry in Tehran said the "
            "returns were voluntary.",
            "the foreign ministry",
            {"IRN-MOFA"},
            id="lowercase_ministry_seated_in_a_capital",
        ),
        pytest.param(
            "Families fled military operations in Pakistan's North Waziristan last year.",
            "military operations",
            {"PAK-MIL"},
            id="military_operations_are_the_armed_forces",
        ),
        pytest.param(
            "Ishaq Dar arrived in Kabul on Monday, according to officials. "
            "He said Pakistan wanted peace.",
            "He",
            {"ishaq-dar"},
            id="plural_source_is_no_antecedent_for_he",
        ),
    ],
)
def test_phrase_links_to_the_actors(link, text, phrase, expected):
    assert ids_of(link(text), phrase) == expected
