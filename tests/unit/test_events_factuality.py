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
