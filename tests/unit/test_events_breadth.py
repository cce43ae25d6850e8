"""Lexicon breadth: common news phrasings per PLOVER type (CAMEO verb classes), one sentence each.

The sentences are generic news English written from the type definitions, not taken from any
gold set; each checks that the highest-confidence event has the expected type.
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)

CASES = [
    # ASSAULT (CAMEO 18-20)
    ("ASSAULT", "A patrol came under fire in the mountains."),
    ("ASSAULT", "Government forces retaliated with artillery fire."),
    ("ASSAULT", "The army inflicted heavy losses on the rebels."),
    ("ASSAULT", "The rebels are waging a guerrilla war against the government."),
    ("ASSAULT", "Troops surrounded the rebel-held town."),
    ("ASSAULT", "Militants planted a bomb under the bridge."),
    ("ASSAULT", "Militiamen went on a rampage in the village."),
    ("ASSAULT", "Rebels seized control of the district headquarters."),
    ("ASSAULT", "The police baton-charged the protesters."),
    # COERCE (CAMEO 17)
    ("COERCE", "The court handed down death sentences to three men."),
    ("COERCE", "The coast guard intercepted a boat carrying drugs."),
    ("COERCE", "Authorities placed the opposition leader under house arrest."),
    ("COERCE", "A judge issued an arrest warrant for the former president."),
    # MOBILIZE (CAMEO 15)
    ("MOBILIZE", "Iran test-fired a ballistic missile."),
    ("MOBILIZE", "The army called up 50,000 reservists."),
    ("MOBILIZE", "The navy put its fleet on standby."),
    # SANCTION (CAMEO 16)
    ("SANCTION", "The government banned imports of goods from its neighbour."),
    ("SANCTION", "Iraq ordered the expulsion of two British diplomats."),
    ("SANCTION", "The country withdrew its ambassador in protest."),
    ("SANCTION", "The bloc imposed travel bans on senior officials."),
    # REJECT (CAMEO 12)
    ("REJECT", "The opposition boycotted the parliamentary session."),
    ("REJECT", "Moscow voiced opposition to the plan."),
    # PROTEST (CAMEO 14)
    ("PROTEST", "Lawyers boycotted the courts in protest against the arrest."),
    ("PROTEST", "Crowds burned effigies of the president."),
    # ACCUSE (CAMEO 11)
    ("ACCUSE", "The opposition alleged massive fraud in the elections."),
    ("ACCUSE", "The former minister was put on trial for corruption."),
    ("ACCUSE", "The president insulted the opposition leader in a speech."),
    # REQUEST (CAMEO 02, 10)
    ("REQUEST", "The minister persuaded the rebels to release the hostages."),
    # AGREE (CAMEO 03)
    ("AGREE", "The government gave the green light to the peace talks."),
    ("AGREE", "The rebels put forward a proposal for a ceasefire."),
    # THREATEN (CAMEO 13)
    ("THREATEN", "The group declared war on the government."),
    # COOPERATE (CAMEO 06)
    ("COOPERATE", "Pakistan extradited the suspect to Saudi Arabia."),
    ("COOPERATE", "The two armies conducted joint patrols along the border."),
    ("COOPERATE", "The two intelligence services have exchanged information on the suspects."),
    ("COOPERATE", "Britain handed over the fugitive to the Spanish authorities."),
    # AID (CAMEO 07)
    ("AID", "Rescue teams evacuated hundreds of families from the flooded villages."),
    ("AID", "Turkey dispatched medical teams to the quake zone."),
    ("AID", "The UN lent $5 million to the relief agency."),
    # SUPPORT (CAMEO 05)
    ("SUPPORT", "The party threw its support behind the candidate."),
    ("SUPPORT", "The government sent a message of condolence to the victims' families."),
    # CONCEDE (CAMEO 08)
    ("CONCEDE", "The kidnappers freed the engineer unharmed."),
    # RETREAT
    ("RETREAT", "The rebels pulled back from the outskirts of the city."),
    ("RETREAT", "Troops began pulling out of the southern region."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_top_event_type(expected: str, text: str) -> None:
    evs = sorted(events(text), key=lambda e: -e.confidence)
    assert evs, f"no event in {text!r}"
    assert evs[0].type == expected, [(e.type, e.trigger, e.confidence) for e in evs]


def test_pulling_out_of_a_deal_is_not_a_retreat() -> None:
    assert "RETREAT" not in [e.type for e in events("The country pulled out of the nuclear deal.")]


def test_evacuating_troops_is_not_aid() -> None:
    types = [e.type for e in events("The army evacuated its troops from the besieged base.")]
    assert "AID" not in types
