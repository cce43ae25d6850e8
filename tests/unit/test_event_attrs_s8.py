"""Event attributes, session 8: victims joined to the verb, a whole toll "of the N wounded",
bare counts of a toll and another act's toll in a relative clause on the doer (guide §1.6);
"last <month>", "this week" still to come, the day of a claimed attack, documents dated by
their issue, sentences that move the story to a new day, announcements, meetings a speaker
is away from, and background acts with no day (§1.5, §7); hedges on a described thing, bans
kept for years, series, "for every", "unable to" and "reluctant to", and hedges that name
whose accounts they doubt (§1.7, §8)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.unit._events_util import events, linked_doc, nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import resolve_date
from watchfloor.extract.events import _inherit_context
from watchfloor.extract.factuality import hedged_owners
from watchfloor.records import ActorMention, EventRecord

# 2026-04-09 is a Thursday: Sunday 5, Monday 6, Tuesday 7, Wednesday 8 April
PUB = "2026-04-09"


def _by_trigger(evs: list[EventRecord], trigger: str) -> EventRecord:
    return next(e for e in evs if e.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a second victim phrase the parser joins to the verb still counts
        (
            "A car bomb exploded outside a courthouse in Lakki Marwat on Monday, killing the "
            "district judge and at least 14 other people, hospital staff said.",
            15,
            None,
        ),
        # "N of the M wounded": M is the whole toll; "N of the dead" keeps counting N
        (
            "Surgeons said 30 bodies were received and that 12 of the 48 wounded were critical.",
            30,
            48,
        ),
        ("Four of the dead were teachers.", 4, None),
    ],
)
def test_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
    c = parse_casualties(nlp()(text)[:])
    assert (c.fatalities, c.injured) == (killed, injured)


def test_a_bare_count_takes_the_sentences_toll() -> None:
    evs = events("District officials gave a higher toll of 9 dead and 30 wounded.", PUB)
    e = _by_trigger(evs, "wounded")
    assert (e.fatalities, e.injured) == (9, 30)


def test_a_relative_clause_on_the_doer_keeps_its_own_toll() -> None:
    evs = events(
        "The faction, which killed 30 people at a cattle market in Zhob in May 2023, has "
        "repeatedly attacked tax collectors.",
        PUB,
    )
    assert _by_trigger(evs, "attacked").fatalities is None


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("last March", "2026-01-21", False, ("2025-03", "month")),
        ("last March", "2026-05-10", False, ("2026-03", "month")),
        ("last May", "2026-05-10", False, ("2025-05", "month")),  # not the current month
        ("this week", "2026-04-09", True, ("2026-04", "month")),  # as "next week" (§7)
        ("this week", "2026-04-09", False, (None, None)),  # the vague time of the news
    ],
)
def test_named_months_and_this_week(
    text: str, published: str, future: bool, expected: tuple[str | None, str | None]
) -> None:
    assert resolve_date(text, date.fromisoformat(published), future=future) == expected


def test_a_plan_for_this_week_is_its_month() -> None:
    evs = events("The traders said they would seek talks with the commissioner this week.", PUB)
    assert _by_trigger(evs, "seek").date == "2026-04"


def test_a_claimed_attack_keeps_the_attacks_day() -> None:
    evs = events(
        "Gunmen ambushed a police van near Tank late on Monday, killing two constables. "
        "The Hafiz Gul Bahadur group claimed the ambush in a message to reporters on Wednesday. "
        "The group said its men had killed four policemen.",
        PUB,
    )
    assert _by_trigger(evs, "claimed").date == "2026-04-06"
    assert _by_trigger(evs, "killed").date == "2026-04-06"


def test_a_relative_claim_keeps_the_sentences_date() -> None:
    evs = events(
        "Last month, gunmen burned a girls' school in Darra Adam Khel, an attack the faction "
        "claimed.",
        PUB,
    )
    assert _by_trigger(evs, "claimed").date == "2026-03"


def test_a_document_is_dated_by_its_issue() -> None:
    evs = events(
        "The circular, dated Sunday, warns that shops which stay open during prayers will be "
        "sealed.",
        PUB,
    )
    assert _by_trigger(evs, "warns").date == "2026-04-05"


def test_a_sentence_without_an_act_moves_the_story_on() -> None:
    evs = events(
        "Militants raided a levies post near Turbat late on Monday. By Tuesday evening, "
        "officials in the district said the road was quiet. Six soldiers were killed in the "
        "raid.",
        PUB,
    )
    assert _by_trigger(evs, "raided").date == "2026-04-06"
    assert _by_trigger(evs, "killed").date == "2026-04-07"


def test_announced_compensation_is_the_news_days() -> None:
    evs = events(
        "A roadside bomb killed three traders in Kohat on Tuesday. The provincial governor "
        "announced compensation for their families.",
        PUB,
    )
    assert _by_trigger(evs, "announced").date == PUB


def test_a_speaker_away_from_the_meeting_does_not_take_its_day() -> None:
    from tests.unit._events_util import extractor

    text = (
        "GENEVA — Envoys of Iran and Tajikistan held talks on Tuesday on border trade. "
        "In Dushanbe, spokesman Rustam Nazarov dismissed the talks as premature. "
        "Nazarov accused Tehran of delaying the customs agreement. "
        "The Iranian envoy urged patience."
    )
    linked = linked_doc(
        text,
        PUB,
        actors={"Iran": "IRN", "Tajikistan": "TJK", "Rustam Nazarov": "rustam-nazarov"},
        places={"GENEVA": "p:geneva", "Dushanbe": "p:dushanbe"},
    )
    start = text.index("Nazarov accused")
    linked.actor_mentions.append(
        ActorMention(start, start + 7, "Nazarov", "rustam-nazarov", "test")
    )
    linked.actor_mentions.sort(key=lambda m: m.start)
    evs = extractor().extract(linked)
    assert _by_trigger(evs, "dismissed").date == PUB
    # the same speaker goes on speaking where he is
    assert _by_trigger(evs, "accused").date == PUB
    # a statement with no place of its own belongs to the meeting (guide §7)
    assert _by_trigger(evs, "urged").date == "2026-04-07"


def test_a_background_act_with_no_day_has_none() -> None:
    linked = linked_doc("Nothing here.", PUB)
    record = EventRecord(
        sentence="x",
        sentence_span=(0, 1),
        span=(0, 1),
        trigger="x",
        type="CONSULT",
        mode=None,
        context=[],
        actor=None,
        recipient=None,
        place=None,
        date=None,
        date_precision=None,
        factuality="historical",
    )
    _inherit_context([record], linked, None)
    assert record.date is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the hedge doubts what the car was used for, not the arrests
        (
            "Police said they had arrested two men in Chaman on Monday and seized a car "
            "believed to have been used by the smugglers.",
            "arrested",
            "asserted",
        ),
        # a ban kept in force for years
        ("Women have been barred from the civil service since 2023.", "barred", "generic"),
        # a series of acts
        ("The council granted a series of waivers in 2023 and 2024.", "granted", "generic"),
        # one act per setback charged
        ("He said Kabul kept blaming its rivals for every setback.", "blaming", "generic"),
        # an act the actor cannot or may not do
        (
            "The ban left the trade minister unable to attend the summit in Ashgabat.",
            "attend",
            "negated",
        ),
        (
            "Donors say they are reluctant to close offices in protest.",
            "close",
            "hypothetical",
        ),
        # what a speaker says in place of what he dismisses is not denied; it is his side's
        # version of the disputed matter (session 17: guide §1.7 alleged, fresh4 gold)
        (
            "The spokesman dismissed the report, saying the rebels had been routed in Nimroz.",
            "routed",
            "alleged",
        ),
        # a report issued at fixed intervals
        ("Every six months the panel publishes a report on the camps.", "report", "generic"),
    ],
)
def test_factuality_cases(text: str, trigger: str, expected: str) -> None:
    assert _by_trigger(events(text, PUB), trigger).factuality == expected


def test_a_toll_set_against_another_sources_figure_is_contested() -> None:
    evs = events(
        "The district administration said nine pilgrims had been killed, while the front put "
        "the number of dead at 30.",
        PUB,
    )
    assert _by_trigger(evs, "killed").factuality == "alleged"
    # a "while" clause of time is no rival figure
    evs = events("Police said two guards were killed in the raid while villagers slept.", PUB)
    assert _by_trigger(evs, "killed").factuality == "asserted"


def test_a_with_clause_shares_the_future_of_its_verb() -> None:
    evs = events(
        "The minister said works on the dam would begin in August, with army engineers "
        "guarding the site.",
        PUB,
    )
    guarding = _by_trigger(evs, "guarding")
    assert guarding.factuality == "future"
    assert guarding.date == "2026-08"


def test_a_hedge_names_the_owners_of_the_accounts() -> None:
    sent = next(
        iter(
            nlp()(
                "Neither the rebels' figures nor the army's could be independently verified."
            ).sents
        )
    )
    assert {t.lower_ for t in hedged_owners(sent)} >= {"army"}
    plain = next(iter(nlp()("The accounts could not be independently verified.").sents))
    assert hedged_owners(plain) == []


def test_a_named_hedge_reaches_back_to_the_previous_paragraph() -> None:
    text = (
        "The army said troops killed six fighters near Kech on Tuesday.\n\n"
        "The rebels said they had lost no one. Neither the rebels' figures nor the army's "
        "could be independently verified."
    )
    linked = linked_doc(text, PUB, actors={"The army": "PAK-MIL", "the army's": "PAK-MIL"})
    from tests.unit._events_util import extractor

    evs = extractor().extract(linked)
    killed = _by_trigger(evs, "killed")
    assert killed.factuality == "alleged"
