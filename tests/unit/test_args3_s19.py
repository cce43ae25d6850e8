"""Attack actors, session 19: a later sentence of the incident the lead tells, with no doer of
its own ("Nine passengers had been killed") or only "the attackers", takes the armed group the
lead names as the doer (guide §0 coreference); not when the lead only describes the attackers
("gunmen"), tells only a claim, names the group as the target, or when the toll is dated to
another incident, or told by the group itself."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _actors(analyze, text: str) -> list[tuple[str, str | None]]:
    return [
        (e.trigger, e.actor.id if e.actor is not None else None)
        for e in _rows(analyze, text, "ASSAULT")
    ]


_LEAD = (
    "KALAT, Pakistan — Soldiers on Thursday freed 80 hostages from a bus after Balochistan "
    "Liberation Army fighters stopped the vehicle on the highway near Kalat, officials said. "
)


def test_toll_sentence_takes_the_group_the_lead_names(analyze):
    text = _LEAD + "Officials said nine passengers had been killed during the ordeal."
    rows = _actors(analyze, text)
    killed = [a for t, a in rows if t == "killed"]
    assert killed == ["bla"], rows


def test_the_attackers_resolve_to_the_group_the_lead_names(analyze):
    text = _LEAD + "A driver said the attackers had opened fire on the bus."
    rows = _actors(analyze, text)
    assert any(a == "bla" for t, a in rows if "fire" in t or t == "opened"), rows


def test_lead_with_only_gunmen_keeps_the_toll_without_doer(analyze):
    # near miss: the lead describes the attackers; a later claim does not rewrite the toll
    text = (
        "KALAT, Pakistan — Gunmen stopped a bus on the highway near Kalat on Thursday, "
        "officials said. Officials said nine passengers had been killed. The Balochistan "
        "Liberation Army later claimed responsibility for the attack."
    )
    rows = _actors(analyze, text)
    assert all(a != "bla" for t, a in rows if t == "killed"), rows


def test_group_named_as_target_in_lead_is_no_doer(analyze):
    # near miss: the lead's group is what the raid was aimed at, not its doer
    text = (
        "KARACHI, Pakistan — Police on Thursday raided a hideout of Islamic State Khorasan "
        "Province suspects in Karachi, officials said. Officials said one man had been "
        "wounded."
    )
    rows = _actors(analyze, text)
    assert all(a != "iskp" for t, a in rows if t == "wounded"), rows


def test_toll_of_an_earlier_dated_incident_keeps_no_doer(analyze):
    # near miss: a toll of another incident, dated to its own time
    text = _LEAD + "In March 2024, more than 20 people were killed on the same road."
    rows = _actors(analyze, text)
    assert all(a != "bla" for t, a in rows if t == "killed"), rows
