"""Event arguments, session 16: an answer to a statement named by its maker's nationality
("dismissed the Atlantean objection") answers the body of that state that made it earlier in
the article (the most specific id), not the state; and the words residents use for their homes
now come from recipients.yaml."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import rows_of_type as _of

from watchfloor.extract.recipients import load_cues
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_AAA_MFA = Actor("AAA-MFA", "Atlantis Foreign Ministry", sector="GOV", country="AAA", kind="org")
_ACTORS = [_AAA, _BBB, _AAA_MFA]
_NAMES = {
    "Atlantean": "AAA",
    "Atlantis": "AAA",
    "Borduria": "BBB",
    "The Atlantean foreign ministry": "AAA-MFA",
}


def _doc(text: str) -> LinkedDoc:
    names = {k: v for k, v in _NAMES.items() if k in text}
    linked = _linked(text, names, _ACTORS)
    linked.focus_countries = ["AAA", "BBB"]
    return linked


def _rows(text: str, kind: str) -> list:
    return _of(extractor().extract(_doc(text)), kind)


def _id(ref) -> str | None:
    return ref.id if ref is not None else None


_EARLIER = "The Atlantean foreign ministry accused Borduria of arming rebels. "


def test_a_nationality_on_the_statement_answered_names_its_earlier_maker():
    rows = _rows(_EARLIER + "Borduria dismissed the Atlantean objection as baseless.", "REJECT")
    assert rows and _id(rows[-1].recipient) == "AAA-MFA"


def test_the_state_named_as_object_is_answered_as_itself():
    # near-miss: the state is what is rejected, not the maker of a statement named by it
    rows = _rows(_EARLIER + "Borduria rejected Atlantis outright.", "REJECT")
    assert all(_id(r.recipient) != "AAA-MFA" for r in rows)


def test_no_earlier_speaker_of_that_state_leaves_the_state():
    # near-miss: nobody of that state spoke before, so the nationality stays the state
    rows = _rows("Borduria dismissed the Atlantean objection as baseless.", "REJECT")
    assert all(_id(r.recipient) != "AAA-MFA" for r in rows)


def test_an_accusation_named_by_nationality_is_answered_to_the_state():
    # near-miss: "Atlantean allegations" are the state's line, whoever voiced them before
    rows = _rows(_EARLIER + "Borduria rejected Atlantean allegations of arming rebels.", "REJECT")
    assert all(_id(r.recipient) != "AAA-MFA" for r in rows)


def test_resident_and_home_words_are_data():
    cues = load_cues()
    assert {"resident", "villager"} <= cues.resident_nouns
    assert {"home", "house", "village"} <= cues.home_nouns
