"""Attack arguments, session 19: "Gunmen on a motorcycle shot dead a cleric", which the parser
may read as a noun "motorcycle shot" with "dead" heading the clause, still has the gunmen as
its doers and the cleric as its target; and an attacker's own instrument ("detonated his
explosives") is no target, so its possessive does not make the attacker the recipient."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _parties(analyze, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            e.actor.text if e.actor is not None else None,
            e.recipient.text if e.recipient is not None else None,
        )
        for e in _rows(analyze, text, "ASSAULT")
    ]


def test_riders_on_a_motorcycle_shot_dead_a_teacher(analyze):
    text = "Gunmen on a motorcycle shot dead a police officer in Quetta on Thursday."
    rows = _parties(analyze, text)
    assert rows, rows
    actor, recipient = rows[0]
    assert actor is not None and "gunmen" in actor.lower()
    assert recipient is not None and "officer" in recipient.lower()


def test_plain_shot_dead_is_unchanged(analyze):
    text = "Gunmen shot dead a police officer in Quetta on Thursday."
    rows = _parties(analyze, text)
    assert rows, rows
    actor, recipient = rows[0]
    assert actor is not None and "gunmen" in actor.lower()
    assert recipient is not None and "officer" in recipient.lower()


def test_attackers_own_explosives_name_no_target(analyze):
    text = (
        "The Islamic State claimed a bombing at a market in Kunduz. The bomber walked into "
        "the crowd and detonated his explosives, officials said."
    )
    recipients = [r for _, r in _parties(analyze, text)]
    assert all((r or "").lower() not in ("his", "the bomber") for r in recipients), recipients


def test_a_victims_possessive_object_still_names_the_victim(analyze):
    # near miss: the possessive of what is not a weapon is the victim's ("ambushed his convoy")
    text = (
        "A provincial judge was travelling to Dera Ismail Khan on Monday. Gunmen ambushed his "
        "convoy near Kulachi, police said."
    )
    recipients = [r for _, r in _parties(analyze, text)]
    assert any(r is not None for r in recipients), recipients


def _victim_names(analyze, text: str) -> list[str | None]:
    return [
        (e.recipient.name or e.recipient.text) if e.recipient is not None else None
        for e in _rows(analyze, text, "ASSAULT")
    ]


def test_escorted_convoy_of_passenger_vehicles_hits_passengers(analyze):
    text = (
        "Militants attacked a police-escorted convoy of passenger vehicles in Orakzai on "
        "Friday, killing nine people. The attackers fired from a ridge as the convoy slowed "
        "at a bend, officials said."
    )
    names = _victim_names(analyze, text)
    assert names and all(n == "passengers" for n in names), names


def test_escorted_convoy_without_passengers_is_still_the_escort(analyze):
    # near miss: a convoy with no passenger vehicles named stays the force's
    text = "Militants attacked a police convoy in Orakzai on Friday, killing three officers."
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and rows[0].recipient is not None
    assert rows[0].recipient.id == "PAK-POLICE", rows[0].recipient
