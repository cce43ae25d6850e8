"""Session-14 factuality and dating rules, second round: a sentence told wholly at an old date
is background, patronage of an attacker told in a report is that speaker's account, and the
participants' ongoing activity shares the act's day.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def test_act_in_a_sentence_set_at_an_old_month_is_historical():
    evs = events(
        "The heavy fighting of August 2025 ended only when tribal elders brokered a truce.",
        published="2026-06-20",
    )
    truce = [e for e in evs if e.type == "AGREE"]
    assert truce and all(e.factuality == "historical" for e in truce)


def test_old_date_of_a_relative_clause_does_not_date_the_news():
    evs = events(
        "Norway, which hosted talks between the sides in 2024, said it was in contact with "
        "both governments.",
        published="2026-06-20",
    )
    contact = [e for e in evs if e.type == "CONSULT" and e.date != "2024"]
    assert contact and all(e.factuality == "asserted" for e in contact)


def test_a_date_of_the_news_period_keeps_the_sentence_news():
    evs = events_of_type(
        "Militants who fought in the 2024 clashes attacked a checkpoint on Monday.", "ASSAULT"
    )
    attacked = [e for e in evs if "attack" in e.trigger]
    assert attacked and attacked[0].factuality != "historical"


def test_attacker_trained_abroad_in_a_report_is_alleged():
    evs = events_of_type(
        "The governor told reporters that the gunman had been trained in a camp across the border.",
        "AID",
    )
    assert evs and evs[0].factuality == "alleged"


def test_relief_given_in_a_report_stays_asserted():
    evs = events_of_type("The ministry said 300 families had been given tents and food.", "AID")
    assert evs and evs[0].factuality == "asserted"


def test_late_on_a_weekday_in_a_participant_clause_dates_the_act():
    evs = events(
        "Soldiers killed nine militants who were trying to cross the border late on Tuesday, "
        "the army said on Wednesday.",
        published="2026-02-12",
    )
    killed = [e for e in evs if e.type == "ASSAULT"]
    assert killed and killed[0].date == "2026-02-10"
