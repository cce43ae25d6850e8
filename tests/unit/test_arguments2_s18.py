"""Places and actors, session 18 round 2 (guide §1.3, §1.4, §15 rule 1): a meeting's topic is
not its venue, where attackers fired from is not where the act was, a verb of saying's own
place ("told reporters in Tashkent") and an international body's post in a capital place a
statement; "X was prepared to <act>", "a charge the Taliban deny" and "became the first
country to <act>" take their own subject as the actor."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _place(row):
    return row.place.name if row.place is not None else None


def _actor(row):
    return row.actor.id if row.actor is not None else None


def test_talks_on_a_country_are_held_at_the_venue(analyze):
    text = "MOSCOW — Russia hosted envoys from China on Wednesday for consultations on Afghanistan in Moscow."
    rows = _rows(analyze, text, "CONSULT")
    assert rows and all(_place(r) != "Afghanistan" for r in rows)


def test_strikes_on_a_place_keep_it(analyze):
    # near miss: "on" a target, not the subject of a meeting, keeps the target's place
    text = "Militants carried out an attack on a police post in Bannu on Monday."
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _place(rows[0]) == "Bannu"


def test_where_gunmen_fired_from_is_not_the_finer_place(analyze):
    text = (
        "Gunmen firing from the Afghan side of the Panj River killed two Chinese workers at a "
        "gold mining site in Tajikistan's Khatlon region on Monday."
    )
    rows = [r for r in _rows(analyze, text, "ASSAULT") if r.trigger == "killed"]
    assert rows and _place(rows[0]) != "Panj River"


def test_an_attack_on_the_river_bank_keeps_the_river(analyze):
    # near miss: the river is where the act happened, not where anyone came from
    text = "Gunmen killed two Chinese workers on the bank of the Panj River on Monday."
    rows = [r for r in _rows(analyze, text, "ASSAULT") if r.trigger == "killed"]
    assert rows and _place(rows[0]) == "Panj River"


def test_told_reporters_in_a_city_places_the_stance(analyze):
    text = "Kosherbayev told reporters in Tashkent on Wednesday that Kazakhstan was ready to join the project."
    rows = _rows(analyze, text, "AGREE")
    assert rows and _place(rows[0]) == "Tashkent"


def test_told_reporters_without_a_place_stays_unplaced(analyze):
    # near miss: no place for the speaking
    text = "Kosherbayev told reporters on Wednesday that Kazakhstan was ready to join the project."
    rows = _rows(analyze, text, "AGREE")
    assert rows and _place(rows[0]) is None


def test_an_international_delegation_in_a_capital_speaks_there(analyze):
    text = "The European Union's delegation in Kabul called for accountability."
    rows = _rows(analyze, text, "REQUEST")
    assert rows and _place(rows[0]) == "Kabul"


def test_a_state_ministry_in_its_own_capital_stays_unplaced(analyze):
    # near miss: the seat of a state's own body is not where it spoke
    text = "The Afghan foreign ministry in Kabul condemned the attack."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and _place(rows[0]) is None


def test_a_state_prepared_to_act_is_the_actor(analyze):
    text = "Araghchi said Iran was prepared to help Afghanistan fight the Islamic State."
    rows = _rows(analyze, text, "AGREE")
    assert rows and _actor(rows[0]) == "IRN"


def test_a_state_left_frozen_keeps_no_actor(analyze):
    # near miss: a participle of a state undergone, with no act of the subject's own
    text = "Officials said Afghan assets remain frozen."
    rows = _rows(analyze, text, "SANCTION")
    assert all(_actor(r) != "AFG" for r in rows)


def test_a_charge_the_taliban_deny_is_denied_by_the_taliban(analyze):
    text = (
        "Islamabad accuses Kabul of allowing the TTP to use Afghan territory to plan attacks, "
        "a charge the Taliban deny."
    )
    rows = _rows(analyze, text, "REJECT")
    assert rows and _actor(rows[0]) == "taliban"


def test_a_charge_denied_with_a_plain_subject_is_unchanged(analyze):
    # near miss: the parser finds the subject itself
    text = "Islamabad accuses Kabul of sheltering the TTP, a charge that Kabul denies."
    rows = _rows(analyze, text, "REJECT")
    assert rows and _actor(rows[0]) == "taliban"


def test_the_first_country_to_recognise_is_the_subject(analyze):
    text = "In July 2025 Russia became the first country to recognise the Taliban government."
    rows = _rows(analyze, text, "SUPPORT")
    assert rows and _actor(rows[0]) == "RUS"


def test_a_named_country_recognising_is_unchanged(analyze):
    # near miss: the recogniser is the plain subject
    text = "In July 2025 Russia recognised the Taliban government."
    rows = _rows(analyze, text, "SUPPORT")
    assert rows and _actor(rows[0]) == "RUS"


def test_a_place_that_has_seen_attacks_is_their_place(analyze):
    text = (
        "Zhob, a district of about 300,000 people bordering Afghanistan's Zabul and Paktika "
        "provinces, has seen a steady rise in militant attacks over the past three years."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _place(rows[0]) == "Zhob"


def test_attacks_placed_in_their_own_phrase_keep_that_place(analyze):
    # near miss: the acts' own phrase names a finer place
    text = "Pakistan has seen a rise in attacks on police in Bannu this year."
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _place(rows[0]) == "Bannu"
