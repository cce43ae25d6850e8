"""Event attributes, session 9 round 2: dates of denials (guide §10: the REJECT takes the day of
the denial, the act denied only a day of its own, else null), a denial told by the negated thing
it denies, accounts whose "that" clause is denied, the nth attack over a span and tolls "over
that period" as patterns, acts a plan is for, and a state told in the past of a report."""

from __future__ import annotations

from datetime import date

from tests.unit._events_util import events, nlp  # noqa: I001

from watchfloor.extract.factuality import classify_factuality
from watchfloor.records import EventRecord

# 2026-04-11 is a Saturday: Wednesday 8, Thursday 9, Friday 10 April
PUB = "2026-04-11"


def _by_trigger(evs: list[EventRecord], trigger: str) -> EventRecord:
    return next(e for e in evs if e.trigger == trigger)


def _factuality(text: str, word: str, event_type: str | None = None, pub: str = PUB) -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == word)
    return classify_factuality(
        doc[:], tok, published=date.fromisoformat(pub), event_type=event_type
    )


# ------------------------------------------------------------------------- denials (§10)


def test_an_act_denied_without_a_day_of_its_own_has_no_date() -> None:
    evs = events(
        "The ministry denied on Friday that anyone had been detained after the rally.", PUB
    )
    assert _by_trigger(evs, "denied").date == "2026-04-10"
    detained = _by_trigger(evs, "detained")
    assert detained.factuality == "negated"
    assert detained.date is None


def test_an_act_denied_takes_the_day_of_the_occasion_it_names() -> None:
    evs = events(
        "On Friday the ministry denied that police fired on protesters at Thursday's rally.", PUB
    )
    assert _by_trigger(evs, "denied").date == "2026-04-10"
    assert _by_trigger(evs, "fired").date == "2026-04-09"


def test_an_act_denied_keeps_the_day_of_the_incident_told_before() -> None:
    evs = events(
        "Police raided a village on Wednesday. The police chief denied on Friday that his men "
        "had beaten residents.",
        PUB,
    )
    assert _by_trigger(evs, "beaten").date == "2026-04-08"


def test_a_state_denied_as_holding_now_keeps_the_news_day() -> None:
    evs = events("A spokesman denied on Friday that women were being barred from clinics.", PUB)
    assert _by_trigger(evs, "barred").date is not None


def test_a_published_report_is_dated_the_day_of_release() -> None:
    evs = events(
        "A rights group's report published on Monday said police had beaten detainees.", PUB
    )
    assert _by_trigger(evs, "report").date == "2026-04-06"


# -------------------------------------------------------------------------- factuality


def test_a_denial_told_by_the_thing_it_denies_is_made() -> None:
    text = 'The group said in a short statement that it had "no connection" with the blast.'
    assert _factuality(text, "connection", "REJECT") == "asserted"
    # the same noun as an act of its own is what did not happen
    assert _factuality(text, "connection") == "negated"


def test_a_denying_verb_that_is_itself_negated_stays_negated() -> None:
    text = "The embassy neither confirmed nor denied the account."
    assert _factuality(text, "denied", "REJECT") == "negated"


def test_an_account_whose_that_clause_is_rejected_is_negated() -> None:
    text = "The minister rejected claims that border guards had shot the smugglers."
    assert _factuality(text, "shot") == "negated"
    # an account only cited is not denied
    assert _factuality("The minister cited claims that border guards had shot them.", "shot") != (
        "negated"
    )


def test_the_nth_attack_over_a_span_is_the_series() -> None:
    text = "The blast was the fourth attack on the market since March."
    assert _factuality(text, "attack") == "generic"


def test_a_toll_over_that_period_is_a_pattern() -> None:
    text = (
        "Official figures show that nine guards have been killed in the province over that period."
    )
    assert _factuality(text, "killed") == "generic"


def test_what_a_plan_is_for_is_to_come() -> None:
    evs = events(
        "The ministers endorsed a plan for joint naval drills in the Gulf in September.",
        "2026-06-11",
    )
    drills = next(e for e in evs if e.trigger in ("drills", "naval drills"))
    assert drills.factuality == "future"
    assert drills.date == "2026-09"


# -------------------------------------------------------------------------------- dates


def test_a_state_told_in_the_past_of_a_report_is_of_the_news_day() -> None:
    evs = events(
        "Pakistan on Wednesday banned imports of fruit. Norway said it was in contact with "
        "both governments.",
        "2026-04-09",
    )
    contact = next(e for e in evs if "contact" in e.trigger)
    assert contact.date == "2026-04-09"


# ---------------------------------------------------------------------------- casualties


def test_shot_dead_counts_only_its_first_object() -> None:
    from watchfloor.extract.casualties import parse_casualties

    text = (
        "Gunmen shot dead a prayer leader of the Jamiat Ulema-e-Islam outside his mosque in "
        "Mardan on Friday, police said, the latest in a spate of killings of scholars."
    )
    assert parse_casualties(nlp()(text)[:]).fatalities == 1
