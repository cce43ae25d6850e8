"""Factuality cues on event triggers."""

import pytest
from tests.unit._events_util import events  # noqa: I001


def _fact(text: str, etype: str) -> str:
    return next(e for e in events(text) if e.type == etype).factuality


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Militants attacked a checkpoint in Bannu.", "ASSAULT", "asserted"),
        ("Militants did not attack the checkpoint.", "ASSAULT", "negated"),
        ("Militants allegedly attacked a checkpoint in Bannu.", "ASSAULT", "alleged"),
        ("The ministers will meet in Islamabad next week.", "CONSULT", "future"),
        ("If the talks fail, the army could attack the camps.", "ASSAULT", "hypothetical"),
        ("Security forces routinely detain journalists in the province.", "COERCE", "generic"),
        ("Soviet troops attacked the valley in 1985.", "ASSAULT", "historical"),
    ],
)
def test_factuality(text, etype, expected):
    assert _fact(text, etype) == expected


def test_classify_factuality_api():
    from tests.unit._events_util import nlp

    from watchfloor.extract.factuality import classify_factuality

    doc = nlp()("The army denied that it had shelled the village.")
    sent = next(doc.sents)
    trigger = next(t for t in doc if t.lemma_ == "shell")
    assert classify_factuality(sent, trigger) == "negated"


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a count or a series of attacks sums up many events: generic
        ("The rebels have carried out a string of attacks on police posts.", "ASSAULT", "generic"),
        (
            "Rebels carried out 14 attacks in the province between May and July, killing 30.",
            "ASSAULT",
            "generic",
        ),
        # particular attacks stay what they are
        ("The attacks by the rebels killed four guards on Monday.", "ASSAULT", "asserted"),
    ],
)
def test_aggregates_are_generic(text, etype, expected):
    assert _fact(text, etype) == expected


def test_a_dated_event_well_before_publication_is_historical():
    published = "2025-12-10"
    old = next(
        e for e in events("Rebels ambushed a convoy in July.", published) if e.type == "ASSAULT"
    )
    recent = next(
        e for e in events("Rebels ambushed a convoy on Monday.", published) if e.type == "ASSAULT"
    )
    last_month = next(
        e
        for e in events("Last month, rebels ambushed a convoy.", "2025-01-09")
        if e.type == "ASSAULT"
    )
    assert old.factuality == "historical"
    assert recent.factuality == "asserted"
    assert last_month.factuality == "historical"


def test_witness_sources_without_officials():
    from watchfloor.extract.factuality import is_witness_source

    assert is_witness_source("two residents of the village")
    assert is_witness_source("according to relatives")
    assert not is_witness_source("local officials and relatives")
    assert not is_witness_source("the provincial police")


def test_an_account_by_residents_alone_is_alleged():
    evs = events("A drone struck a house near the river on Tuesday, residents said.")
    assert next(e for e in evs if e.type == "ASSAULT").factuality == "alleged"
