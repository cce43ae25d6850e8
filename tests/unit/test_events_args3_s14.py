"""Event arguments, session 14 (recipients): a demand made as a statement of what another party
must do is put to that party; a crossing kept shut is closed against the neighbour across it; a
noun for the other side of a relation ("its neighbours") does not stand for its possessor."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorMention

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_ACTORS = [_AAA, _BBB, _FRONT]
_NAMES = {"Atlantis": "AAA", "Borduria": "BBB", "Liberation Front": "front"}


def _doc(text: str, *, its: str | None = None) -> LinkedDoc:
    linked = _linked(text, _NAMES, _ACTORS)
    linked.focus_countries = ["AAA", "BBB"]
    if its is not None:
        # the linker resolves a possessive pronoun to the party it refers back to
        start = text.index(" its ") + 1
        linked.actor_mentions.append(ActorMention(start, start + 3, "its", its, "coref"))
        linked.actor_mentions.sort(key=lambda m: m.start)
    return linked


def _rows(text: str, kind: str, **kw: str) -> list:
    return _of(extractor().extract(_doc(text, **kw)), kind)


# --- demands made as statements ------------------------------------------------------------


def test_a_modal_demand_is_put_to_the_subject_of_the_modal_clause():
    text = (
        "\"The Liberation Front is using Borduria's soil to plan attacks, and Borduria must act "
        'against them," Atlantis said.'
    )
    rows = _rows(text, "REQUEST")
    assert rows and _id(rows[0].recipient) == "BBB"


def test_a_modal_demand_told_to_reporters_is_not_put_to_the_reporters():
    rows = _rows('Atlantis told reporters that "Borduria must stop building posts."', "REQUEST")
    assert rows and _id(rows[0].recipient) == "BBB"


def test_a_first_person_modal_is_no_demand_on_a_party_the_clause_names():
    # near-miss: "we must protect our people from X" is the speaker's own resolve
    rows = _rows(
        '"We must protect our people from the Liberation Front," Atlantis said.', "REQUEST"
    )
    assert all(_id(r.recipient) != "front" for r in rows)


def test_a_plain_report_is_no_modal_demand():
    # near-miss: no modal, no demand on the clause's subject
    rows = _rows("Atlantis said Borduria had closed its embassy.", "REQUEST")
    assert not rows


# --- crossings ------------------------------------------------------------------------------


def test_a_crossing_kept_shut_is_closed_by_the_keeper_against_the_neighbour():
    rows = _rows("Atlantis has kept its crossings largely shut to trade.", "SANCTION")
    assert rows and _id(rows[0].actor) == "AAA" and _id(rows[0].recipient) == "BBB"


def test_a_named_crossing_closed_is_closed_against_the_neighbour():
    rows = _rows("Atlantis closed the nearby Gawal crossing on Wednesday.", "SANCTION")
    assert rows and _id(rows[0].recipient) == "BBB"


def test_an_attack_on_a_crossing_is_not_a_closure_against_the_neighbour():
    # near-miss: only closing or reopening a crossing is aimed at the neighbour across it
    rows = _rows("Atlantis attacked the nearby Gawal crossing on Wednesday.", "ASSAULT")
    assert all(_id(r.recipient) != "BBB" for r in rows)


def test_a_keeping_verb_with_a_clause_of_its_own_gives_no_keeper():
    # near-miss: "kept complaining that the crossing was shut" tells what was said, not who
    # shut it
    rows = _rows("Traders kept complaining that the crossing was shut.", "SANCTION")
    assert all(r.actor is None or r.actor.text != "Traders" for r in rows)


def test_a_thing_left_damaged_is_no_kept_object_of_another_type():
    # near-miss: "left the post destroyed" is no closure against the neighbour
    rows = _rows("The Liberation Front left the border post destroyed.", "SANCTION")
    assert not rows


# --- the other side of a relation -------------------------------------------------------------


def test_its_neighbours_are_not_the_possessor():
    rows = _rows("Atlantis attacked its neighbours on Sunday.", "ASSAULT", its="AAA")
    assert rows and _id(rows[0].recipient) != "AAA"


def test_its_fighters_still_stand_for_the_possessor():
    # near-miss: a noun of the possessor's own people keeps the possessor
    rows = _rows(
        "The Liberation Front said its fighters attacked a police post.", "ASSAULT", its="front"
    )
    assert rows and _id(rows[0].actor) == "front"


def test_a_passive_modal_demand_stays_with_whom_it_was_told():
    # near-miss: "attacks on X should be investigated" asks the one told, not X
    text = "Atlantis told Borduria that the attacks on the Liberation Front should be investigated."
    rows = _rows(text, "REQUEST")
    assert rows and _id(rows[0].recipient) == "BBB"


# --- reactions to restrictions ---------------------------------------------------------------


def test_a_reaction_to_the_restrictions_answers_who_imposed_them():
    text = (
        "Atlantis banned women from working for aid groups on Monday. "
        "Borduria described the restrictions as gender persecution."
    )
    rows = [r for r in _rows(text, "ACCUSE") if _id(r.actor) == "BBB"]
    assert rows and _id(rows[0].recipient) == "AAA"


def test_restrictions_with_no_earlier_measure_answer_no_one():
    # near-miss: with no measure told before, the restrictions name no party
    rows = _rows("Borduria described the restrictions as gender persecution.", "ACCUSE")
    assert all(r.recipient is None or not r.recipient.id for r in rows)
