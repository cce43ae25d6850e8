"""Proposition grouping, session 14 round 2 (catalogue version 22): where Pakistani strikes
were is the article's — a strike account in an article whose claim sentences never name the
Afghan side is about a state's strikes at home (`requires_in_article`); "other side" and
"cross-border" are no Afghan-soil predicate. Every sentence here is invented for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tests.unit._events_util import claim_record  # noqa: E402

from watchfloor.analyze.propositions import (  # noqa: E402
    PropositionFileError,
    PropositionMatcher,
    article_texts,
)

STRIKES = "pakistan-strikes-killed-civilians"
SOIL = "afghan-soil-used-against-pakistan"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_22(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 22


def test_strikes_proposition_names_its_place_in_the_article(matcher):
    groups = matcher.by_id[STRIKES].requires_in_article
    assert groups and "afghan" in groups[0] and "kunar" in groups[0]


def _strike_article(place: str) -> list:
    first = f"Officials in {place} said a drone had hit a house in a village on Sunday night."
    second = "Tribal elders said women and children were among the dead in the drone strike."
    return [
        claim_record("a drone had hit a house in a village on Sunday night", first),
        claim_record(
            "women and children were among the dead in the drone strike",
            second,
            start=len(first) + 1,
        ),
    ]


def test_strike_dead_in_an_article_set_at_home_are_no_cross_border_strike(matcher):
    claims = _strike_article("North Waziristan")
    matcher.assign(claims)
    assert claims[1].proposition_id is None


def test_strike_dead_in_an_article_naming_the_afghan_side_stay_matched(matcher):
    # the place is named in another claim's sentence, not the claim's own
    claims = _strike_article("Paktika")
    matcher.assign(claims)
    assert claims[1].proposition_id == STRIKES


def test_article_texts_join_each_articles_sentences_both_ways():
    a = claim_record("x happened", "A said x happened.")
    b = claim_record("y happened", "B said y happened.", start=30)
    c = claim_record("z happened", "C said z happened.")
    assert article_texts([a, b, c], ["0", "0", "1"]) == [
        "A said x happened. B said y happened.",
        "A said x happened. B said y happened.",
        "C said z happened.",
    ]


def test_requires_in_article_must_be_groups_of_words(tmp_path: Path):
    bad = tmp_path / "props.yaml"
    bad.write_text(
        "propositions:\n  - id: x\n    text: X happens\n    requires_in_article: [afghan]\n",
        encoding="utf-8",
    )
    with pytest.raises(PropositionFileError, match="requires_in_article"):
        PropositionMatcher.load(bad, model=False)


def test_a_ceasefires_other_side_is_no_afghan_soil_predicate(matcher):
    pi = matcher._column[SOIL]
    for content in (
        "both sides agreed not to support groups attacking the other side",
        "cross-border trade would resume on Monday",
    ):
        assert not matcher._has_keyword(pi, content), content


SHELTER = "taliban-shelter-ttp"


def test_shelter_words_alone_name_no_pakistani_militants(matcher):
    pi = matcher._column[SHELTER]
    assert not matcher._meets_requirements(
        pi, "The envoy said Central Asian groups still find safe haven in Afghanistan."
    )
    assert matcher._meets_requirements(
        pi, "The envoy said TTP fighters still find safe haven in Afghanistan."
    )
    # a TTP named by the claim just before still makes the shelter words its topic
    assert matcher._meets_requirements(
        pi,
        "The minister said the militants still find safe haven there.",
        "Officials blamed the TTP for the attack.",
    )


def test_a_foreign_groups_safe_haven_is_not_ttp_shelter(matcher):
    sentence = (
        "The US envoy said terrorist groups, including al-Qaeda, continue to find safe haven "
        "in Afghanistan."
    )
    claims = [
        claim_record(
            "terrorist groups, including al-Qaeda, continue to find safe haven in Afghanistan",
            sentence,
        )
    ]
    matcher.assign(claims)
    assert claims[0].proposition_id != SHELTER
