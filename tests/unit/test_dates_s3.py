"""Event dates, round 3: "last week" as a month, span bounds and planned acts are not the date
of the act (annotation guide §1.5, §7). Publication 2025-03-01 is a Saturday."""

from datetime import date

from watchfloor.extract.dates import resolve_date


def test_last_week_is_the_month_most_of_that_week_fell_in():
    # Tuesday 2026-10-06: last week ran 28 Sep - 4 Oct, mostly October
    assert resolve_date("last week", date(2026, 10, 6)) == ("2026-10", "month")
    # Tuesday 2025-11-04: last week ran 27 Oct - 2 Nov, mostly October
    assert resolve_date("last week", date(2025, 11, 4)) == ("2025-10", "month")
    assert resolve_date("last week", date(2025, 3, 1)) == ("2025-02", "month")


def _dated(text: str, trigger: str, published: str = "2025-03-01"):
    from tests.unit._events_util import events

    evs = [e for e in events(text, published=published) if trigger in (e.trigger or "")]
    assert evs, f"no event triggered by {trigger!r}"
    return evs[0].date


def _helper_args(text: str, trigger: str):
    from tests.unit._events_util import nlp

    doc = nlp()(text)
    anchor = next(t for t in doc if t.lower_ == trigger)
    ent = next(e for e in doc.ents if e.label_ in ("DATE", "TIME"))
    return ent, anchor, {anchor.i}


def test_the_bound_of_a_span_is_not_the_date_of_the_act():
    from watchfloor.extract.events import EventExtractor

    ent, _, members = _helper_args("The police held the suspects until Friday.", "held")
    assert EventExtractor._span_bound(ent, members)
    ent, _, members = _helper_args("The police held the suspects on Friday.", "held")
    assert not EventExtractor._span_bound(ent, members)


def test_a_planned_act_is_nested_in_the_trigger_clause():
    from watchfloor.extract.events import EventExtractor

    ent, anchor, members = _helper_args(
        "The two sides agreed to meet again in Kabul on Friday.", "agreed"
    )
    assert EventExtractor._nested_act(ent, anchor, members)
    ent, anchor, members = _helper_args("The two sides agreed on Friday to meet again.", "agreed")
    assert not EventExtractor._nested_act(ent, anchor, members)


def test_the_date_of_a_relative_clause_on_a_since_date_is_its_own():
    got = _dated(
        "It was the deadliest attack in the city since November, when a suicide bombing "
        "killed 26 people.",
        "killed",
    )
    assert got == "2024-11"


def test_a_planned_act_does_not_date_the_agreement():
    got = _dated("Pakistan and Afghanistan agreed to meet again in Istanbul on March 20.", "agreed")
    assert got != "2025-03-20"


def test_a_window_up_to_the_news_is_not_a_point_in_it():
    from watchfloor.extract.events import EventExtractor

    ent, _, members = _helper_args(
        "Police detained 300 people over the past week in Peshawar.", "detained"
    )
    assert EventExtractor._span_bound(ent, members)
