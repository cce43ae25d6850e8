"""Session-18 dating rules (round 2), each with a near miss that must not change.

* a day an act is set for ("called a strike for Saturday") is the coming one, and dates only
  that act, not another verb of the sentence;
* an act told "a week after" / "two days after" another the sentence dates is counted back
  from that day; the main clause's own act keeps the day it names;
* a speaker's standing stance placed elsewhere does not place the speaker away from the
  meeting the article reports.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from __future__ import annotations

import pytest

# 2026-03-11 is a Wednesday.
_PUBLISHED = "2026-03-11"
_MEETING = (
    "MOSCOW — Russia hosted envoys from China, India, Iran and Pakistan on Tuesday for talks on "
    "Afghanistan.\n\n"
)


@pytest.fixture(scope="module")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str, etype: str) -> list:
    return [e for e in pipeline.analyze(text, published=_PUBLISHED).events if e.type == etype]


def test_strike_called_for_a_weekday_is_the_coming_one(pipeline) -> None:
    text = (
        "Traders in Quetta called a shutter-down strike for Saturday and demanded that police "
        "guard the bazaar."
    )
    protests = _events(pipeline, text, "PROTEST")
    assert protests and all(e.date == "2026-03-14" for e in protests)
    requests = _events(pipeline, text, "REQUEST")
    # the demand is not made on the strike's day
    assert requests and all(e.date != "2026-03-14" and e.date != "2026-03-07" for e in requests)


def test_protest_held_on_a_weekday_is_the_last_one(pipeline) -> None:
    # near miss: an act told as done on Saturday
    evs = _events(
        pipeline, "Traders in Quetta protested on Saturday against the bombing.", "PROTEST"
    )
    assert evs and all(e.date == "2026-03-07" for e in evs)


def test_act_a_week_before_the_dated_one_is_counted_back(pipeline) -> None:
    text = (
        "KABUL — The Taliban on Wednesday freed an American prisoner, a week after the US envoy "
        "met Taliban officials in Kabul, officials said."
    )
    evs = _events(pipeline, text, "CONSULT")
    assert evs and all(e.date == "2026-03-04" for e in evs)


def test_main_clause_act_keeps_its_named_day(pipeline) -> None:
    # near miss: the count is an aside of the main clause's own act
    text = "On Wednesday, a day after the bombing, police arrested five men in Quetta."
    evs = _events(pipeline, text, "COERCE")
    assert evs and all(e.date == "2026-03-11" for e in evs)


def test_standing_stance_elsewhere_keeps_speaker_at_the_meeting(pipeline) -> None:
    text = (
        _MEETING + "India, which has kept a technical team at its embassy in Kabul but has not "
        "recognised the Taliban, was represented by a diplomat. New Delhi signed the joint "
        "statement but insisted on adding a reference to groups targeting other countries."
    )
    evs = _events(pipeline, text, "REQUEST")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_statement_made_elsewhere_is_of_the_news_day(pipeline) -> None:
    # near miss: a statement told as made away from the meeting
    text = _MEETING + "In New Delhi, India's foreign ministry criticised the talks."
    evs = _events(pipeline, text, "ACCUSE")
    assert evs and all(e.date == "2026-03-11" for e in evs)
