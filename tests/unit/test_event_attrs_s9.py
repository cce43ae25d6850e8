"""Event attributes, session 9: months of a year told relative to publication, possessive
dates of another act, a delegation "led by" someone, dates inside what a statement says,
reactions by parties outside a meeting, agreements told as stances, standing negations in the
present (guide §1.5, §7); "agreed to ... next year" and "announced they have agreed" as made,
"neither ... nor", "unlikely to", a report's "had detained dozens", rival tolls only of the
same thing (§1.7); a toll after an earlier event's, the other kind of casualty in a conjunct,
and the other side's losses (§1.6)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.unit._events_util import events, linked_doc, nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import resolve_date
from watchfloor.extract.factuality import classify_factuality, with_clause_verb
from watchfloor.records import EventRecord

# 2026-04-09 is a Thursday: Monday 6, Tuesday 7, Wednesday 8 April
PUB = "2026-04-09"


def _by_trigger(evs: list[EventRecord], trigger: str) -> EventRecord:
    return next(e for e in evs if e.trigger == trigger)


def _factuality(text: str, word: str) -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == word)
    return classify_factuality(doc[:], tok, published=date.fromisoformat(PUB))


# ------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March last year", "2025-03"),
        ("in October of this year", "2026-10"),
        ("in January next year", "2027-01"),
    ],
)
def test_a_month_of_a_relative_year(text: str, expected: str) -> None:
    assert resolve_date(text, date.fromisoformat(PUB)) == (expected, "month")


def test_a_possessive_date_belongs_to_the_act_it_names() -> None:
    evs = events("The movement said on its website that it had no link to Monday's ambush.", PUB)
    assert all(e.date != "2026-04-06" for e in evs if e.trigger != "ambush")


def test_a_delegation_led_by_someone_does_not_take_the_meeting_date() -> None:
    evs = events(
        "The envoy met a Turkmen delegation led by the deputy energy minister on Tuesday.", PUB
    )
    assert _by_trigger(evs, "met").date == "2026-04-07"


def test_a_year_inside_what_was_demanded_is_not_the_demand_date() -> None:
    evs = events(
        "An official said Ottawa had demanded that Kabul release files on prisoners who "
        "were held at the old airbase before 2019.",
        PUB,
    )
    assert _by_trigger(evs, "demanded").date == PUB


def test_a_standing_negation_in_a_relative_clause_has_no_date() -> None:
    evs = events(
        "Canada, which does not recognise the Taliban government, has kept its embassy shut.",
        PUB,
    )
    assert _by_trigger(evs, "recognise").date is None


def test_an_outside_party_reacting_to_a_meeting_speaks_on_the_news_day() -> None:
    from tests.unit._events_util import extractor

    text = (
        "DUSHANBE — Tajikistan and Kyrgyzstan signed a water agreement at a summit on Tuesday. "
        "The Nordic Monitor, a rights group, criticised the deal. "
        "Tajikistan urged donors to fund the canal."
    )
    linked = linked_doc(
        text,
        PUB,
        actors={
            "Tajikistan": "TJK",
            "Kyrgyzstan": "KGZ",
            "The Nordic Monitor": "prov:nordic-monitor",
        },
        places={"DUSHANBE": "p:dushanbe"},
    )
    start = text.index("Tajikistan urged")
    from watchfloor.records import ActorMention

    linked.actor_mentions.append(ActorMention(start, start + 10, "Tajikistan", "TJK", "test"))
    linked.actor_mentions.sort(key=lambda m: m.start)
    linked.actors["TJK"].sector = "GOV"
    linked.actors["TJK"].country = "TJK"
    linked.actors["KGZ"].sector = "GOV"
    linked.actors["KGZ"].country = "KGZ"
    linked.actors["prov:nordic-monitor"].sector = "NGO"
    evs = extractor().extract(linked)
    assert _by_trigger(evs, "criticised").date == PUB
    # a party to the agreement still speaks at the meeting (guide §7)
    assert _by_trigger(evs, "urged").date == "2026-04-07"


# ------------------------------------------------------------------------ factuality


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # what is agreed comes later; the agreeing is done
        ("Turkmenistan also agreed to open a consulate in Herat next year.", "agreed", "asserted"),
        (
            "The ministry announced on Monday that the two sides have agreed to swap prisoners.",
            "agreed",
            "asserted",
        ),
        ("The accord gives the rebels neither amnesty nor money.", "amnesty", "negated"),
        ("The accord gives the rebels neither amnesty nor money.", "money", "negated"),
        ("Parliament is unlikely to approve any lifting of the ban.", "approve", "hypothetical"),
        # a report's past perfect with "dozens" is one operation's catch, not a pattern
        ("The army said troops had detained dozens of men in a raid.", "detained", "asserted"),
    ],
)
def test_factuality_cases(text: str, word: str, expected: str) -> None:
    assert _factuality(text, word) == expected


def test_a_rival_figure_must_count_the_same_thing() -> None:
    rival = "Police said six guards were killed, while the group put the number of dead at 20."
    assert _factuality(rival, "killed") == "alleged"
    other = "Police said six guards were killed, while officials said 200 families had returned."
    assert _factuality(other, "killed") == "asserted"


def test_the_verb_a_with_clause_attends() -> None:
    doc = nlp()("Work would begin in May, with local police guarding the site.")
    guarding = next(t for t in doc if t.text == "guarding")
    verb = with_clause_verb(guarding)
    assert verb is not None and verb.text == "begin"
    assert with_clause_verb(next(t for t in doc if t.text == "Work")) is None


# ------------------------------------------------------------------------ casualties


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an earlier event's toll in a "following" phrase is read after the sentence's own
        (
            "Following raids that killed nine militants, a bomber struck a market in Tank, "
            "leaving 17 dead.",
            17,
            None,
        ),
        ("After a raid that killed four people, police sealed the town.", 4, None),
        # a conjunct with its own injury word is counted by it, not added to the dead
        ("Medics said 12 bodies and 30 wounded people had been brought in.", 12, 30),
        ("Three dead guards and five wounded porters were found.", 3, 5),
        # the other side's losses belong to the reversed row
        ("Officials said four gunmen were killed and two policemen were wounded.", 4, None),
        # one side's dead and wounded stay together
        ("Six soldiers were killed and nine civilians wounded.", 6, 9),
    ],
)
def test_casualty_counts(text: str, killed: int | None, injured: int | None) -> None:
    c = parse_casualties(nlp()(text)[:])
    assert (c.fatalities, c.injured) == (killed, injured)


def test_a_date_on_a_noun_of_a_relative_clause_is_that_acts() -> None:
    evs = events(
        "Troops killed five gunmen, including a commander they held responsible for the "
        "bombing of a school in January.",
        PUB,
    )
    assert _by_trigger(evs, "killed").date == PUB


def test_a_date_on_the_verb_of_a_relative_clause_on_the_object_stays_the_acts() -> None:
    evs = events(
        "Border guards repelled a group of fighters who crossed into the valley before dawn "
        "on Tuesday, killing six of them.",
        PUB,
    )
    assert _by_trigger(evs, "repelled").date == "2026-04-07"
