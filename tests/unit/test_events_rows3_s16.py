"""Event rows with three or more parties, session 16: an offer to mediate or to host talks is
made to the two sides it would bring together, one row per mediator and side; "the three
countries" takes its parties in the order the article names them, countries the linker kept
as places included (guide §1.3, three or more parties)."""

from __future__ import annotations


def _rows(analyze, text: str, kind: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in analyze(text).events
        if e.type == kind
    )


_CLASH = "Pakistan accused Afghanistan's Taliban government of sheltering militants on Monday. "


def test_an_offer_to_mediate_goes_to_both_sides(analyze):
    rows = _rows(analyze, _CLASH + "Qatar and Turkey offered on Tuesday to mediate.", "AGREE")
    for mediator in ("QAT", "TUR"):
        assert (mediator, "PAK") in rows
        assert (mediator, "taliban") in rows
    assert ("QAT", "TUR") not in rows


def test_an_offer_of_aid_is_not_made_to_both_sides(analyze):
    # near miss: the offer is not one of good offices, so the two sides are not its recipients
    rows = _rows(analyze, _CLASH + "Qatar and Turkey offered on Tuesday to send food.", "AGREE")
    assert ("QAT", "PAK") not in rows or ("QAT", "taliban") not in rows


_TRIO = (
    "ISLAMABAD, Pakistan — The foreign ministers of China, Pakistan and Afghanistan's Taliban "
    "administration met in Islamabad on Tuesday. "
)


def test_the_three_countries_are_taken_in_the_order_named(analyze):
    rows = _rows(
        analyze,
        _TRIO + "The three countries first agreed in Kabul in 2023 to build a road.",
        "AGREE",
    )
    # the host, Kabul's government, answers the first-named other party, China
    assert ("taliban", "CHN") in rows
    assert ("CHN", "taliban") in rows
    assert ("PAK", "taliban") in rows


def test_the_host_of_the_three_is_where_they_met(analyze):
    # near miss: met in Islamabad, Pakistan hosts and answers China
    rows = _rows(
        analyze,
        _TRIO + "The three countries first agreed in Islamabad in 2023 to build a road.",
        "AGREE",
    )
    assert ("PAK", "CHN") in rows
    assert ("taliban", "PAK") in rows
