"""Coordinated demonyms after a dateline ("HERAT, Afghanistan — Iranian and Afghan forces …").

The parser can hang the dateline's place on the head noun as a modifier placed before the
demonyms; it is no modifier of the forces, so the two sides of the exchange must still be read
from the demonyms (guide §1.3, mutual acts)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SENTENCE = (
    "Iranian and Afghan border forces exchanged fire near Islam Qala on Tuesday, officials said."
)


@pytest.fixture(scope="module")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def _sides(pipeline, text: str) -> set[tuple[str | None, str | None]]:
    analysis = pipeline.analyze(text, published="2026-05-20")
    return {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in analysis.events
        if e.type == "ASSAULT"
    }


def test_dateline_place_is_not_taken_for_the_first_demonym(pipeline) -> None:
    sides = _sides(pipeline, "HERAT, Afghanistan — " + SENTENCE)
    assert sides == {("IRN", "taliban"), ("taliban", "IRN")}


def test_without_a_dateline_the_reading_is_the_same(pipeline) -> None:
    assert _sides(pipeline, SENTENCE) == {("IRN", "taliban"), ("taliban", "IRN")}
