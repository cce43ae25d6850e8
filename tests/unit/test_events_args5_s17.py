"""Sponsoring charges, session 17 (guide §11 "Charges about who carried out, sponsored or
sheltered an attack", rule 2): a party's charge that a named rival planned, financed or armed
attackers is the party's ACCUSE/`allege` at the sponsor beside the AID rows, even with no
accusing word; not when the sentence already holds that speaker's accusation, nor for the
article's gloss of a standing charge ("groups it says are funded by India")."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_in as _in

_ATTACK = (
    "Gunmen killed nine passengers near Nushki on Tuesday. "
    "The Balochistan Liberation Army claimed responsibility for the attack. "
)


def test_a_sponsoring_charge_is_the_speakers_accusation(analyze):
    text = (
        _ATTACK + 'The interior ministry said the attack had been "planned and financed by India".'
    )
    rows = _in(_rows(analyze, text, "ACCUSE"), "planned and financed")
    assert [(_id(e.actor), _id(e.recipient), e.mode, e.factuality) for e in rows] == [
        ("PAK-MOI", "IND", "allege", "asserted")
    ]


def test_one_accusation_per_speaker_when_the_sentence_already_blames(analyze):
    text = (
        _ATTACK + "The interior minister blamed the attack on the BLA, saying the gunmen had been "
        '"trained and financed by India".'
    )
    rows = _in(_rows(analyze, text, "ACCUSE"), "trained and financed")
    assert "IND" not in {_id(e.recipient) for e in rows}


def test_a_gloss_of_a_standing_charge_is_no_accusation(analyze):
    text = (
        _ATTACK + "The army said troops killed 18 terrorists of Fitna al-Hindustan, a term "
        "Islamabad uses for Baloch separatist groups it says are funded by India."
    )
    rows = _in(_rows(analyze, text, "ACCUSE"), "funded by India")
    assert "IND" not in {_id(e.recipient) for e in rows}
