"""Review fixes (session 15): factuality of present-perfect statements, "this week",
ordinals with a relative clause, quoted official accounts, and captives returned home."""

from __future__ import annotations

from typing import Any

PUB = "2026-03-05"


def _events(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.analyze(text, published=PUB).events)


def _first(pipeline: Any, text: str, type_: str) -> Any:
    found = [e for e in _events(pipeline, text) if e.type == type_]
    assert found, [(e.type, e.mode) for e in _events(pipeline, text)]
    return found[0]


# 4. present perfect: only a marked one is a standing charge
def test_lead_has_warned_is_todays_statement(pipeline: Any) -> None:
    ev = _first(
        pipeline, "Pakistan has warned the Afghan Taliban to rein in militants.", "THREATEN"
    )
    assert ev.factuality == "asserted"


def test_lead_has_condemned_is_todays_statement(pipeline: Any) -> None:
    text = "The United Nations has condemned the Taliban's new restrictions on women."
    ev = _first(pipeline, text, "ACCUSE")
    assert ev.factuality == "asserted"


def test_has_also_accused_stays_standing(pipeline: Any) -> None:
    text = "He has also accused Afghan nationals of involvement in suicide attacks."
    ev = _first(pipeline, text, "ACCUSE")
    assert ev.factuality == "generic"


# 5. "this week" is a recent span, one operation
def test_arrests_this_week_asserted(pipeline: Any) -> None:
    text = "Police have arrested 14 men this week in connection with the bombing in Peshawar."
    ev = _first(pipeline, text, "COERCE")
    assert ev.factuality == "asserted"


def test_third_killing_this_year_is_generic(pipeline: Any) -> None:
    text = "The bombing was the third attack on polio teams this year."
    assert any(e.factuality == "generic" for e in _events(pipeline, text) if e.type == "ASSAULT")


# 6. "since" in a relative clause does not count the series
def test_since_in_relative_clause_not_a_series(pipeline: Any) -> None:
    text = "The bombing was the second attack on the school, which has been closed since 2021."
    assert all(e.factuality != "generic" for e in _events(pipeline, text) if e.type == "ASSAULT")


def test_ordinal_since_still_generic(pipeline: Any) -> None:
    text = "The bombing was the third attack on polio teams since December."
    assert any(e.factuality == "generic" for e in _events(pipeline, text) if e.type == "ASSAULT")


# 7. an official's quoted account is not a victim's
def test_official_quote_asserted(pipeline: Any) -> None:
    text = '"Militants attacked us from three sides," the police chief said.'
    ev = _first(pipeline, text, "ASSAULT")
    assert ev.factuality == "asserted"


def test_victim_quote_alleged(pipeline: Any) -> None:
    text = '"They beat us with sticks," a resident said.'
    ev = _first(pipeline, text, "ASSAULT")
    assert ev.factuality == "alleged"


# 10. captives returned to their families are released, not deported
def test_kidnapped_returned_to_families_release(pipeline: Any) -> None:
    text = (
        "Two Pakistani citizens kidnapped by militants were returned to their families on Tuesday."
    )
    evs = _events(pipeline, text)
    assert not any(e.type == "COERCE" and e.mode == "deport" for e in evs)
    assert any(e.type == "RETREAT" and e.mode == "release" for e in evs)


def test_passive_return_migrants_deport(pipeline: Any) -> None:
    text = "About 4,000 people had been returned through Islam Qala on Tuesday, officials said."
    evs = _events(pipeline, text)
    assert any(e.type == "COERCE" and e.mode == "deport" for e in evs)
