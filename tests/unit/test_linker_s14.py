"""Session 14 linking rules: an armed group owning its named spokesman stays the group, a
capital the tagger read as a person acts for its state, a state's security service speaks for
it, and a state right after an object relative pronoun is the clause's subject."""

from __future__ import annotations


def ids_of(linked, text):
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def test_armed_group_owning_a_named_spokesman_stays_the_group(link):
    ld = link(
        "Hours later, the Tehreek-e-Taliban Pakistan's main spokesman, Mohammad Khurasani, "
        "denied that any of the group's factions was involved."
    )
    assert ids_of(ld, "Tehreek-e-Taliban Pakistan") == {"ttp"}


def test_capital_read_as_a_person_acts_for_its_state(link):
    ld = link(
        "Some Russian officials blamed Ukraine for the concert hall attack, an accusation "
        "Kyiv rejected as absurd."
    )
    assert ids_of(ld, "Kyiv") == {"UKR"}


def test_security_service_speaks_for_its_state(link):
    # Guide §17.2 (s18 relabel): a named intelligence service is ISO3-INTEL, not the bare state.
    ld = link("The FSB said three of the suspects were citizens of Tajikistan.")
    assert ids_of(ld, "FSB") == {"RUS-INTEL"}


def test_state_after_object_relative_pronoun_is_an_actor(link):
    ld = link(
        "The BLA, which Pakistan and the United States list as a terrorist organisation, "
        "has stepped up attacks in Mastung."
    )
    assert ids_of(ld, "Pakistan") == {"PAK"}
    assert ids_of(ld, "United States") == {"USA"}


def test_state_after_in_which_is_no_actor(link):
    ld = link("The region in which Pakistan fights is poor.")
    assert ids_of(ld, "Pakistan") == set()


def test_capital_answering_a_charge_is_its_government(link):
    ld = link(
        "Taliban officials have accused Pakistan of allowing IS-K to train fighters in "
        "Balochistan, a charge Islamabad rejects."
    )
    assert ids_of(ld, "Islamabad") == {"PAK"}


def test_capital_that_has_denied_an_accusation(link):
    ld = link(
        "He also said the attacks had been planned in Afghanistan, an accusation Kabul has "
        "repeatedly denied."
    )
    assert ids_of(ld, "Kabul") == {"taliban"}
