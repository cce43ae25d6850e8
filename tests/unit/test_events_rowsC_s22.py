"""Session-22 companion rows (rowsC): talks that name no party of their own ("after two days of
talks") were held by the two parties of the mutual act they led to in the same sentence — a
deal signed by two named parties, or one act of two conjoined doers ("A and B reopened")."""

from __future__ import annotations


def _consult(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    events = pipeline.analyze(text, published="2026-03-05").events
    return [
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in events
        if e.type == "CONSULT"
    ]


def test_talks_before_a_signed_deal_take_its_parties(pipeline) -> None:
    text = (
        "The deal was signed by Uzbekistan's deputy transport minister, Jasur Karimov, and the "
        "Taliban's acting commerce minister, Nooruddin Azizi, after two days of talks."
    )
    rows = _consult(pipeline, text)
    assert len(rows) == 1
    assert rows[0][0] is not None and "karimov" in rows[0][0]
    assert rows[0][1] is not None and "azizi" in rows[0][1]


def test_talks_before_a_one_sided_act_stay_partyless(pipeline) -> None:
    # an arrest is no mutual act: nothing says who held the talks
    text = "Police arrested two men in Quetta on Monday after two days of talks."
    rows = _consult(pipeline, text)
    assert all(r == (None, None) for r in rows)


def test_talks_before_a_joint_reopening_take_its_doers(pipeline) -> None:
    text = (
        "Pakistan and Afghanistan reopened the Torkham border crossing to trade on Monday, "
        "following two days of talks between border officials from both sides."
    )
    assert _consult(pipeline, text) == [("PAK", "taliban")]


def test_mediated_talks_keep_their_go_between(pipeline) -> None:
    # mediated talks are the go-between's meeting row, left to the meeting rules: one row
    text = (
        "Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks "
        "in Doha mediated by Qatar and Turkey, ending more than a week of deadly border clashes."
    )
    rows = _consult(pipeline, text)
    assert len(rows) == 1


def test_talks_of_three_parties_stay_unpaired(pipeline) -> None:
    text = (
        "China, Pakistan and Afghanistan agreed to extend the corridor to Afghanistan after two "
        "days of talks in Islamabad."
    )
    rows = _consult(pipeline, text)
    # one meeting row per party, not a pair taken from the first agreement row
    assert len(rows) == 3
