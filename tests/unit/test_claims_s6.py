"""Claim detection, session 6: content spans that stop where the reported words stop, cues in
a condition, inserted sources before a denial, speakers named by "its"/"it", characterised
quotations, and stance of negations (inaction of another party, continuity, denied ties).

One to three sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import claims_with_cue
from tests.unit._events_util import speaker_id as _speaker


def _cues(claims):
    return [(c.cue, c.content) for c in claims]


# ------------------------------------------------------------------ content spans


_REJECTED_REPORT = (
    "The commander rejected claims that villagers had been beaten, calling them "
    '"malicious misinformation."'
)
_DISMISSED_AS = (
    "The Taliban dismissed as propaganda claims that al-Qaeda leaders were living in Kabul."
)


@pytest.mark.parametrize(
    "text,cue,content",
    [
        pytest.param(
            'The Taliban spokesman repeated that "there are no foreign camps in Kunar," a '
            "statement few diplomats believe.",
            "repeated",
            "there are no foreign camps in Kunar",
            id="stops_at_closing_quote_before_an_apposition",
        ),
        pytest.param(
            _REJECTED_REPORT,
            "rejected",
            "villagers had been beaten",
            id="rejected_report_stops_before_the_reporters_participle",
        ),
        pytest.param(
            "A statement from Tashkent made clear that the dispute over the dam is far from "
            "settled.",
            "made",
            "the dispute over the dam is far from settled",
            id="made_clear_is_a_cue",
        ),
        pytest.param(
            "State television quoted Zabihullah Mujahid as saying that Pakistani troops had "
            "fired first.",
            "saying",
            "Pakistani troops had fired first",
            id="quoted_as_saying",
        ),
        pytest.param(
            _DISMISSED_AS,
            "dismissed",
            "al-Qaeda leaders were living in Kabul",
            id="dismissed_as_verdict_before_the_claims_it_denies",
        ),
    ],
)
def test_content_of_the_cue(claims_of, text, cue, content):
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert claim.content == content


def test_inserted_source_before_a_denial_gives_two_claims(claims_of):
    claims = claims_of(
        "The minister rejected the allegation. The army's strikes had hit only militant "
        "hideouts, he said, and not a single civilian had been harmed."
    )
    said = claims_with_cue(claims, "said")
    contents = {c.content: c.stance for c in said}
    assert contents == {
        "The army's strikes had hit only militant hideouts": "assert",
        "not a single civilian had been harmed": "deny",
    }, contents


def test_inserted_source_before_a_plain_second_fact_stays_one_claim(claims_of):
    claims = claims_of(
        "A hospital official said the toll had risen. Most of the dead were teachers, he "
        "said, and two guards were among the injured."
    )
    assert not [c for c in claims if "guards" in c.content and "teachers" not in c.content]


# ------------------------------------------------------------------ cues


def test_cue_inside_a_condition_is_no_claim(claims_of):
    claims = claims_of("If the ministry keeps denying what its own data shows, donors will leave.")
    assert not claims, _cues(claims)


def test_make_alone_is_no_cue(claims_of):
    quoted = claims_of(
        '"Sanctions make news, but they do not stop the money," said a security analyst.'
    )
    assert [c.content for c in quoted] == ["Sanctions make news, but they do not stop the money"]


def test_complain_is_a_cue(claims_of):
    claims = claims_of(
        "Tajik officials complain that heroin now crosses the river more often than before."
    )
    (claim,) = claims_with_cue(claims, "complain")
    assert claim.content.startswith("heroin now crosses")


def test_charge_denied_in_apposition_after_a_report(claims_of):
    claims = claims_of("Islamabad says the militants train in Kunar, a charge Kabul denies.")
    (denial,) = claims_with_cue(claims, "denies")
    assert denial.stance == "deny"
    assert _speaker(denial) == "taliban"


def test_called_with_a_quoted_name_inside_the_object(claims_of):
    claims = claims_of(
        'UN officials have called the drop in the south "one of the biggest successes in years."'
    )
    (claim,) = claims_with_cue(claims, "called")
    assert claim.content.startswith("the drop in the south")
    assert "biggest successes" in claim.content


# ------------------------------------------------------------------ speakers


def test_its_body_speaks_for_the_actor_just_named(claims_of):
    claims = claims_of(
        "The Islamic Emirate's reaction was quick. Its counter-narcotics directorate rejected "
        'the figures as "inflated" and said the survey had counted wheat fields.'
    )
    for cue in ("rejected", "said"):
        (claim,) = claims_with_cue(claims, cue)
        assert _speaker(claim) == "taliban", (cue, claim.speaker)


def test_speaking_it_after_a_pause_is_the_body_just_described(claims_of):
    claims = claims_of(
        'Last month a Tajik security official told a conference that "up to 3,000" fighters '
        "were training near the corridor. The figure was quoted widely. No evidence was "
        "offered, and Tajik border guards have not reported a single incursion this year.\n\n"
        "The UN sanctions monitoring team is far more modest. In its July report it estimated "
        "that several hundred fighters remain in Afghanistan."
    )
    (told,) = claims_with_cue(claims, "told")
    assert _speaker(told) == "TJK"
    (estimated,) = claims_with_cue(claims, "estimated")
    assert _speaker(estimated) == "unsc"


# ------------------------------------------------------------------ stance and hedging


@pytest.mark.parametrize(
    "text,cue,stance",
    [
        pytest.param(
            'Pakistan\'s defence minister Khawaja Asif said Kabul had done "absolutely nothing" '
            "to stop the militants.",
            "said",
            "assert",
            id="another_partys_inaction_accuses",
        ),
        pytest.param(
            'A Foreign Office official said the demand "has not changed" since March.',
            "said",
            "assert",
            id="negated_change_asserts_continuity",
        ),
        pytest.param(
            "A tribal elder said the detained men were shepherds with no ties to any armed group.",
            "said",
            "deny",
            id="no_ties_denies",
        ),
        pytest.param(
            "A police spokesman said no civilians had been harmed in the raid.",
            "said",
            "deny",
            id="absence_still_denies",
        ),
        # "misinformation" is a verdict of falsehood (deny_characterisations)
        pytest.param(_REJECTED_REPORT, "calling", "deny", id="calling_it_misinformation_denies"),
        pytest.param(_DISMISSED_AS, "dismissed", "deny", id="dismissed_as_propaganda_denies"),
    ],
)
def test_stance_of_negations_and_verdicts(claims_of, text, cue, stance):
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert claim.stance == stance, claim.content


def test_without_phrase_inside_the_content_hedges_nothing(claims_of):
    claims = claims_of(
        'A district police officer said only "suspects" had been taken in and that nobody '
        "would be held without evidence."
    )
    assert claims and not [c for c in claims if c.hedged], [(c.content, c.hedged) for c in claims]


def test_without_evidence_as_an_aside_still_hedges(claims_of):
    claims = claims_of(
        "The interior minister said the bomber had been trained across the border, without "
        "providing evidence."
    )
    (claim,) = claims_with_cue(claims, "said")
    assert claim.hedged


def test_opposition_lawmakers_are_not_the_house(claims_of):
    claims = claims_of(
        "Pakistan's National Assembly met on Wednesday as ministers defended the government's "
        'line on trade and opposition lawmakers accused them of courting "a needless war".'
    )
    (claim,) = claims_with_cue(claims, "accused")
    assert _speaker(claim) != "PAK-NA"
    assert claim.speaker is not None and "opposition" in claim.speaker.text


def test_relative_who_speaks_for_both_of_its_cues(claims_of):
    claims = claims_of(
        "The warnings came from members of parliament in Tashkent, who accused the Taliban of "
        "hiding the works and demanded that the government halt power exports."
    )
    (accused,) = claims_with_cue(claims, "accused")
    (demanded,) = claims_with_cue(claims, "demanded")
    assert _speaker(accused) == _speaker(demanded)


def test_quoted_as_saying_makes_the_quoted_person_speak(claims_of):
    claims = claims_of(
        "State television quoted Zabihullah Mujahid as saying that Pakistani troops had fired "
        "first."
    )
    (claim,) = claims_with_cue(claims, "saying")
    assert claim.speaker is not None and "Mujahid" in claim.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Uzbek officials said the dam will cut water flows to farms downstream by a fifth.",
            id="future_effect_of_a_thing",
        ),
        pytest.param(
            "Turkmen engineers said the canal would take a fifth of the river's water.",
            id="future_effect_would",
        ),
    ],
)
def test_prediction_about_a_thing_stays_a_claim(claims_of, text):
    assert claims_with_cue(claims_of(text), "said")


def test_own_side_plan_for_a_thing_stays_sourcing(claims_of):
    claims = claims_of("Pakistan's Foreign Office said the crossing would reopen on Monday.")
    assert not claims, _cues(claims)
