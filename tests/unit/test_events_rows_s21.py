"""Session-21 event rows: a spokesman's "said X would provide Y" is the planned act alone (guide
§18 rule 20); "each side blamed the other" is one row per direction (guide §1.3); a second
pursuit verb of a vow ("hunted down and brought to justice") is the same threat; an agreement
to let or restore something announces no concession beside it; a toll told in a relative clause
after an attack noun ("strikes …, which officials said killed six") is that attack's, one row."""

from __future__ import annotations


def _rows(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    events = pipeline.analyze(text, published="2026-03-05").events
    return sorted(
        (
            (
                e.type,
                e.actor.id if e.actor else None,
                e.recipient.id if e.recipient else None,
                e.factuality,
            )
            for e in events
        ),
        key=lambda r: tuple(x or "" for x in r),
    )


def _types(pipeline, text: str) -> list[str]:
    return [t for t, *_ in _rows(pipeline, text)]


def test_announced_aid_plan_is_the_future_act_only(pipeline) -> None:
    text = (
        "A foreign ministry spokesman said Japan would provide $20 million in aid to Afghanistan."
    )
    rows = _rows(pipeline, text)
    assert [t for t, *_ in rows] == ["AID"]
    assert rows[0][3] == "future"


def test_pledged_aid_keeps_its_agreement(pipeline) -> None:
    text = "Japan pledged that it would provide $20 million in aid to Afghanistan."
    types = _types(pipeline, text)
    assert "AGREE" in types
    assert "AID" in types


def test_aid_plan_in_a_bargain_keeps_its_agreement(pipeline) -> None:
    text = "In return, the envoy said Japan would send $20 million in aid to Kabul."
    assert "AGREE" in _types(pipeline, text)


def test_each_side_blaming_the_other_is_two_rows(pipeline) -> None:
    text = (
        "Uzbek and Tajik border guards clashed near Termez on Monday. "
        "Each side blamed the other for the clash."
    )
    accusations = [r for r in _rows(pipeline, text) if r[0] == "ACCUSE"]
    assert len(accusations) == 2
    assert {(a, r) for _, a, r, _ in accusations} == {("UZB", "TJK"), ("TJK", "UZB")}


def test_one_side_blaming_the_other_is_one_row(pipeline) -> None:
    text = (
        "Uzbek and Tajik border guards clashed near Termez on Monday. "
        "Uzbekistan blamed Tajikistan for the clash."
    )
    accusations = [r for r in _rows(pipeline, text) if r[0] == "ACCUSE"]
    assert len(accusations) == 1


def test_hunted_down_and_brought_to_justice_is_one_threat(pipeline) -> None:
    text = "The governor said the killers would be hunted down and brought to justice."
    assert _types(pipeline, text) == ["THREATEN"]


def test_hunting_down_told_as_done_is_an_arrest(pipeline) -> None:
    text = "Police hunted down the two robbers and brought them to a court in Quetta."
    assert "COERCE" in _types(pipeline, text)


def test_agreement_to_restore_flights_is_the_agreement_alone(pipeline) -> None:
    text = (
        "Uzbekistan and the Taliban agreed on Monday to restore direct flights between "
        "Tashkent and Kabul."
    )
    types = _types(pipeline, text)
    assert "AGREE" in types
    assert "CONCEDE" not in types


def test_agreement_to_meet_keeps_the_planned_meeting(pipeline) -> None:
    text = "Uzbekistan and the Taliban agreed on Monday to meet again in Tashkent next month."
    types = _types(pipeline, text)
    assert "AGREE" in types
    assert "CONSULT" in types


def _assault_count(pipeline, text: str) -> int:
    return sum(1 for t in _types(pipeline, text) if t == "ASSAULT")


def test_toll_in_a_relative_clause_is_the_strikes_own(pipeline) -> None:
    text = (
        "The strikes on Friday in Khost province, which local officials said killed six "
        "civilians, drew protests."
    )
    assert _assault_count(pipeline, text) == 1


def test_toll_told_in_a_clause_of_its_own_stays_apart(pipeline) -> None:
    text = (
        "The strikes on Friday in Khost province drew protests, and local officials said the "
        "attack had killed six civilians."
    )
    assert _assault_count(pipeline, text) == 2
