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
