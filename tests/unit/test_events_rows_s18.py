"""Event rows, session 18: a statement closed by a semicolon or answered by ", a charge X denies"
is told for itself, not absorbed by the denial after it (guide §13: the act keeps its own row
beside the REJECT); a participle of speech set off after a that-clause ("demanded that …,
threatening to …") is the speaker's own act; and people a casualty verb names who are another
group than the target are victims with a row of their own (guide §6, one row per recipient)."""

from __future__ import annotations


def _types(analyze, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.type for e in analyze(text).events)


def _rows(analyze, text: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyze(text).events if e.type == kind]


def test_statement_before_a_semicolon_is_not_absorbed_by_the_denial(analyze):
    types = _types(
        analyze,
        "Tehran accelerated the expulsions in mid-2025, accusing some Afghan migrants of spying "
        "for Israel; the Taliban rejected the charge as baseless.",
    )
    assert "COERCE" in types and "ACCUSE" in types and "REJECT" in types


def test_denied_content_after_the_denial_stays_absorbed(analyze):
    # near miss: what follows the denying verb is its content, no act of its own
    types = _types(analyze, "Kabul rejected the charge that it shelters militants.")
    assert types.count("REJECT") == 1
    assert "ACCUSE" not in types


def test_participle_after_a_that_clause_is_the_speakers_threat(analyze):
    rows = _rows(
        analyze,
        "Tribal elders demanded that the government restore security, threatening to block the "
        "main road if the killings continued.",
        "THREATEN",
    )
    assert len(rows) == 1
    assert rows[0].actor is not None and "elders" in (rows[0].actor.text or "").lower()


def test_demand_with_two_coordinated_asks_makes_no_threat(analyze):
    # near miss: no participle set off after the clause
    rows = _rows(
        analyze,
        "Tribal elders demanded that the government restore security and reopen the main road.",
        "THREATEN",
    )
    assert rows == []


def test_second_group_of_victims_gets_its_own_row(analyze):
    rows = _rows(
        analyze,
        "Gunmen shot dead a cleric in Mazar-i-Sharif on Tuesday. One of his students was also "
        "killed and two worshippers were wounded.",
        "ASSAULT",
    )
    second = [e for e in rows if e.sentence.startswith("One of his students")]
    assert len(second) == 2
    texts = {(e.recipient.text or "").lower() for e in second if e.recipient}
    assert any("worshippers" in t for t in texts)


def test_counted_others_are_no_second_group(analyze):
    # near miss: "three others" are the target's own victims
    rows = _rows(
        analyze,
        "Gunmen stormed a police post near Bannu on Thursday, killing four policemen and "
        "wounding three others, officials said.",
        "ASSAULT",
    )
    assert len(rows) == 1
