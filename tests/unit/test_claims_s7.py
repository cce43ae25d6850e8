"""Claim detection, session 7: speakers of documents and named spokespeople, pronouns after a
body's title, cues that are no claim (manner "according to", participles, an author's own
argument, evidence that "suggests"), hedge scope (paragraph and denying sides of a following
"could not be verified", another cue's "reportedly", "could … only", "without offering
evidence") and the rest of a rejecting speaker's sentence.

One to four sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import claims_with_cue
from tests.unit._events_util import speaker_id as _speaker

# ------------------------------------------------------------------ speakers


def test_named_spokesperson_is_the_person_not_the_ministry(claims_of):
    claims = claims_of(
        "Mao Ning, the Chinese Foreign Ministry spokesperson, said at a briefing in Beijing "
        "that the corridor posed no threat to any third country."
    )
    assert {_speaker(c) for c in claims_with_cue(claims, "said")} == {"mao-ning"}


def test_unowned_report_is_the_issuer_of_the_earlier_one(claims_of):
    claims = claims_of(
        "Twice a year the UN Security Council's monitoring team publishes a report on "
        "militant groups in the region. Zabihullah Mujahid called it biased. The latest "
        "report says ISKP has moved fighters into Badakhshan."
    )
    (says,) = claims_with_cue(claims, "says")
    assert _speaker(says) == "unsc"


def test_quantified_reports_are_the_issuers_too(claims_of):
    claims = claims_of(
        "The UN Security Council's monitoring team publishes a report every six months. "
        "Each of these reports has said that al-Qaeda keeps a presence in Kunar."
    )
    assert {_speaker(c) for c in claims_with_cue(claims, "said")} == {"unsc"}


def test_he_after_a_bodys_title_is_the_named_person(claims_of):
    claims = claims_of(
        "Moscow's envoy, Zamir Kabulov, said the sanctions had failed, even as he warned of "
        "recruiters in the north."
    )
    assert {_speaker(c) for c in claims_with_cue(claims, "warned")} == {"zamir-kabulov"}


# ------------------------------------------------------------------ not claims


def test_according_to_a_rule_inside_reported_words_is_no_source(claims_of):
    claims = claims_of(
        "The governor said the smugglers would be tried according to the new customs law."
    )
    assert not [c for c in claims if c.cue.lower().startswith("according")]


def test_participle_describing_detainees_is_no_claim(claims_of):
    claims = claims_of(
        "Police said they had detained 20 men in Quetta, most of them accused of ties to the BLA."
    )
    assert not [c for c in claims if c.cue.lower().startswith("accused")]


def test_authors_own_argument_is_no_claim(claims_of):
    claims = claims_of("My view is that the border talks will fail again this year.")
    assert not [c for c in claims if c.cue.lower() == "view"]


def test_evidence_that_suggests_is_no_claim(claims_of):
    claims = claims_of(
        "Repeated closures of the crossing suggest that Islamabad sees trade as leverage."
    )
    assert not [c for c in claims if c.cue.lower().startswith("suggest")]


def test_person_who_suggests_still_claims(claims_of):
    claims = claims_of("Analysts suggest that Islamabad sees trade as leverage.")
    assert claims_with_cue(claims, "suggest")


def test_rejecting_speaker_reporting_its_operation_claims_it(claims_of):
    claims = claims_of(
        "Pakistan's Foreign Office rejected the charge as baseless and said the troops had "
        "stayed on the Pakistani side of the line."
    )
    (said,) = claims_with_cue(claims, "said")
    assert said.content.startswith("the troops had stayed")


# ------------------------------------------------------------------ hedges


def test_plural_accounts_hedge_their_whole_paragraph(claims_of):
    claims = claims_of(
        'A village elder said the house belonged to a shepherd. "We buried four people," he '
        "said. Residents said a school had also been hit. The accounts could not be "
        "independently verified."
    )
    assert all(c.hedged for c in claims), [(c.content, c.hedged) for c in claims]


def test_accounts_sentence_opening_a_paragraph_hedges_the_one_before(claims_of):
    claims = claims_of(
        "A village elder said the house belonged to a shepherd. Residents said a school had "
        "also been hit.\n\nThe accounts could not be independently verified."
    )
    assert all(c.hedged for c in claims), [(c.content, c.hedged) for c in claims]


def test_neither_account_spares_the_denying_side(claims_of):
    claims = claims_of(
        "The NRF said its fighters had killed nine Taliban fighters in Khost valley. "
        "Enayatullah Khwarazmi said there had been no clashes in the valley. Zabihullah "
        'Mujahid added that the province was "calm". Neither account could be independently '
        "verified."
    )
    assert _by_content(claims, "nine Taliban fighters").hedged
    assert not _by_content(claims, "no clashes").hedged
    assert not _by_content(claims, "calm").hedged


def test_another_cues_reportedly_does_not_hedge_a_characterisation(claims_of):
    claims = claims_of(
        "The Taliban condemned what they called an attack on Afghan sovereignty, saying the "
        "jets had reportedly flown over Kunar."
    )
    assert not claims_with_cue(claims, "called")[0].hedged
    assert claims_with_cue(claims, "saying")[0].hedged


def test_could_only_states_ability_not_doubt(claims_of):
    claims = claims_of("UNICEF said it could vaccinate only half of the children in Kunar.")
    assert not claims_with_cue(claims, "said")[0].hedged


def test_without_offering_evidence_hedges_its_own_cue(claims_of):
    claims = claims_of(
        'The governor said there were "no foreign fighters" in the province and blamed '
        "smugglers for the attack, without offering evidence."
    )
    assert claims_with_cue(claims, "blamed")[0].hedged
    assert not claims_with_cue(claims, "said")[0].hedged


def test_his_account_hedges_that_speakers_paragraph(claims_of):
    claims = claims_of(
        "Gul Khan, a 30-year-old driver, said guards had taken his truck at the border. "
        '"They kept us there for two days," he said. His account could not be independently '
        "verified."
    )
    assert all(c.hedged for c in claims), [(c.content, c.hedged) for c in claims]


# ------------------------------------------------------------------ stance


def test_verdict_on_an_act_asserts(claims_of):
    claims = claims_of(
        '"Closing the crossing in the middle of the harvest is not a sensible policy," the '
        "chamber of commerce said."
    )
    assert {c.stance for c in claims_with_cue(claims, "said")} == {"assert"}


def test_extraposed_verdict_on_an_act_asserts(claims_of):
    claims = claims_of('"It is ridiculous to treat every trader as a smuggler," the governor said.')
    assert {c.stance for c in claims_with_cue(claims, "said")} == {"assert"}


def test_verdict_on_a_claim_still_denies(claims_of):
    claims = claims_of('The ministry said the allegations were "baseless".')
    assert {c.stance for c in claims_with_cue(claims, "said")} == {"deny"}


# ------------------------------------------------------------------ content and sourcing


def test_report_says_a_and_that_b_gives_two_claims(claims_of):
    claims = claims_of(
        "The latest report, published on Monday, says ISKP runs two camps in Kunar, and that "
        "its recruiters work in the north."
    )
    contents = [c.content for c in claims_with_cue(claims, "says")]
    assert len(contents) == 2, contents
    assert contents[1].startswith("its recruiters")


def test_undated_habit_is_a_claim_not_sourcing(claims_of):
    claims = claims_of(
        "Pakistan's interior minister said TTP fighters kept crossing into Bajaur from Kunar."
    )
    assert claims_with_cue(claims, "said")


def test_residents_second_that_clause_shares_the_claim(claims_of):
    claims = claims_of(
        "Villagers said dozens of men had been arrested in the night raids, and that some "
        "were still being held."
    )
    contents = [c.content for c in claims_with_cue(claims, "said")]
    assert any(c.startswith("some were still") for c in contents), contents


def test_report_with_a_subject_relative_claims_nothing(claims_of):
    claims = claims_of(
        "Between the two accounts stands a UN report that blames both sides for the deaths."
    )
    assert not [c for c in claims if c.cue.lower() == "report"]


def test_that_clause_read_as_a_relative_object_still_counts(claims_of):
    claims = claims_of(
        "The spokesperson told the weekly briefing that India was funding the attackers."
    )
    assert claims_with_cue(claims, "told")


def test_describing_a_passive_gerund_is_an_account(claims_of):
    claims = claims_of("At the border, deportees described being beaten by guards in Zahedan.")
    (described,) = claims_with_cue(claims, "described")
    assert described.content.startswith("being beaten")


def test_if_true_hedges_and_keeps_a_plain_report_a_claim(claims_of):
    claims = claims_of(
        "Two farmers said troops had been sent to the valley, which, if true, would mean the "
        "truce is over."
    )
    (said,) = claims_with_cue(claims, "said")
    assert said.hedged


def test_event_told_in_a_following_when_clause_is_sourcing(claims_of):
    claims = claims_of(
        "The judge was leaving the court when gunmen opened fire on his car, a police "
        "spokesman said."
    )
    assert not [c for c in claims if c.cue.lower() == "said"]


def test_preposed_when_clause_only_sets_the_scene(claims_of):
    claims = claims_of(
        "When the envoy met officials in Kabul, security topped his agenda, according to two "
        "diplomats."
    )
    assert claims_with_cue(claims, "according")
