"""Session-19 rows fixes: a joint meeting of two coordinated parties is one CONSULT row (and a
topic of talks is no party to them), the party in a hyphened participle is not the noun's
party, and a count of people names its members in "among them X" however the parser hangs it."""

from __future__ import annotations


def _events(pipeline, text: str):
    return pipeline.analyze(text, published="2026-03-05").events


def _of(pipeline, text: str, kind: str):
    return [e for e in _events(pipeline, text) if e.type == kind]


def _pairs(rows):
    return [
        (
            (e.actor.id or e.actor.text) if e.actor else None,
            (e.recipient.id or e.recipient.text) if e.recipient else None,
        )
        for e in rows
    ]


def test_joint_meeting_of_two_parties_is_one_row(pipeline) -> None:
    rows = _of(pipeline, "Pakistan and Afghanistan held talks in Doha on Monday.", "CONSULT")
    assert len(rows) == 1
    assert rows[0].actor is not None and rows[0].actor.id == "PAK"
    assert rows[0].recipient is not None


def test_joint_agreement_keeps_a_row_per_side(pipeline) -> None:
    rows = _of(pipeline, "Pakistan and Afghanistan agreed to a ceasefire on Monday.", "AGREE")
    assert len(rows) == 2


def test_topic_of_talks_is_no_party(pipeline) -> None:
    text = (
        "Pakistan's interior minister, Mohsin Naqvi, met China's ambassador on Monday. Naqvi "
        "and the ambassador later held talks on the protection of Chinese workers in Pakistan."
    )
    rows = [e for e in _of(pipeline, text, "CONSULT") if e.trigger == "held"]
    assert len(rows) == 1
    assert rows[0].recipient is not None and "worker" not in (rows[0].recipient.text or "")


def test_talks_with_a_named_partner_unchanged(pipeline) -> None:
    text = "Pakistan's interior minister Mohsin Naqvi held talks with Afghanistan on Monday."
    rows = _of(pipeline, text, "CONSULT")
    assert len(rows) == 1 and rows[0].actor is not None and rows[0].actor.id == "mohsin-naqvi"


def test_hyphened_participle_party_is_not_the_noun(pipeline) -> None:
    rows = _of(pipeline, "Gunmen attacked a police-escorted convoy near Peshawar.", "ASSAULT")
    assert rows and all(e.recipient is None or e.recipient.id != "PAK-POLICE" for e in rows)


def test_plain_compound_party_is_still_the_noun(pipeline) -> None:
    rows = _of(pipeline, "Gunmen attacked a police convoy near Peshawar.", "ASSAULT")
    assert rows and rows[0].recipient is not None and rows[0].recipient.id == "PAK-POLICE"


def test_among_them_names_the_victims(pipeline) -> None:
    text = "Gunmen killed four people, among them two police officers, in Bannu on Monday."
    rows = _of(pipeline, text, "ASSAULT")
    assert rows and rows[0].recipient is not None and rows[0].recipient.id == "PAK-POLICE"


def test_people_without_named_members_stay_people(pipeline) -> None:
    text = "Gunmen killed four people in Bannu on Monday."
    rows = _of(pipeline, text, "ASSAULT")
    assert rows and (rows[0].recipient is None or rows[0].recipient.id != "PAK-POLICE")
