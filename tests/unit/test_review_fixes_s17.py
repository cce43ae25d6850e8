"""Bugs a reviewer confirmed in session 17's changes, each pinned by the input that showed it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="module")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def test_a_titled_person_named_again_without_the_title_stays_one_actor(pipeline) -> None:
    text = (
        "KABUL — The Taliban met officials on Monday. Kazakhstan's foreign minister, Yermek "
        "Kosherbayev, said his government would help. Yermek Kosherbayev later met Taliban "
        "officials in Kabul."
    )
    analysis = pipeline.analyze(text, published="2026-05-20")
    assert [a.id for a in analysis.new_actors] == ["prov:yermek-kosherbayev"]
    assert analysis.new_actors[0].country == "KAZ"


def test_an_untitled_namesake_in_another_document_keeps_the_articles_country(pipeline) -> None:
    # the title's country is remembered per document only
    pipeline.analyze(
        "Kazakhstan's foreign minister, Yermek Kosherbayev, said his government would help.",
        published="2026-05-20",
    )
    analysis = pipeline.analyze(
        "KABUL — Yermek Kosherbayev met Taliban officials in Kabul on Monday.",
        published="2026-05-20",
    )
    assert all(a.country != "KAZ" for a in analysis.new_actors)


@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_single_line_break_does_not_end_the_lead(pipeline, separator: str) -> None:
    # a <br> or a hard-wrapped line is inside the first paragraph: the lead's present perfect
    # is today's statement, not a standing charge
    text = (
        "QUETTA — Militants killed four soldiers in Quetta on Monday."
        + separator
        + "Pakistan has warned the Taliban against sheltering militants."
    )
    analysis = pipeline.analyze(text, published="2026-05-20")
    assert all(e.factuality != "generic" for e in analysis.events)


def test_a_blank_line_does_end_the_lead(pipeline) -> None:
    text = (
        "QUETTA — Militants killed four soldiers in Quetta on Monday.\n\n"
        "Residents said the roads were closed.\n\n"
        "Pakistan has accused the Taliban of sheltering militants."
    )
    analysis = pipeline.analyze(text, published="2026-05-20")
    accusations = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusations and all(e.factuality == "generic" for e in accusations)


def test_the_claims_code_version_follows_its_cue_file() -> None:
    from watchfloor.extract.claims import ClaimExtractor

    extractor = ClaimExtractor()
    assert f"0.{extractor.lexicon.version}.0" == ClaimExtractor.VERSION
