"""Claim detection, session 9 round 2: a negated modal ("could no longer") and the cue
"alleged" are no hedges, "did not source" is one, "His account could not be verified" after
"One of the men told …", a pronoun's reporting clause inserted in another claim's clause, a
dateline lead that names a known party only as the victim, and a tail attribution inside a
misparsed lead.

One to four sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import assert_no_claim_with as _no_claim_with
from tests.unit._events_util import claim_with_content as _by_content

# ------------------------------------------------------------------ hedges


def test_could_no_longer_denies_an_ability_and_is_no_hedge(claims_of):
    claims = claims_of(
        "The interior minister said that the militants' money could no longer buy loyalty in "
        "the tribal districts."
    )
    assert not _by_content(claims, "money could no longer buy loyalty").hedged


def test_could_never_is_no_hedge_either(claims_of):
    claims = claims_of("The governor said the farmers could never return to their orchards.")
    assert not _by_content(claims, "the farmers could never return").hedged


def test_the_cue_alleged_voices_no_doubt_of_its_own(claims_of):
    claims = claims_of(
        "A lawyers' association alleged that four of the detainees had been held without charge."
    )
    assert not _by_content(claims, "four of the detainees had been held").hedged


def test_a_figure_the_speaker_did_not_source_is_hedged(claims_of):
    claims = claims_of(
        "The envoy said some 900 foreign fighters were hiding in the valleys, a figure he did "
        "not source."
    )
    assert _by_content(claims, "some 900 foreign fighters").hedged


def test_his_account_hedges_one_of_a_group(claims_of):
    claims = claims_of(
        "One of the porters told reporters he had carried crates across the pass for a "
        "smuggling gang. His account could not be independently verified."
    )
    assert _by_content(claims, "he had carried crates").hedged


# ------------------------------------------------------------------ inserted reporting clause


def test_an_inserted_he_said_is_a_claim_of_the_same_speaker(claims_of):
    claims = claims_of(
        "A former recruit told reporters he had trained for a year in a camp near the river, "
        "where, he said, foreign instructors taught the fighters to build bombs."
    )
    inserted = _by_content([c for c in claims if c.cue == "said"], "foreign instructors")
    assert inserted.content.startswith("foreign instructors")
    assert inserted.speaker is not None


# ------------------------------------------------------------------ dateline leads


def test_a_lead_naming_a_known_party_only_as_victim_is_sourcing(analyze):
    analysis = analyze(
        "QUETTA, Pakistan — A roadside bomb struck a truck carrying members of the Frontier "
        "Corps near Mastung on Sunday, killing three soldiers, officials said.\n\n"
        'The governor called the attack "cowardly".'
    )
    _no_claim_with(analysis.claims, "A roadside bomb struck")


def test_a_tail_attribution_inside_a_misparsed_lead_ends_the_content(rules, link):
    doc = link(
        "QUETTA, Pakistan — Two gunmen on a motorcycle shot dead a tribal elder outside his "
        "home on Sunday evening, police said, the third such killing this month."
    )
    for sent in doc.doc.sents:
        for found in rules._find(sent):
            if found.tail:
                content = doc.doc[found.content[0] : found.content[1]].text
                assert "police said" not in content
                assert content.endswith("Sunday evening")
