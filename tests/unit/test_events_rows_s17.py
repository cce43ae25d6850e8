"""Event rows, session 17: an attack told with two means, each named by its own verb ("detonated a
bomb and then opened fire"), is one row per means (guide §1.2 table); a hospital that "received"
bodies counts the victims and is no meeting (guide §1.1, casualty-only sentences); people
"heading to" a town are travellers, not visitors; and the act in the "if" clause of a threat or
forecast is only its condition (guide §1.2, §1.7 rule 2)."""

from __future__ import annotations


def _rows(analyze, text: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyze(text).events if e.type == kind]


def test_bomb_then_gunfire_gives_one_row_per_means(analyze):
    rows = _rows(
        analyze,
        "Gunmen detonated a roadside bomb and then opened fire on travellers in a passenger "
        "convoy near Bagan on Thursday, killing at least 19 people, officials said.",
        "ASSAULT",
    )
    assert sorted(e.mode for e in rows) == ["explosives", "firearms"]


def test_one_means_told_twice_stays_one_row(analyze):
    # near miss: "stormed … opening fire" names no second weapon of its own
    rows = _rows(
        analyze,
        "Gunmen stormed a police post in Bannu on Thursday and opened fire on the guards, "
        "killing three policemen, officials said.",
        "ASSAULT",
    )
    assert len(rows) == 1


_ATTACK = "A suicide bomber struck a wedding hall in Kabul on Monday, killing 19 people. "


def test_hospital_receiving_bodies_is_the_attack_not_a_meeting(analyze):
    events = analyze(
        _ATTACK + "The Emergency hospital in Kabul said it had received 19 bodies and 34 "
        "wounded people."
    ).events
    second = [e for e in events if "received" in e.sentence]
    assert [e.type for e in second] == ["ASSAULT"]


def test_receiving_a_delegation_is_still_a_visit(analyze):
    # near miss: a host receiving a delegation is a visit (guide §1.2)
    rows = _rows(
        analyze, "Pakistan's prime minister received an Afghan delegation in Islamabad.", "CONSULT"
    )
    assert rows


def test_victims_heading_to_a_town_are_not_visitors(analyze):
    rows = _rows(
        analyze,
        "Gunmen opened fire on a convoy near Bagan on Thursday, killing 19 people heading to "
        "Parachinar, officials said.",
        "CONSULT",
    )
    assert rows == []


def test_condition_of_a_threat_is_not_an_event(analyze):
    events = analyze(
        "The party's leader said it would lead a march on Islamabad next week if the road was "
        "not reopened by Monday."
    ).events
    assert not [e for e in events if e.type == "RETREAT"]


def test_partys_own_act_in_a_condition_is_kept(analyze):
    # near miss: the condition names a party's own act, not its absence, so it keeps its
    # (hypothetical) row
    rows = _rows(
        analyze,
        "He added that the truce would collapse unless the provincial government dismantled the "
        "bunkers on both sides.",
        "COERCE",
    )
    assert rows
