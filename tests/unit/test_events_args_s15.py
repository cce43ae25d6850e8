"""Event arguments, session 15: a removal named by a noun ("deportations of migrants", "the
arrest of two journalists") is done to the people its "of" phrase names; a demand made as a
subjunctive "that" clause ("demanding that the army leave") is put to that clause's subject,
and so is the protest it is made with; what the residents of a place tell of happening has that
place when the act names none of its own."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, Place

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ACTORS = [_AAA, _BBB]
_NAMES = {"Atlantis": "AAA", "Borduria": "BBB"}


_TOWN = Place("p:ardan", "Ardan", "city", "AAA", 34.0, 70.0)
_CITY = Place("p:velm", "Velm", "city", "AAA", 35.0, 71.0)


def _doc(text: str) -> LinkedDoc:
    places = {p.name: p for p in (_TOWN, _CITY) if p.name in text}
    linked = _linked(text, _NAMES, _ACTORS, places)
    linked.focus_countries = ["AAA", "BBB"]
    return linked


def _rows(text: str, kind: str) -> list:
    return _of(extractor().extract(_doc(text)), kind)


def _text(ref) -> str:
    return (ref.text or "") if ref is not None else ""


# --- removals named by a noun --------------------------------------------------------------


def test_deportations_of_a_group_are_done_to_that_group():
    rows = _rows("Atlantis has stepped up deportations of Afghan migrants.", "COERCE")
    assert rows and "migrants" in _text(rows[0].recipient)


def test_the_arrest_of_people_is_done_to_them():
    rows = _rows("Atlantis defended the arrest of two journalists on Monday.", "COERCE")
    assert rows and "journalists" in _text(rows[0].recipient)


def test_an_of_phrase_on_another_noun_is_no_recipient_of_the_removal():
    # near-miss: "the cost of deportations" — the "of" phrase hangs on "cost", and nobody is
    # named as removed
    rows = _rows("Atlantis said the cost of deportations had risen sharply.", "COERCE")
    assert all("cost" not in _text(r.recipient) for r in rows)


def test_a_release_of_people_is_not_a_removal():
    # near-miss: "release" is not a removal noun; its "of" phrase is left to the release rules
    rows = _rows("Atlantis announced the release of two journalists.", "COERCE")
    assert not rows


# --- demands in a subjunctive "that" clause ----------------------------------------------------


def test_a_subjunctive_demand_is_put_to_the_subject_of_its_clause():
    rows = _rows("Atlantis demanded that Borduria hand over the two commanders.", "REQUEST")
    assert rows and _id(rows[0].recipient) == "BBB"


def test_a_protest_is_aimed_at_the_party_its_demand_is_put_to():
    text = "Farmers blocked the highway for two days, demanding that Borduria reopen the canal."
    assert [_id(r.recipient) for r in _rows(text, "REQUEST")] == ["BBB"]
    assert [_id(r.recipient) for r in _rows(text, "PROTEST")] == ["BBB"]


def test_an_indicative_that_clause_is_no_demand_on_its_subject():
    # near-miss: "insisted that Borduria was responsible" says what is so, not what to do
    text = "Farmers blocked the highway, insisting that Borduria was responsible for the floods."
    assert all(_id(r.recipient) != "BBB" for r in _rows(text, "PROTEST"))


def test_a_passive_subjunctive_names_what_is_demanded_not_who_is_to_act():
    # near-miss: the men to be freed are the demand's matter, not its addressee
    rows = _rows("Atlantis demanded that the detained men be freed.", "REQUEST")
    assert all("men" not in _text(r.recipient) for r in rows)


def test_a_first_person_subjunctive_is_the_speakers_own_part():
    # near-miss: "demanding that we be heard" is put to no one the clause names
    rows = _rows("Farmers marched in Atlantis, demanding that we leave the valley.", "REQUEST")
    assert all(_text(r.recipient).lower() != "we" for r in rows)


# --- what residents tell happened where they live ---------------------------------------------


def _place_id(row) -> str | None:
    return row.place.id if row.place is not None else None


def test_an_act_told_by_the_residents_of_a_place_happened_there():
    rows = _rows("Residents of Ardan said soldiers had searched homes overnight.", "COERCE")
    assert rows and _place_id(rows[0]) == "p:ardan"


def test_residents_giving_an_account_place_the_act_they_tell():
    text = "Residents of Ardan gave a different account, saying soldiers had searched homes."
    rows = _rows(text, "COERCE")
    assert rows and _place_id(rows[0]) == "p:ardan"


def test_officials_of_a_place_do_not_place_what_they_tell():
    # near-miss: officials speak from their office, not from the scene
    rows = _rows("Officials in Ardan said soldiers had searched homes overnight.", "COERCE")
    assert rows and _place_id(rows[0]) is None


def test_a_place_of_the_act_itself_outranks_the_residents_home():
    # near-miss: the act names its own place
    text = "Residents of Ardan said soldiers had searched homes in Velm overnight."
    rows = _rows(text, "COERCE")
    assert rows and _place_id(rows[0]) == "p:velm"
