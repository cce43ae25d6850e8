"""Trigger lexicon 2.47 (session 22, lex): a ban lifted is no standing measure; a party moving
militants away from a border restricts them; "to protest" after a boycott or a strike is that
protest; a crowd's boycott is a protest; attackers "in contact with" their handlers hold no talks;
goods exported and "trading with" a state are trade; police raiding homes search them; "offered
a different account" pledges nothing; sanctions that punish stand; a curfew that remained stands;
a dateline is no subject of a participle ("QUETTA — Security forces …, freeing hostages"). Each
rule has a near miss that must not change."""

from __future__ import annotations


def _types(analyze, text: str) -> list[str]:
    return [e.type for e in analyze(text, published="2026-06-15").events]


def _rows(analyze, text: str, etype: str):
    return [e for e in analyze(text, published="2026-06-15").events if e.type == etype]


# ---------------------------------------------------------------- lifted bans


def test_a_lifted_ban_is_no_standing_sanction(analyze):
    types = _types(analyze, "Russia lifted its own ban on the movement last year.")
    assert "RETREAT" in types
    assert "SANCTION" not in types


def test_sanctions_asked_to_be_lifted_still_stand(analyze):
    text = "He added that Washington should lift the sanctions on Afghan banks."
    assert "SANCTION" in _types(analyze, text)


# ---------------------------------------------------------------- militants moved away


def test_militants_moved_away_from_the_border_are_restricted(analyze):
    text = (
        "Muttaqi said the Islamic Emirate had moved Uyghur militants away from the Chinese border."
    )
    rows = _rows(analyze, text, "COERCE")
    assert rows and rows[0].mode == "restrict"
    assert not _rows(analyze, text, "MOBILIZE")


def test_a_promise_to_relocate_fighters_stays_a_pledge(analyze):
    text = "Dar said Muttaqi had promised to relocate TTP fighters away from the border areas."
    types = _types(analyze, text)
    assert "AGREE" in types
    assert "COERCE" not in types and "THREATEN" not in types


# ---------------------------------------------------------------- purpose "to protest"


def test_strike_to_protest_is_one_protest(analyze):
    text = "Transporters in Quetta said they would go on strike on Saturday to protest against the ban."
    types = _types(analyze, text)
    assert "PROTEST" in types
    assert "ACCUSE" not in types


def test_a_ministry_protesting_still_disapproves(analyze):
    text = "The foreign ministry protested the remarks on Tuesday."
    assert "ACCUSE" in _types(analyze, text)


# ---------------------------------------------------------------- a crowd's boycott


def test_students_boycott_of_classes_is_a_protest(analyze):
    text = "Students at two universities in the city announced a three-day boycott of classes."
    types = _types(analyze, text)
    assert "PROTEST" in types
    assert "SANCTION" not in types


def test_a_states_boycott_stays_a_sanction(analyze):
    text = "The government announced a boycott of Indian goods on Monday."
    types = _types(analyze, text)
    assert "SANCTION" in types
    assert "PROTEST" not in types


# ---------------------------------------------------------------- contact with handlers


def test_attackers_in_contact_with_handlers_hold_no_talks(analyze):
    text = (
        "Naqvi said the gunmen had been in contact with handlers in Afghanistan during the siege."
    )
    assert "CONSULT" not in _types(analyze, text)


def test_ministers_in_contact_still_consult(analyze):
    text = "The two foreign ministers have been in contact with each other since the clashes."
    assert "CONSULT" in _types(analyze, text)


# ---------------------------------------------------------------- trade


def test_wheat_exported_to_a_state_is_trade(analyze):
    text = (
        "Kazakhstan exported about 1.2 million tonnes of wheat and flour to Afghanistan last year."
    )
    rows = _rows(analyze, text, "COOPERATE")
    assert rows and rows[0].mode == "economic"


def test_exporting_failures_is_no_trade(analyze):
    text = "Mujahid said Pakistan was trying to export its internal failures to its neighbours."
    assert "COOPERATE" not in _types(analyze, text)


def test_keep_trading_with_a_state_is_trade(analyze):
    text = "Kazakhstan has said it will keep trading with Afghanistan regardless of its status."
    assert "COOPERATE" in _types(analyze, text)


def test_traded_accusations_are_no_trade(analyze):
    text = "The two sides traded accusations with each other on Monday."
    assert "COOPERATE" not in _types(analyze, text)


def test_raising_trade_is_trade(analyze):
    text = "Abildayev said Kazakhstan wanted to raise annual trade with Afghanistan to $3 billion."
    assert "COOPERATE" in _types(analyze, text)


def test_agreements_to_raise_trade_are_the_agreement_alone(analyze):
    text = (
        "The two sides signed agreements to speed up work on the railway and to raise "
        "annual trade to $10 billion."
    )
    types = _types(analyze, text)
    assert "AGREE" in types
    assert "COOPERATE" not in types


# ---------------------------------------------------------------- police raids on homes


def test_police_raiding_homes_coerce(analyze):
    text = "Police in Karachi and Peshawar have raided the homes of Afghan families at night."
    types = _types(analyze, text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


def test_units_raiding_houses_and_killing_stay_an_attack(analyze):
    text = "Intelligence units raided houses in western Kabul, killing two suspected IS-K members."
    assert "ASSAULT" in _types(analyze, text)


# ---------------------------------------------------------------- accounts offered


def test_an_account_offered_is_no_pledge(analyze):
    assert "AGREE" not in _types(analyze, "Local officials offered a different account.")


def test_an_offer_to_mediate_stays_a_pledge(analyze):
    text = "Qatar and Turkey offered on Wednesday to mediate between the two neighbours."
    assert "AGREE" in _types(analyze, text)


# ---------------------------------------------------------------- standing sanctions


def test_sanctions_that_punish_stand(analyze):
    assert "SANCTION" in _types(
        analyze, '"Sanctions punish ordinary Afghans, not the authorities," he said.'
    )


def test_sanctions_committee_is_no_sanction(analyze):
    text = "The sanctions committee met in New York on Tuesday to discuss its annual report."
    assert "SANCTION" not in _types(analyze, text)


# ---------------------------------------------------------------- a curfew that remained


def test_a_curfew_that_remained_in_force_stands(analyze):
    text = "By Wednesday the curfew remained in force in Mir Ali."
    rows = _rows(analyze, text, "COERCE")
    assert rows and rows[0].mode == "curfew"


def test_a_curfew_mentioned_in_passing_is_no_event(analyze):
    text = "Residents said the curfew hours were confusing."
    assert "COERCE" not in _types(analyze, text)


# ---------------------------------------------------------------- a dateline before a rescue


def test_forces_freeing_hostages_after_a_dateline_rescue_them(analyze):
    text = (
        "QUETTA, Pakistan — Security forces on Tuesday ended a 30-hour standoff aboard a hijacked "
        "train, freeing 212 hostages."
    )
    types = _types(analyze, text)
    assert "RETREAT" not in types


def test_captors_releasing_hostages_after_a_dateline_release_them(analyze):
    text = "QUETTA, Pakistan — The kidnappers on Tuesday released 12 hostages, police said."
    assert "RETREAT" in _types(analyze, text)
