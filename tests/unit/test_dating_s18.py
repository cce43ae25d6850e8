"""Session-18 dating and factuality rules, each with a near miss that must not change.

* a report's findings are its account (guide §10 "Publishing a report"): `alleged`;
* a visit to the wounded with no day of its own is of the news day (guide §1.5);
* an overnight act after a named evening began that evening; a sentence-final "overnight"
  hung on a long object still times the act;
* a statement about "Tuesday's bombing" is not made on the bombing's day;
* a relative clause deeper in the object keeps its future time to itself;
* one side's account of an act whose actor is found only later is `alleged` (guide §1.7).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from __future__ import annotations

import pytest

# 2026-03-11 is a Wednesday.
_PUBLISHED = "2026-03-11"
_LEAD = (
    "QUETTA, Pakistan — A bomb exploded at a market in Quetta on Tuesday, killing six people, "
    "police said.\n\n"
)


@pytest.fixture(scope="module")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str, etype: str) -> list:
    return [e for e in pipeline.analyze(text, published=_PUBLISHED).events if e.type == etype]


def test_report_finding_is_alleged(pipeline) -> None:
    evs = _events(
        pipeline,
        "The report said at least 20 former soldiers had been detained by the authorities in Herat.",
        "COERCE",
    )
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_police_account_of_arrests_stays_asserted(pipeline) -> None:
    # near miss: routine sourcing by police, not a report's finding
    evs = _events(
        pipeline, "Police said at least 20 suspects had been detained in Herat.", "COERCE"
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_visit_to_the_wounded_is_of_the_news_day(pipeline) -> None:
    text = _LEAD + "The chief minister visited the wounded at the Civil Hospital in Quetta."
    evs = _events(pipeline, text, "CONSULT")
    assert evs and all(e.date == _PUBLISHED for e in evs)


def test_assault_told_again_keeps_the_incident_day(pipeline) -> None:
    # near miss: the incident told again keeps the story's day
    text = _LEAD + "Two of the victims were killed at a fruit stall."
    evs = _events(pipeline, text, "ASSAULT")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_overnight_after_a_named_evening_began_that_evening(pipeline) -> None:
    text = (
        "Authorities shut the main road on Monday evening, and police arrested four men in "
        "Chaman overnight, an official said."
    )
    evs = [e for e in _events(pipeline, text, "COERCE") if e.mode == "arrest"]
    assert evs and evs[0].date == "2026-03-09"


def test_overnight_with_the_day_of_the_report_is_the_night_before(pipeline) -> None:
    # near miss: the day named is the report's, so the night began the day before
    text = "Police arrested four men in Chaman overnight, officials said on Tuesday."
    evs = [e for e in _events(pipeline, text, "COERCE") if e.mode == "arrest"]
    assert evs and evs[0].date == "2026-03-09"


def test_sentence_final_overnight_on_a_long_object(pipeline) -> None:
    text = (
        _LEAD + "Police also detained 14 people in raids on hotels near the city's general bus "
        "stand overnight, he said."
    )
    evs = [e for e in _events(pipeline, text, "COERCE") if e.mode == "arrest"]
    assert evs and evs[0].date == "2026-03-10"


def test_denial_of_a_role_in_tuesdays_bombing_is_of_the_denial_day(pipeline) -> None:
    text = _LEAD + "The Tehreek-e-Taliban Pakistan denied any role in Tuesday's bombing."
    evs = _events(pipeline, text, "REJECT")
    assert evs and all(e.date == _PUBLISHED for e in evs)


def test_killed_in_tuesdays_bombing_keeps_the_bombing_day(pipeline) -> None:
    # near miss: an act that took place at the occasion named takes its day
    evs = _events(pipeline, "Two guards were killed in Tuesday's bombing.", "ASSAULT")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_future_of_a_deeper_relative_clause_is_its_own(pipeline) -> None:
    text = (
        "The two ministers discussed the route of the gas pipeline from Turkmenistan, whose "
        "first section will be finished next year."
    )
    evs = _events(pipeline, text, "CONSULT")
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_meeting_told_for_next_year_stays_future(pipeline) -> None:
    # near miss: the time word is the trigger's own
    evs = _events(pipeline, "The two ministers will meet in Tashkent next year.", "CONSULT")
    assert evs and all(e.factuality == "future" for e in evs)


def test_other_sides_account_of_strikes_found_later_is_alleged(pipeline) -> None:
    text = (
        "KABUL, Afghanistan — Pakistani jets struck targets in Khost province on Tuesday.\n\n"
        "The Taliban's defence ministry said the strikes hit houses in two villages."
    )
    evs = [e for e in _events(pipeline, text, "ASSAULT") if e.trigger == "hit"]
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_neutral_account_of_strikes_found_later_stays_asserted(pipeline) -> None:
    # near miss: a neutral source's account is routine sourcing
    text = (
        "KABUL, Afghanistan — Pakistani jets struck targets in Khost province on Tuesday.\n\n"
        "Doctors at the provincial hospital said the strikes hit houses in two villages."
    )
    evs = [e for e in _events(pipeline, text, "ASSAULT") if e.trigger == "hit"]
    assert evs and all(e.factuality == "asserted" for e in evs)
