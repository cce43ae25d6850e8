"""Speed-only changes must not change results: chunked proposition assignment, the combined
`requires` patterns and the per-document entity cache of the factuality rules."""

from __future__ import annotations

import os
import re

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import WEAK_MARK, PropositionMatcher  # noqa: E402
from watchfloor.records import ClaimRecord  # noqa: E402


@pytest.fixture(scope="module")
def matcher():
    return PropositionMatcher.load()


def _document(*parts: tuple[str, str, str]) -> list[ClaimRecord]:
    """Claims of one article, one sentence each, in text order."""
    claims, offset = [], 0
    for sentence, content, stance in parts:
        start = sentence.index(content)
        claims.append(
            ClaimRecord(
                sentence=sentence,
                sentence_span=(offset, offset + len(sentence)),
                span=(offset, offset + len(sentence)),
                cue="said",
                content=content,
                content_span=(offset + start, offset + start + len(content)),
                stance=stance,
            )
        )
        offset += len(sentence) + 1
    return claims


def _documents() -> list[list[ClaimRecord]]:
    return [
        _document(
            (
                "Pakistan said attacks on its soil are planned and launched from Afghan territory.",
                "attacks on its soil are planned and launched from Afghan territory",
                "assert",
            ),
            (
                "A Taliban spokesman rejected the accusation.",
                "the accusation",
                "deny",
            ),
        ),
        # A pointer opening an article may not borrow the previous article's proposition.
        _document(
            ("The ministry rejected the accusation.", "the accusation", "deny"),
            (
                "Officials said the new dam on the Kunar river will cut water flows to Pakistan.",
                "the new dam on the Kunar river will cut water flows to Pakistan",
                "assert",
            ),
        ),
        [],
        _document(
            (
                "Traders said wheat prices rose sharply in Kabul markets last week.",
                "wheat prices rose sharply in Kabul markets last week",
                "assert",
            ),
        ),
    ]


def test_assign_many_decides_as_one_assign_per_document(matcher):
    one_by_one = _documents()
    for claims in one_by_one:
        matcher.assign(claims)
    together = _documents()
    matcher.assign_many(together)
    got = [[(c.proposition_id, c.polarity) for c in claims] for claims in together]
    expected = [[(c.proposition_id, c.polarity) for c in claims] for claims in one_by_one]
    assert got == expected
    assert expected[0][0][0] is not None  # the test must exercise a real match


def _meets_term_by_term(groups: list[list[str]], sentence: str, context: str) -> bool:
    """The requirement test as it was written before the terms were combined."""

    def found(term: str, text: str) -> bool:
        return re.search(r"(?<![a-z])" + re.escape(term), text) is not None

    low = sentence.lower()
    strong = [[t for t in g if not t.startswith(WEAK_MARK)] for g in groups]
    if all(any(found(t, low) for t in g) for g in strong):
        return True
    around = low + " " + context.lower()
    return all(
        any(found(t, low) for t in g)
        or (
            any(found(t[1:], low) for t in g if t.startswith(WEAK_MARK))
            and any(found(t, around) for t in sg)
        )
        for g, sg in zip(groups, strong, strict=True)
    )


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("The TTP operates from Afghan soil, Islamabad said.", ""),
        ("Police said 1,200 people had been detained.", "Afghan refugees were deported."),
        ("Police said 1,200 people had been detained.", ""),
        ("India rejected the accusations of Pakistan.", ""),
        ("A withdrawal of refugees from camps in Iran began.", "ISKP claimed the attack."),
        ("", ""),
    ],
)
def test_combined_requirement_patterns_match_term_by_term(matcher, sentence, context):
    with_requirements = [(pi, p) for pi, p in enumerate(matcher.propositions) if p.requires]
    assert with_requirements
    for pi, proposition in with_requirements:
        assert matcher._meets_requirements(pi, sentence, context) == _meets_term_by_term(
            proposition.requires, sentence, context
        ), proposition.id


def test_entity_cache_follows_the_document_asked_about():
    import spacy

    from watchfloor.extract.factuality import _entities
    from watchfloor.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    first = nlp("Militants attacked a police post in Bannu on Monday, officials said in May.")
    second = nlp("The talks in Doha ended without an agreement.")
    for doc in (first, second, first):
        ents, dates = _entities(doc)
        assert [(e.start, e.end, e.label_) for e in ents] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        assert [(e.start, root.i) for e, root in dates] == [
            (e.start, e.root.i) for e in doc.ents if e.label_ == "DATE"
        ]
    assert _entities(first)[1]  # the first document has dates to cache
