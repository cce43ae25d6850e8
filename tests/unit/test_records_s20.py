"""Session-20 event records: an announced payment of compensation is the AID, planned, with no
AGREE beside it (guide §15 rule 4: only a promise also gives AGREE); with one attack in a
sentence, the half of its toll told in a clause of its own is counted when the sentence's toll
agrees on the other half (§1.6)."""

from __future__ import annotations


def _rows(pipeline, text: str, etype: str) -> list:
    return [e for e in pipeline.analyze(text, published="2026-03-05").events if e.type == etype]


def test_announced_compensation_is_aid_without_agreement(pipeline) -> None:
    text = (
        "The provincial government said it would pay compensation to the families of the victims."
    )
    assert not _rows(pipeline, text, "AGREE")
    assert [r.factuality for r in _rows(pipeline, text, "AID")] == ["future"]


def test_promised_compensation_still_gives_agreement(pipeline) -> None:
    text = "The provincial government promised to pay compensation to the families of the victims."
    assert len(_rows(pipeline, text, "AGREE")) == 1
    assert len(_rows(pipeline, text, "AID")) == 1


def test_announced_delivery_by_a_state_stays_a_pledge(pipeline) -> None:
    text = "Officials said Kazakhstan would deliver wheat to Herat next week."
    assert len(_rows(pipeline, text, "AGREE")) == 1


def test_toll_split_across_clauses_is_counted(pipeline) -> None:
    text = (
        "Police said nine bodies had been recovered from the market and that 20 people were "
        "wounded in the blast."
    )
    rows = _rows(pipeline, text, "ASSAULT")
    assert [(r.fatalities, r.injured) for r in rows] == [(9, 20)]


def test_toll_of_another_attack_is_not_borrowed(pipeline) -> None:
    text = (
        "Police said gunmen shot dead two guards at a school in Kohat, while a roadside bomb "
        "wounded five soldiers in Bannu."
    )
    rows = _rows(pipeline, text, "ASSAULT")
    assert rows and rows[0].fatalities == 2 and rows[0].injured is None


def test_toll_of_a_rival_account_is_not_mixed_in(pipeline) -> None:
    text = (
        "A doctor in Quetta said 30 bodies had been brought in after the bombing and 60 wounded "
        "people admitted, while a local elder said at least 45 people had died."
    )
    rows = _rows(pipeline, text, "ASSAULT")
    assert (45, 60) not in [(r.fatalities, r.injured) for r in rows]
