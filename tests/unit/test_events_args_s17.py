"""Event arguments, session 17: a dateline's first word, a capitalised plural the tagger reads
as a name ("BANNU, Pakistan — Militants attacked ..."), is still the attackers, so "the
attackers" told next resolve to them; a demand made by protesting takes the protest's place
(guide §1.4, §11 "Demands attached to a protest"); and an act told in a "where" clause takes the
place the clause describes ("in Musakhel district, where gunmen killed 23 passengers")."""

from __future__ import annotations

from tests.unit._events_util import nlp

from watchfloor.extract.eventing.phrases import _misread_plural


def _rows(analyze, text: str, etype: str) -> list:
    return [e for e in analyze(text).events if e.type == etype]


def _place(row) -> str | None:
    return row.place.name if row.place is not None else None


def _text(ref) -> str | None:
    return ref.text if ref is not None else None


_LEAD = (
    "BANNU, Pakistan — Militants attacked a police station in Bannu late on Monday, police said."
)


def test_dateline_plural_read_as_a_name_is_still_the_attacker(analyze):
    rows = _rows(analyze, _LEAD, "ASSAULT")
    assert rows and _text(rows[0].actor) == "Militants"


def test_the_attackers_told_next_resolve_to_the_dateline_plural(analyze):
    rows = _rows(
        analyze, _LEAD + " The attackers first dropped three bombs on the roof.", "ASSAULT"
    )
    assert len(rows) >= 2 and _text(rows[1].actor) == "Militants"


def test_a_name_is_not_read_as_a_misread_plural():
    # near-miss: only an untagged capitalised plural gives its singular; a place does not
    doc = nlp()("BANNU, Pakistan — Militants attacked a police station.")
    by_text = {t.text: t for t in doc}
    assert _misread_plural(by_text["Militants"]) == "militant"
    assert _misread_plural(by_text["BANNU"]) == ""
    assert _misread_plural(by_text["attacked"]) == ""


def test_a_demand_made_by_protesting_takes_the_protest_place(analyze):
    rows = _rows(
        analyze,
        "Transporters blocked the main road in Miranshah on Wednesday to demand the reopening "
        "of the crossing.",
        "REQUEST",
    )
    assert rows and _place(rows[0]) == "Miranshah"


def test_another_party_demand_beside_a_protest_takes_no_place(analyze):
    # near-miss: the demand is not the protesters' own, so it is a statement with no place
    rows = _rows(
        analyze,
        "Transporters blocked the main road in Miranshah on Wednesday, and the next day the "
        "provincial assembly demanded an inquiry.",
        "REQUEST",
    )
    assert rows and all(r.place is None for r in rows)


def test_an_act_in_a_where_clause_takes_the_place_it_describes(analyze):
    rows = _rows(
        analyze,
        "The killings recalled an attack last year in Musakhel district, where gunmen killed "
        "23 passengers.",
        "ASSAULT",
    )
    assert any(_text(r.actor) == "gunmen" and _place(r) == "Musakhel" for r in rows)


def test_a_where_clause_naming_its_own_place_keeps_it(analyze):
    # near-miss: the clause says where its act was; the place it hangs on does not override
    rows = _rows(
        analyze,
        "The minister travelled to Peshawar, where he said police had arrested two suspects in "
        "Bannu.",
        "COERCE",
    )
    assert rows and _place(rows[0]) == "Bannu"
