"""Fixtures shared by the single-sentence unit tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def link(pipeline):
    """link("text") → LinkedDoc, through a linker of its own over the pipeline's KB and
    gazetteer (`link.linker` is that linker)."""
    from watchfloor.kb.linker import Linker

    nlp = pipeline.nlp
    linker = Linker(pipeline.kb, pipeline.gazetteer)

    def _link(text):
        return linker.link(nlp(text), published=None, title=None)

    _link.linker = linker
    return _link


@pytest.fixture(scope="session")
def rules():
    """The rule-made claim extractor alone (no keep/drop filter)."""
    from watchfloor.extract.claims import ClaimExtractor

    return ClaimExtractor(claim_filter=False)


@pytest.fixture(scope="session")
def claims_of(rules, link):
    """claims_of("text") → the rule-made claims of the linked text."""

    def _claims(text):
        return rules.extract(link(text))

    return _claims
