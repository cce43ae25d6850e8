"""Event rows, session 22 (rowsB): a reply "to fire from" a party tells both directions of the
exchange; two parties' rival tolls of one attack in one sentence are a row each. Each rule has
a near miss that must not change."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id

# ---------------------------------------------------------------- a reply to fire from a party


def test_reply_to_fire_from_a_party_is_both_directions(analyze):
    text = (
        "Pakistan's Foreign Office spokesperson said Pakistani troops had only responded to "
        "fire from the Afghan side."
    )
    pairs = {(ref_id(e.actor), ref_id(e.recipient)) for e in _rows(analyze, text, "ASSAULT")}
    assert ("taliban", "PAK-MIL") in pairs, pairs
    assert ("PAK-MIL", "taliban") in pairs, pairs


def test_denied_reply_to_fire_adds_no_rows(analyze):
    text = "Pakistani troops did not respond to fire from the Afghan side."
    pairs = {(ref_id(e.actor), ref_id(e.recipient)) for e in _rows(analyze, text, "ASSAULT")}
    assert ("PAK-MIL", "taliban") not in pairs, pairs


def test_reply_in_words_adds_no_fire_rows(analyze):
    text = "Pakistan's Foreign Office responded to the statement from the Afghan side."
    assert not _rows(analyze, text, "ASSAULT")


# ---------------------------------------------------------------- rival tolls


def test_rival_tolls_are_a_row_each(analyze):
    text = (
        "A doctor at Herat Regional Hospital said 41 bodies had been brought in, while a Hazara "
        "elder, Haji Ghulam Sakhi, said at least 50 people had died."
    )
    tolls = sorted(e.fatalities for e in _rows(analyze, text, "ASSAULT") if e.fatalities)
    assert tolls == [41, 50], tolls


def test_rival_account_of_no_harm_is_negated(analyze):
    text = "Afghan officials said one man was wounded; Uzbek authorities said no one was hurt."
    rows = _rows(analyze, text, "ASSAULT")
    assert any(e.injured == 1 and e.factuality != "negated" for e in rows), rows
    assert any(e.factuality == "negated" and e.injured is None for e in rows), rows


def test_one_account_of_a_toll_stays_one_row(analyze):
    text = (
        "Police said 41 people had been killed in the blast, and officials said the bomber had "
        "come from Kunar."
    )
    tolls = [e.fatalities for e in _rows(analyze, text, "ASSAULT") if e.fatalities]
    assert tolls == [41], tolls


# ---------------------------------------------------------------- a force backing the actor


def test_force_of_the_same_state_backing_the_actor_acts_too(analyze):
    text = "Pakistani police, backed by army troops, raided a militant hideout in Bannu."
    actors = {ref_id(e.actor) for e in _rows(analyze, text, "ASSAULT")}
    assert {"PAK-POLICE", "PAK-MIL"} <= actors, actors


def test_foreign_backer_is_no_doer(analyze):
    text = "TTP militants, backed by Afghan Taliban fighters, attacked a police post in Bannu."
    actors = {ref_id(e.actor) for e in _rows(analyze, text, "ASSAULT")}
    assert "taliban" not in actors, actors


# ---------------------------------------------------------------- a host told as hosting


def test_host_of_a_three_party_meeting_has_its_own_row(analyze):
    text = (
        "BEIJING — China's foreign minister, Wang Yi, hosted his Pakistani and Afghan "
        "counterparts in Beijing on Wednesday."
    )
    actors = {ref_id(e.actor) for e in _rows(analyze, text, "CONSULT")}
    assert "wang-yi" in actors, actors


def test_host_who_only_received_guests_has_no_row(analyze):
    text = (
        "Uzbek President Shavkat Mirziyoyev received Pakistan's Deputy Prime Minister Ishaq Dar "
        "and the Taliban's foreign minister Amir Khan Muttaqi in Tashkent."
    )
    actors = {ref_id(e.actor) for e in _rows(analyze, text, "CONSULT")}
    assert "shavkat-mirziyoyev" not in actors, actors


# ---------------------------------------------------------------- "the two sides agreed"


def test_two_sides_after_a_meeting_agree_each_way(analyze):
    text = (
        "The turning point was Amir Khan Muttaqi's visit to New Delhi in October 2025, when the "
        "Taliban foreign minister met External Affairs Minister S. Jaishankar and the two sides "
        "agreed to restore direct flights."
    )
    rows = _rows(analyze, text, "AGREE")
    pairs = {(ref_id(e.actor), ref_id(e.recipient)) for e in rows}
    assert len(rows) == 2, pairs
    assert all(a and r for a, r in pairs), pairs
    assert {(r, a) for a, r in pairs} == pairs, pairs


def test_one_side_agreeing_after_a_meeting_stays_one_row(analyze):
    text = (
        "The Taliban foreign minister met S. Jaishankar in Kabul, and the Taliban minister "
        "agreed to restore direct flights."
    )
    assert len(_rows(analyze, text, "AGREE")) == 1
