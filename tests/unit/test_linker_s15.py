"""Linking rules of session 15: a capital addressed, aimed at or concerned ("appealed to
Islamabad", "aimed at Islamabad", "a priority for Islamabad") is its state, and a town the tagger
read as a person's name is a place when it says where someone lives ("a farmer from Deh Salah").
One short text per rule with near misses where it must not fire; no database."""

from __future__ import annotations

from tests.unit._events_util import covering, places_at


def test_a_capital_appealed_to_is_its_state(link):
    linked = link(
        "The UN refugee agency has appealed to Islamabad to halt deportations until the winter "
        "ends."
    )
    assert covering(linked, "Islamabad") == {"PAK"}


def test_a_capital_returned_to_is_a_place(link):
    linked = link("The minister returned to Islamabad on Monday after the talks.")
    assert "PAK" not in covering(linked, "Islamabad")


def test_a_capital_aimed_at_is_its_state(link):
    linked = link(
        "Pakistani diplomats read the remark as aimed at Islamabad, officials said on Tuesday."
    )
    assert covering(linked, "Islamabad") == {"PAK"}


def test_a_capital_arrived_at_is_a_place(link):
    linked = link("The delegation arrived at Kabul on Tuesday for two days of talks.")
    assert "taliban" not in covering(linked, "Kabul")
    assert "AFG" not in covering(linked, "Kabul")


def test_a_capital_a_matter_is_a_priority_for_is_its_state(link):
    linked = link(
        "The Foreign Office said the planned railway remained a strategic priority for Islamabad."
    )
    assert covering(linked, "Islamabad") == {"PAK"}


def test_a_capital_left_for_is_a_place(link):
    linked = link("The envoy left for Islamabad on Sunday.")
    assert "PAK" not in covering(linked, "Islamabad")
    linked = link("The new road for Islamabad traffic opened on Sunday.")
    assert "PAK" not in covering(linked, "Islamabad")


def test_a_town_a_farmer_is_from_is_a_place(link):
    linked = link(
        'Taliban fighters detained dozens of men in Baghlan province. "They took my sons," a '
        "farmer from Deh Salah told reporters by phone."
    )
    # the district or its seat: both are Deh Salah, Baghlan
    assert places_at(linked, "Deh Salah") & {("AFG", "admin2"), ("AFG", "city")}
    assert not {a for a in covering(linked, "Deh Salah") if a}


def test_support_from_a_person_named_like_a_town_is_no_place(link):
    linked = link(
        "Taliban fighters detained dozens of men in Baghlan province. Support came from Deh "
        "Salah, a former commander."
    )
    assert not places_at(linked, "Deh") - {None}


def test_demonyms_of_speakers_are_peoples_not_states(link):
    linked = link("He said the group was recruiting among Tajik and Uzbek speakers in the north.")
    assert not covering(linked, "Tajik") & {"TJK", "UZB"}
    assert not covering(linked, "Uzbek speakers") & {"TJK", "UZB"}


def test_an_ethnic_demonym_is_a_people(link):
    linked = link("Ethnic Uzbek commanders in the Taliban were removed from their posts.")
    assert "UZB" not in covering(linked, "Uzbek")


def test_demonym_officials_and_guards_are_still_their_states(link):
    linked = link(
        "Uzbek and Tajik officials shared the concern. Tajik border guards have not reported "
        "an incursion."
    )
    assert "UZB" in covering(linked, "Uzbek")
    assert "TJK" in covering(linked, "Tajik border guards")


def test_a_demonym_speaker_of_parliament_is_not_a_people(link):
    linked = link("The Pakistani speaker said the session would resume on Monday.")
    assert covering(linked, "Pakistani") & {"PAK", "PAK-NA"}


def test_the_chinese_as_a_noun_is_the_state(link):
    linked = link(
        "Chinese engineers were attacked in Logar. Another attack like this and the Chinese may "
        "start bringing their own security, an official said."
    )
    assert covering(linked, "Chinese", 1) == {"CHN"}


def test_chinese_without_the_is_no_state(link):
    linked = link("The statement was issued in Chinese and Dari on Monday.")
    assert "CHN" not in covering(linked, "Chinese")
    linked = link("The Chinese engineers were attacked in Logar on Monday.")
    assert "CHN" not in covering(linked, "Chinese")


def test_an_unnamed_military_official_is_the_states_armed_forces(link):
    linked = link(
        "Militants attacked a checkpost in Tirah, Pakistan's Khyber district, killing seven "
        "soldiers. A military official denied that anyone had been detained."
    )
    assert covering(linked, "A military official") == {"PAK-MIL"}


def test_a_military_official_of_another_side_is_not_pakistans(link):
    linked = link(
        "Taliban forces clashed with Iranian border guards near Islam Qala. A Taliban military "
        "official said two guards had died."
    )
    assert "PAK-MIL" not in covering(linked, "military official")
