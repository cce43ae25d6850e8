"""Claims, session 16 (part 3): a dateline lead's toll that `_rival_tolls` makes a claim (guide
§15 rule 2 (a)) is known only once the article is read, after the passage hedges; a later
"Neither side's figures/Neither account could be independently verified" still hedges it
(guide §12, §13; fresh15 ADJUDICATION "Neither account"), as it does any claim before it.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims

_LEAD = (
    "TURBAT, Pakistan — A roadside bomb tore through a passenger bus near Turbat on Tuesday, "
    "killing nine people and wounding 17, police said.\n\n"
    "The Balochistan Liberation Army said in a statement that its fighters had killed "
    "12 soldiers travelling on the bus. "
)


def _lead(pipeline, text: str):
    lead = [c for c in _claims(pipeline, text) if "passenger bus" in c.content]
    assert len(lead) == 1
    return lead[0]


def _rival(pipeline, text: str):
    rival = [c for c in _claims(pipeline, text) if "12 soldiers" in c.content]
    assert len(rival) == 1
    return rival[0]


def test_figures_hedge_after_promoted_lead_hedges_it(pipeline):
    text = _LEAD + "Neither side's figures could be independently verified."
    assert _lead(pipeline, text).hedged
    assert _rival(pipeline, text).hedged


def test_neither_account_after_promoted_lead_hedges_it(pipeline):
    # The lead is sourcing until the BLA's count rivals it: the passage hedge, read before
    # that is known, must still reach it.
    text = _LEAD + "Neither account could be independently verified."
    assert _lead(pipeline, text).hedged
    assert _rival(pipeline, text).hedged


def test_disclaimer_naming_something_else_hedges_nothing(pipeline):
    text = _LEAD + "The identities of the passengers could not be independently verified."
    assert not _lead(pipeline, text).hedged
    assert not _rival(pipeline, text).hedged


def test_promoted_lead_without_a_disclaimer_is_not_hedged(pipeline):
    text = (
        "TURBAT, Pakistan — A roadside bomb tore through a passenger bus near Turbat on "
        "Tuesday, killing nine people and wounding 17, police said.\n\n"
        "The bus was travelling from Turbat to Karachi.\n\n"
        "The Balochistan Liberation Army said in a statement that its fighters had killed "
        "12 soldiers travelling on the bus."
    )
    assert not _lead(pipeline, text).hedged


def test_local_account_beside_two_parties_is_no_side(pipeline):
    # "Neither side's figures" names the two parties' counts, not a doctor's beside them.
    text = (
        "KABUL — Pakistani jets carried out air strikes in Afghanistan's Paktika province late "
        "on Monday, and Taliban officials said at least 17 civilians were killed.\n\n"
        "A doctor at the provincial hospital in Sharana said 12 bodies had been brought in.\n\n"
        "The military's media wing, Inter-Services Public Relations (ISPR), said on Tuesday "
        "that more than 40 militants had been killed in the strikes.\n\n"
        "Neither side's figures could be independently verified."
    )
    claims = _claims(pipeline, text)
    doctor = [c for c in claims if "12 bodies" in c.content]
    ispr = [c for c in claims if "40 militants" in c.content]
    assert ispr and all(c.hedged for c in ispr)
    assert all(not c.hedged for c in doctor)


def test_unplaced_speaker_does_not_close_the_passage(pipeline):
    # A speaker the knowledge base does not place stands beside the two parties: the hedge
    # still reaches the lead and the Taliban's figure before him.
    text = (
        "KABUL, Afghanistan — Fighters of the National Resistance Front ambushed a Taliban "
        "patrol in the Andarab valley of Baghlan province late on Monday, killing seven members "
        "of the Taliban's security forces, the group said on Tuesday.\n\n"
        "Taliban officials gave a lower figure, saying two of their fighters had been killed "
        'and three wounded when "a few armed thieves" opened fire on a vehicle.\n\n'
        "A police spokesman in Baghlan, Abdul Haq Hamas, said Taliban forces returned fire and "
        "killed four of the attackers. The NRF said none of its fighters had been killed.\n\n"
        "Neither side's figures could be independently verified."
    )
    claims = _claims(pipeline, text)
    lead = [c for c in claims if "ambushed a Taliban patrol" in c.content]
    taliban = [c for c in claims if "two of their fighters" in c.content]
    assert lead and lead[0].hedged
    assert taliban and taliban[0].hedged
