"""Session-17 lexicon, place and factuality rules: visiting the wounded is a visit (guide §10);
"was due to travel to X" is a visit still to come (guide §1.7 future); a release or a
withdrawal takes the place of the incident it ends (guide §1.4); a when-clause on a bounded
date tells that date; and an undated present-perfect charge or refusal past the lead is the
background of the news (guide §1.7 generic).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001

# 2025-03-12 is a Wednesday.
_PUBLISHED = "2025-03-12"
_INCIDENT = (
    "KOHAT, Pakistan — Gunmen stopped a bus in Kohat late on Monday and killed six "
    "passengers, officials said.\n\n"
)


def _of_type(text: str, etype: str) -> list:
    return [e for e in events(text, _PUBLISHED) if e.type == etype]


def test_visiting_the_wounded_is_a_visit():
    evs = events_of_type("The governor visited the wounded at a hospital in Kohat.", "CONSULT")
    assert evs and evs[0].mode == "visit"


def test_visiting_the_scene_is_no_visit():
    # near miss: a site is no party met
    assert not events_of_type("The governor visited the scene of the blast.", "CONSULT")


def test_due_to_travel_is_a_visit_to_come():
    evs = events_of_type("The foreign minister was due to travel to Tashkent on Friday.", "CONSULT")
    assert evs and evs[0].mode == "visit" and evs[0].factuality == "future"


def test_due_to_travel_needs_a_traveller_who_visits():
    # near miss: returnees due to travel home make no visit
    assert not events_of_type("The returnees were due to travel to Jalalabad on Friday.", "CONSULT")


def test_a_release_takes_the_incident_place():
    evs = events(_INCIDENT + "The attackers let the women and children go first.", _PUBLISHED)
    attack = [e for e in evs if e.type == "ASSAULT"]
    release = [e for e in evs if e.type == "RETREAT"]
    assert attack and attack[0].place is not None
    assert release and release[0].place == attack[0].place


def test_a_release_to_come_takes_no_incident_place():
    # near miss: a release still to come is a promise, placed only where its sentence says
    evs = _of_type(_INCIDENT + "The militants said they would free the driver.", "RETREAT")
    assert evs and all(e.place is None for e in evs)


def test_a_when_clause_on_a_since_date_tells_that_date():
    evs = _of_type(
        "It was the deadliest attack on the road since November 2022, when gunmen ambushed "
        "a convoy near the town.",
        "ASSAULT",
    )
    ambush = [e for e in evs if e.trigger.startswith("ambush")]
    assert ambush and ambush[0].date == "2022-11" and ambush[0].factuality == "historical"


def test_a_since_date_without_a_when_clause_bounds_a_span():
    # near miss: "since" with no clause of its own stays a span start, not the act's date
    evs = _of_type("Gunmen have ambushed three convoys on the road since November.", "ASSAULT")
    assert evs and all(e.date != "2024-11" for e in evs)


def test_an_undated_perfect_charge_past_the_lead_is_generic():
    evs = _of_type(
        _INCIDENT + "Tajik officials have accused the Taliban of sheltering militants in "
        "the north.",
        "ACCUSE",
    )
    assert evs and evs[0].factuality == "generic"


def test_an_undated_perfect_refusal_past_the_lead_is_generic():
    evs = _of_type(_INCIDENT + "Washington has refused to unfreeze the reserves.", "REJECT")
    assert evs and evs[0].factuality == "generic"


def test_an_undated_perfect_charge_in_the_lead_is_the_news():
    # near miss: the lead tells the day's statement
    evs = _of_type(
        "ISLAMABAD — Pakistan has accused the Taliban of sheltering militants in the north.",
        "ACCUSE",
    )
    assert evs and evs[0].factuality == "asserted"


def test_a_perfect_answer_to_the_report_past_the_lead_is_the_news():
    # near miss: dismissing the report just told answers it on the day
    evs = _of_type(_INCIDENT + "The Taliban have dismissed the report.", "REJECT")
    assert evs and evs[0].factuality == "asserted"
