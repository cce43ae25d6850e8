"""Event types, fourth pass of issue #5 (lexicon 2.9): one row per act when clauses or verbal
acts are coordinated, and senses read off the PLOVER definitions and the annotation guide.
Invented sentences, one per rule; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


# ------------------------------------------------------------ several acts, several rows (§0)


def test_clauses_with_their_own_subjects_are_two_attacks() -> None:
    text = (
        "The army said rebels had attacked a checkpoint near the river on Friday, and that "
        "soldiers had responded with artillery, shelling several rebel positions."
    )
    assert _types(text).count("ASSAULT") == 2


def test_victims_counted_in_two_clauses_stay_one_attack() -> None:
    text = "Four guards were killed and three others wounded when gunmen raided a depot."
    assert _types(text).count("ASSAULT") == 1


def test_time_clause_of_the_same_attack_is_not_a_second_row() -> None:
    text = "Six people died on Sunday when a bomb exploded in a crowded market."
    assert _types(text).count("ASSAULT") == 1


def test_condemning_and_blaming_are_two_accusations() -> None:
    text = "The governor condemned the bombing and blamed a separatist group for it."
    assert _types(text).count("ACCUSE") == 2


def test_two_pledges_joined_by_and_are_two_agreements() -> None:
    text = "Japan pledged $50 million for the new port and offered to train local customs officers."
    types = _types(text)
    assert types.count("AGREE") == 2
    assert "THREATEN" not in types and "AID" not in types[:2]


def test_each_demand_joined_by_and_is_its_own_request() -> None:
    text = "The envoy urged the government to free the journalists and to lift the curfew."
    assert _types(text).count("REQUEST") == 2


def test_one_demand_stays_one_request() -> None:
    assert _types("The envoy urged the government to free the journalists.") == ["REQUEST"]


# ------------------------------------------------------------ acts named as absent or awaited


def test_without_providing_evidence_is_no_accusation() -> None:
    text = "The minister condemned the raid and said the gunmen came from abroad, without providing evidence."
    assert _types(text).count("ACCUSE") == 1


def test_participle_after_each_describes_the_victims() -> None:
    text = "The council announced a payment of 2,000 dollars for the family of each person killed."
    assert "ASSAULT" not in _types(text)


def test_condition_of_a_lasting_closure_is_no_event() -> None:
    text = "He said the port would stay closed until the rebels gave guarantees that ships would not be attacked."
    types = _types(text)
    assert "AGREE" not in types and "ASSAULT" not in types


def test_efforts_to_protect_citizens_are_no_threat() -> None:
    text = "The ministry praised the government's efforts to protect its citizens abroad."
    assert "THREATEN" not in _types(text)


# ------------------------------------------------------------ threats by refusal (PLOVER THREATEN)


@pytest.mark.parametrize(
    "text",
    [
        'The defence minister said the country would "not tolerate any aggression" on its frontier.',
        '"Those who plant bombs in our cities will not be spared," the governor said.',
        'The rebel council said it "reserves the right to respond" to the air raid.',
    ],
)
def test_refusal_to_let_an_act_pass_is_a_threat(text: str) -> None:
    evs = events(text)
    assert evs and evs[0].type == "THREATEN"
    assert evs[0].factuality == "asserted"


# ------------------------------------------------------------ lexicon senses


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Farmers blocked the main highway for six hours on Monday.", "PROTEST"),
        ("The treasury froze the reserves of the central bank in 2019.", "SANCTION"),
        ("The committee keeps eleven generals under a travel ban.", "SANCTION"),
        ("The donors agreed to release the frozen funds in stages.", "RETREAT"),
        ("Villagers tore down a section of the new border fence.", "ASSAULT"),
        ("The army said it had lost four soldiers in the fighting.", "ASSAULT"),
        ("His brother said he was caught in a raid on Monday.", "COERCE"),
        ("Officers took the two brothers to the police station at night.", "COERCE"),
        ("The mayor ordered the squatters to leave the park by Friday.", "COERCE"),
        ("Police pressed ahead with arrests of unregistered migrants.", "COERCE"),
        ("A monitoring group has documented dozens of abductions since May.", "ACCUSE"),
        ("Police patrols in the capital will be doubled from next week.", "MOBILIZE"),
        ("The government has linked the refugees to a wave of bombings.", "ACCUSE"),
        ("The province set aside land for the returnees near the airport.", "AID"),
        ("The minister said about 200,000 refugees had returned home since March.", "COERCE"),
        ("The ministry said anyone without papers would be repatriated.", "COERCE"),
        ("Kabul has never recognised the border drawn in 1893.", "SUPPORT"),
        ("Police recovered two pistols and a suicide vest from the house.", "COERCE"),
        ("The government acknowledged that its troops had shot unarmed villagers.", "CONCEDE"),
        ("Police of the two states carried out a joint operation against smugglers.", "COOPERATE"),
        ("The military council handed power to a civilian cabinet.", "CONCEDE"),
        ("The regional bloc suspended the country from all its activities.", "SANCTION"),
    ],
)
def test_lexicon_sense(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Asked about the report, the spokesman said he had no comment.", "REQUEST"),
        ("The minister, speaking to reporters in the capital, sounded optimistic.", "CONSULT"),
        ("A foreign consortium holds the contract for the copper mine.", "ACCUSE"),
        ("The group attacked projects linked to the new corridor.", "ACCUSE"),
        ("Investigators recovered parts of a suicide vest at the scene.", "COERCE"),
        ("The ministry said anyone without papers would be repatriated.", "THREATEN"),
        ("Students would be able to apply for visas under the new rules.", "REQUEST"),
        ("The institute acknowledged that its figures could not be verified.", "CONCEDE"),
    ],
)
def test_no_false_sense(text: str, etype: str) -> None:
    assert etype not in _types(text)


# ------------------------------------------------------------ reopening, ceasefires (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan reopened the border crossing on Friday after a month-long closure.",
        "The spokesman said the border crossing would reopen on Monday.",
    ],
)
def test_reopened_crossing_is_a_retreat(text: str) -> None:
    evs = events(text)
    assert [e.type for e in evs] == ["RETREAT"]
    assert evs[0].mode == "ease"


def test_reopened_newspaper_stays_a_concession() -> None:
    assert _types("The authorities reopened the independent newspaper on Monday.") == ["CONCEDE"]


def test_border_opened_to_refugees_is_aid() -> None:
    assert _types("The government opened its borders to refugees fleeing the war.")[0] == "AID"


def test_announced_ceasefire_is_one_retreat() -> None:
    evs = events("The rebel army announced a unilateral ceasefire in the civil war.")
    assert [(e.type, e.mode) for e in evs] == [("RETREAT", "ceasefire")]


def test_border_closed_to_traffic_is_a_sanction() -> None:
    assert _types("Zambia closed its border with Malawi to all traffic.") == ["SANCTION"]


def test_misparsed_shot_dead_after_a_preposition_is_the_attack() -> None:
    # the tagger reads "shot" as a noun after "on a motorcycle"
    text = "Two gunmen on a motorcycle shot dead a shopkeeper outside his house on Sunday."
    assert _types(text) == ["ASSAULT"]
