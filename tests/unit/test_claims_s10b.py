"""Claim detection, session 10b: a document speaker that refers back to "in a statement", a
closing quotation mark kept with a partial quote, a quotation whose opening condition the
parser hangs on the cue, "which X said" with the content's verb read as a modifier, a plural
"they" in a relative clause, a named non-official's figures, "doubted" as a denial, "no role"
as a denial of involvement, a bare participle after a claim verb, and a purpose clause after
a verb of contact.

One to three sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import assert_no_claim_with as _no_claim_with
from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import speaker_id as _speaker


def test_document_refers_back_to_the_statement_a_speaker_issued(claims_of):
    claims = claims_of(
        "The Balochistan Liberation Army claimed the attack in a statement sent to journalists. "
        "A second statement, issued late on Monday, said the group's fighters had \"returned "
        'safely to their bases" and threatened further attacks.'
    )
    claim = _by_content(claims, "the group's fighters had")
    assert _speaker(claim) == "bla"
    # The closing quotation mark of a partial quote stays with the content.
    assert claim.content == 'the group\'s fighters had "returned safely to their bases"'


def test_quotation_with_a_condition_the_parser_hangs_on_the_cue(claims_of):
    claims = claims_of(
        '"If a single bullet is fired from the other side, or if the khawarij are allowed to '
        'use this route, Torkham will close, and it will stay closed," he said in Islamabad.'
    )
    claim = _by_content(claims, "Torkham will close")
    assert claim.content.startswith("If a single bullet")
    assert claim.content.endswith("it will stay closed")


def test_which_the_speaker_said_with_a_misread_content_verb(claims_of):
    claims = claims_of(
        "The fighting erupted after Pakistani air strikes in Kabul and Paktika, which "
        "Islamabad said targeted TTP leaders, and Afghan forces attacked border posts."
    )
    claim = _by_content(claims, "targeted TTP leaders")
    assert _speaker(claim) == "PAK"


def test_they_in_a_relative_clause_is_the_plural_group_of_the_main_clause(claims_of):
    claims = claims_of(
        "Police said the attackers had fled. In Gwadar, traders observed a shutter-down strike "
        "on Tuesday to protest against new checkpoints, which they said had cut the town off "
        "from its fishing harbour."
    )
    claim = _by_content(claims, "cut the town off")
    assert claim.speaker is not None and claim.speaker.text.lower().startswith("traders")


def test_figures_of_a_named_person_without_office_are_claims(claims_of):
    claims = claims_of(
        "Mukhtar Ahmad Afridi, a director of the Pakistan-Afghanistan Joint Chamber of "
        "Commerce, said exporters had lost about $2 million a day."
    )
    _by_content(claims, "exporters had lost about $2 million a day")


def test_doubting_what_others_expect_denies_it(claims_of):
    claims = claims_of(
        "Western diplomats in Tashkent said privately that the project faced risks and "
        "doubted that construction would start on schedule."
    )
    claim = _by_content(claims, "construction would start on schedule")
    assert claim.stance == "deny"
    assert claim.hedged


def test_doubting_the_effect_of_ones_own_point_denies_nothing(claims_of):
    claims = claims_of(
        "She said military action inside Afghanistan could follow if attacks continued, though "
        "she doubted it would change the Taliban's calculations."
    )
    assert _by_content(claims, "it would change").stance == "assert"


def test_no_role_denies_involvement(claims_of):
    claims = claims_of(
        '"Attacks on mosques are against our principles, and we had no role in this," its '
        "spokesman, Mohammad Khurasani, said in a statement."
    )
    assert _by_content(claims, "we had no role in this").stance == "deny"


def test_bare_participle_after_claimed_is_no_content_clause(claims_of):
    claims = claims_of(
        "In April 2022 it claimed a rocket attack on Termez launched from northern "
        "Afghanistan, which caused no casualties."
    )
    _no_claim_with(claims, "a rocket attack on Termez")


def test_purpose_clause_after_a_telephone_call_is_a_claim(claims_of):
    claims = claims_of(
        "Prime Minister Shehbaz Sharif telephoned Chinese Premier Li Qiang on Tuesday to assure "
        'him that "the security of our Chinese friends is our red line".'
    )
    claim = _by_content(claims, "the security of our Chinese friends")
    assert claim.cue == "assure"


def test_urged_to_deny_stays_an_infinitive_complement(claims_of):
    claims = claims_of("Islamabad urged Kabul to deny that militants use its soil.")
    _no_claim_with(claims, "militants use its soil")
