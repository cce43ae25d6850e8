"""Recipients, session 20 (second pass): a call for an inquiry with no addressee is put to no one
(guide §18 rule 5)."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows

_KILLING = (
    "TURBAT, Pakistan — Gunmen shot dead a journalist in Turbat on Monday, police said. "
    "The Balochistan government condemned the killing. "
)


def _rec(row):
    return row.recipient.id if row.recipient is not None else None


def test_a_call_for_an_inquiry_with_no_addressee_has_no_recipient(analyze):
    # guide §18 rule 5: "demanded an independent inquiry" names no one to hold it
    rows = _rows(analyze, _KILLING + "The family has asked for a judicial inquiry.", "REQUEST")
    assert rows and all(r.recipient is None for r in rows)


def test_a_demand_of_another_kind_is_still_put_to_the_authorities(analyze):
    # near miss: a demand that is no inquiry keeps the authorities the passage names
    rows = _rows(analyze, _KILLING + "The family has asked for protection.", "REQUEST")
    assert rows and rows[0].recipient is not None


def test_an_inquiry_asked_with_compensation_is_still_put_to_the_authorities(analyze):
    # near miss: a demand that also asks for something else goes to whoever would grant it
    text = _KILLING + "The family has asked for a judicial inquiry and compensation."
    rows = _rows(analyze, text, "REQUEST")
    assert rows and all(r.recipient is not None for r in rows)


def test_a_protest_demanding_an_inquiry_keeps_the_state(analyze):
    # near miss: a protest's demand goes to the state the protest is aimed at (guide §11)
    text = (
        "PESHAWAR, Pakistan — A drone strike killed four people in North Waziristan on Monday, "
        "officials said. Hundreds of tribesmen protested in Mir Ali, demanding an inquiry into "
        "the strike."
    )
    rows = _rows(analyze, text, "REQUEST")
    assert rows and _rec(rows[0]) == "PAK"


_POLICE_KILLED = (
    "QUETTA, Pakistan — Gunmen killed four policemen in Mastung on Monday, police said. "
)


def test_a_pattern_of_attacks_on_a_region_has_no_target(analyze):
    # guide §18 rule 6: a region that only places a pattern of attacks is not their target
    text = _POLICE_KILLED + "Mastung has been hit repeatedly by militant violence."
    rows = [r for r in _rows(analyze, text, "ASSAULT") if r.trigger == "hit"]
    assert rows and rows[0].recipient is None


def test_a_single_attack_on_a_town_is_on_its_state(analyze):
    # near miss: one attack told of a town is still aimed at the state that holds it
    text = _POLICE_KILLED + "Last year Afghan forces shelled Chaman, killing six civilians."
    rows = [r for r in _rows(analyze, text, "ASSAULT") if r.trigger == "shelled"]
    assert rows and _rec(rows[0]) == "PAK"


_MEETING = "ISLAMABAD — Mohsin Naqvi met Chinese officials on Monday. "


def _denials(analyze, text):
    return [r for r in _rows(analyze, text, "REJECT") if r.trigger in ("denies", "deny")]


def test_a_standing_denial_answers_the_main_clauses_subject(analyze):
    # guide §18 rule 8: with no verb of saying, the claim the denial is appended to is the
    # main clause's ("reads the reports as proof that ..."), and so its subject is the accuser
    text = _MEETING + (
        "Pakistan, for its part, reads the same UN reports as proof that the Taliban host TTP "
        "fighters, a charge Kabul denies."
    )
    rows = _denials(analyze, text)
    assert rows and _rec(rows[0]) == "PAK"


def test_a_standing_denial_never_answers_its_own_side(analyze):
    # near miss: a main clause told by the denier's own side names no accuser
    text = _MEETING + (
        "Kabul, for its part, reads the same UN reports as proof that the Taliban host no TTP "
        "fighters, a charge the Taliban deny."
    )
    rows = _denials(analyze, text)
    assert rows and _rec(rows[0]) not in ("taliban", "AFG")
