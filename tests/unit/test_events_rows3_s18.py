"""Session-18 rows fixes: rows whose trigger fired but which were lost or retyped later (the
denied sheltering behind a misparsed perfect, charged permission and facilitation, sponsored
labels, "backed by" an armed group, a courtesy call, a standing ban in a relative clause, and a
refuge a charge says is given)."""

from __future__ import annotations


def _events(pipeline, text: str):
    return pipeline.analyze(text, published="2026-03-05").events


def _of(pipeline, text: str, kind: str):
    return [e for e in _events(pipeline, text) if e.type == kind]


def test_denied_sheltering_after_misparsed_perfect_is_negated_aid(pipeline) -> None:
    rows = _of(
        pipeline,
        "He also denied that the Islamic Emirate had ever sheltered Pakistani militants.",
        "AID",
    )
    assert [(e.mode, e.factuality) for e in rows] == [("military", "negated")]


def test_denial_without_a_sheltering_verb_has_no_aid(pipeline) -> None:
    text = "He also denied that the Islamic Emirate held any Pakistani militants."
    assert _of(pipeline, text, "AID") == []


def test_charged_permission_to_operate_is_aid(pipeline) -> None:
    text = (
        "Pakistan's Foreign Office accused the Taliban of allowing the TTP to operate "
        "from Afghan soil."
    )
    rows = _of(pipeline, text, "AID")
    assert rows and all(e.mode == "military" for e in rows)
    assert _of(pipeline, text, "CONCEDE") == []


def test_charged_facilitation_is_aid(pipeline) -> None:
    rows = _of(pipeline, 'The ISPR accused the Taliban of "facilitating" the infiltration.', "AID")
    assert [e.mode for e in rows] == ["military"]


def test_facilitating_talks_is_no_charged_support(pipeline) -> None:
    text = "Pakistan accused Qatar of facilitating talks with the Taliban."
    assert _of(pipeline, text, "AID") == []


def test_sponsored_label_gives_the_sponsors_aid(pipeline) -> None:
    text = (
        "Security forces killed two militants in the hills, the ISPR said, adding that the "
        'dead men were "Indian-sponsored terrorists".'
    )
    rows = _of(pipeline, text, "AID")
    assert [(e.mode, e.factuality) for e in rows] == [("military", "alleged")]
    assert rows[0].actor is not None and rows[0].actor.id is not None


def test_unsponsored_label_gives_no_aid(pipeline) -> None:
    text = (
        "Security forces killed two militants in the hills, the ISPR said, adding that the "
        'dead men were "hardened terrorists".'
    )
    assert _of(pipeline, text, "AID") == []


def test_armed_groups_backed_by_a_state_is_aid(pipeline) -> None:
    text = (
        'Bugti described the assault as the work of "Fitna al-Hindustan", the term Islamabad '
        "now uses for Baloch separatist groups it says are backed by India."
    )
    assert [e.mode for e in _of(pipeline, text, "AID")] == ["military"]
    assert _of(pipeline, text, "SUPPORT") == []


def test_troops_backed_by_gunships_is_no_aid(pipeline) -> None:
    text = "Troops backed by helicopter gunships surrounded the train overnight."
    assert _of(pipeline, text, "AID") == []


def test_call_paid_on_a_prime_minister_is_a_visit(pipeline) -> None:
    text = "Wang Yi later called on Prime Minister Shehbaz Sharif at his office."
    assert [e.mode for e in _of(pipeline, text, "CONSULT")] == ["visit"]
    assert _of(pipeline, text, "REQUEST") == []


def test_call_on_someone_to_act_stays_a_request(pipeline) -> None:
    text = "Wang Yi called on Prime Minister Shehbaz Sharif to release the detainees."
    assert _of(pipeline, text, "REQUEST")
    assert _of(pipeline, text, "CONSULT") == []


def test_standing_ban_in_a_relative_clause_is_kept(pipeline) -> None:
    text = (
        'Human Rights Watch said Uzbekistan was "signing deals with a government that bars '
        'girls from secondary school".'
    )
    rows = _of(pipeline, text, "COERCE")
    assert [(e.mode, e.factuality) for e in rows] == [("ban", "generic")]


def test_enforcing_bans_in_a_relative_clause_describes_the_body(pipeline) -> None:
    text = "The money would pay for the very ministries that enforce the bans on women."
    assert _of(pipeline, text, "COERCE") == []


def test_refuge_a_charge_says_is_given_is_aid(pipeline) -> None:
    text = "Pakistan accused the Taliban of giving TTP leaders sanctuary."
    rows = _of(pipeline, text, "AID")
    assert [e.mode for e in rows] == ["military"]


def test_refuge_asked_for_is_no_charged_aid(pipeline) -> None:
    text = "Pakistan accused the Taliban of ignoring requests for sanctuary."
    assert _of(pipeline, text, "AID") == []
