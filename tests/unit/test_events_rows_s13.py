"""Event rows, session 13: names and labels are no acts, a rescue in a raid is the raid's
assault, a vow of punishment is a threat, a delivery an agreement provides for is the agreement's
content, a victim's plea is no request, the dead named as kin tell no new attack, and two clauses
with their own dates are two events."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (unit-test helpers)


def _types(text: str) -> list[str]:
    return sorted(r.type for r in extractor().extract(linked_doc(text)))


def test_a_name_a_group_gives_itself_is_no_call():
    text = "A little-known group calling itself Lashkar-e-Gomal said it was holding the men."
    assert "CONSULT" not in _types(text)


def test_a_label_put_on_a_party_is_no_call():
    text = 'In a statement, the group called the visitors "allies of the apostates".'
    assert "CONSULT" not in _types(text)


def test_the_caller_of_a_strike_is_no_call():
    assert _types("Shops stayed shut on Tuesday in a strike called by traders.") == ["PROTEST"]


def test_a_party_working_with_others_is_a_description():
    text = 'The official said the kidnappers were "khawarij" working with local criminals.'
    assert "COOPERATE" not in _types(text)


def test_captives_freed_by_police_in_a_raid_are_the_raids_assault():
    text = "Police freed one of three court employees abducted by militants in a raid on Wednesday."
    types = _types(text)
    assert "RETREAT" not in types
    assert "ASSAULT" in types


def test_police_freeing_protesters_is_still_a_release():
    assert _types("Police freed 20 protesters on Monday.") == ["RETREAT"]


def test_a_vow_of_punishment_is_a_threat():
    types = _types('He vowed that those behind the attack "will be found and punished".')
    assert "THREATEN" in types
    assert "AGREE" not in types


def test_a_delivery_an_agreement_provides_for_is_the_agreements_content():
    text = "The two sides signed a memorandum under which Russia will supply one million tonnes of wheat."
    assert _types(text) == ["AGREE"]


def test_readiness_to_provide_assistance_keeps_its_aid_row():
    text = 'The CSTO was ready to provide Tajikistan with "all necessary assistance" if needed.'
    assert "AID" in _types(text)


def test_a_victims_plea_is_no_request():
    text = "Returnees said Iranian guards had beaten men who asked for water at the border."
    assert "REQUEST" not in _types(text)


def test_two_clauses_with_their_own_dates_are_two_events():
    text = (
        "In 2021 suicide bombers killed dozens of worshippers at Shia mosques in Kunduz, "
        "and in 2024 a gunman killed six people at a mosque in Herat."
    )
    assert _types(text) == ["ASSAULT", "ASSAULT"]


def test_one_dated_act_in_steps_stays_one_event():
    assert _types("Militants stormed the post on Monday and killed four soldiers.") == ["ASSAULT"]


def test_the_dead_named_as_someones_kin_are_no_new_attack():
    text = "Afridi announced compensation for the families of the civilians killed."
    assert "ASSAULT" not in _types(text)
