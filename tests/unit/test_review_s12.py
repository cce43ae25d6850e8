"""Mends from the session-12 review: a measure taken in a camp is not a protest camp cleared, an
operation told by what it did keeps no row for its aim, and a pointer turned against a denial
is for the proposition the denial was against."""

from __future__ import annotations


def test_an_arrest_in_a_camp_does_not_fall_on_the_last_protesters(pipeline) -> None:
    text = (
        "Hundreds of teachers protested in Quetta on Monday. On Tuesday, police arrested "
        "40 Afghan refugees in a camp near Peshawar."
    )
    arrests = [
        e for e in pipeline.analyze(text, published="2026-03-01").events if e.type == "COERCE"
    ]
    assert arrests and all(
        "teachers" not in (e.recipient.text or "") for e in arrests if e.recipient
    )


def test_a_protest_camp_cleared_still_falls_on_the_protesters(pipeline) -> None:
    text = (
        "Traders staged a sit-in at the Chaman crossing for weeks. On Tuesday the Frontier "
        "Corps cleared the protest camp."
    )
    cleared = [
        e for e in pipeline.analyze(text, published="2026-03-01").events if e.type == "COERCE"
    ]
    assert cleared and cleared[0].recipient is not None
    assert cleared[0].recipient.text == "Traders"


def test_an_operation_told_by_its_detentions_keeps_no_row_for_its_aim(pipeline) -> None:
    text = "Police launched a search operation to arrest the attackers and detained 14 suspects."
    rows = [e for e in pipeline.analyze(text, published="2026-03-01").events if e.type == "COERCE"]
    assert len(rows) == 1
    assert rows[0].recipient is not None and "suspects" in rows[0].recipient.text


def test_rejecting_a_denial_is_for_the_proposition(pipeline) -> None:
    text = "The Taliban said Afghan soil is not used against Pakistan, a claim Islamabad rejected."
    claims = pipeline.analyze(text, published="2026-03-01").claims
    soil = {c.content: c for c in claims if c.proposition_id == "afghan-soil-used-against-pakistan"}
    assert soil["Afghan soil is not used against Pakistan"].polarity == "against"
    pointer = [
        c for content, c in soil.items() if content != "Afghan soil is not used against Pakistan"
    ]
    assert pointer and pointer[0].polarity == "for"
