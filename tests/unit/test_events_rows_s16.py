"""Event rows, session 16: a meeting at which several parties agreed is held by all of them,
one row per party as the agreement has, not only by the first-named pair; a state an official
says "was ready to" help makes the offer itself."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (unit-test helpers)

_SIDES = {"Iran": "IRN", "Turkey": "TUR", "Iraq": "IRQ"}


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    actors = {k: v for k, v in _SIDES.items() if k in text}
    rows = [
        (r.type, r.actor.id if r.actor else None, r.recipient.id if r.recipient else None)
        for r in extractor().extract(linked_doc(text, actors=actors))
    ]
    return sorted(rows, key=str)


def test_a_meeting_where_three_parties_agreed_has_a_row_per_party():
    rows = _rows("Iran, Turkey and Iraq agreed to open a new crossing at a meeting in Ankara.")
    consult = [r for r in rows if r[0] == "CONSULT"]
    agree = [r for r in rows if r[0] == "AGREE"]
    assert len(agree) == 3
    assert sorted(c[1:] for c in consult) == sorted(a[1:] for a in agree)


def test_a_meeting_where_two_parties_agreed_is_held_both_ways():
    rows = _rows("Iran and Turkey agreed on Monday to open a crossing, at a meeting in Ankara.")
    assert ("CONSULT", "IRN", "TUR") in rows
    assert ("CONSULT", "TUR", "IRN") in rows


def test_a_meeting_told_beside_an_agreement_keeps_its_own_parties():
    # near miss: the meeting is its own act with its own subject, not the setting of the deal
    rows = _rows("Iran met Turkey in Ankara and agreed to open a crossing.")
    assert [r for r in rows if r[0] == "CONSULT"] == [("CONSULT", "IRN", "TUR")]


def test_talks_before_the_deal_are_not_its_setting():
    # near miss: "after two days of talks" tells talks held before the deal, one row
    rows = _rows("Iran and Turkey agreed to open a crossing after two days of talks in Ankara.")
    assert [r for r in rows if r[0] == "CONSULT"] == [("CONSULT", "IRN", "TUR")]


def _agree_actors(analyze, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.actor.id if e.actor else None for e in analyze(text).events if e.type == "AGREE"]


def test_a_state_said_to_be_ready_to_help_makes_the_offer(analyze):
    text = (
        "Iran's foreign ministry spokesman, Esmaeil Baghaei, said Tehran was ready to send "
        "wheat to Herat."
    )
    assert _agree_actors(analyze, text) == ["IRN"]


def test_a_pledge_the_official_voices_stays_the_officials(analyze):
    # near miss: no predicate adjective; the official's own statement of what the state will do
    # (s21: guide §18 rule 20 narrows §15 rule 3: "said X would send Y" is an announced plan,
    # the future AID alone, with no AGREE; only a promise word gives the official's AGREE)
    text = (
        "Iran's foreign ministry spokesman, Esmaeil Baghaei, said Tehran would send wheat to Herat."
    )
    assert _agree_actors(analyze, text) == []
    promised = (
        "Iran's foreign ministry spokesman, Esmaeil Baghaei, promised that Tehran would send "
        "wheat to Herat."
    )
    assert _agree_actors(analyze, promised) == ["esmaeil-baghaei"]
