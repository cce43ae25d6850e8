"""Linking rules of session 14, round 4: a second statement of the same issuer, a statement
attributed to a body, "the movement" after an armed group, "the group" for the body that speaks
rather than the one only mentioned, demonym commanders, a body named as someone's former post,
a mediator outside "both sides", a country's press, and "Their spokesman" opening a sentence.
One short text per rule with near misses where it must not fire; no database."""

from __future__ import annotations

from tests.unit._events_util import covering


def test_a_second_statement_is_the_first_ones_issuers(link):
    linked = link(
        "The Balochistan Liberation Army claimed the attack in a statement sent to journalists. "
        "Officials denied it. A second statement, issued late on Monday, said the group's "
        "fighters had returned."
    )
    assert covering(linked, "A second statement") == {"bla"}


def test_another_statement_of_a_named_body_is_not_the_earlier_issuers(link):
    linked = link(
        "The BLA claimed the attack in a statement. The army rejected the claim. Another "
        "statement from the ministry followed."
    )
    assert "bla" not in covering(linked, "Another statement")


def test_a_statement_attributed_to_a_group_is_the_groups(link):
    linked = link(
        "A day before, a statement attributed to Islamic State Khorasan Province warned of "
        "attacks. The statement, posted on a channel, could not be verified."
    )
    assert covering(linked, "The statement") == {"iskp"}


def test_the_movement_after_an_armed_group_is_that_group(link):
    linked = link(
        "The TTP denied the claim. Its spokesman said it was meant to defame the movement."
    )
    assert covering(linked, "the movement") == {"ttp"}


def test_the_movement_of_goods_is_no_group(link):
    linked = link("The TTP attacked a post. The movement of goods through Torkham resumed.")
    assert covering(linked, "movement") == set()
    linked = link(
        "The TTP attacked a post. Rights activists said the movement for equal pay would go on."
    )
    assert covering(linked, "movement") == set()


def test_the_group_is_the_body_speaking_not_the_one_in_an_object(link):
    linked = link(
        "Human Rights Watch said two foreign nationals remained in Taliban custody without "
        "charge and urged the authorities to free them. The group also accused the Taliban of "
        "using detainees."
    )
    assert covering(linked, "The group") == {"hrw"}


def test_coordinated_demonym_commanders_are_each_sides_forces(link):
    linked = link("Pakistani and Afghan border commanders met at Torkham on Monday.")
    assert covering(linked, "Pakistani") == {"PAK-MIL"}


def test_a_demonym_commander_of_a_state_without_a_military_id_stays_the_state(link):
    linked = link("An Iranian border commander said two guards had died.")
    assert covering(linked, "Iranian border commander") == {"IRN"}


def test_a_body_named_as_a_former_post_does_not_act(link):
    linked = link("The author is a former UN education officer who worked in Kabul.")
    assert "un" not in covering(linked, "UN")
    linked = link("A UN official said the former talks had failed.")
    assert covering(linked, "UN") == {"un"}


def test_a_mediator_is_not_one_of_both_sides(link):
    linked = link(
        "Pakistani and Afghan forces exchanged fire at Torkham. Pakistan said Afghan forces "
        "fired first. China's Foreign Ministry spokeswoman Mao Ning called on both sides to "
        "exercise restraint."
    )
    assert "CHN" not in covering(linked, "both sides")


def test_a_party_acting_on_both_sides_is_no_mediator(link):
    linked = link(
        "Pakistan and Afghanistan held talks in Doha. Pakistan said both sides agreed to a "
        "ceasefire."
    )
    assert covering(linked, "both sides") == {"PAK", "taliban"}


def test_a_countrys_newspaper_is_not_the_state(link):
    linked = link("A Pakistani newspaper reported last month that the talks had stalled.")
    assert covering(linked, "Pakistani newspaper") == set()


def test_state_television_is_still_the_state(link):
    linked = link("Iranian state television said two guards had died.")
    assert covering(linked, "Iranian") == {"IRN"}


def test_their_spokesman_opening_a_sentence_is_the_body_before(link):
    linked = link(
        "The Taliban responded within hours. Their foreign ministry spokesman, Abdul Qahar "
        "Balkhi, said no foreign group had a base in Afghanistan."
    )
    assert covering(linked, "Their") == {"taliban"}


def test_their_leader_of_unnamed_people_links_no_body(link):
    linked = link("Villagers fled the fighting. Their leader said the army had shelled them.")
    assert covering(linked, "Their") == set()


def test_a_spokesperson_as_the_subjects_channel_speaks_for_the_subject(link):
    linked = link(
        "The United Nations Secretary-General, Antonio Guterres, condemned the attack through "
        "a spokesperson."
    )
    assert covering(linked, "a spokesperson") == {"antonio-guterres"}


def test_a_spokesperson_for_others_or_on_their_own_is_not_the_subjects(link):
    linked = link("Villagers sent their demands through a spokesman for the traders.")
    assert not {"prov:villagers"} & covering(linked, "a spokesman")
    linked = link("Antonio Guterres visited Kabul. A spokesman said the talks would continue.")
    assert "antonio-guterres" not in covering(linked, "A spokesman")
