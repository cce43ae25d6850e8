"""Session-21 factuality and date rules.

* A participle clause under "has ... in the past" ("has spoken out in the past, accusing ...")
  is an undated record: `generic` (guide §13 rule 3).
* An act told "at the time" of an earlier event ("police at the time blamed ...") is
  background: `historical` (guide §1.7 rule 5).
* A group told "wiped out" in quotes (the parser may leave the passive's subject active) is a
  whole organisation beaten: `generic` (guide §16 rule 2).
* A plural event noun with a possessor whose trend is told in the perfect ("the group's
  attacks have increased") is a pattern: `generic`.
* "would respond / retaliate" is an answer to what may come: `hypothetical`.
* The purpose infinitive of an act still to come ("would shut the bazaar ... to demand") is
  `future` too.
* A date the parser hangs on a participle of a standing state ("a hotel used by engineers
  ... on Tuesday") dates the act.
* A simple present passive of a material act ("refugees are detained at checkpoints") is a
  standing practice: `generic`.
* The documenting verbs of a report are read from the cue file by lemma: "countered" and
  "country" are not "count".

Each case is a fresh sentence for a construction, not one taken from the gold."""

from types import SimpleNamespace

from tests.unit._events_util import events  # noqa: I001

from watchfloor.extract.eventing.context import _documents_findings
from watchfloor.records import EventRecord

_PUB = "2026-03-12"  # a Thursday


def _by_trigger(text: str, word: str, etype: str | None = None) -> list:
    return [
        e
        for e in events(text, _PUB)
        if e.trigger.lower().startswith(word) and (etype is None or e.type == etype)
    ]


def test_participle_under_has_in_the_past_is_generic():
    evs = _by_trigger(
        "The interior ministry has spoken out in the past, accusing the neighbouring state of "
        "arming rebels.",
        "accusing",
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_participle_under_dated_past_not_generic():
    evs = _by_trigger(
        "The interior ministry spoke out on Monday, accusing the neighbouring state of arming "
        "rebels.",
        "accusing",
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_at_the_time_is_historical():
    evs = _by_trigger(
        "Police at the time blamed the Baloch Liberation Army for the blast.", "blamed"
    )
    assert evs and all(e.factuality == "historical" for e in evs)


def test_dated_blame_not_historical():
    evs = _by_trigger(
        "Police on Tuesday blamed the Baloch Liberation Army for the blast.", "blamed"
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_quoted_group_wiped_out_is_generic():
    evs = _by_trigger('A Taliban spokesman said Daesh had been "wiped out" in Kunar.', "wiped")
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_quoted_counted_militants_wiped_out_not_generic():
    evs = _by_trigger(
        'The army said 12 militants had been "wiped out" in Kunar on Monday.', "wiped"
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def test_possessed_attacks_trend_in_perfect_is_generic():
    evs = _by_trigger("Residents say the group's attacks on the highway have increased.", "attacks")
    assert evs and all(e.factuality == "generic" for e in evs)


def test_possessed_strikes_falling_on_a_place_not_generic():
    evs = _by_trigger("The army's strikes fell on a school in Khost on Monday.", "strikes")
    assert evs and all(e.factuality != "generic" for e in evs)


def test_would_respond_is_hypothetical():
    evs = _by_trigger(
        "The minister said Pakistan would respond with full force to the attack.",
        "respond",
        "ASSAULT",
    )
    assert evs and all(e.factuality == "hypothetical" for e in evs)


def test_would_send_troops_stays_future():
    evs = _by_trigger(
        "The minister said Pakistan would send troops to the border after the attack.",
        "send",
        "MOBILIZE",
    )
    assert evs and all(e.factuality == "future" for e in evs)


def test_purpose_of_a_future_act_is_future():
    evs = _by_trigger(
        "Shopkeepers said they would shut the bazaar on Friday to mourn the dead and to demand "
        "more police.",
        "demand",
        "REQUEST",
    )
    assert evs and all(e.factuality == "future" for e in evs)


def test_purpose_of_a_past_act_stays_asserted():
    evs = _by_trigger(
        "Shopkeepers shut the bazaar on Friday to mourn the dead and to demand more police.",
        "demand",
        "REQUEST",
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_date_on_a_stative_participle_dates_the_act():
    evs = _by_trigger(
        "Gunmen stormed a hotel used by foreign engineers in Quetta's Jinnah Town on Tuesday, "
        "killing two guards, police said.",
        "stormed",
    )
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_date_on_an_act_participle_stays_its_own():
    evs = _by_trigger(
        "Police arrested two men blamed for a bombing in January on Tuesday.", "blamed"
    )
    assert evs and all(e.date == "2026-01" for e in evs)


def test_present_passive_practice_is_generic():
    evs = _by_trigger("Afghan refugees are detained at checkpoints in Karachi.", "detained")
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_past_passive_dated_act_not_generic():
    evs = _by_trigger(
        "Afghan refugees were detained at checkpoints in Karachi on Monday.", "detained"
    )
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_present_passive_in_an_until_clause_not_generic():
    evs = _by_trigger(
        "The military said the operation would continue until the last militant is eliminated.",
        "eliminated",
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def _accuse(trigger: str) -> EventRecord:
    return EventRecord(
        sentence=trigger,
        sentence_span=(0, len(trigger)),
        span=(0, len(trigger)),
        trigger=trigger,
        type="ACCUSE",
        mode="investigate",
    )


def test_documenting_verbs_come_from_the_cue_file():
    linked = SimpleNamespace(doc=None)
    assert _documents_findings(_accuse("documented"), linked)  # type: ignore[arg-type]
    assert _documents_findings(_accuse("estimates"), linked)  # type: ignore[arg-type]


def test_words_starting_like_count_are_not_documenting_verbs():
    linked = SimpleNamespace(doc=None)
    assert not _documents_findings(_accuse("countered"), linked)  # type: ignore[arg-type]
    assert not _documents_findings(_accuse("country"), linked)  # type: ignore[arg-type]
    assert not _documents_findings(_accuse("tall"), linked)  # type: ignore[arg-type]
