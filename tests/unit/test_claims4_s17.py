"""Claim speakers, session 17 (fourth engineer): documents speak for their issuer.

Guide §2.1: "A document (report, statement, decree) as subject → the issuing body is the
speaker." The issuer may be named only in the sentence before: the subject of the previous
sentence when no earlier document of the kind was introduced, or the subject of a verb that
published the document when that verb is coordinated with another.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _said(pipeline, text: str) -> list:
    return [c for c in _claims(pipeline, text) if c.cue == "said"]


def test_communique_speaks_for_the_previous_sentences_subject(pipeline):
    claims = _said(
        pipeline,
        "Foreign ministers of the Shanghai Cooperation Organisation on Wednesday called on "
        "Afghanistan's rulers to act against militant groups. A joint communique issued at "
        'the end of the session said member states were "deeply concerned" about al-Qaeda.',
    )
    assert len(claims) == 1
    assert claims[0].speaker.id == "sco"


def test_owned_document_keeps_its_owner(pipeline):
    # Near miss: a document with its own possessive owner is not handed to the previous
    # sentence's subject.
    claims = _said(
        pipeline,
        "Foreign ministers of the Shanghai Cooperation Organisation met in Bishkek on "
        "Wednesday. Pakistan's statement said the meeting had been useful.",
    )
    assert len(claims) == 1
    assert claims[0].speaker.id != "sco"


def test_coordinated_publishing_verb_names_the_issuer(pipeline):
    claims = _said(
        pipeline,
        "Russia said it had detained five men. An IS-K media outlet did not mention the "
        "arrests but published a statement on Thursday threatening new attacks. The "
        'statement said Russia would "pay for its alliance with Kabul".',
    )
    assert len(claims) >= 1
    assert claims[-1].speaker.id == "iskp"
