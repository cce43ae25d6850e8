"""Stored sentences end at their last character, not at the paragraph break after them.

spaCy attaches the whitespace between paragraphs to the sentence before it; every record that
points at a sentence (event, claim, commitment) must store the same trimmed text and span, or
the document viewer highlights the break and records of one sentence stop matching by span."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.nlp.pipeline import sentence_extent  # noqa: E402

TEXT = (
    "Militants stormed a police post in Bannu on Friday, killing four officers.\n\n"
    "The Taliban pledged to hand over TTP militants to Pakistan, a spokesman said.\n\n"
    "Pakistan's Foreign Office said Afghan soil was used to plan the attack.\n"
)


def test_extent_trims_trailing_whitespace_only() -> None:
    from watchfloor.pipeline import Pipeline

    doc = Pipeline().nlp(TEXT)
    raw = [s.text for s in doc.sents]
    assert any(text.endswith("\n\n") for text in raw)  # what spaCy itself hands over
    for sent in doc.sents:
        text, (start, end) = sentence_extent(sent)
        assert text == doc.text[start:end] == sent.text.rstrip()
        assert start == sent.start_char and text


@pytest.fixture(scope="module")
def analysis():
    from watchfloor.pipeline import Pipeline

    return Pipeline().analyze(TEXT, published="2026-03-07")


def test_every_record_points_at_the_trimmed_sentence(analysis) -> None:
    records = [*analysis.events, *analysis.claims, *analysis.commitments]
    assert analysis.events and analysis.claims and analysis.commitments
    for record in records:
        start, end = record.sentence_span
        assert TEXT[start:end] == record.sentence
        assert not record.sentence[-1].isspace(), record.sentence


def test_commitments_still_find_the_claims_and_events_of_their_sentence(analysis) -> None:
    pledge = next(c for c in analysis.commitments if "hand over" in c.content)
    assert pledge.claim_indexes or pledge.event_indexes
    for i in pledge.claim_indexes:
        assert analysis.claims[i].sentence_span == pledge.sentence_span
    for i in pledge.event_indexes:
        assert analysis.events[i].sentence_span == pledge.sentence_span
