"""Claims, session 16: a dateline lead's toll is a claim only when the article sets a rival
figure against it (guide §15 rule 2 (a), §12 rule 4), now also a claim of responsibility's
own count and a count of the fighters on either side; otherwise the lead is routine sourcing
(guide §2.1).
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims
from tests.unit._events_util import by_content as _by_content

_LEAD = (
    "TURBAT, Pakistan — A roadside bomb tore through a passenger bus near Turbat on Tuesday, "
    "killing nine people and wounding 17, police said.\n\n"
)
_LEAD_CONTENT = (
    "A roadside bomb tore through a passenger bus near Turbat on Tuesday, "
    "killing nine people and wounding 17"
)


def _lead_claims(pipeline, text: str) -> list:
    return [c for c in _claims(pipeline, text) if "passenger bus" in c.content]


def test_lead_with_a_claim_of_responsibility_counting_more_is_a_claim(pipeline):
    text = _LEAD + (
        "The Balochistan Liberation Army said in a statement that its fighters had killed "
        "12 soldiers travelling on the bus."
    )
    lead = _lead_claims(pipeline, text)
    assert len(lead) == 1
    assert lead[0].cue == "said" and lead[0].stance == "assert"


def test_same_lead_without_a_rival_is_routine_sourcing(pipeline):
    text = _LEAD + "The bus was travelling from Turbat to Karachi. Police cordoned off the area."
    assert _lead_claims(pipeline, text) == []


def test_claim_of_responsibility_without_a_count_is_no_rival(pipeline):
    text = (
        _LEAD
        + "The Balochistan Liberation Army said in a statement that it carried out the attack."
    )
    assert _lead_claims(pipeline, text) == []


def test_rival_count_of_another_kind_is_no_rival(pipeline):
    # A count of arrests is no figure for the incident's dead or wounded.
    text = (
        _LEAD
        + "A police officer said two suspects had been arrested in connection with the attack."
    )
    assert _lead_claims(pipeline, text) == []


def test_lead_counting_fighters_with_residents_rival_is_a_claim(pipeline):
    text = (
        "MIR ALI, Pakistan — Security forces killed eight militants in a drone strike on a "
        "compound near Mir Ali on Wednesday, the military said.\n\n"
        "Residents said the strike had killed 11 people, all of them civilians."
    )
    claims = _by_content(_claims(pipeline, text))
    assert any("drone strike" in content for content in claims)


def test_non_lead_fighters_count_stays_sourcing(pipeline):
    # Past the lead, a tally of the militants forces fought is still no rival toll.
    text = (
        "PESHAWAR, Pakistan — Officials met tribal elders in Peshawar on Monday to discuss "
        "security.\n\n"
        "In a separate incident, security forces killed eight militants in a raid in Tank "
        "district, the military said.\n\n"
        "Residents said the raid had killed 11 people."
    )
    claims = _by_content(_claims(pipeline, text))
    assert not any("eight militants" in content for content in claims)
