"""Claim detection, session 4: speakers, coordinated clauses, disputes and passage hedges.

One to three sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import claims_with_cue
from tests.unit._events_util import speaker_id as _speaker

# ------------------------------------------------------------------ speakers


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        pytest.param(
            "KABUL — The Taliban's chief spokesman, Zabihullah Mujahid, told a news conference on "
            "Wednesday that Pakistani drones had struck two houses in Kunar, killing nine civilians.",
            "told",
            "zabihullah-mujahid",
            id="speaker_in_apposition_to_a_dateline",
        ),
        pytest.param(
            "Pakistan's Foreign Office said the attackers had crossed the border before the "
            "assault on a checkpost near Ghulam Khan.",
            "said",
            "PAK-MOFA",
            id="where_attackers_came_from_stays_a_claim",
        ),
    ],
)
def test_speaker_of_the_claim(claims_of, text, cue, speaker):
    """The one claim of the cue is the speaker's."""
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker


def test_cue_at_the_end_of_a_chain_of_conjuncts_shares_the_first_subject(claims_of):
    text = (
        "Zabihullah Mujahid, asked about the same report earlier in the day, rejected it as "
        '"fabricated" and said the Islamic Emirate had no contacts with any foreign '
        "intelligence agency."
    )
    (claim,) = claims_with_cue(claims_of(text), "said")
    assert _speaker(claim) == "zabihullah-mujahid"
    assert claim.stance == "deny"


def test_second_cue_hung_on_a_clause_inside_the_report_keeps_the_reporter(claims_of):
    text = (
        "Pakistan's Foreign Office spokesman said the crossing would reopen \"once the security "
        "situation allows\" and repeated Islamabad's demand that Kabul stop militants from "
        "using its territory against Pakistan."
    )
    claims = claims_of(text)
    (repeated,) = claims_with_cue(claims, "repeated")
    assert _speaker(repeated) == "PAK-MOFA"
    assert repeated.content.startswith("Kabul stop militants")


def test_each_actor_of_a_coordinated_speaker_denies(claims_of):
    text = (
        "A newspaper reported that CIA officers had met Taliban officials in Doha, a report "
        "that both the CIA and the Taliban's foreign ministry denied at the time."
    )
    denials = claims_with_cue(claims_of(text), "denied")
    assert {_speaker(c) for c in denials} == {"USA-CIA", "taliban"}
    assert all(c.stance == "deny" for c in denials)


def test_a_news_outlet_is_not_the_state_its_country_word_names(claims_of):
    text = (
        "Asked about a report in a US newspaper that Taliban intelligence officials had met CIA "
        "officers in Doha, Chaudhry declined to comment."
    )
    (claim,) = claims_with_cue(claims_of(text), "report")
    assert _speaker(claim) is None
    assert claim.speaker.text == "a US newspaper"
    assert claim.content.startswith("Taliban intelligence officials had met")


def test_citing_between_a_reporting_verb_and_its_clause_is_not_the_speaker(claims_of):
    text = (
        "A Pakistani newspaper reported last month, citing unnamed Taliban officials, that CIA "
        "officers had met Taliban intelligence officials in Doha, a report the CIA denied."
    )
    claims = claims_of(text)
    assert not [c for c in claims if c.cue.lower().startswith("citing")]
    (reported,) = claims_with_cue(claims, "reported")
    assert _speaker(reported) is None
    assert reported.content.startswith("CIA officers had met")


def test_a_relative_of_a_person_is_not_that_person(claims_of):
    text = (
        'Kamran Jatoi said the men had been arrested. "We went to every police station and '
        'they all said they did not have him," his brother said.'
    )
    (claim,) = [c for c in claims_of(text) if c.speaker.text == "his brother"]
    assert _speaker(claim) is None


# ------------------------------------------------------------------ contents


def test_coordinated_that_clauses_hung_on_a_noun_are_two_claims(claims_of):
    text = (
        'Muttaqi told reporters after the talks that Afghanistan was "fully secure" and open '
        "for investment, and that no foreign militant group had a presence on Afghan soil."
    )
    claims = claims_with_cue(claims_of(text), "told")
    assert [c.content for c in claims] == [
        'Afghanistan was "fully secure" and open for investment',
        "no foreign militant group had a presence on Afghan soil",
    ]
    assert [c.stance for c in claims] == ["assert", "deny"]


def test_complementiser_read_as_a_determiner_still_splits(claims_of):
    text = (
        "The Taliban's provincial spokesman said rioters had attacked security personnel, "
        "wounding four of them, and that order had been restored."
    )
    claims = claims_with_cue(claims_of(text), "said")
    assert [c.content for c in claims][-1] == "order had been restored"


def test_a_pledge_of_money_is_an_act_not_a_claim(claims_of):
    text = "China pledged $200 million in grants for the corridor's Afghan leg."
    assert not [c for c in claims_of(text) if c.cue.startswith("pledged")]


def test_cue_inside_a_quotation_continued_from_the_last_sentence(claims_of):
    text = (
        '"We went to every police station in the city," his brother said. '
        '"Now they say he was caught in a raid on Monday."'
    )
    assert not [c for c in claims_of(text) if c.cue == "say"]


# ------------------------------------------------------------------ claim or sourcing


def test_an_account_the_sentence_shows_disputed_is_a_claim(claims_of):
    text = (
        "The military said fighters of the Pakistani Taliban had been trying to cross into "
        "North Waziristan under cover of the Afghan fire, a claim the Taliban rejected."
    )
    claims = claims_of(text)
    (said,) = claims_with_cue(claims, "said")
    assert said.content.endswith("under cover of the Afghan fire")
    (rejected,) = claims_with_cue(claims, "rejected")
    assert rejected.stance == "deny"


def test_an_announcement_someone_disputes_is_a_claim(claims_of):
    text = (
        "On Monday, Pakistan's Foreign Office announced a 72-hour temporary truce \"at the request of the "
        'Taliban", a characterisation Kabul disputed.'
    )
    (claim,) = claims_with_cue(claims_of(text), "announced")
    assert claim.content.startswith("a 72-hour temporary truce")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "TURBAT, Pakistan — A roadside bomb tore through a passenger bus on the outskirts of "
            "Turbat on Tuesday evening, killing nine people and wounding 17, police said.",
            id="dateline_lead_of_an_anonymous_bombing_is_sourcing",
        ),
        pytest.param(
            "CHAMAN, Pakistan — Pakistani troops and Afghan border forces exchanged heavy fire near "
            "the Chaman crossing late on Monday, officials on both sides said.",
            id="what_officials_on_both_sides_say_happened_is_sourcing",
        ),
        pytest.param(
            "Pakistan's Foreign Office spokesman said the crossing would remain closed until Afghan "
            "authorities gave guarantees that the fence would not be targeted again.",
            id="a_party_named_in_a_condition_does_not_make_an_announcement_a_claim",
        ),
    ],
)
def test_sourcing_is_no_claim(claims_of, text):
    """An account of what happened, or an announcement nobody disputes, is sourcing."""
    assert claims_of(text) == []


def test_possessive_apostrophe_is_no_quotation(claims_of):
    text = (
        "Kamran Jatoi told reporters about the raid. Police recovered two suicide vests and a "
        "map of the engineers' daily route from a house in Manghopir, he said."
    )
    assert not [c for c in claims_of(text) if c.content.startswith("Police")]


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    "text,cue,stance",
    [
        pytest.param(
            'Ahmed Sharif Chaudhry told reporters that "not a single civilian" had been harmed '
            "in the strikes.",
            "told",
            "deny",
            id="not_a_single_civilian_harmed_denies",
        ),
        pytest.param(
            'Ahmed Sharif Chaudhry said Pakistan "does not comment on the contacts of others".',
            "said",
            "assert",
            id="declining_to_comment_is_no_denial",
        ),
    ],
)
def test_stance_of_the_claim(claims_of, text, cue, stance):
    """The one claim of the cue takes the stance."""
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert claim.stance == stance


# ------------------------------------------------------------------ hedges


def test_neither_account_verified_hedges_both_sides(claims_of):
    text = (
        "The Frontier Corps said Afghan forces had opened fire first on a team repairing the "
        "border fence. Taliban spokesman Zabihullah Mujahid said Pakistani forces had started "
        "the clash by shelling villages. Neither account could be independently verified."
    )
    claims = claims_with_cue(claims_of(text), "said")
    assert len(claims) == 2
    assert all(c.hedged for c in claims)
    assert all(c.factuality != "asserted" for c in claims)


def test_the_groups_figures_hedge_only_its_numbers(claims_of):
    text = (
        "The Balochistan Liberation Army claimed responsibility, saying its fighters had "
        'targeted "a vehicle of the occupying army" and that at least 12 soldiers had been '
        "killed. The group's figures could not be independently verified."
    )
    claims = claims_with_cue(claims_of(text), "saying")
    hedged = {c.content: c.hedged for c in claims}
    assert hedged["at least 12 soldiers had been killed"] is True
    assert not any(v for k, v in hedged.items() if k.startswith("its fighters"))


def test_accusation_without_details_is_hedged(claims_of):
    text = (
        "Sarfraz Bugti accused India of financing the attackers through handlers in "
        "Afghanistan, but did not give details."
    )
    (claim,) = claims_with_cue(claims_of(text), "accused")
    assert claim.hedged


def test_what_a_rebuttal_reports_beside_its_denial_is_a_claim(claims_of):
    text = (
        "Ahmed Sharif Chaudhry told reporters that the strikes had targeted a TTP commander "
        'and eight of his fighters, and that "not a single civilian" had been harmed.'
    )
    claims = claims_with_cue(claims_of(text), "told")
    assert [c.stance for c in claims] == ["assert", "deny"]
    assert claims[0].content.startswith("the strikes had targeted")


def test_a_mistagged_verb_after_said_is_still_the_reported_clause(claims_of):
    text = (
        "Zabihullah Mujahid spoke in Kabul. He showed photographs of a drone, and said the "
        'Islamic Emirate "reserves the right to respond at a time of its choosing".'
    )
    (claim,) = claims_with_cue(claims_of(text), "said")
    assert _speaker(claim) == "zabihullah-mujahid"
    assert claim.content.startswith("the Islamic Emirate")


def test_participle_after_the_reported_clause_is_not_part_of_it(claims_of):
    text = (
        "Zabihullah Mujahid denied that the Taliban had any intelligence relationship with "
        'Washington, calling such claims "propaganda".'
    )
    (claim,) = claims_with_cue(claims_of(text), "denied")
    assert claim.content == "the Taliban had any intelligence relationship with Washington"
