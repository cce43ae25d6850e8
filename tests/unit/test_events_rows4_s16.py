"""Event rows, session 16 (second pass): an agreement of "the foreign ministers of" three states
gives one row per state aimed at the host (guide §1.3 and §8); an attack "later claimed by" a
group gives the claimant its own row (guide §1.3); "accused X of using Y to sponsor terrorism"
charges X with the support (guide §11, "Sponsor")."""

from __future__ import annotations


def _rows(analyze, text: str, kind: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in analyze(text).events
        if e.type == kind
    )


_SETTING = (
    "ISLAMABAD, Pakistan — China, Pakistan and the Taliban have exchanged several delegations "
    "this year. "
)


def test_three_states_ministers_agree_one_row_per_state(analyze):
    rows = _rows(
        analyze,
        _SETTING + "The foreign ministers of China, Pakistan and Afghanistan's Taliban "
        "administration agreed on Tuesday to extend a railway into Afghanistan, at a meeting "
        "in Islamabad.",
        "AGREE",
    )
    # Pakistan hosts: each guest's row is aimed at it, its own at the first-named guest
    assert ("CHN", "PAK") in rows
    assert ("taliban", "PAK") in rows
    assert ("PAK", "CHN") in rows


def test_two_states_ministers_are_not_three_parties(analyze):
    # near miss: two states named, so no third party's row appears
    rows = _rows(
        analyze,
        _SETTING + "The foreign ministers of China and Pakistan agreed on Tuesday to extend a "
        "railway into Afghanistan, at a meeting in Islamabad.",
        "AGREE",
    )
    assert all("taliban" not in row for row in rows)


_LAKKI = (
    "In October 2025, gunmen shot dead two police officers guarding a polio team in Lakki Marwat"
)


def test_an_attack_later_claimed_gives_the_claimant_a_row(analyze):
    evs = [
        e
        for e in analyze(
            _LAKKI + ", an attack later claimed by Islamic State Khorasan Province."
        ).events
        if e.type == "ASSAULT"
    ]
    claimed = [e for e in evs if e.actor is not None and e.actor.id == "iskp"]
    assert len(evs) >= 2 and len(claimed) == 1
    # the toll stays on the attack's own row
    assert claimed[0].fatalities is None
    assert claimed[0].factuality == evs[0].factuality


def test_an_attack_not_claimed_gives_no_claimant_row(analyze):
    # near miss: the claim is denied, so the group gets no row of its own
    rows = _rows(
        analyze,
        _LAKKI + ", an attack Islamic State Khorasan Province has not claimed.",
        "ASSAULT",
    )
    assert all(actor != "iskp" for actor, _ in rows)


def test_using_a_presence_to_sponsor_terrorism_is_the_charged_party_s_aid(analyze):
    rows = _rows(
        analyze,
        "Pakistan's Foreign Office has accused India of using its presence in Kabul to "
        '"sponsor terrorism" against Pakistan.',
        "AID",
    )
    assert [actor for actor, _ in rows] == ["IND"]


def test_using_talks_to_win_time_is_no_aid(analyze):
    # near miss: the end the means serves is no act of support
    rows = _rows(
        analyze,
        "Pakistan's Foreign Office has accused India of using the talks to win time.",
        "AID",
    )
    assert rows == []
