"""Claim detection, session 11: an appended denial whose relative clause carries auxiliaries,
adverbs, an "as" verdict or the speaker's name in commas; a naming verb with a false-calling
word ("a finding X called baseless"); a capital as the speaker ("according to Islamabad");
"groups it says are backed by …" read off the words; and a "soil will not be used" line as
a denial.

One or two sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import claims_with_cue as _with_cue
from tests.unit._events_util import speaker_id as _speaker


def test_appended_denial_with_auxiliary_and_adverb(claims_of):
    claims = claims_of(
        "Pakistan said the militants had crossed from Afghanistan, a charge the Taliban "
        "have repeatedly rejected."
    )
    denial = _by_content(claims, "a charge")
    assert denial.stance == "deny"
    assert _speaker(denial) == "taliban"
    assert denial.cue == "have repeatedly rejected"


def test_appended_dismissal_with_an_as_phrase(claims_of):
    claims = claims_of(
        "The TTP said its fighters had killed nine soldiers, a figure the army dismissed as "
        "propaganda."
    )
    denial = _by_content(claims, "a figure")
    assert denial.stance == "deny"
    assert _speaker(denial) == "PAK-MIL"


def test_naming_verb_needs_a_false_calling_word(claims_of):
    claims = claims_of(
        "A UN panel said hundreds of foreign fighters were in Afghanistan, a finding the "
        "Taliban called baseless."
    )
    denial = _by_content(claims, "a finding")
    assert denial.stance == "deny"
    assert _speaker(denial) == "taliban"
    neutral = claims_of(
        "Kabul said the talks had been a success, a view the Taliban called a good start."
    )
    assert not [c for c in neutral if c.cue == "called"]


def test_capital_as_speaker_speaks_for_its_government(claims_of):
    claims = claims_of(
        "Iranian missiles hit a village near the border last year, killing three children "
        "according to Islamabad."
    )
    according = _with_cue(claims, "according to")
    assert according and _speaker(according[0]) == "PAK"


def test_reporting_verb_in_a_reduced_relative_clause(claims_of):
    claims = claims_of(
        'The minister blamed "Fitna al-Hindustan", the term the government uses for Baloch '
        "separatist groups it says are backed by India."
    )
    says = _with_cue(claims, "says")
    assert says
    assert says[0].content == "are backed by India"


def test_soil_will_not_be_used_is_a_denial(claims_of):
    claims = claims_of(
        "Zabihullah Mujahid said Afghan soil would not be used against any of its neighbours."
    )
    assert _by_content(claims, "Afghan soil would not be used").stance == "deny"
    warning = claims_of(
        "The Iranian foreign minister said Tehran would not allow armed groups to threaten "
        "its border guards."
    )
    assert _by_content(warning, "would not allow armed groups").stance == "assert"
