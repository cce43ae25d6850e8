"""Event rows, session 11: one row per act where a clause names several (a second demand in a
that-clause or a second "for" phrase, two acts of one type joined by "and", an instance named
with "including" beside the pattern), victims of another kind beside a named force, and talks
that end without a deal."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_STATE = Actor("AAA", "Atlantis", kind="country", country="AAA")
_OTHER = Actor("BBB", "Borduria", kind="country", country="BBB")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_CIVILIANS = Actor("prov:civilians", "civilians")


def _rows(text: str, mentions: dict[str, str], actors: list[Actor]):
    return extractor().extract(_linked(text, mentions, actors, {}))


def test_each_verb_of_a_demanded_that_clause_is_its_own_demand():
    text = "Atlantis demanded that Borduria arrest the smugglers and close the depots."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "REQUEST")
    assert len(rows) == 2


def test_two_for_phrases_are_two_demands():
    text = "Atlantis asked Borduria for the return of its fishermen and for the payment of debts."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "REQUEST")
    assert len(rows) == 2


def test_a_bare_second_infinitive_stays_part_of_one_demand():
    text = "Atlantis urged Borduria to honour its pledges and deny shelter to smugglers."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "REQUEST")
    assert len(rows) == 1


def test_an_alternative_set_against_the_demand_is_no_second_demand():
    text = "Atlantis urged Borduria to look at its own failures rather than to blame others."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "REQUEST")
    assert len(rows) == 1


def test_a_general_appeal_with_two_wishes_is_one_appeal():
    text = "Atlantis urged Borduria to exercise restraint and to resolve differences by dialogue."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "REQUEST")
    assert len(rows) == 1


def test_an_instance_named_with_including_is_its_own_row_beside_the_pattern():
    text = (
        "The Liberation Front has carried out many attacks on officials, including a 2019 "
        "bombing outside the ministry."
    )
    rows = _of(_rows(text, {"Liberation Front": "front"}, [_FRONT]), "ASSAULT")
    assert len(rows) == 2
    assert {r.factuality for r in rows} != {"generic"}


def test_people_killed_beside_a_named_force_are_victims_of_another_kind():
    text = "The Liberation Front has been killing Atlantis Army soldiers and civilians."
    mentions = {
        "Liberation Front": "front",
        "Atlantis Army": "AAA-MIL",
        "civilians": "prov:civilians",
    }
    rows = _of(_rows(text, mentions, [_FRONT, _ARMY, _CIVILIANS]), "ASSAULT")
    assert len(rows) == 2
    assert {_id(r.recipient) for r in rows} >= {"AAA-MIL"}


def test_talks_that_ended_without_a_deal_are_a_meeting_and_no_agreement():
    text = "A second round of talks between Atlantis and Borduria ended without a deal."
    rows = _rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER])
    assert _of(rows, "CONSULT")
    assert all(r.factuality == "negated" for r in _of(rows, "AGREE"))


def test_two_acts_of_one_type_joined_by_and_are_two_rows():
    text = "Atlantis closed the border crossings and suspended transit trade with Borduria."
    rows = _rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER])
    assert len(_of(rows, "SANCTION")) == 2


def test_two_verbs_for_one_closure_stay_one_row():
    text = "Atlantis closed and sealed the border crossings with Borduria."
    rows = _rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER])
    assert len(_of(rows, "SANCTION")) == 1


def test_the_actors_own_losses_in_a_clause_of_their_own_are_the_other_sides_act():
    text = "Atlantis Army troops killed three Liberation Front fighters, and two soldiers died."
    mentions = {"Atlantis Army": "AAA-MIL", "Liberation Front": "front", "soldiers": "AAA-MIL"}
    rows = _of(_rows(text, mentions, [_ARMY, _FRONT]), "ASSAULT")
    assert len(rows) == 2
    assert {(_id(r.actor), _id(r.recipient)) for r in rows} == {
        ("AAA-MIL", "front"),
        ("front", "AAA-MIL"),
    }


def test_a_toll_of_one_attack_with_no_fight_is_no_second_row():
    text = "A bomb killed four Atlantis Army soldiers and two civilians were wounded."
    mentions = {"Atlantis Army": "AAA-MIL", "civilians": "prov:civilians"}
    rows = _of(_rows(text, mentions, [_ARMY, _CIVILIANS]), "ASSAULT")
    assert all(_id(r.actor) is None for r in rows)


def test_a_journey_for_talks_is_a_visit_and_a_meeting():
    text = "The Atlantis minister arrived in the capital on Monday for talks with Borduria."
    rows = _of(_rows(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER]), "CONSULT")
    assert len(rows) == 2
    assert {r.mode for r in rows} == {"visit", None}
