"""Lexicon 2.23: trigger coverage read off the PLOVER codebook's type and mode definitions
(PLOVER manual, Open Event Data Alliance, CC BY-SA 4.0), plus two senses asked for by
colleagues: a group holding people is a kidnap group (ASSAULT abduct), and a party called by a
condemning epithet is disapproved (ACCUSE). All sentences are made up."""

from __future__ import annotations

import pytest
from tests.unit._events_util import extractor, linked_doc


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in extractor().extract(linked_doc(text))]


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("The rebels mutilated the bodies of the soldiers.", "ASSAULT", "beat"),
        ("Traders observed a complete bandh in the city.", "PROTEST", "boycott"),
        ("The opposition called a hartal across the province.", "PROTEST", "boycott"),
        ("Thousands of workers joined a work stoppage in the capital.", "PROTEST", "boycott"),
        ("The army mustered two brigades near the border.", "MOBILIZE", "troops"),
        ("The ministry announced the cancellation of the summit.", "SANCTION", None),
        ("Authorities imposed an internet blackout in the province.", "COERCE", "restrict"),
        ("Pakistan approved the extradition of the suspect to Britain.", "COOPERATE", None),
        (
            "The forced repatriation of Afghan refugees continued at the crossing.",
            "COERCE",
            "deport",
        ),
        ("The president's bailout of the bank drew criticism.", "AID", "economic"),
        ("Kabul announced a drawdown of its border forces.", "RETREAT", None),
        ("The cleric issued a denunciation of the attack.", "ACCUSE", "disapprove"),
        ("The two sides resumed bargaining over the prisoner exchange.", "CONSULT", None),
        ("India concurred with the proposal to hold talks.", "AGREE", None),
        ("The union suspended its protests after talks with the ministry.", "CONCEDE", None),
        ("The opposition called off its planned march on the capital.", "CONCEDE", None),
        ("The authorities withheld food from the prisoners.", "COERCE", "restrict"),
        ("Japan donated 30 ambulances to Afghanistan.", "AID", None),
        ("The government allowed UN inspectors into the disputed sites.", "RETREAT", None),
    ],
)
def test_codebook_acts_are_triggers(text: str, etype: str, mode: str | None) -> None:
    assert (etype, mode) in _events(text)


def test_an_outage_is_no_withheld_service() -> None:
    assert not any(
        t == "COERCE" for t, _ in _events("A power blackout hit the city after the storm.")
    )


def test_backing_exemptions_grants_nothing() -> None:
    evs = _events("The envoy said Washington would not back exemptions for the ministers.")
    assert not any(t == "CONCEDE" for t, _ in evs)


def test_a_group_holding_people_abducts_them() -> None:
    assert ("ASSAULT", "abduct") in _events("The group has held the two aid workers since March.")
    assert ("ASSAULT", "abduct") in _events("The gang is holding the boys in a cave.")


def test_a_state_holding_suspects_still_detains_them() -> None:
    assert ("COERCE", "arrest") in _events("Police held the two suspects for questioning.")


def test_a_condemning_epithet_is_disapproval() -> None:
    assert ("ACCUSE", "disapprove") in _events(
        'The Taliban spokesman called the visitors "allies of the apostates".'
    )
    assert ("ACCUSE", "disapprove") in _events("He called the delegation 'enemies of the nation'.")


def test_calling_on_the_enemy_is_still_a_demand() -> None:
    evs = _events("The army called on the enemy to surrender.")
    assert any(t == "REQUEST" for t, _ in evs)
    assert not any(t == "ACCUSE" for t, _ in evs)


def test_a_force_suspending_strikes_does_not_concede_a_protest() -> None:
    evs = _events("Pakistan suspended its strikes on militant hideouts.")
    assert not any(t == "CONCEDE" for t, _ in evs)


def test_calling_strikes_a_violation_is_no_called_off_protest() -> None:
    evs = _events("The Taliban called the strikes a flagrant violation of sovereignty.")
    assert ("ACCUSE", "disapprove") in evs
    assert not any(t == "CONCEDE" for t, _ in evs)
    evs = _events("The traders' association called a shutter-down strike in the town.")
    assert not any(t == "CONCEDE" for t, _ in evs)


def test_walking_out_of_talks_ends_them() -> None:
    assert ("SANCTION", "cancel") in _events(
        "The Afghan delegation walked out of the peace talks in Doha."
    )
    assert ("PROTEST", "boycott") in _events(
        "The opposition walked out of the parliament session in protest."
    )


def test_ceding_ground_is_a_retreat_and_ceding_power_a_concession() -> None:
    assert ("RETREAT", "withdraw") in _events("The rebels ceded control of the town to the army.")
    assert ("CONCEDE", None) in _events("The king ceded power to the parliament.")


def test_financing_an_armed_group_is_economic_aid():
    from tests.unit._events_util import extractor, linked_doc

    events = extractor().extract(
        linked_doc("He accused India of financing the attackers through handlers abroad.")
    )
    aid = [e for e in events if e.type == "AID"]
    assert aid and aid[0].mode == "economic"
