"""Linking rules of session 9, round 2: national bodies named only by what they are, prosecutors
and investigators as the state, a dateline's police, "the group" and "the party", a body whose
name starts with a demonym, "the movement" of the same sentence, a country's rulers, officers of
an intelligence service, portfolio officials, a conjunct with an article of its own, and places
the gazetteer gained. One short text per rule, composed for the test; no database."""

from __future__ import annotations

from tests.unit._events_util import covering, places_at


def test_a_supreme_court_without_an_id_is_the_state(link):
    linked = link(
        "ASHGABAT, Turkmenistan — The Supreme Court of Turkmenistan upheld the sentences on "
        "Monday, and prosecutors said the convicts would appeal."
    )
    assert covering(linked, "Supreme Court") == {"TKM"}
    assert covering(linked, "prosecutors") == {"TKM"}


def test_a_ministry_of_a_portfolio_is_the_state(link):
    linked = link(
        "TASHKENT, Uzbekistan — Uzbekistan raised tariffs on cotton. The Ministry of "
        "Agriculture said in a statement that the measure was temporary."
    )
    assert covering(linked, "Ministry of Agriculture") == {"UZB"}


def test_a_bank_cut_from_its_country_is_the_state(link):
    linked = link(
        "Remittances fell by a third, according to figures from the State Bank of Pakistan."
    )
    assert covering(linked, "State Bank of Pakistan") == {"PAK"}


def test_investigators_owned_by_another_body_are_not_the_state(link):
    linked = link("UN investigators visited Kunduz on Monday, officials in Kabul said.")
    assert "taliban" not in covering(linked, "investigators")


def test_bare_police_belong_to_the_dateline_state(link):
    linked = link(
        "ALMATY, Kazakhstan — Dozens of Afghan students protested against the Taliban's ban "
        "on education outside a hotel. Police dispersed them without arrests."
    )
    assert "taliban" not in covering(linked, "Police")


def test_the_group_after_a_party_and_an_armed_group_is_the_armed_group(link):
    linked = link(
        "Officials said the TTP had killed four members of the Awami National Party in Swat "
        "this year. They said the group was collecting extortion money in the valley."
    )
    assert covering(linked, "the group") == {"ttp"}


def test_the_party_is_the_party_named_last(link):
    linked = link(
        "Gunmen killed a leader of the JUI-F in Bannu. Analysts said the attacks could spread "
        "to Karachi, where the party runs many seminaries."
    )
    assert covering(linked, "the party") == {"jui-f"}


def test_a_body_named_with_a_demonym_is_not_the_state(link):
    linked = link("The Danish Refugee Council said on Friday that its staff in Herat were safe.")
    assert "DNK" not in covering(linked, "Danish Refugee Council")


def test_the_movement_of_the_same_sentence_wins_over_an_older_name(link):
    linked = link(
        "The statement named the East Turkestan Islamic Movement. Tashkent has kept talking "
        "to the Taliban and has never accused the movement of harbouring Uzbek militants."
    )
    assert covering(linked, "the movement") == {"taliban"}


def test_a_countrys_rulers_are_its_government(link):
    linked = link("The envoys urged Afghanistan's rulers to reopen girls' schools.")
    assert covering(linked, "rulers") == {"taliban"}


def test_intelligence_officers_follow_the_sentence_not_an_earlier_service(link):
    linked = link(
        "The minister said Indian agents funded the network. In Kandahar, two intelligence "
        "officers were shot dead by gunmen on Sunday, a Taliban official said."
    )
    assert covering(linked, "Indian agents") == {"IND-RAW"}
    assert covering(linked, "intelligence officers") == {"taliban"}


def test_health_officials_are_the_state(link):
    linked = link(
        "QUETTA, Pakistan — Some preachers call the vaccine a foreign plot, a charge health "
        "officials reject."
    )
    assert covering(linked, "officials") == {"PAK"}


def test_a_constable_with_its_own_article_is_the_police(link):
    linked = link(
        "BANNU, Pakistan — The blast killed two aid workers and a constable, officials said."
    )
    assert covering(linked, "constable") == {"PAK-POLICE"}


def test_peshawar_suburbs_and_tajik_towns_are_places(link):
    linked = link(
        "Suspects were arrested in Hayatabad and Badaber. Raids also took place in Vahdat "
        "and Khorog."
    )
    assert places_at(linked, "Hayatabad") == {("PAK", "site")}
    assert places_at(linked, "Khorog") == {("TJK", "city")}
