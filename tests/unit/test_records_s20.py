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


def test_a_spokesmans_account_of_the_states_stance_is_the_states(pipeline) -> None:
    # guide §15 rule 3, §16 rule 5, §18 rule 19: the state named in the reported clause acts
    text = (
        "Chinese foreign ministry spokesman Lin Jian said China strongly condemns the attack on "
        "the convoy."
    )
    assert [r.actor.id for r in _rows(pipeline, text, "ACCUSE") if r.actor] == ["CHN"]


def test_the_spokesmans_own_warning_and_denial_stay_his(pipeline) -> None:
    warning = "Lin Jian said China would respond firmly to any attack on its citizens."
    assert [r.actor.id for r in _rows(pipeline, warning, "THREATEN") if r.actor] == ["lin-jian"]
    denial = "Lin Jian rejected the accusation, saying China had no role in the incident."
    assert [r.actor.id for r in _rows(pipeline, denial, "REJECT") if r.actor] == ["lin-jian"]
