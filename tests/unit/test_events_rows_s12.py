"""Event rows, session 12: an agreement signed with a partner binds both sides (and, signed by
two parties with a third, the third's row goes to the first-named), a second "with" phrase is a
second partner of talks, and the parties of a coordinated antecedent of a relative clause or of
a coordination inside an apposition each get their row."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_STATE = Actor("AAA", "Atlantis", kind="country", country="AAA")
_OTHER = Actor("BBB", "Borduria", kind="country", country="BBB")
_THIRD = Actor("CCC", "Carpania", kind="country", country="CCC")
_PM = Actor("bob-smith", "Bob Smith", kind="person", country="BBB")
_FM = Actor("ann-jones", "Ann Jones", kind="person", country="BBB")
_MAP = {"Atlantis": "AAA", "Borduria": "BBB", "Carpania": "CCC"}


def _rows(text: str, mentions: dict[str, str], actors: list[Actor]):
    return extractor().extract(_linked(text, mentions, actors, {}))


def _pairs(rows) -> set[tuple[str | None, str | None]]:
    return {(_id(r.actor), _id(r.recipient)) for r in rows}


def test_an_agreement_signed_with_a_partner_is_a_row_for_each_side():
    text = "Atlantis signed a trade agreement with Borduria on Monday."
    rows = _of(_rows(text, _MAP, [_STATE, _OTHER]), "AGREE")
    assert _pairs(rows) == {("AAA", "BBB"), ("BBB", "AAA")}


def test_a_recoded_intent_with_a_with_phrase_is_no_mutual_agreement():
    text = "Atlantis said it would coordinate timetables with Borduria."
    rows = _of(_rows(text, _MAP, [_STATE, _OTHER]), "AGREE")
    assert ("BBB", "AAA") not in _pairs(rows)


def test_two_parties_signing_with_a_third_give_the_third_one_row_to_the_first():
    text = "Atlantis and Carpania signed a package of agreements with Borduria on Monday."
    rows = _of(_rows(text, _MAP, [_STATE, _OTHER, _THIRD]), "AGREE")
    assert _pairs(rows) == {("AAA", "BBB"), ("CCC", "BBB"), ("BBB", "AAA")}


def test_a_second_with_phrase_is_a_second_partner_of_the_talks():
    text = "Atlantis held talks with Bob Smith, the prime minister, and with Ann Jones on Monday."
    mentions = {"Atlantis": "AAA", "Bob Smith": "bob-smith", "Ann Jones": "ann-jones"}
    rows = _of(_rows(text, mentions, [_STATE, _PM, _FM]), "CONSULT")
    assert {_id(r.recipient) for r in rows} == {"bob-smith", "ann-jones"}
    assert all(_id(r.actor) == "AAA" for r in rows)


def test_each_party_of_a_coordinated_antecedent_does_the_relative_clauses_act():
    text = "Atlantis and Carpania, which have both pressed Borduria to reopen its schools, said nothing."
    rows = _of(_rows(text, _MAP, [_STATE, _OTHER, _THIRD]), "REQUEST")
    assert _pairs(rows) == {("AAA", "BBB"), ("CCC", "BBB")}


def test_a_party_coordinated_inside_an_apposition_is_a_second_actor():
    text = (
        "Atlantis's deputy prime minister, Bob Smith, and Carpania's transport minister, "
        "Ann Jones, signed the documents with Borduria on Monday."
    )
    mentions = {"Bob Smith": "bob-smith", "Ann Jones": "ann-jones", "Borduria": "BBB"}
    rows = _of(_rows(text, mentions, [_PM, _FM, _OTHER]), "AGREE")
    assert {_id(r.actor) for r in rows} >= {"bob-smith", "ann-jones"}
