"""Session-17 date and factuality rules: an act told in the past perfect under a report that
gives only the report's day ("On Tuesday the ministry said its forces had arrested four
suspects") takes that day when the story has dated no act of its kind before (guide §1.5,
the own-operation date of fresh13 and fresh16); and what a party says while rejecting another
party's account ("rejected the criticism, saying police had been deployed") is that party's
version (guide §1.7 alleged).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001

# 2025-03-12 is a Wednesday: Monday is 03-10, Tuesday 03-11.
_PUBLISHED = "2025-03-12"
_INCIDENT = (
    "BANNU, Pakistan — Gunmen attacked a police post in the town late on Monday, killing two "
    "policemen, officials said.\n\n"
)


def _by_trigger(text: str, word: str, published: str = _PUBLISHED) -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_reported_act_of_a_new_kind_takes_the_report_day():
    evs = _by_trigger(
        _INCIDENT + "On Tuesday, the interior ministry said its forces had arrested four "
        "suspects in raids in the district.",
        "arrested",
    )
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_reported_act_of_the_incident_kind_keeps_the_incident_day():
    # the attack told again in the report is the incident's, not the day it was reported
    evs = _by_trigger(
        _INCIDENT + "On Tuesday, the military said the gunmen had killed two policemen in "
        "the attack.",
        "killed",
    )
    assert evs and all(e.date != "2025-03-11" for e in evs)


def test_what_a_rejecter_says_instead_is_alleged():
    evs = _by_trigger(
        "The provincial spokesman rejected the criticism, saying police had been deployed "
        "at the mosque before the attack.",
        "deployed",
    )
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_what_a_denier_goes_on_to_say_is_alleged():
    evs = _by_trigger(
        "The group's spokesman denied the report and said soldiers had detained six "
        "shepherds near the village.",
        "detained",
    )
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_what_a_speaker_says_while_welcoming_is_not_alleged():
    evs = _by_trigger(
        "The provincial spokesman welcomed the report, saying police had been deployed "
        "at the mosque before the attack.",
        "deployed",
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_a_rejection_told_with_saying_stays_a_statement():
    # the rejecter's own statement is no act whose truth is disputed
    evs = [
        e
        for e in events(
            "The spokesman rejected the criticism, saying the ministry had condemned the attack.",
            _PUBLISHED,
        )
        if e.type == "REJECT"
    ]
    assert evs and all(e.factuality == "asserted" for e in evs)
