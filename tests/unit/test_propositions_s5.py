"""Proposition grouping, round 5: keywords at word starts, predicates that are not topics,
denial verbs in paraphrases, and the wider wording families of the catalogue."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    Proposition,
    PropositionMatcher,
    is_negated_text,
)
from watchfloor.records import ClaimRecord  # noqa: E402


@pytest.fixture(scope="module")
def lexical() -> PropositionMatcher:
    return PropositionMatcher.load(model=False)


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _index(matcher: PropositionMatcher, proposition_id: str) -> int:
    return [p.id for p in matcher.propositions].index(proposition_id)


def _claim(content: str, sentence: str | None = None, stance: str = "assert") -> ClaimRecord:
    sentence = sentence or content
    at = max(sentence.find(content), 0)
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(0, len(sentence)),
        span=(0, 0),
        cue="said",
        content=content,
        content_span=(at, at + len(content)),
        stance=stance,
    )


# ---------------------------------------------------------------- lexical rules


@pytest.mark.parametrize(
    ("proposition_id", "text", "hit"),
    [
        # a keyword is a word beginning, not any substring
        ("taliban-contacts-with-cia", "provincial officials met for a special session", True),
        ("taliban-contacts-with-cia", "provincial officials discussed the budget", False),
        ("taliban-contacts-with-cia", "a CIA team flew in", True),
        ("taliban-restrict-women-rights", "urban traffic was heavy", False),
        ("taliban-restrict-women-rights", "the ban on girls' schooling", True),
        ("afghan-soil-used-against-pakistan", "he was accusing the press", False),
    ],
)
def test_keywords_match_at_word_starts(lexical, proposition_id, text, hit):
    assert lexical._has_keyword(_index(lexical, proposition_id), text) is hit


def test_naming_india_is_not_the_india_predicate(lexical):
    india = _index(lexical, "india-backs-militants-in-pakistan")
    assert not lexical._has_keyword(india, "India valued its ties with the Afghan people")
    assert not lexical._has_keyword(india, "New Delhi will upgrade its mission in Kabul")
    assert lexical._has_keyword(india, "New Delhi bankrolls and arms the separatists")
    assert lexical._has_keyword(india, "the bombers were India-sponsored proxies")
    assert lexical._has_keyword(india, "India had no role in the bombing")


def test_foreign_groups_named_by_origin_meet_the_topic(lexical):
    foreign = _index(lexical, "foreign-militants-in-afghanistan")
    assert lexical._meets_requirements(foreign, "Uzbek fighters were seen near Mazar.")
    assert lexical._meets_requirements(foreign, "Central Asian militant groups regrouped.")
    assert lexical._meets_requirements(foreign, "Chechen volunteers joined them, he said.")
    assert not lexical._meets_requirements(foreign, "Tajikistan held drills on the border.")


def test_intelligence_alone_is_not_the_cia_topic(lexical):
    cia = _index(lexical, "taliban-contacts-with-cia")
    assert not lexical._meets_requirements(cia, "The strike was intelligence-based, he said.")
    assert not lexical._meets_requirements(cia, "They cited the intelligence of hostile states.")
    assert lexical._meets_requirements(cia, "Taliban envoys met US intelligence officers.")
    assert lexical._meets_requirements(cia, "Kabul has no ties to any foreign intelligence body.")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("New Delhi denied any part in the killings", True),
        ("the group denies taking money from abroad", True),
        ("Kabul rejects the charge that it hosts them", True),
        # a bare pointer keeps its stance as its side
        ("Kabul rejects the charge", False),
        ("the link cannot be denied", False),
        # "deny X to someone" refuses a place: a demand, not a denial
        ("Kabul must deny the use of its land to the TTP", False),
        ("the Taliban should deny its territory to armed groups", False),
        ("deny them sanctuary", False),
        ("denying safe haven to the fighters", False),
        # a verdict that an account is false says no to it; the plain noun does not
        ('stories of camps in the east were "pure fabrication"', True),
        ("he called the figures exaggerated", True),
        ("these are baseless reports", True),
        ("the militia's propaganda reached new audiences", False),
    ],
)
def test_denial_verbs_negate_but_denying_a_place_does_not(text, negated):
    assert is_negated_text(text) is negated


def test_requirement_groups_split_weak_terms_once():
    matcher = PropositionMatcher(
        [Proposition(id="p", text="Refugees are forced out", requires=[["refugee", "~police"]])]
    )
    assert not matcher._meets_requirements(0, "Police closed the road.")
    assert matcher._meets_requirements(0, "Police closed the road.", "Refugees had gathered.")
    assert matcher._meets_requirements(0, "Refugees were told to leave.")
    assert matcher._topic_named("p", "Refugees were told to leave.")
    assert not matcher._topic_named("unknown", "Refugees were told to leave.")


def test_exemplar_labels_are_worked_out_once(matcher):
    first = matcher._exemplar_index()[2]
    again = matcher._exemplar_index()[2]
    assert first is again
    assert len(first) == len(matcher.model.exemplars)


def test_short_content_keywords_come_from_the_content(lexical):
    import numpy as np

    from watchfloor.nlp.embeddings import DIM

    shelter = _index(lexical, "taliban-shelter-ttp")
    soil = _index(lexical, "afghan-soil-used-against-pakistan")
    sentence = (
        "Kabul calls the TTP Pakistan's internal problem and denies hosting its members, "
        "a spokesman said."
    )
    n = len(lexical.propositions)
    vectors = np.zeros((1, DIM), dtype=np.float32)
    x = lexical.features(vectors, vectors, [sentence], [sentence], contents=["hosting its members"])
    assert x[0, shelter, 4] == 1.0  # "host" is in the content
    assert x[0, soil, 4] == 0.0  # "internal problem" is only in the sentence
    assert x[0, soil, 5] == 1.0
    assert x.shape[1] == n + 1


# ---------------------------------------------------------------- the trained matcher


@pytest.mark.parametrize(
    ("content", "sentence", "stance", "proposition", "polarity"),
    [
        (
            "Taliban commanders had given TTP fighters passports and arms licences",
            "Officials said Taliban commanders had given TTP fighters passports and arms licences.",
            "assert",
            "taliban-shelter-ttp",
            "for",
        ),
        (
            "the bombers had stayed in touch with their handlers in Afghanistan during the raid",
            "The minister said the bombers had stayed in touch with their handlers in "
            "Afghanistan during the raid.",
            "assert",
            "afghan-soil-used-against-pakistan",
            "for",
        ),
        (
            "Afghanistan had nothing to do with the bombing in Quetta",
            "A Taliban spokesman said Afghanistan had nothing to do with the bombing in Quetta.",
            "deny",
            "afghan-soil-used-against-pakistan",
            "against",
        ),
        (
            "hundreds of Uzbek and Tajik militants were living in the country's north",
            "The envoy said hundreds of Uzbek and Tajik militants were living in the "
            "country's north, close to the Afghan border.",
            "assert",
            "foreign-militants-in-afghanistan",
            "for",
        ),
        (
            "the Khorasan branch had lost most of its ability to mount attacks abroad",
            "A Western diplomat said the Khorasan branch had lost most of its ability to "
            "mount attacks abroad.",
            "assert",
            "iskp-threat-growing",
            "against",
        ),
    ],
)
def test_wording_families_reach_their_proposition(
    matcher, content, sentence, stance, proposition, polarity
):
    claim = _claim(content, sentence, stance)
    matcher.assign([claim])
    assert (claim.proposition_id, claim.polarity) == (proposition, polarity)


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        # an ally's courtesy names India but states no backing of militants
        (
            "India remains committed to the unity and independence of Afghanistan",
            "India remains committed to the unity and independence of Afghanistan, the "
            "minister said.",
        ),
        # anyone's intelligence is not the CIA's
        (
            "the raid had been intelligence-led and carefully targeted",
            "The army said the raid had been intelligence-led and carefully targeted.",
        ),
    ],
)
def test_topic_without_predicate_stays_unassigned(matcher, content, sentence):
    claim = _claim(content, sentence)
    matcher.assign([claim])
    assert claim.proposition_id is None
