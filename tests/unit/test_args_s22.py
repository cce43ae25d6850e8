"""Event arguments, session 22: a toll told of another dated incident in the same clause (a
clause with its own subject and year or month, or an "including" instance of a pattern) is
that incident's, not the first act's; the unidentified attackers of a story keep the name it
first gave them. Each rule has a near miss that must not change."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import rows_in


def _by_trigger(analyze, text: str, trigger: str, etype: str = "ASSAULT"):
    rows = [e for e in _rows(analyze, text, etype) if e.trigger == trigger]
    assert rows, text
    return rows[0]


# ---------------------------------------------------------------- tolls of dated incidents


def test_toll_of_a_later_dated_clause_is_not_the_first_acts(analyze):
    text = (
        "In March 2025 BLA fighters hijacked the Jaffar Express passenger train in the Bolan "
        "Pass, and in August 2024 gunmen killed 23 people after checking their identity cards "
        "in Musakhel district."
    )
    assert _by_trigger(analyze, text, "hijacked").fatalities is None
    assert _by_trigger(analyze, text, "killed").fatalities == 23


def test_toll_of_an_undated_coordinated_clause_stays(analyze):
    # no year or month of its own: one incident told in two clauses
    text = "In March 2024 gunmen attacked a convoy in Besham and killed five engineers."
    assert _by_trigger(analyze, text, "attacked").fatalities == 5


def test_toll_of_a_dated_clause_after_an_undated_trend_stays(analyze):
    # the first clause is a trend with no year or month: its toll is the dated clause's own
    text = (
        "Militant violence in Balochistan has risen sharply over the past two years, and more "
        "than 700 people were killed in attacks in the province in 2025, according to a think "
        "tank."
    )
    assert _by_trigger(analyze, text, "killed").fatalities == 700


def test_toll_of_an_included_dated_instance_is_not_the_patterns(analyze):
    text = (
        "Chinese engineers and workers have come under repeated attack in Pakistan, including "
        "a suicide bombing in March 2024 that killed five Chinese nationals near Besham."
    )
    rows = [e for e in _rows(analyze, text, "ASSAULT") if e.trigger == "attack"]
    assert rows, text
    assert rows[0].fatalities is None
    assert any(e.fatalities == 5 for e in _rows(analyze, text, "ASSAULT") if e.trigger == "killed")


def test_toll_of_an_undated_including_phrase_stays(analyze):
    text = (
        "Militants attacked three police posts in Bannu on Monday, including one near the bus "
        "stand, killing four policemen."
    )
    assert _by_trigger(analyze, text, "attacked").fatalities == 4


# ---------------------------------------------------------------- the story's attackers


def test_attackers_take_the_name_the_story_first_gave_them(analyze):
    text = (
        "KHAR, Pakistan — Gunmen on a motorcycle shot dead three polio vaccinators in Bajaur "
        "district on Tuesday morning, officials said. The team was going from door to door "
        "when the attackers opened fire."
    )
    rows = rows_in(_rows(analyze, text, "ASSAULT"), "the attackers opened fire")
    assert rows, text
    actor = rows[0].actor
    assert actor is not None and actor.name == "gunmen" and actor.text == "the attackers"


def test_attackers_first_called_attackers_keep_their_name(analyze):
    text = (
        "KHAR, Pakistan — Attackers on a motorcycle shot dead three polio vaccinators in Bajaur "
        "district on Tuesday morning, officials said. The team was going from door to door "
        "when the attackers opened fire."
    )
    rows = rows_in(_rows(analyze, text, "ASSAULT"), "the attackers opened fire")
    assert rows, text
    actor = rows[0].actor
    assert actor is not None and actor.name == "attackers"
