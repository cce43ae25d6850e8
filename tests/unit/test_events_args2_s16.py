"""Event arguments, session 16 (second round): a located speaker introduced by an apposition
("UNAMA, the UN mission in Kabul, called") gives its act the place, an international body being
no state's own; an agreement reached "at a meeting in X" takes X even when the parser hangs the
meeting on the agreed act; a located speaker who reports another state's act gives that act no
place (guide §15.1); a group that denies the blame does not become the condemned doer
(guide §11); and an attacker named as the trigger ("a suicide bomber drove a car into ... in
Bannu") takes the place of its own finite verb."""

from __future__ import annotations


def _rows(analyze, text: str, etype: str) -> list:
    return [e for e in analyze(text).events if e.type == etype]


def _place(row) -> str | None:
    return row.place.name if row.place is not None else None


def test_igo_speaker_in_apposition_takes_its_place(analyze):
    rows = _rows(
        analyze,
        "UNAMA, the United Nations mission in Kabul, called on both governments to show restraint.",
        "REQUEST",
    )
    assert rows and _place(rows[0]) == "Kabul"


def test_igo_speaker_with_country_remit_takes_no_place(analyze):
    rows = _rows(
        analyze,
        "UNAMA, the United Nations mission in Afghanistan, called on both governments to show "
        "restraint.",
        "REQUEST",
    )
    assert rows and rows[0].place is None


def test_agreement_at_a_meeting_hung_on_the_agreed_act(analyze):
    rows = _rows(
        analyze,
        "The two countries agreed to build a railway at a meeting in Tashkent on Monday.",
        "AGREE",
    )
    assert rows and _place(rows[0]) == "Tashkent"


def test_agreement_to_host_a_meeting_is_not_placed_there(analyze):
    rows = _rows(
        analyze, "The two countries agreed to host a meeting in Tashkent next year.", "AGREE"
    )
    assert rows and rows[0].place is None


def test_located_speaker_reporting_another_states_act_gives_no_place(analyze):
    rows = _rows(
        analyze,
        "A Kazakh diplomat in Almaty said Kabul had agreed to protect the workers.",
        "AGREE",
    )
    assert rows and rows[0].place is None


def test_located_speaker_reporting_own_states_act_gives_the_place(analyze):
    rows = _rows(
        analyze,
        "A Kazakh diplomat in Almaty said Astana had agreed to protect the workers.",
        "AGREE",
    )
    assert rows and _place(rows[0]) == "Almaty"


_LEAD = (
    "KHAR, Pakistan — Gunmen opened fire on a polio team in Bajaur district on Tuesday, killing "
    "two vaccinators, police said. Officials said TTP militants had carried out the attack. "
)


def test_condemnation_skips_a_blamed_group_that_denies(analyze):
    text = _LEAD + "The TTP denied the charge. The chief minister condemned the attack."
    rows = [e for e in _rows(analyze, text, "ACCUSE") if e.trigger == "condemned"]
    assert rows and rows[0].recipient is not None
    assert rows[0].recipient.id is None and rows[0].recipient.text == "Gunmen"


def test_condemnation_keeps_a_named_group_that_only_opposes_something(analyze):
    text = (
        _LEAD + "The TTP opposes the vaccination campaign. The chief minister condemned the attack."
    )
    rows = [e for e in _rows(analyze, text, "ACCUSE") if e.trigger == "condemned"]
    assert rows and rows[0].recipient is not None and rows[0].recipient.id == "ttp"


def test_attacker_noun_takes_the_place_of_its_own_verb(analyze):
    text = "On Monday, a suicide bomber drove a car into the gate of a police station in Bannu."
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _place(rows[0]) == "Bannu"


def test_attacker_noun_with_a_modal_verb_is_not_placed_by_it(analyze):
    text = (
        "On Monday, a suicide bomber could drive a car into the gate of a police station in Bannu."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and rows[0].place is None
