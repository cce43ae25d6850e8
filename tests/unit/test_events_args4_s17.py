"""Recipients, session 17 (fourth arguments pass): the mediator of an agreement is not one of
its parties (guide §8, "the mediator gets no row")."""

from __future__ import annotations


def _rows(analyze, text: str, etype: str) -> list:
    return [e for e in analyze(text).events if e.type == etype]


def _ids(rows) -> set[str | None]:
    return {r.actor.id if r.actor is not None else None for r in rows} | {
        r.recipient.id if r.recipient is not None else None for r in rows
    }


def test_a_mediator_of_a_ceasefire_is_no_party(analyze):
    rows = _rows(
        analyze,
        "ISLAMABAD — Pakistan accused the Taliban government in Kabul on Monday of sheltering "
        "militants, and the Taliban rejected the charge. "
        "Qatar, which mediated a ceasefire between the two sides in Doha last year, said it was "
        "in contact with both governments.",
        "AGREE",
    )
    assert rows and "QAT" not in _ids(rows)
    assert {"PAK", "taliban"} <= _ids(rows)


def test_a_party_that_agreed_a_ceasefire_keeps_its_row(analyze):
    # near-miss: "agreed to a ceasefire" is told by the parties themselves
    rows = _rows(
        analyze,
        "Pakistan and Afghanistan's Taliban government agreed to a ceasefire in Doha on Sunday.",
        "AGREE",
    )
    assert rows and "PAK" in _ids(rows)
