"""Claim detection, session 9: "Neither account" over a party and several local speakers,
a side's denial inside its own account, "The discrepancy could not be resolved", a single-
account hedge that skips a later routine sourced report, "He offered no evidence" only for a
speaker the pronoun fits, rival tolls of the same kind, "appeared to" inferences, a passive
accusation joined to a passive verb, and "what they described as".

One to four sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import assert_no_claim_with as _no_claim_with
from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import speaker_id as _speaker

# ------------------------------------------------------------------ passage hedges


def test_neither_account_reaches_the_party_past_several_local_speakers(claims_of):
    claims = claims_of(
        "The military said in a statement that troops had destroyed a militant hideout near "
        'Razmak, killing five "terrorists" of the TTP.\n\n'
        "Villagers said the house belonged to a shepherd. A teacher, Gul Zaman, said he had "
        "carried two girls from the ruins.\n\n"
        "Neither account could be independently verified."
    )
    assert _by_content(claims, "troops had destroyed a militant hideout").hedged
    assert _by_content(claims, "the house belonged to a shepherd").hedged
    assert _by_content(claims, "he had carried two girls from the ruins").hedged


def test_a_sides_denial_inside_its_own_account_is_hedged(claims_of):
    claims = claims_of(
        "The army said its drones had hit a training camp near Shawal.\n\n"
        'Tribesmen said a wedding party had been struck. "There were no fighters in that '
        'house, only guests," a tribal elder said.\n\n'
        "Neither account could be independently verified."
    )
    assert _by_content(claims, "There were no fighters in that house").hedged


def test_discrepancy_hedges_both_rival_tolls_and_makes_the_sourced_one_a_claim(claims_of):
    claims = claims_of(
        "A roadside bomb struck a passenger van near Parachinar on Monday, killing six people, "
        "police said.\n\n"
        "Staff at the district hospital said nine bodies had been brought in. The discrepancy "
        "could not immediately be resolved."
    )
    police = _by_content(claims, "killing six people")
    assert police.hedged
    assert _by_content(claims, "nine bodies had been brought in").hedged


def test_single_account_hedge_skips_a_later_routine_sourced_report(claims_of):
    claims = claims_of(
        "A militant commander claimed his men had shot down a surveillance drone over Tirah. "
        "The road to the valley was reopened on Tuesday, police said. The claim could not be "
        "independently verified."
    )
    assert _by_content(claims, "his men had shot down a surveillance drone").hedged
    _no_claim_with(claims, "The road to the valley was reopened")


def test_no_evidence_pronoun_must_fit_the_speaker(claims_of):
    claims = claims_of(
        "The Foreign Office said the attackers had been trained in a camp across the border. "
        "He offered no evidence for the charge."
    )
    assert not _by_content(claims, "the attackers had been trained in a camp").hedged


def test_no_evidence_hedges_the_man_just_quoted(claims_of):
    claims = claims_of(
        "Interior Minister Mohsin Naqvi said the attackers had been trained in a camp across "
        "the border. He offered no evidence for the charge."
    )
    assert _by_content(claims, "the attackers had been trained in a camp").hedged


# ------------------------------------------------------------------ rival tolls


def test_rival_tolls_of_the_dead_are_both_claims(claims_of):
    claims = claims_of(
        "The district administration said four labourers had been killed in the blast, while "
        "the separatist group said 14 soldiers had died."
    )
    assert _by_content(claims, "four labourers had been killed")


def test_an_arrest_count_is_no_rival_to_a_death_toll(claims_of):
    claims = claims_of(
        "Police said they had arrested three suspects in Quetta, while the group said its "
        "fighters had killed 12 soldiers in an ambush."
    )
    _no_claim_with(claims, "they had arrested three suspects")


# ------------------------------------------------------------------ hedges in the sentence


def test_appeared_to_be_doing_is_an_inference(claims_of):
    claims = claims_of(
        "Researchers in Peshawar said the network appeared to be moving its recruits into Kurram."
    )
    assert _by_content(claims, "the network appeared to be moving its recruits").hedged


def test_appear_to_be_motivated_judges_a_state(claims_of):
    claims = claims_of(
        "The ambassador said several of the witnesses appear to be politically motivated."
    )
    assert not _by_content(claims, "several of the witnesses appear to be").hedged


# ------------------------------------------------------------------ speakers


def test_passive_accusation_joined_to_a_passive_verb_claims_nothing(claims_of):
    claims = claims_of(
        "The engineer, a 44-year-old from Lahore, was arrested by the intelligence service in "
        "Kandahar in May and accused of spying."
    )
    assert not [c for c in claims if c.cue.startswith("accused")]


def test_they_in_a_free_relative_is_the_raiding_body(claims_of):
    claims = claims_of(
        "On Sunday, Taliban forces raided what they described as a weapons depot in the "
        "Dasht-e-Archi district."
    )
    described = _by_content(claims, "a weapons depot")
    assert _speaker(described) == "taliban"
