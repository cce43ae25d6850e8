"""Claim speakers across sentences and the learned keep/drop filter: text in, records out."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="module")
def link(pipeline):
    pytest.importorskip("watchfloor.kb.linker")

    def _link(text: str):
        return pipeline.linker.link(pipeline.nlp(text), published=None, title=None)

    return _link


@pytest.fixture(scope="module")
def rules():
    from watchfloor.extract.claims import ClaimExtractor

    return ClaimExtractor(claim_filter=False)


def _by_cue(claims, cue):
    found = [c for c in claims if c.cue.lower().startswith(cue)]
    assert found, [c.cue for c in claims]
    return found[0]


def test_participle_takes_subject_of_the_clause_it_follows(rules, link):
    text = (
        "Pakistan's Foreign Office announced a ceasefire at the request of the Taliban, "
        "a characterisation Kabul disputed, saying Islamabad had asked for the pause."
    )
    claim = _by_cue(rules.extract(link(text)), "saying")
    assert claim.speaker is not None and claim.speaker.id == "taliban"


def test_participle_after_reported_clause_keeps_the_reporter(rules, link):
    text = (
        "Defence Minister Khawaja Asif warned that Pakistan would hit the militants wherever "
        "they are, adding that there would be open war if attacks continued."
    )
    claim = _by_cue(rules.extract(link(text)), "adding")
    assert claim.speaker is not None and claim.speaker.id == "khawaja-asif"


def test_report_refers_back_to_the_last_document_not_the_last_person(rules, link):
    text = (
        "A UN report said al-Qaeda operatives train TTP recruits. "
        "Taliban spokesman Zabihullah Mujahid said there were no foreign fighters in Afghanistan. "
        "The report also warns that the group could expand into Central Asia."
    )
    claims = rules.extract(link(text))
    first, warns = claims[0], _by_cue(claims, "warns")
    assert first.speaker is not None and first.speaker.id
    assert warns.speaker is not None and warns.speaker.id == first.speaker.id


def test_she_does_not_carry_over_a_man(pipeline):
    from watchfloor.extract.claims import ClaimExtractor
    from watchfloor.kb.linked import LinkedDoc
    from watchfloor.records import Actor, ActorMention

    text = (
        "Envoy Jane Roe spoke after the meeting. Army chief John Doe said the army would "
        "respond. \u201cWe call for restraint,\u201d she said."
    )
    doc = pipeline.nlp(text)
    spans = {"jane-roe": "Jane Roe", "john-doe": "John Doe"}
    mentions = [
        ActorMention(text.index(name), text.index(name) + len(name), name, ident, "name")
        for ident, name in spans.items()
    ]
    linked = LinkedDoc(
        doc=doc,
        actor_mentions=mentions,
        actors={i: Actor(i, n, kind="person") for i, n in spans.items()},
    )
    extractor = ClaimExtractor(
        claim_filter=False, gender_of={"jane-roe": "female", "john-doe": "male"}.get
    )
    claims = extractor.extract(linked)
    said = [c for c in claims if c.speaker is not None and c.speaker.text == "she"]
    assert said and said[0].speaker.id == "jane-roe"
    assert any(c.speaker is not None and c.speaker.id == "john-doe" for c in claims)


def test_filter_file_loads_and_scores(tmp_path):
    from watchfloor.extract.claims import ClaimFilter, ClaimLexiconError

    packaged = ClaimFilter.load()
    if packaged is not None:
        assert 0.0 < packaged.threshold < 1.0
        assert (
            packaged.meta["cv"]["filter"]["strict"]["f1"]
            > packaged.meta["cv"]["rules"]["strict"]["f1"]
        )
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"version": "t", "bias": 0.0, "weights": {"tail": -5.0}}))
    model = ClaimFilter.load(path)
    assert model.keep({"tail": 0.0}) and not model.keep({"tail": 1.0})
    assert model.keep({"unknown_feature": 1.0})
    path.write_text(json.dumps({"version": "t", "weights": {"tail": "x"}}))
    with pytest.raises(ClaimLexiconError, match="bias"):
        ClaimFilter.load(path)
    assert ClaimFilter.load(tmp_path / "missing.json") is None


def test_filter_keeps_a_plain_position_and_versions_itself(link):
    from watchfloor.extract.claims import ClaimExtractor

    extractor = ClaimExtractor()
    if extractor.filter is None:
        pytest.skip("no packaged filter")
    assert "+filter" in extractor.version
    text = (
        "Militants attacked a checkpoint in the district on Monday. "
        "Pakistan's Foreign Office accused the Taliban of sheltering TTP fighters. "
        "Taliban spokesman Zabihullah Mujahid denied that Afghan soil was used against Pakistan."
    )
    claims = extractor.extract(link(text))
    assert {c.cue.split()[0].lower() for c in claims} >= {"accused", "denied"}
    candidates = extractor.candidates(link(text))
    assert all(set(f) >= set(extractor.filter.weights) for _, f in candidates)
