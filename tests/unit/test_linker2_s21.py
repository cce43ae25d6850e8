"""Linking of session 21, second helper: "Afghan fighters" are the ruling movement's; "his men",
"its fighters", "his forces" are the body the possessive (or the commander it refers to) stands
for; "a faction calling itself X" is X; "the federal interior ministry" is the ministry; a
checkpost the passage gives to the police is the police's; "intelligence units" are the state's
intelligence service. One short text per rule with a near miss; invented names."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _ids(linked, text: str) -> set[str | None]:
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


# --- "Afghan fighters" ------------------------------------------------------------------------


def test_afghan_fighters_are_the_ruling_movement(link) -> None:
    linked = link(
        "ZARANJ, Afghanistan — Guards exchanged fire across the canal on Sunday. "
        "Tehran said four Afghan fighters were wounded in the exchange near the post."
    )
    assert _ids(linked, "Afghan fighters") == {"taliban"}


def test_fighters_of_a_state_are_not_its_army(link) -> None:
    # near miss: a state's government is no armed movement, its "fighters" stay unowned
    linked = link(
        "QUETTA, Pakistan — Officials said on Monday that Pakistani fighters had returned "
        "from the camps across the mountains."
    )
    assert not (_ids(linked, "Pakistani fighters") & {"PAK", "PAK-MIL"})


# --- possessed fighters --------------------------------------------------------------------------


def test_commanders_men_are_his_movement(link) -> None:
    linked = link(
        "KABUL, Afghanistan — Shooting broke out at the crossing on Friday. "
        "A Taliban commander in Herat said his men had shot down a drone over the river."
    )
    assert _ids(linked, "men") == {"taliban"}


def test_villagers_men_stay_their_own(link) -> None:
    # near miss: civilians' men are nobody's fighters
    linked = link(
        "KABUL, Afghanistan — Shooting broke out at the crossing on Friday. "
        "The villagers said their men had been taken away by the guards."
    )
    assert "taliban" not in _ids(linked, "men")


def test_self_styled_faction_and_its_fighters(link) -> None:
    linked = link(
        "BANNU, Pakistan — Gunmen attacked a convoy on Monday. A TTP splinter faction calling "
        "itself the Lions of Justice Group claimed the raid, saying its fighters had destroyed "
        "two vehicles."
    )
    brigade = _ids(linked, "the Lions of Justice Group")
    assert len(brigade) == 1 and "ttp" not in brigade
    assert _ids(linked, "fighters") == brigade


def test_group_blamed_without_a_self_styled_name_keeps_its_fighters(link) -> None:
    # near miss: no name of its own, "its fighters" stay the TTP's
    linked = link(
        "BANNU, Pakistan — Gunmen attacked a convoy on Monday. The TTP claimed the raid, "
        "saying its fighters had destroyed two vehicles."
    )
    assert _ids(linked, "fighters") == {"ttp"}


# --- national bodies -------------------------------------------------------------------------


def test_federal_interior_ministry_is_the_ministry(link) -> None:
    linked = link(
        "ISLAMABAD, Pakistan — The federal interior ministry denied the charge on Friday, "
        "saying the devices had been delivered."
    )
    assert _ids(linked, "The federal interior ministry") == {"PAK-MOI"}


def test_unqualified_interior_ministry_stays_the_ministry(link) -> None:
    # near miss: no sub-national tier, the national ministry as before
    linked = link("ISLAMABAD, Pakistan — The interior ministry denied the charge on Friday.")
    assert _ids(linked, "The interior ministry") == {"PAK-MOI"}


# --- security posts -----------------------------------------------------------------------------


def test_checkpost_after_the_police_is_the_polices(link) -> None:
    linked = link(
        "BANNU, Pakistan — Militants stormed a police station before dawn on Monday, a police "
        "officer said. Another group attacked a checkpost on the highway nearby."
    )
    assert _ids(linked, "a checkpost") == {"PAK-POLICE"}


def test_checkpost_after_the_army_stays_the_armys(link) -> None:
    # near miss: the service named before it is the army
    linked = link(
        "BANNU, Pakistan — Soldiers repelled an assault on a fort on Monday, the army said. "
        "Another group attacked a checkpost on the highway nearby."
    )
    assert _ids(linked, "a checkpost") == {"PAK-MIL"}


# --- intelligence units -------------------------------------------------------------------------


def test_intelligence_units_are_the_intelligence_service(link) -> None:
    linked = link(
        "QUETTA, Pakistan — Intelligence units raided two houses on the outskirts on Sunday."
    )
    assert _ids(linked, "Intelligence units") == {"PAK-ISI"}


def test_police_units_are_not_intelligence(link) -> None:
    # near miss: another service's units
    linked = link("QUETTA, Pakistan — Police units raided two houses on the outskirts on Sunday.")
    assert "PAK-ISI" not in {m.actor_id for m in linked.actor_mentions}
