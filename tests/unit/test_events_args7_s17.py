"""Support named in a charge's "of" clause, session 17 (guide §11 rule 2, "Financing and
arming"): "accused India of using Afghan soil to train and fund militants" gives one AID row of
the accused per mode even where the tagger reads "train", "fund" or "financing" as nouns;
`generic` for a bare plural or a run of attacks; a clause that hands the act to someone else
("of allowing IS-K to train fighters") gives no AID row of the accused."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id as _id


def test_train_and_fund_in_a_charge_are_two_aid_rows_of_the_accused(analyze):
    text = (
        "Defence Minister Khawaja Asif accused India of using Afghan soil to train and fund "
        "militants who attack Pakistani security forces in Balochistan."
    )
    rows = _rows(analyze, text, "AID")
    assert sorted((e.mode, _id(e.actor), e.factuality) for e in rows) == [
        ("economic", "IND", "generic"),
        ("military", "IND", "generic"),
    ]


def test_financing_and_directing_a_wave_of_attacks(analyze):
    text = (
        "Pakistan's military spokesman on Tuesday accused India of financing and directing a "
        "wave of attacks in Balochistan."
    )
    rows = _rows(analyze, text, "AID")
    assert sorted((e.mode, _id(e.actor), e.recipient) for e in rows) == [
        ("economic", "IND", None),
        ("military", "IND", None),
    ]


def test_a_charge_that_hands_the_training_to_another_gives_no_aid_of_the_accused(analyze):
    text = "Taliban officials have accused Pakistan of allowing fighters to train in Balochistan."
    rows = _rows(analyze, text, "AID")
    assert [e for e in rows if any("read off the words" in n for n in e.notes)] == []


def test_a_charge_not_made_gives_no_aid(analyze):
    text = "China has not accused the Taliban of arming the group, officials said."
    rows = _rows(analyze, text, "AID")
    assert [e for e in rows if any("read off the words" in n for n in e.notes)] == []
