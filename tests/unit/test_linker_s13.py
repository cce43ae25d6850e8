"""Session 13 linking rules: "its Foreign Ministry" after a state, "a ministry spokesman" after a
ministry linked to its state, coordinated demonyms before a body word, a known surname inside a
longer name, "spying for" a state, and a country the place's own sentence names."""

from __future__ import annotations


def ids_of(linked, text):
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def all_ids(linked):
    return {m.actor_id for m in linked.actor_mentions}


def place_of(linked, text):
    return {m.place_id for m in linked.place_mentions if m.text == text}


def test_its_capitalised_ministry_is_the_owning_states(link):
    ld = link(
        "Russian diplomats attended the ceremony in Kabul. Kazakhstan, which removed the "
        "Taliban from its list of terrorist organisations in 2023, has not recognised the "
        'Taliban government, and its Foreign Ministry said recognition was "not on the agenda".'
    )
    assert ids_of(ld, "Foreign Ministry") == {"KAZ-MOFA"}


def test_its_ministry_after_a_dateline_subject(link):
    ld = link(
        "ASTANA, Kazakhstan — Kazakhstan has removed the Taliban from its list of banned "
        "organisations, its foreign ministry said on Wednesday."
    )
    assert ids_of(ld, "foreign ministry") == {"KAZ-MOFA"}


def test_ministry_spokesman_after_a_state_named_ministry(link):
    ld = link(
        "The Taliban's Ministry of Refugees and Repatriation lodged a protest. "
        '"Afghans are being treated like criminals," said the ministry\'s spokesman. '
        "Iran's Interior Ministry rejected the accusations. A ministry spokesman said more "
        "than a million foreign nationals had left Iran."
    )
    assert ids_of(ld, "A ministry spokesman") == {"IRN"}


def test_first_of_coordinated_demonyms_is_its_states_organ(link):
    ld = link(
        "The group warned that Kazakh and Russian diplomats in Afghanistan would be attacked."
    )
    assert ids_of(ld, "Kazakh") == {"KAZ-MOFA"}
    assert ids_of(ld, "Russian diplomats") == {"RUS-MOFA"}


def test_known_surname_inside_a_longer_name_is_someone_else(link):
    ld = link(
        '"No one in this district is safe," said Aslam Khan Gandapur, president of the Tank '
        "District Bar Association."
    )
    assert "ali-amin-gandapur" not in all_ids(ld)


def test_known_full_name_still_links(link):
    ld = link("Chief Minister Ali Amin Gandapur visited the wounded in Peshawar.")
    assert "ali-amin-gandapur" in all_ids(ld)


def test_state_spied_for_is_an_actor(link):
    ld = link("Tehran accused some Afghan migrants of spying for Israel.")
    assert ids_of(ld, "Israel") == {"ISR"}


def test_country_named_in_the_sentence_picks_the_city(link):
    ld = link(
        "HERAT, Afghanistan — A suicide bomber killed 12 worshippers at a mosque in Herat. "
        "Taliban officials in Herat said the wounded were taken to the regional hospital. "
        "Iran said it was ready to treat the wounded at hospitals in Mashhad."
    )
    assert place_of(ld, "Mashhad") == {"geonames:124665"}


def test_tank_district_places(link):
    ld = link(
        "TANK, Pakistan — Armed men stopped the judge's car near the village of Gomal. Elders "
        "met the kidnappers near Gomal Zam, and police raided a compound near Kot Azam."
    )
    assert place_of(ld, "Gomal") == {"extra:gomal"}
    assert place_of(ld, "Gomal Zam") == {"extra:gomal-zam"}
    assert place_of(ld, "Kot Azam") == {"extra:kot-azam"}
