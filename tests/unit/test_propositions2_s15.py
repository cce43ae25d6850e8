"""Proposition grouping, session 15 round 2 (catalogue version 24): a territory that "had been
used" is the Afghan-soil predicate in the past tense; Afghans "treated like criminals" and
"thrown over the border" are forcibly returned, departures "of their own accord" deny it; an
Islamic State "adapting, not disappearing" is a growing threat; a background sentence ("In
December 2025 …") does not say where the article's own strikes were; a guarantee the speaker
demands ("a commitment that Afghan soil will not be used") negates nothing. Every sentence here is invented
for the test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    FEATURES,
    PropositionMatcher,
    article_texts,
    is_negated_text,
)
from watchfloor.records import ClaimRecord  # noqa: E402

SOIL = "afghan-soil-used-against-pakistan"
RETURNED = "afghan-refugees-forcibly-returned"
ISKP = "iskp-threat-growing"
STRIKES = "pakistan-strikes-killed-civilians"


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def test_catalogue_version_is_at_least_24(matcher):
    # later sessions bump the version
    assert int(matcher.version.split("+")[0]) >= 24


def test_a_territory_that_had_been_used_is_an_afghan_soil_predicate(matcher):
    pi = matcher._column[SOIL]
    for content in (
        "the charge that Afghan territory had been used",
        "Afghan soil has been used by the attackers",
    ):
        assert matcher._has_keyword(pi, content), content
    # the soil named without its use ("had been seen", "been used to hardship") is the topic
    assert not matcher._has_keyword(pi, "the attackers had been seen near the Afghan border")
    assert not matcher._has_keyword(pi, "Afghan traders had been waiting at the border")


def test_afghans_thrown_over_the_border_are_forcibly_returned(matcher):
    pi = matcher._column[RETURNED]
    for content in (
        "Afghans are being treated like criminals",
        "families were thrown over the border with nothing",
        "the men were thrown across the border at night",
    ):
        assert matcher._has_keyword(pi, content), content
    # a border crossed of one's own will, or goods thrown, is no removal
    assert not matcher._has_keyword(pi, "the returnees crossed the border in buses")
    assert not matcher._has_keyword(pi, "stones were thrown at the police")


def test_leaving_of_ones_own_accord_denies_forced_returns(matcher):
    pi = matcher._column[RETURNED]
    assert matcher._has_keyword(pi, "most of them left of their own accord")
    against = [s.lower() for s in matcher.by_id[RETURNED].paraphrases_against]
    assert any("own accord" in s for s in against)
    # "accord" alone is an agreement, not a departure
    assert not matcher._has_keyword(pi, "the two countries signed an accord on trade")


def test_an_adapting_islamic_state_is_a_growing_threat(matcher):
    pi = matcher._column[ISKP]
    for content in (
        "the Islamic State is adapting, not disappearing",
        "the group has adapted its tactics",
    ):
        assert matcher._has_keyword(pi, content), content
    # no predicate at all: a claimed attack is the group's topic only
    assert not matcher._has_keyword(pi, "the Islamic State claimed the bombing of the mosque")


def _claim(sentence: str, start: int) -> ClaimRecord:
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(start, start + len(sentence)),
        span=(start, start + 4),
        cue="said",
        content=sentence,
        content_span=(start, start + len(sentence)),
    )


def test_background_sentences_do_not_place_the_article():
    claims = [
        _claim("A drone strike near Mir Ali killed five people, residents said.", 0),
        _claim("In December 2025 Pakistani jets struck targets in Paktika, Kabul said.", 100),
        _claim("Last year officials said the strikes hit camps in Khost.", 200),
    ]
    texts = article_texts(claims, ["a", "a", "a"])
    assert "Mir Ali" in texts[0]
    assert "Paktika" not in texts[0] and "Khost" not in texts[0]


def test_sentences_of_the_article_own_time_place_it():
    # a date inside the sentence, or "in" a place, opens no background
    claims = [
        _claim("Officials said in Kabul that the strike hit a house.", 0),
        _claim("Residents said on December 3 the jets struck Paktika.", 100),
        _claim("In Khost, mourners buried the dead.", 200),
    ]
    texts = article_texts(claims, ["a", "a", "a"])
    for name in ("Kabul", "Paktika", "Khost"):
        assert name in texts[0], name


def test_a_background_claim_still_names_its_own_place(matcher):
    # the recalled strike's own claim keeps the Afghan place its sentence names
    pi = matcher._column[STRIKES]
    assert matcher._article_requires[pi]
    sentence = "In December 2025 Pakistani jets struck Paktika; the Taliban said 19 civilians died."
    claims = [
        _claim("A drone strike near Mir Ali killed five civilians, residents said.", 0),
        _claim(sentence, 100),
    ]
    articles = article_texts(claims, ["a", "a"])
    n = len(claims)
    x = matcher.features(
        np.zeros((n, 384)),
        np.zeros((n, 384)),
        [c.content for c in claims],
        [c.sentence for c in claims],
        articles=articles,
    )
    missing = FEATURES.index("required_cue_missing")
    assert x[0, pi, missing] == 1.0
    assert x[1, pi, missing] == 0.0


def test_a_demanded_guarantee_keeps_no_negation():
    for text in (
        "We asked for one thing: a written, verifiable commitment that Afghan soil will not "
        "be used against Pakistan",
        "Islamabad demanded guarantees that militants would not cross the border",
        "Pakistan wants an assurance that no attacks are planned from Afghanistan",
    ):
        assert not is_negated_text(text), text


def test_a_guarantee_given_or_refused_stays_negated():
    for text in (
        # the pledge itself
        "Kabul gave a written commitment that Afghan soil will not be used against Pakistan",
        "the Taliban offered assurances that no group would use its territory",
        # the demand refused
        "Kabul did not give the guarantees Islamabad asked for",
        # a demand, but the negation is outside the guarantee
        "Islamabad demanded guarantees, but Kabul has not replied",
    ):
        assert is_negated_text(text), text


def test_a_handful_of_fugitives_is_the_islamic_states_decline(matcher):
    pi = matcher._column[ISKP]
    assert matcher._has_keyword(
        pi, 'the Khorasan branch had been "reduced to a handful of fugitives"'
    )
    against = [s.lower() for s in matcher.by_id[ISKP].paraphrases_against]
    assert any("fugitives" in s for s in against)


def test_not_hesitating_to_strike_is_no_negation():
    for text in (
        'Pakistan would "not hesitate to strike khawarij hideouts inside Afghanistan"',
        "the army will never hesitate to hit the camps",
    ):
        assert not is_negated_text(text), text
    # a real negation beside it still counts
    assert is_negated_text("Pakistan would not hesitate, but it has not struck yet")
    assert is_negated_text("the army did not strike the camps")
