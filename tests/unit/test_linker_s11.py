"""Session 11 linking rules: sets of sides, customs officials, land a country owns, sources
after "according to", and "the official" after an official introduced by a body's name."""

from __future__ import annotations


def ids_of(linked, text):
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def test_sides_fall_back_to_the_main_parties(link):
    ld = link(
        "China hosted Pakistan's foreign minister and the Taliban's foreign minister in Beijing. "
        "Pakistan accused Kabul of sheltering militants. Kabul denied it. "
        "China offered to mediate between Pakistan and Kabul. "
        "A joint statement issued later was brief. "
        "It said the three sides would meet again in December."
    )
    assert ids_of(ld, "the three sides") == {"CHN", "PAK", "taliban"}


def test_customs_officials_speak_for_the_state(link):
    ld = link("Trucks waited in Peshawar. A customs official in Peshawar said the road was shut.")
    assert any(m.actor_id == "PAK" and "official" in m.text for m in ld.actor_mentions)


def test_country_owning_land_is_also_a_place(link):
    ld = link("Uzbekistan's railway will reach Pakistan's ports within a decade, officials said.")
    assert any(m.text == "Pakistan" for m in ld.place_mentions)


def test_according_to_a_capital_is_its_government(link):
    ld = link("The strike killed two children, according to Islamabad, which retaliated.")
    assert ids_of(ld, "Islamabad") == {"PAK"}


def test_the_official_after_a_body_named_official(link):
    ld = link(
        "Pakistan's foreign minister met his Chinese counterpart in Beijing. "
        "A Taliban official who attended the talks said the claim was false. "
        "The official spoke on condition of anonymity."
    )
    assert ids_of(ld, "The official") == {"taliban"}
