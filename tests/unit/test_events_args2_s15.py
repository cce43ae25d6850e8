"""Event arguments, session 15 (second pass): a stance or demand put in someone's words ("a
diplomat in Velm said Borduria expected to be consulted") is taken where those words were said,
when the act names no place of its own; so is one told after a sentence that opens with the
speaker's place ("In Velm, the ministry condemned the attack and said it was ready ...")."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import rows_of_type as _of

from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, Place

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ACTORS = [_AAA, _BBB]
_NAMES = {"Atlantis": "AAA", "Borduria": "BBB"}

_TOWN = Place("p:ardan", "Ardan", "city", "AAA", 34.0, 70.0)
_CITY = Place("p:velm", "Velm", "city", "BBB", 35.0, 71.0)
_CAPITAL = Place("p:kabul", "Kabul", "city", "AFG", 34.5, 69.2)
_COUNTRY = Place("p:ruritania", "Ruritania", "country", "RRR", 45.0, 20.0)


def _doc(text: str) -> LinkedDoc:
    places = {p.name: p for p in (_TOWN, _CITY, _CAPITAL, _COUNTRY) if p.name in text}
    linked = _linked(text, _NAMES, _ACTORS, places)
    linked.focus_countries = ["AAA", "BBB"]
    return linked


def _rows(text: str, kind: str) -> list:
    return _of(extractor().extract(_doc(text)), kind)


def _place_id(row) -> str | None:
    return row.place.id if row.place is not None else None


def test_a_demand_in_a_speakers_words_is_made_where_the_speaker_is():
    rows = _rows("A Borduria diplomat in Velm said Borduria expected to be consulted.", "REQUEST")
    assert rows and _place_id(rows[0]) == "p:velm"


def test_a_stance_told_while_speaking_somewhere_is_taken_there():
    text = "The ministry, speaking to reporters in Ardan, said Atlantis was ready to send wheat."
    rows = _rows(text, "AGREE")
    assert rows and _place_id(rows[0]) == "p:ardan"


def test_a_second_demand_of_the_speakers_is_made_where_they_are():
    text = (
        "Community leaders in Ardan said the attack showed the state had failed, and demanded "
        "guards for mosques."
    )
    rows = _rows(text, "REQUEST")
    assert rows and _place_id(rows[0]) == "p:ardan"


def test_a_physical_act_in_the_speakers_words_keeps_its_own_place():
    # near-miss: the shelling the diplomat tells of is no statement, and names its own place
    rows = _rows("A diplomat in Velm said Atlantis had shelled villages in Ardan.", "ASSAULT")
    assert rows and _place_id(rows[0]) == "p:ardan"


def test_a_speaker_named_by_no_place_gives_none():
    # near-miss: nothing says where the speaker was
    rows = _rows("A Borduria diplomat said Borduria expected to be consulted.", "REQUEST")
    assert rows and _place_id(rows[0]) is None


def test_the_government_in_its_own_capital_is_no_place_of_speaking():
    # near-miss: "the government in Kabul" says which government, not where it spoke
    text = "The government in Kabul said Borduria expected to be consulted."
    rows = _rows(text, "REQUEST")
    assert rows and _place_id(rows[0]) is None


def test_a_stance_after_a_fronted_place_is_taken_there():
    text = (
        "In Velm, the Borduria foreign ministry condemned the attack and said it was ready to "
        "cooperate with Atlantis."
    )
    rows = _rows(text, "AGREE")
    assert rows and _place_id(rows[0]) == "p:velm"


def test_a_fronted_place_does_not_place_a_physical_act_in_the_words():
    # near-miss: the shelling told is no statement; where the speaker was says nothing of it
    rows = _rows("In Ardan, the ministry said Borduria had shelled three villages.", "ASSAULT")
    assert rows and _place_id(rows[0]) is None


def test_a_fronted_country_is_no_speakers_place():
    # near-miss: "In Ruritania, ..." sets a scene, not where the ministry spoke
    text = "In Ruritania, the Borduria ministry said it was ready to cooperate with Atlantis."
    rows = _rows(text, "AGREE")
    assert all(_place_id(r) is None for r in rows)
