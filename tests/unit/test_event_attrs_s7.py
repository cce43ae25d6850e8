"""Event attributes, session 7: casualty phrases a parse hides ("a strike on a compound killed
eight", "five of the dead", "among those killed", "and four wounded", "leaving three policemen
wounded"); weekends, "a week earlier", nights "into" a day and statements dated by their
release (guide §1.5); claims of responsibility, passages hedged after the fact, reason clauses,
habits in the present and abilities (§1.7); undated negations, present states, meeting days and
opinion pieces in the running date (§1.5, §7)."""

from datetime import date

import pytest
from tests.unit._events_util import events, linked_doc, nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.dates import resolve_date
from watchfloor.extract.events import _inherit_context, _one_sides_account
from watchfloor.extract.factuality import classify_factuality, hedges_passage, load_cues
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorRef, EventRecord

# 2026-03-05 is a Thursday: Saturday 28 February, Monday 2, Tuesday 3, Wednesday 4 March
PUB = "2026-03-05"


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a participle the parser hangs on the attack noun still has its object as the dead
        (
            "KALAYA, Pakistan — A missile strike on a house near Kalaya in Orakzai killed at "
            "least six fighters of the group late on Friday, officials said, but villagers said "
            "children were among the dead.",
            6,
            None,
        ),
        # "N of the dead" counts N
        (
            "The elder said the house belonged to a shepherd and that four of the dead were boys.",
            4,
            None,
        ),
        # "N were among those killed" counts N ...
        ('It said three "senior commanders" of the group were among those killed.', 3, None),
        # ... but a single person "among the wounded" is one of a toll told elsewhere
        ("The driver was among the wounded, the police said.", None, None),
        # a participle left without its verb keeps the figure before it
        ("Villagers said nine people had been killed in all and seven wounded.", 9, 7),
        (
            "Militants raided a checkpost in Tank on Sunday, leaving three policemen wounded.",
            None,
            3,
        ),
    ],
)
def test_casualty_phrases(text: str, killed: int | None, injured: int | None) -> None:
    c = parse_casualties(nlp()(text)[:])
    assert (c.fatalities, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("over the weekend", "2026-03-03", False, ("2026-02-28", "day")),  # its Saturday
        ("the weekend", "2026-03-01", False, ("2026-02-28", "day")),  # told on the Sunday
        ("this weekend", "2026-03-03", True, ("2026-03-07", "day")),  # one still to come
        ("last weekend", "2026-03-01", False, ("2026-02-21", "day")),  # the one before
        ("A week earlier", "2026-03-05", False, ("2026-02", "month")),  # as "last week"
        ("a week before", "2026-03-20", False, ("2026-03", "month")),
    ],
)
def test_weekend_and_week_earlier(
    text: str, published: str, future: bool, expected: tuple[str, str]
) -> None:
    assert resolve_date(text, date.fromisoformat(published), future=future) == expected


def _by_trigger(evs: list[EventRecord], trigger: str) -> EventRecord:
    return next(e for e in evs if e.trigger == trigger)


def test_a_night_into_a_day_dates_the_participles_of_the_raid() -> None:
    evs = events(
        "Police said they had raided two compounds in Quetta overnight into Wednesday, killing "
        "one suspect in a gunfight and arresting four others.",
        PUB,
    )
    assert _by_trigger(evs, "arresting").date == "2026-03-03"


def test_a_statement_is_dated_by_its_release() -> None:
    evs = events(
        "In a video released by its media wing on Monday, the group said it had shot a tribal "
        "elder and vowed to kill more elders.",
        PUB,
    )
    assert _by_trigger(evs, "vowed").date == "2026-03-02"


def _group(linked_text: str) -> tuple[ActorRef, LinkedDoc]:
    linked = linked_doc(linked_text, PUB, actors={"The front": "nrf"})
    linked.actors["nrf"] = Actor(id="nrf", name="front", sector="REB", country="AFG")
    return ActorRef(id="nrf", name="front", text="front"), linked


def test_an_armed_group_telling_its_attack_claims_it() -> None:
    front, linked = _group("The front said its fighters had carried out the killing.")
    # whoever the victim: a named enemy, an unlinked person or none at all
    assert _one_sides_account(front, front, None, "ASSAULT", linked)
    # a non-violent act of its own is no claim of responsibility
    assert not _one_sides_account(front, front, None, "MOBILIZE", linked)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accounts could not be independently verified.", True),
        ("Neither account could be independently confirmed.", True),
        ("These claims could not be verified, as reporters cannot reach the valley.", True),
        # a figure given in the sentence hedges that figure only
        ("The group put the toll at 17, a figure that could not be independently verified.", False),
        # "did not confirm" is no hedge (fresh3), nor is doubt about an event itself
        ("It was a claim officials did not confirm.", False),
        ("The explosion could not be heard in the town.", False),
    ],
)
def test_passage_hedges(text: str, expected: bool) -> None:
    assert hedges_passage(text) is expected


def test_a_hedge_doubts_the_accounts_of_its_paragraph_only() -> None:
    evs = events(
        "Gunmen attacked a bus in Kurram on Tuesday, police said.\n\n"
        "A local elder said militants had killed four passengers. The accounts could not be "
        "independently verified, as reporters are barred from the district.",
        PUB,
    )
    assert _by_trigger(evs, "attacked").factuality == "asserted"
    assert _by_trigger(evs, "killed").factuality == "alleged"
    barred = _by_trigger(evs, "barred")
    # the reason clause is a fact of the news day, not part of the incident's story
    assert barred.factuality == "asserted"
    assert barred.date == PUB


def _fact(text: str, trigger: str) -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(doc[:], tok, published=date.fromisoformat(PUB))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a material act in the simple present is a standing pattern ...
        ("The report found that the group receives weapons from smugglers.", "receives", "generic"),
        ("Iran deports thousands of Afghans through Islam Qala.", "deports", "generic"),
        # ... a statement in the present is made now
        ("Pakistan rejects the charge.", "rejects", "asserted"),
        # an ability is no single act
        ("Analysts say the rebels can mount small raids on convoys.", "mount", "generic"),
        # a series of victims, and an act named as a gerund subject, are no single act
        (
            "The judge is the third in a series of officials killed in the province.",
            "killed",
            "generic",
        ),
        (
            "Deporting refugees in winter puts lives at risk.",
            "Deporting",
            "generic",
        ),
        # ... while a count of one toll is not a series
        ("The group put the number of soldiers killed at 17.", "killed", "asserted"),
        # a past act stays one act
        ("The rebels mounted a raid on a convoy on Monday.", "mounted", "asserted"),
    ],
)
def test_habits_and_abilities(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


def test_cue_unions_are_made_once() -> None:
    cues = load_cues()
    assert cues.speech_verbs == cues.words("historical", "report_verbs") | cues.words(
        "alleged", "governors"
    )
    assert "reject" in cues.present_statements and "say" in cues.present_statements


def _record(etype: str, when: str | None, n: int, factuality: str = "asserted") -> EventRecord:
    return EventRecord(
        sentence=f"s{n}",
        sentence_span=(n * 10, n * 10 + 9),
        span=(n * 10, n * 10 + 3),
        trigger="t",
        type=etype,
        date=when,
        date_precision="day" if when else None,
        factuality=factuality,
    )


def test_standing_negations_have_no_day() -> None:
    evs = events(
        "No government has publicly backed the rebels. The monitors do not visit the valley. "
        "The group said it did not attack the school.",
        PUB,
    )
    assert _by_trigger(evs, "backed").date is None
    assert _by_trigger(evs, "visit").date is None
    # nor does one act denied without a day of its own: the day of the denial is not the
    # act's (guide §10 "Dates of denials"; changed in session 14 from the news day)
    assert _by_trigger(evs, "attack").date is None


def test_statements_at_a_meeting_take_its_day() -> None:
    evs = events(
        "ALMATY — Envoys from six countries called on Tuesday for talks on water sharing, in a "
        "statement issued after the latest round of regional consultations. The Kazakh envoy "
        "urged the Taliban to join the water commission.",
        PUB,
    )
    assert _by_trigger(evs, "urged").date == "2026-03-03"


def test_an_opinion_piece_dates_past_statements_by_month() -> None:
    linked = linked_doc("Pakistan welcomed the report. The Taliban reject it.", PUB)
    linked.title = "Opinion: The report is right"
    from tests.unit._events_util import extractor

    evs = extractor().extract(linked)
    assert _by_trigger(evs, "welcomed").date == "2026-03"
    # a statement in the present is the piece's day
    assert _by_trigger(evs, "reject").date == PUB


def test_inherit_context_without_tokens_keeps_its_running_date() -> None:
    # records whose spans the document does not hold (no trigger to read) fall back to the
    # rules before session 7
    linked = linked_doc("Nothing here.", PUB)
    evs = [_record("COERCE", "2026-03-02", 0), _record("PROTEST", None, 1)]
    _inherit_context(evs, linked, None)
    assert evs[1].date == "2026-03-02"
