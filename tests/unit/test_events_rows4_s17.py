"""Event rows, session 17 (fourth pass, more rows per sentence): an appended denial whose
charge noun the parser folds into the denier's noun phrase (", an allegation police denied")
still gives the told act a `negated` copy beside its own row (guide §13)."""

from __future__ import annotations


def _assaults(analyze, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyze(text).events if e.type == "ASSAULT"]


def test_misparsed_appended_allegation_gives_negated_copy(analyze):
    text = (
        "Residents of the town said some of the recaptured men had been beaten during the "
        "raids, an allegation police denied."
    )
    facts = sorted(e.factuality for e in _assaults(analyze, text))
    assert facts == ["alleged", "negated"]


def test_own_clause_denial_adds_no_copy(analyze):
    # near miss: the denial is a clause of its own, not an appended charge noun
    text = "Residents said the men had been beaten during the raids. Police later denied it."
    facts = [e.factuality for e in _assaults(analyze, text)]
    assert "negated" not in facts
