"""Review fixes, session 21: each names the over-match a reviewer found, with its near miss."""

from __future__ import annotations


def _facts(pipeline, text: str) -> list[tuple[str, str]]:
    events = pipeline.analyze(text, published="2026-05-01").events
    return [(e.type, e.factuality) for e in events]


def test_counted_victims_in_a_present_passive_are_one_incident(pipeline) -> None:
    # headline-style copy: the present passive of counted victims tells the news of the day
    assert ("ASSAULT", "asserted") in _facts(
        pipeline, "Two soldiers are martyred as terrorists attack a check post in Tank."
    )
    assert ("ASSAULT", "asserted") in _facts(
        pipeline, "Three soldiers are killed in a suicide attack in Bannu."
    )


def test_a_class_in_a_present_passive_is_still_a_standing_practice(pipeline) -> None:
    # near miss: the class undergoes the act again and again
    assert ("COERCE", "generic") in _facts(pipeline, "Women are barred from universities in Kabul.")


def test_events_that_cause_something_are_no_trend(pipeline) -> None:
    assert ("ASSAULT", "asserted") in _facts(
        pipeline, "The airstrikes in Khost have increased anger among Afghans."
    )


def test_a_trend_of_attacks_without_an_object_stays_generic(pipeline) -> None:
    # near miss: the attacks themselves grow
    assert ("ASSAULT", "generic") in _facts(pipeline, "The TTP's attacks have grown bolder.")


def _rows(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    events = pipeline.analyze(text, published="2026-05-01").events
    return [
        (e.type, e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in events
    ]


def test_a_reply_and_the_attack_it_answers_are_two_rows(pipeline) -> None:
    # the toll clause hangs on the attack the reply answers, not on the reply
    rows = _rows(
        pipeline,
        "Pakistan launched airstrikes in Paktika in retaliation for a militant attack in "
        "Bannu, which killed 12 soldiers.",
    )
    assert len([r for r in rows if r[0] == "ASSAULT"]) == 2
    assert ("ASSAULT", "PAK", "PAK-MIL") not in rows


def test_a_toll_clause_on_the_strikes_own_phrase_is_still_one_row(pipeline) -> None:
    # near miss: the clause hangs on the place of the strikes' own phrase
    rows = _rows(
        pipeline,
        "Pakistan carried out strikes in Paktika province, which the Taliban said killed 10 "
        "civilians.",
    )
    assert len([r for r in rows if r[0] == "ASSAULT"]) == 1


def test_a_monitoring_team_first_named_with_the_publishes_its_report(pipeline) -> None:
    rows = _rows(
        pipeline,
        "The UN monitors said in a report released on Tuesday that al-Qaeda runs camps in "
        "Afghanistan.",
    )
    assert ("ACCUSE", "unsc", "al-qaeda") in rows


def test_a_monitoring_team_already_named_tells_more_of_the_same_report(pipeline) -> None:
    # near miss: the second sentence goes on with the report the first one published
    rows = _rows(
        pipeline,
        "UN monitors said in a report released on Tuesday that al-Qaeda runs camps in "
        "Afghanistan. The monitors said they relied on information from member states.",
    )
    assert [r[0] for r in rows].count("ACCUSE") == 1


def test_what_a_party_agrees_to_deal_with_is_no_counterpart(pipeline) -> None:
    assert ("AGREE", "PAK", None) in _rows(
        pipeline, "Pakistan agreed to deal firmly with TTP militants."
    )


def test_the_party_something_is_shared_with_is_the_counterpart(pipeline) -> None:
    # near miss: "share … with Islamabad" names the other party
    assert ("AGREE", "taliban", "PAK") in _rows(
        pipeline, "Kabul agreed to share intelligence with Islamabad."
    )
