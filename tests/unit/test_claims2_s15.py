"""Claim detection, session 15 (second pass): a subject the parser hung on the auxiliary, and
characterisations in a relative clause.

"…, but Taliban officials have in the past accused Pakistan of …": with an adverbial between
the auxiliary and the cue, the parser may make the subject the auxiliary's, and the cue, left
without a subject, borrowed the first conjunct's speaker ("He did not name a country").
A conjunct with no subject of its own still shares its head's.

"a man the ministry described as the cell's financier" (no relative pronoun) and 'the BLA,
which Pakistan calls "Fitna al-Hindustan"' (the name parsed as the object) characterise the
noun the clause hangs on (guide §7); a relative clause naming nothing claims nothing.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def _speakers(claims, cue):
    return [c.speaker.id if c.speaker else None for c in claims if c.cue == cue]


def test_subject_hung_on_the_auxiliary_speaks(pipeline):
    claims = _claims(
        pipeline,
        "Zabihullah Mujahid said the attack was planned abroad. He did not name a country, but "
        "Taliban officials have in the past accused Pakistan of allowing IS-K to train fighters "
        "in Balochistan, a charge Islamabad rejects.",
    )
    assert _speakers(claims, "accused") == ["taliban"]


def test_conjunct_without_a_subject_still_shares_its_heads(pipeline):
    claims = _claims(
        pipeline,
        "Zabihullah Mujahid did not name a country, but has in the past accused Pakistan of "
        "allowing IS-K to train fighters in Balochistan.",
    )
    assert _speakers(claims, "accused") == ["zabihullah-mujahid"]


def test_conjunct_with_an_adverb_after_its_auxiliary_shares_its_heads_subject(pipeline):
    claims = _claims(
        pipeline,
        "Zabihullah Mujahid rejected the report and has repeatedly accused Pakistan of "
        "sheltering fighters.",
    )
    assert _speakers(claims, "accused") == ["zabihullah-mujahid"]


def test_subject_before_an_inserted_phrase_still_speaks(pipeline):
    claims = _claims(
        pipeline,
        "Pakistan's Foreign Office, in a statement issued late on Monday, has accused Kabul of "
        "harbouring the TTP.",
    )
    assert _speakers(claims, "accused") == ["PAK-MOFA"]


def test_relative_clause_without_its_pronoun_characterises_its_noun(pipeline):
    claims = _claims(
        pipeline,
        "Police arrested eight suspects, among them a man the ministry described as the cell's "
        '"financial facilitator".',
    )
    (claim,) = [c for c in claims if c.cue == "described"]
    assert claim.content.startswith("a man")
    assert claim.content.endswith('"financial facilitator"')


def test_relative_clause_without_an_as_phrase_claims_nothing(pipeline):
    claims = _claims(
        pipeline,
        "Police arrested eight suspects, among them a man the ministry described in a statement.",
    )
    assert not [c for c in claims if c.cue == "described"]


def test_name_given_in_a_relative_clause_is_a_characterisation(pipeline):
    claims = _claims(
        pipeline,
        'The BLA, which Pakistan calls "Fitna al-Hindustan", has warned foreign investors to '
        "leave Balochistan.",
    )
    assert _speakers(claims, "calls") == ["PAK"]


def test_other_verb_in_a_relative_clause_names_nothing(pipeline):
    claims = _claims(
        pipeline,
        "The BLA, which Pakistan banned in 2006, has warned foreign investors to leave "
        "Balochistan.",
    )
    assert not [c for c in claims if c.cue == "banned"]


def test_claim_judged_in_a_relative_clause_stays_a_verdict(pipeline):
    claims = _claims(
        pipeline,
        "A Foreign Office spokesperson said terrorist groups continue to find space inside "
        "Afghanistan, a remark Taliban officials dismissed as interference.",
    )
    assert [c.stance for c in claims if c.cue == "dismissed"] == ["deny"]
