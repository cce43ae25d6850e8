"""Linking rules of session 9: Persian joining vowels in place names, named buildings in the
story's town, a sentence break after "on X.", seats of power tagged as bodies, an organ's staff
placed by a capital, "it" of a feeling, the speaker of a quotation kept inside its paragraph,
unknown persons and "she", district administrators, and the statement a "the statement" repeats.
One short text per rule, composed for the test; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import covering, places_at

from watchfloor.kb.gazetteer import ezafe_variants


def test_ezafe_variants_cover_the_news_spellings():
    assert set(ezafe_variants("Pul-e Khumri")) >= {"Pul-i-Khumri", "Pul-e-Khumri", "Pul-i Khumri"}
    assert ezafe_variants("Kandahar") == []


def test_a_town_spelled_with_another_joining_vowel_is_tagged(link):
    linked = link("Gunmen fired on a bus near Pul-i-Khumri on Sunday, the police said.")
    assert places_at(linked, "Pul-i-Khumri") == {("AFG", "city")}


def test_a_named_mosque_stands_in_the_town_named_before(link):
    linked = link(
        "A bomb went off in Herat on Friday. The blast hit the Sayed Abad mosque during prayers."
    )
    assert places_at(linked, "Sayed Abad mosque") == {("AFG", "city")}


def test_a_religious_adjective_is_no_mosque_name(link):
    linked = link("A bomb went off in Kunduz on Friday. It hit a Sunni mosque near the bazaar.")
    assert places_at(linked, "Sunni mosque") == set()


def test_a_pronoun_after_on_x_is_not_a_name(link):
    linked = link(
        "Zabihullah Mujahid rejected the charge in a post on X. He said Kabul allows no "
        "attacks from its soil."
    )
    assert "zabihullah-mujahid" in covering(linked, "He")
    assert not any(m.text.startswith("X.") for m in linked.actor_mentions)


def test_the_white_house_tagged_as_a_body_is_the_state(link):
    linked = link("The White House defended the exchange on Tuesday.")
    assert covering(linked, "White House") == {"USA"}


def test_an_unowned_ministry_spokesman_in_a_capital_is_that_states(link):
    linked = link(
        "Officials played down the warning. A foreign ministry spokesman in Astana said the "
        "guarantees were firm."
    )
    assert covering(linked, "A foreign ministry spokesman") == {"KAZ-MOFA"}


def test_it_that_feels_is_the_speaker(link):
    linked = link("UNHCR said it was alarmed by the expulsions from Iran.")
    assert covering(linked, "it") == {"unhcr"}


def test_a_quote_speaker_stays_inside_the_paragraph(link):
    text = (
        '"The walls fell on us," said Karim Dad, a tailor. "We dug all night."\n\n'
        "Zabihullah Mujahid, the Taliban's spokesman, said rescue teams had reached the village."
    )
    linked = link(text)
    assert "taliban" not in covering(linked, "We")


def test_she_can_mean_a_person_the_kb_does_not_know(link):
    linked = link("Farida Noori, a midwife in Herat, said she had treated eleven wounded women.")
    (person,) = covering(linked, "Farida Noori")
    assert covering(linked, "she") == {person}


def test_he_used_before_keeps_she_away(link):
    linked = link("Rahim Gul said his brother was hurt. He said she was at the clinic.")
    (person,) = covering(linked, "Rahim Gul")
    assert person not in covering(linked, "she")


def test_an_unnamed_deputy_commissioner_speaks_for_the_state(link):
    linked = link(
        "The deputy commissioner of Kurram said the road to Parachinar would reopen on Monday."
    )
    assert covering(linked, "The deputy commissioner") == {"PAK"}


def test_trade_officials_in_a_capital_are_the_government(link):
    linked = link("On Monday, trade officials in Kabul said the route remained costly.")
    assert "taliban" in covering(linked, "officials")


def test_the_statement_is_the_one_its_source_issued(link):
    text = (
        "The ISPR said in a statement that troops had killed three militants in Tirah.\n\n"
        '"The terrorists were planning attacks," the statement said.'
    )
    linked = link(text)
    assert covering(linked, "the statement") == {"PAK-ISPR"}


@pytest.mark.parametrize(
    "text,surface,actor",
    [
        pytest.param(
            "Counter-terrorism officers arrested two men in Peshawar, Pakistan.",
            "Counter-terrorism officers",
            "PAK-POLICE",
            id="counter_terrorism_officers",
        ),
        pytest.param(
            "The Islamic State claimed the attack through its Amaq news agency.",
            "Amaq news agency",
            "islamic-state",
            id="amaq",
        ),
    ],
)
def test_new_lexicon_and_kb_entries(link, text, surface, actor):
    assert actor in covering(link(text), surface)


def test_seated_word_lists_live_in_the_lexicon():
    from watchfloor.kb import linker

    assert "jirga" in linker.SEATED_BODY_WORDS
    assert "authorities" in linker.SEATED_BODY_NOUNS
