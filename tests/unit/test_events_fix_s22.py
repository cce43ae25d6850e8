"""Session-22 fixes (fixB) to three charge rules: a charge of failing to stop attacks gives no
attack by the accused, and a charge's own "by"/relative-clause doer is the attacker
(`_charged_general_attacks`); denying who the victims were is not denying the killing
(`_account_denied_later`); a participle's "by" agent backs the people charged only when it is a
party or people (`_participial_sponsors`). Each rule keeps a positive case."""

from __future__ import annotations

PUB = "2026-06-15T10:00:00+00:00"


def _types(pipeline, text: str, kind: str) -> list:
    return [e for e in pipeline.analyze(text, published=PUB).events if e.type == kind]


# ---------------------------------------------------------------- charged kinds of attack


def test_failing_to_prevent_attacks_is_no_attack_by_the_accused(pipeline) -> None:
    text = "Pakistan accused the Afghan government of failing to prevent attacks on its soldiers."
    assert not _types(pipeline, text, "ASSAULT")


def test_not_preventing_attacks_by_militants_is_the_militants_attack(pipeline) -> None:
    text = "Pakistan blamed Afghanistan for not preventing attacks by militants."
    attacks = _types(pipeline, text, "ASSAULT")
    assert all(a.actor is None or a.actor.id != "taliban" for a in attacks)
    assert all(a.actor is not None and "militant" in (a.actor.text or "") for a in attacks)


def test_harbouring_attackers_is_support_not_attack(pipeline) -> None:
    text = "Pakistan accused Afghanistan of harbouring militants who carry out attacks."
    assert _types(pipeline, text, "AID")
    attacks = _types(pipeline, text, "ASSAULT")
    assert all(a.actor is None or a.actor.id != "taliban" for a in attacks)


def test_blame_for_attacks_still_gives_the_accused_attack(pipeline) -> None:
    text = "Beijing blames the East Turkestan Islamic Movement for attacks in Xinjiang."
    attacks = _types(pipeline, text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.id == "etim"


def test_allowing_fighters_to_attack_keeps_their_attack(pipeline) -> None:
    text = (
        "Islamabad also accuses the Taliban of allowing fighters of the Tehreek-e-Taliban "
        "Pakistan to use Afghan territory to attack Pakistani forces."
    )
    attacks = [e for e in _types(pipeline, text, "ASSAULT") if e.factuality != "negated"]
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.id == "ttp"


# ---------------------------------------------------------------- denied accounts


def test_denying_who_the_dead_were_negates_no_killing(pipeline) -> None:
    text = (
        "Police said they killed five militants in a raid in Bannu. Relatives rejected the "
        "police version, saying the men were not militants."
    )
    assert not [e for e in _types(pipeline, text, "ASSAULT") if e.factuality == "negated"]


def test_denying_the_account_still_negates_the_killing(pipeline) -> None:
    text = (
        "Police said they killed five militants in a raid in Bannu. Relatives rejected the "
        "police version, saying no militants had been staying in the house."
    )
    assert [e for e in _types(pipeline, text, "ASSAULT") if e.factuality == "negated"]


# ---------------------------------------------------------------- participial backers


def test_protected_by_terrain_names_no_backer(pipeline) -> None:
    text = "Officials blamed militants protected by the rugged terrain for the attack."
    assert not _types(pipeline, text, "AID")


def test_sheltered_by_tribes_names_the_backer(pipeline) -> None:
    text = "Officials blamed militants sheltered by Sunni tribes for the attack."
    aids = _types(pipeline, text, "AID")
    assert len(aids) == 1
    assert aids[0].actor is not None and "for the attack" not in (aids[0].actor.text or "")


def test_identity_and_death_denial_still_negates_the_killing(pipeline) -> None:
    text = (
        "Police said they killed five militants in a raid in Bannu. Relatives rejected the "
        'police version, saying the men were "farmers" and that no one had fired at the police.'
    )
    assert [e for e in _types(pipeline, text, "ASSAULT") if e.factuality == "negated"]
