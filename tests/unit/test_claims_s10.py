"""Claim detection, session 10: a that-clause the parser hangs on "later", a third
coordinated reporting verb, a sentence glued on through an abbreviation's full stop or a
paragraph break, verbless quote attributions, "a statement attributed to X", an appended
", a charge X denies", a speaker "calling himself" a name, and a passage hedge that opens a
sentence whose joined clause makes a claim.

One to three sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import assert_no_claim_with as _no_claim_with
from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import claims_with_cue as _with_cue
from tests.unit._events_util import speaker_id as _speaker


def test_that_clause_hung_on_an_adverb_after_the_cue(claims_of):
    claims = claims_of(
        "A Taliban spokesman in Kabul, Zabihullah Mujahid, said later that no IS-K recruiter "
        "was operating from Afghan soil. Officials said the talks would resume next week."
    )
    claim = _by_content(claims, "no IS-K recruiter was operating from Afghan soil")
    assert _speaker(claim) == "zabihullah-mujahid"
    assert claim.stance == "deny"


def test_third_coordinated_reporting_verb_shares_the_subject(claims_of):
    claims = claims_of(
        "Mujahid said the strikes had killed civilians, added that women were among the dead "
        "and warned that Kabul would respond."
    )
    warned = _by_content(claims, "Kabul would respond")
    assert warned.cue == "warned"
    assert warned.speaker is not None
    assert warned.speaker.text == _by_content(claims, "the strikes had killed").speaker.text


def test_sentence_glued_on_through_an_abbreviation(claims_of):
    claims = claims_of(
        "The rally was addressed by Maulana Fazlur Rehman, chief of the JUI-F. He said the "
        "government had failed to protect the tribal districts."
    )
    claim = _by_content(claims, "the government had failed to protect")
    assert claim.sentence.startswith("He said")
    assert claim.speaker is not None and claim.speaker.id is not None
    assert "fazlur" in claim.speaker.id


def test_sentence_glued_on_through_a_paragraph_break(claims_of):
    claims = claims_of(
        '"Jails are a soft target, and nobody stays locked up."\n\nResidents of the town said '
        "some of the recaptured men had been beaten during the raids."
    )
    claim = _by_content(claims, "some of the recaptured men had been beaten")
    assert claim.sentence.startswith("Residents of the town said")


def test_verbless_quote_attribution_after_the_quote(claims_of):
    claims = claims_of(
        'Khawaja Asif was defiant. "We will not bow to pressure," the defence minister.'
    )
    claim = _by_content(claims, "We will not bow to pressure")
    assert _speaker(claim) == "khawaja-asif"


def test_verbless_quote_with_a_colon_attribution(claims_of):
    claims = claims_of(
        "Islamabad summoned the envoy.\n\n"
        '"Pakistan has never targeted civilians": Foreign Office spokesperson Mumtaz Zahra '
        "Baloch."
    )
    claim = _by_content(claims, "Pakistan has never targeted civilians")
    assert claim.speaker is not None and "Baloch" in claim.speaker.text
    assert claim.stance == "deny"


def test_a_quoted_thing_is_no_verbless_speaker(claims_of):
    _no_claim_with(claims_of('"Peace, not war," the banner.'), "Peace")


def test_statement_attributed_to_names_the_speaker(claims_of):
    said = _by_content(
        claims_of("A statement attributed to the TTP said the group had no link to the blast."),
        "the group had no link",
    )
    assert _speaker(said) == "ttp"
    according = _by_content(
        claims_of(
            "The group had no link to the blast, according to a statement attributed to the TTP."
        ),
        "The group had no link",
    )
    assert _speaker(according) == "ttp"


def test_where_it_was_said_is_not_what_was_rejected(claims_of):
    claims = claims_of(
        "Pakistan rejected the claims in a statement attributed to the foreign ministry, "
        "saying the strikes had targeted militant hideouts."
    )
    assert _with_cue(claims, "rejected")[0].content == "the claims"


def test_appended_denial_the_tagger_misreads(claims_of):
    claims = claims_of(
        "Residents of the town said some of the recaptured men had been beaten during the "
        "raids, an allegation police denied."
    )
    said = _by_content(claims, "some of the recaptured men had been beaten")
    assert "allegation" not in said.content
    denied = _with_cue(claims, "denied")[0]
    assert denied.stance == "deny"
    assert denied.speaker is not None and denied.speaker.text == "police"


def test_appended_denial_needs_a_known_speaker_and_a_bare_verb(claims_of):
    claims = claims_of(
        "Some clerics have preached against the vaccine, calling it a Western plot, a charge "
        "health officials have repeatedly rejected."
    )
    assert not [c for c in claims if c.cue.startswith("rejected")]


def test_a_name_taken_speaks_not_the_group(claims_of):
    claims = claims_of(
        "A Tehreek-e-Taliban Pakistan commander calling himself Qari Hamza said in an audio "
        "message that the group had let the workers go. He claimed the men had been held "
        "because the contractor was building roads for the army."
    )
    assert not [c for c in claims if c.cue.startswith("calling")]
    said = _by_content(claims, "the group had let the workers go")
    assert said.speaker is not None and said.speaker.text == "Qari Hamza"
    assert _speaker(said) != "ttp"
    assert _speaker(_by_content(claims, "the men had been held")) == _speaker(said)


def test_passage_hedge_opening_a_claim_sentence(claims_of):
    claims = claims_of(
        "The TTP claimed responsibility, saying its fighters had freed more than 50 "
        "prisoners. The figure could not be independently verified, and police officials "
        "called it an exaggeration."
    )
    assert _by_content(claims, "its fighters had freed").hedged
    called = _with_cue(claims, "called")[0]
    assert not called.hedged
    assert called.stance == "deny"


def test_bracketed_abbreviation_is_no_unknown_person(claims_of):
    claims = claims_of(
        "Russia's Federal Security Service (FSB) said on Tuesday that three men had been "
        "planning an attack on the orders of an IS-K recruiter."
    )
    # The named service is its own body (guide §17.2), and not an unknown person.
    assert _speaker(_by_content(claims, "three men had been planning")) == "RUS-INTEL"


def test_who_speaks_in_a_statement_is_who_read_it(claims_of):
    claims = claims_of(
        "The BLA denied it. Two of the men read out statements in which they said they had "
        "been recruited in Kech district."
    )
    said = _by_content(claims, "they had been recruited in Kech district")
    assert _speaker(said) != "bla"
    assert said.speaker is not None and "men" in said.speaker.text
