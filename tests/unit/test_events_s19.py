"""Event triggers, session 19: a perfect participle after a short adverbial ("has in the past
moved troops") is the clause's verb (rules 43); a funeral held is no meeting or arrest, a source
who "spoke by telephone from" somewhere holds no talks, and fighters seizing a train or bus with
its passengers hijack it (lexicon 2.38)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import extractor, linked_doc, nlp  # noqa: I001

from watchfloor.extract.triggers import is_misparsed_verb


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(r.type, r.mode) for r in extractor().extract(linked_doc(text))]


def _tok(text: str, word: str):
    return next(t for t in nlp()(text) if t.text == word)


def test_perfect_after_adverbial_is_a_verb():
    text = "Iran has in the past moved tanks and troops to its eastern frontier during crises."
    assert ("MOBILIZE", "troops") in _types(text)


def test_perfect_after_adverbial_shares_lists():
    text = "The regional centre, based in Almaty, has in the past shared intelligence with Kabul."
    assert "COOPERATE" in [t for t, _ in _types(text)]


def test_adjective_after_a_preposition_without_have_stays_an_adjective():
    # near-miss: no perfect auxiliary before the adverbial, so "moved" describes the noun
    text = "The officer spoke in the past about moved troops in a lecture."
    tok = _tok(text, "moved")
    if tok.dep_ == "amod":
        assert not is_misparsed_verb(tok)


def test_have_with_its_own_object_is_no_perfect():
    # near-miss: "had ... a base" is have + object, the adjective stays attributive
    text = "The army had in the past a fortified base near the river."
    tok = _tok(text, "fortified")
    if tok.dep_ == "amod":
        assert not is_misparsed_verb(tok)


@pytest.mark.parametrize(
    "text",
    [
        "Funeral prayers for the slain guards were held in the town square on Friday evening.",
        "Funerals for the three teachers were held in their home village on Sunday.",
    ],
)
def test_a_funeral_held_is_no_meeting_or_arrest(text):
    assert not [t for t, _ in _types(text) if t in ("CONSULT", "COERCE")]


def test_talks_held_stay_a_meeting():
    # near-miss: talks that are held are still a meeting
    assert "CONSULT" in [t for t, _ in _types("Talks between the two sides were held in Tehran.")]


def test_a_source_speaking_from_a_place_holds_no_talks():
    text = (
        "Two guards were wounded, said the district officer, who spoke by telephone "
        "from the town hospital."
    )
    assert "CONSULT" not in [t for t, _ in _types(text)]


def test_speaking_with_a_counterpart_stays_a_call():
    # near-miss: a call with another leader is a meeting wherever it was made from
    text = "Prime Minister Sharif spoke by telephone from Lahore with President Erdogan on Monday."
    assert "CONSULT" in [t for t, _ in _types(text)]


def test_fighters_seizing_a_bus_hijack_it():
    text = "Armed fighters seized a passenger bus on the coastal highway on Sunday night."
    assert ("ASSAULT", "abduct") in _types(text)


def test_officers_seizing_a_bus_confiscate_it():
    # near-miss: officials seizing a vehicle take it by force of office (COERCE/seize)
    text = "Customs officers seized a bus loaded with smuggled diesel near the border."
    types = _types(text)
    assert ("ASSAULT", "abduct") not in types
    assert ("COERCE", "seize") in types
