"""Session-22 multi-party rows (rowsD): an appended denial ("a charge the Taliban deny") negates
only the acts the denier is a party to, as doer or target (guide §13 rule 1); a mention of an
attack with no known doer joins the same-day, same-place incident whatever its victims; and "between A and B" on a
mutual act names its two sides even when they are plural people nouns or two joined modifiers
of one noun (guide §1.3). Each rule has a near miss it must leave alone."""

from __future__ import annotations

PUB = "2026-06-15T10:00:00+00:00"


def _rows(pipeline, text: str) -> list:
    return pipeline.analyze(text, published=PUB).events


def _types(pipeline, text: str, kind: str) -> list:
    return [e for e in _rows(pipeline, text) if e.type == kind]


def _sides(rows: list) -> set:
    def name(r):
        return None if r is None else (r.id or r.text)

    return {(name(e.actor), name(e.recipient)) for e in rows}


# ---------------------------------------------------------------- the denier's own acts


def test_denial_does_not_negate_the_permitted_party_s_attack(pipeline) -> None:
    text = (
        "Islamabad also accuses the Taliban of allowing fighters of the Tehreek-e-Taliban "
        "Pakistan to use Afghan territory to attack Pakistani forces, a charge the Taliban deny."
    )
    rows = _rows(pipeline, text)
    negated = [e for e in rows if e.factuality == "negated"]
    assert [e.type for e in negated] == ["AID"]
    assert negated[0].actor is not None and negated[0].actor.id == "taliban"


def test_denial_negates_the_denier_s_own_act(pipeline) -> None:
    text = (
        "Pakistani officials accuse the Taliban of sheltering TTP commanders, "
        "a charge the Taliban deny."
    )
    aid = _types(pipeline, text, "AID")
    assert {e.factuality for e in aid} >= {"negated"}


def test_denial_by_the_target_negates_the_attack(pipeline) -> None:
    text = (
        "The National Resistance Front said its fighters had ambushed a Taliban patrol in "
        "Panjshir on Monday, a claim the Taliban denied."
    )
    attacks = _types(pipeline, text, "ASSAULT")
    assert "negated" in {e.factuality for e in attacks}


def test_denied_origin_of_others_attacks_has_no_copy(pipeline) -> None:
    text = (
        "Pakistani officials have long said Baloch militants plan attacks from hideouts across "
        "the border in Afghanistan, a charge Kabul denies."
    )
    attacks = _types(pipeline, text, "ASSAULT")
    assert attacks
    assert all(e.factuality != "negated" for e in attacks)


# ---------------------------------------------------------------- sides of "between"


def test_joined_modifiers_name_two_sides(pipeline) -> None:
    text = "There were clashes between Turi and Mangal tribesmen in Kurram on Monday."
    assert _sides(_types(pipeline, text, "ASSAULT")) == {
        ("Turi tribesmen", "Mangal tribesmen"),
        ("Mangal tribesmen", "Turi tribesmen"),
    }


def test_single_modified_noun_is_no_pair_of_sides(pipeline) -> None:
    text = "There were clashes between Turi tribesmen in Kurram on Monday."
    rows = _types(pipeline, text, "ASSAULT")
    assert ("Turi tribesmen", "Mangal tribesmen") not in _sides(rows)
    assert len(rows) <= 1


def test_people_nouns_name_two_sides(pipeline) -> None:
    text = "There were repeated clashes between farmers and eradication teams in Badakhshan."
    rows = _types(pipeline, text, "ASSAULT")
    assert len(rows) == 2
    assert any(e.actor is not None and "farmer" in (e.actor.text or "").lower() for e in rows)
    assert any(
        e.recipient is not None and "farmer" in (e.recipient.text or "").lower() for e in rows
    )


def test_a_place_that_has_seen_clashes_frees_the_sides(pipeline) -> None:
    text = "Badakhshan has seen repeated clashes between farmers and eradication teams."
    rows = _types(pipeline, text, "ASSAULT")
    assert len(rows) == 2
    assert all(e.actor is not None and e.actor.text != "Badakhshan" for e in rows)


def test_a_place_that_has_seen_one_sided_attacks_has_no_sides(pipeline) -> None:
    text = "Lakki Marwat has seen a rise in attacks on police this year."
    rows = _types(pipeline, text, "ASSAULT")
    assert len(rows) == 1
    assert rows[0].recipient is not None and rows[0].recipient.id == "PAK-POLICE"


def test_one_sided_attack_on_unnamed_people_is_not_reversed(pipeline) -> None:
    text = "Gunmen shot dead two shopkeepers in Quetta on Monday."
    rows = _types(pipeline, text, "ASSAULT")
    assert len(rows) == 1


# ---------------------------------------------------------------- incident links


def test_doerless_mention_joins_the_incident_and_its_weapon(pipeline) -> None:
    text = (
        "A car bomb killed 12 people outside a bank in Jalalabad on Tuesday. "
        "Most of the dead were civil servants, officials in Jalalabad said on Tuesday."
    )
    attacks = _types(pipeline, text, "ASSAULT")
    assert len(attacks) == 2
    assert attacks[0].mode is not None
    assert {e.mode for e in attacks} == {attacks[0].mode}


def test_two_doers_stay_two_incidents(pipeline) -> None:
    text = (
        "Troops killed four militants in Mastung on Monday. "
        "Separately, gunmen of the Balochistan Liberation Army killed two traders in Mastung "
        "on Monday."
    )
    troops = [e for e in _types(pipeline, text, "ASSAULT") if e.actor and e.actor.id == "PAK-MIL"]
    assert troops and all(e.mode is None for e in troops)
