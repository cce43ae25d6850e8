"""Event attributes, session 6: factuality of relative clauses in an old frame, of verbs
sharing a modal, of trailing attributions, of findings' coordinated acts, of fronted contested
objects, of acts kept up, of plans and of tolls "claiming lives" (guide §1.7); the running
date of a story and the date of a report or a charge (§1.5); "claimed the lives of" counts
(§1.6); a state's account of its force across its border (§1.7 alleged)."""

from datetime import date

import pytest
from tests.unit._events_util import events, linked_doc, nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import long_before, starts_after
from watchfloor.extract.events import _inherit_context, _one_sides_account
from watchfloor.extract.factuality import classify_factuality
from watchfloor.records import Actor, ActorRef, EventRecord


def _fact(text: str, trigger: str, published: str = "2026-03-05") -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(doc[:], tok, published=date.fromisoformat(published))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause on someone in the phrase of an old-dated clause is told then
        (
            "Diplomats recalled the threats made in 2023 by several clerics in Herat, who "
            "accused the governor of selling public land.",
            "accused",
            "historical",
        ),
        # a coordinated participle shares the modal of the verb before it ...
        (
            "Migrants without papers would be arrested and expelled, the minister said.",
            "expelled",
            "future",
        ),
        # ... but a finite verb is a second act, not under the modal
        (
            "The agency said the floods would delay the harvest, and urged donors to act quickly.",
            "urged",
            "asserted",
        ),
        # a past perfect with its attribution after it is the tense of the report
        (
            "The army's raids had struck only militant compounds, a spokesman said.",
            "struck",
            "asserted",
        ),
        # the source's own act coordinated with its finding is not part of the finding ...
        (
            "The panel estimated that 400 fighters remain in the valley, and it conceded that "
            "its sources were limited.",
            "conceded",
            "asserted",
        ),
        # ... while a second act inside what was claimed stays claimed
        ("The group claimed it stormed the post and killed six guards.", "killed", "alleged"),
        # "..., a claim X rejects" parsed with a fronted object: a standing position
        (
            "Western capitals have said the militia trains recruits near the border, a charge "
            "Kabul denies.",
            "denies",
            "generic",
        ),
        # an act kept up now, not one instance
        ("Foreign firms continue to sign power deals with the authorities.", "sign", "generic"),
        ("Troops continued to fire at the compound for an hour.", "fire", "asserted"),
        # a simple past over an untold span of years
        ("Some of the elders fought alongside the rebels for decades.", "fought", "generic"),
        ("The two clans fought over the orchard for two days.", "fought", "asserted"),
        # an act a plan or a proposal looks forward to
        (
            "The cabinet endorsed a plan to deploy 2,000 police to the border districts.",
            "deploy",
            "future",
        ),
        # the right to act, through a light verb
        (
            "Kabul reserves the right to take action against the violators.",
            "action",
            "hypothetical",
        ),
        # a toll that "claimed the lives" of people is no claim; dated long ago it is history
        (
            "In March 2024, a bombing at a shrine in Sehwan claimed the lives of 12 pilgrims.",
            "bombing",
            "historical",
        ),
        ("A bombing at a shrine claimed the lives of 12 pilgrims.", "bombing", "asserted"),
        # "not a single" / "not one" deny the act like "no one"
        (
            "The ministry said its drones hit only weapons depots and not a single villager "
            "was hurt.",
            "hurt",
            "negated",
        ),
        ("Not one of the rockets struck the base.", "struck", "negated"),
        # a present-tense relative clause tells a kind of attack, not particular ones
        (
            "Analysts say the rebels have moved from hit-and-run raids to roadside ambushes "
            "that combine mines and rifles.",
            "ambushes",
            "generic",
        ),
        (
            "Police are investigating attacks that killed four people in Quetta on Monday.",
            "attacks",
            "asserted",
        ),
        (
            "The militia struck back after air strikes that Kabul says Islamabad carried out "
            "on a market on Friday.",
            "strikes",
            "asserted",
        ),
        # "without evidence" hedges a statement, not an act
        (
            "A police officer said two men had been detained and that nobody would be held "
            "without evidence.",
            "detained",
            "asserted",
        ),
        (
            "The minister said, without evidence, that India had funded the attack.",
            "funded",
            "alleged",
        ),
    ],
)
def test_factuality_s6(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An ambush near the pass claimed the lives of seven soldiers.", 7),
        ("The blast at the market cost nine lives.", 9),
        ("The shelling took the lives of three children.", 3),
        ("The raid claimed the lives of women and children.", None),
    ],
)
def test_lives_claimed_are_a_toll(text: str, killed: int | None) -> None:
    assert parse_casualties(nlp()(text)[:]).fatalities == killed


def test_period_helpers() -> None:
    published = date(2026, 6, 10)
    assert starts_after("2026-07", published)
    assert starts_after("2026-06-12", published)
    assert not starts_after("2026-06", published)
    assert not starts_after("2026", published)
    assert long_before("2025-07", published)
    assert long_before("2026-04-30", published)
    assert not long_before("2026-05", published)  # "last month": ten days ago
    assert not long_before("2026", published)


def _by_trigger(evs, trigger: str):
    return next(e for e in evs if e.trigger == trigger)


# 2026-03-05 is a Thursday: Monday 2, Tuesday 3, Wednesday 4 March
PUB = "2026-03-05"


def test_report_day_does_not_date_an_act_told_before_it() -> None:
    evs = events(
        "Gunmen attacked a police post in Bannu on Tuesday. In a statement on Wednesday, the "
        "police said officers had raided a compound and arrested four suspects. Traders "
        "closed their shops in protest.",
        PUB,
    )
    # session 17: arrests are no retelling of the attack, so the report's day is the only
    # one the article gives them (the own-operation date of fresh13 and fresh16)
    assert _by_trigger(evs, "arrested").date == "2026-03-04"
    # ... and the story goes on from the day of the report
    assert next(e for e in evs if e.type == "PROTEST").date == "2026-03-04"


def test_report_month_holds_the_act_told_before_it() -> None:
    evs = events("In August, the group said it had killed a commander in Kunduz.", "2025-09-04")
    assert _by_trigger(evs, "killed").date == "2025-08"


def test_charged_act_toll_is_counted() -> None:
    evs = events(
        "The ministry accused the border guards of shelling a village in Kunar on Monday, "
        "wounding four women.",
        PUB,
    )
    assert _by_trigger(evs, "shelling").injured == 4


def test_toll_of_an_earlier_event_is_not_the_reprisal() -> None:
    evs = events(
        "Following raids in the valley last week, which residents said killed nine people, "
        "the rebels attacked an army camp near the pass.",
        PUB,
    )
    assert _by_trigger(evs, "attacked").fatalities is None


def test_charge_is_dated_when_made_not_when_the_act_charged() -> None:
    evs = events("The ministry accused the border guards of shelling a village on Monday.", PUB)
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert accuse.date == PUB


def test_running_date_ignores_planned_and_year_dates() -> None:
    evs = events(
        "Police arrested six men in Quetta on Monday. The minister will visit the city on "
        "March 20. Protesters blocked the main road into the city.",
        PUB,
    )
    protest = next(e for e in evs if e.type == "PROTEST")
    assert protest.date == "2026-03-02"


def _record(etype: str, when: str | None, precision: str | None, n: int) -> EventRecord:
    return EventRecord(
        sentence=f"s{n}",
        sentence_span=(n * 10, n * 10 + 9),
        span=(n * 10, n * 10 + 3),
        trigger="t",
        type=etype,
        date=when,
        date_precision=precision,
    )


def test_running_date_keeps_the_day_after_a_recalled_month() -> None:
    # an arrest on Monday, a speech about last month's strikes (an ASSAULT dated by month),
    # then a protest and the strikes told again with no date of their own
    linked = linked_doc("Nothing here.", "2026-03-20")
    evs = [
        _record("COERCE", "2026-03-16", "day", 0),
        _record("ASSAULT", "2026-02", "month", 1),
        _record("PROTEST", None, None, 2),
        _record("ASSAULT", None, None, 3),
        _record("CONSULT", "2025", "year", 4),
        # (a PROTEST: a deployment with no day is a follow-on measure of the publication day
        # since session 17, test_events_dates2_s17.py)
        _record("PROTEST", None, None, 5),
    ]
    _inherit_context(evs, linked, None)
    assert evs[2].date == "2026-03-16"  # the story goes on from its day
    assert evs[3].date == "2026-02"  # the same kind of act keeps the recalled month
    assert evs[5].date == "2026-03-16"  # a year alone does not move the story


def test_state_force_across_its_border_is_one_sides_account() -> None:
    linked = linked_doc("The army said its jets struck hideouts.", PUB, actors={"army": "PAK-MIL"})
    linked.actors["PAK-MIL"] = Actor(id="PAK-MIL", name="army", sector="MIL", country="PAK")
    army = ActorRef(id="PAK-MIL", name="army", text="army")
    # an operation at home against unnamed militants is routine sourcing ...
    assert not _one_sides_account(army, army, None, "ASSAULT", linked, "PAK")
    assert not _one_sides_account(army, army, None, "ASSAULT", linked)
    # ... one on the neighbour's soil is the state's own contested version
    assert _one_sides_account(army, army, None, "ASSAULT", linked, "AFG")
    # a deployment is no use of force
    assert not _one_sides_account(army, army, None, "MOBILIZE", linked, "AFG")
