"""Event rows (recall), session 13: a side's own losses beside its kill are the other side's
act on it, and a death or burial told right after an attack continues that attack."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (unit-test helpers)


def _rows(text: str) -> list[tuple[str, str]]:
    return sorted((r.type, r.trigger) for r in extractor().extract(linked_doc(text)))


def test_losses_coordinated_with_a_kill_are_the_other_sides_act():
    text = (
        "He said security forces had killed 41 militants in Bajaur and Mohmand in the past "
        "week and lost six soldiers."
    )
    rows = _rows(text)
    assert ("ASSAULT", "killed") in rows
    assert ("ASSAULT", "lost") in rows


def test_a_named_victim_dying_after_an_attack_continues_it():
    text = (
        "A journalist was shot dead outside his home in Turbat on Monday evening, police said. "
        "Dashti died on the way to the Turbat teaching hospital."
    )
    assert ("ASSAULT", "died") in _rows(text)


def test_the_dead_buried_after_a_strike_continue_it():
    text = (
        "Jets struck a village in Paktika. "
        "A local elder said 17 people had been buried on Monday afternoon."
    )
    assert ("ASSAULT", "buried") in _rows(text)


def test_no_one_dying_is_no_continuation():
    text = "Jets struck a village in Paktika. No one died, officials said."
    assert [t for t, _ in _rows(text)] == ["ASSAULT"]


def test_a_death_without_an_attack_before_it_is_no_event():
    assert _rows("The former governor died in Kabul on Monday.") == []


def test_a_buried_bomb_is_no_burial_of_the_dead():
    text = (
        "A roadside bomb killed two policemen in Bajaur. "
        "The device had been buried beside a dirt track the team used each day."
    )
    assert ("ASSAULT", "buried") not in _rows(text)


def test_a_denied_act_carries_no_toll():
    # guide §1.6: counts belong to what happened; every negated gold row has none
    events = extractor().extract(
        linked_doc("The army denied that 14 soldiers had been killed in the attack on the post.")
    )
    negated = [e for e in events if e.factuality == "negated"]
    assert negated
    assert all(e.fatalities is None and e.injured is None for e in negated)
