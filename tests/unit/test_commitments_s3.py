"""Commitment status from later evidence (commitment_rules.yaml) and the ledger's evidence rules."""

from __future__ import annotations

import pytest

from watchfloor.analyze.commitments import (
    CommitmentRecord,
    CommitmentRulesError,
    LaterClaim,
    LaterEvent,
    apply_later_evidence,
    commitment_kinds,
    current_status,
    derive_status_history,
    load_status_rules,
)
from watchfloor.analyze.ledger import load_evidence_rules

CEASEFIRE = "a ceasefire along the border"
HANDOVER = "to hand over the wanted militants"


def _made(day: str = "2025-10-19", status: str = "made") -> list[dict]:
    return [{"status": status, "date": day, "evidence": ["cm_1"]}]


def _event(eid, day, actor, recipient, kind="ASSAULT", sectors=(), factuality="asserted"):
    return LaterEvent(
        id=eid,
        date=day,
        type=kind,
        actors=frozenset(actor),
        recipients=frozenset(recipient),
        recipient_sectors=frozenset(sectors),
        factuality=factuality,
    )


def _apply(history, content, events=(), claims=(), actor="taliban", beneficiary="PAK", **kw):
    return apply_later_evidence(
        history,
        actor=actor,
        beneficiary=beneficiary,
        content=content,
        events=list(events),
        claims=list(claims),
        **kw,
    )


def test_kinds_come_from_content_words():
    assert commitment_kinds("the fragile truce agreed in Doha") == {"ceasefire"}
    assert "handover" in commitment_kinds("to extradite the suspects")
    assert "territory" in commitment_kinds("not to allow its soil to be used against anyone")
    assert commitment_kinds("to set up a joint trade house") == set()


def test_attack_between_the_parties_after_the_pledge_breaks_a_ceasefire_either_way():
    events = [
        _event("ev_before", "2025-10-10", {"PAK-MIL", "PAK"}, {"taliban"}),
        _event("ev_third", "2025-10-21", {"iskp"}, {"PAK"}),
        _event("ev_hypo", "2025-10-21", {"PAK"}, {"taliban"}, factuality="hypothetical"),
        _event("ev_break", "2025-10-22", {"PAK-MIL", "PAK"}, {"AFG-MIL", "taliban"}),
        _event("ev_same_day", "2025-10-22", {"taliban"}, {"PAK"}),
        _event("ev_later", "2025-11-02", {"taliban"}, {"PAK"}),
    ]
    history = _apply(_made(), CEASEFIRE, events)
    assert [(h["status"], h["date"]) for h in history] == [
        ("made", "2025-10-19"),
        ("broken", "2025-10-22"),
    ]
    assert history[1]["evidence"] == ["ev_break", "ev_same_day"]
    assert history[1]["derived"] is True
    assert current_status(history) == "broken"


def test_a_reaffirmed_ceasefire_can_be_broken_again():
    history = _made() + [{"status": "reaffirmed", "date": "2025-11-01", "evidence": ["cm_2"]}]
    events = [
        _event("ev_1", "2025-10-22", {"PAK"}, {"taliban"}),
        _event("ev_2", "2025-11-05", {"taliban"}, {"PAK"}),
    ]
    statuses = [h["status"] for h in _apply(history, CEASEFIRE, events)]
    assert statuses == ["made", "broken", "reaffirmed", "broken"]


def test_a_demanded_ceasefire_is_not_broken_and_unknown_parties_match_nothing():
    event = _event("ev_1", "2025-10-22", {"PAK"}, {"taliban"})
    demanded = _made(status="demanded")
    assert _apply(demanded, CEASEFIRE, [event]) == demanded
    assert _apply(_made(), CEASEFIRE, [event], beneficiary=None) == _made()


def test_handover_is_fulfilled_by_coercing_militants_not_civilians():
    events = [
        _event("ev_civ", "2025-11-01", {"taliban"}, {"prov:men"}, kind="COERCE"),
        _event("ev_ttp", "2025-11-03", {"taliban"}, {"ttp"}, kind="COERCE", sectors={"REB"}),
        _event("ev_other", "2025-11-04", {"PAK"}, {"ttp"}, kind="COERCE", sectors={"REB"}),
    ]
    history = _apply(_made(status="demanded"), HANDOVER, events)
    assert [(h["status"], h["evidence"]) for h in history] == [
        ("demanded", ["cm_1"]),
        ("fulfilled", ["ev_ttp"]),
    ]


def test_a_claim_that_the_pledge_is_not_kept_disputes_it():
    accusation = LaterClaim(
        id="cl_1",
        date="2025-12-01",
        speakers=frozenset({"PAK-MOFA", "PAK"}),
        content="the Taliban have taken no action against the militants they promised to hand over",
    )
    own_denial = LaterClaim(
        id="cl_2",
        date="2025-11-20",
        speakers=frozenset({"zabihullah-mujahid", "taliban"}),
        content="the Islamic Emirate has not violated the handover agreement",
    )
    history = _apply(_made(), HANDOVER, claims=[own_denial, accusation])
    assert [(h["status"], h["evidence"]) for h in history] == [
        ("made", ["cm_1"]),
        ("disputed", ["cl_1"]),
    ]
    unrelated = _apply(_made(), HANDOVER, claims=[accusation], similarity=lambda a, b: 0.1)
    assert unrelated == _made()


def test_a_renewed_demand_does_not_undo_a_pledge():
    def mention(status, day, evidence):
        return CommitmentRecord(
            actor=None,
            beneficiary=None,
            content=HANDOVER,
            span=(0, 1),
            sentence="",
            date=day,
            status=status,
            evidence=[evidence],
        )

    history = derive_status_history(
        [
            mention("demanded", "2025-01-02", "d1"),
            mention("made", "2025-02-03", "m1"),
            mention("demanded", "2025-03-04", "d2"),
        ]
    )
    assert [h["status"] for h in history] == ["demanded", "made", "demanded"]
    assert history[-1]["renewed"] is True and "renewed" not in history[0]
    assert current_status(history) == "made"


def test_status_rules_file_is_checked(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("kinds: {x: [a]}\nevents:\n  - {kind: y, status: broken, parties: both-ways}\n")
    with pytest.raises(CommitmentRulesError):
        load_status_rules(bad)
    assert load_status_rules().events


def test_evidence_rules_do_not_count_reactions_as_confirmation():
    rules = load_evidence_rules()
    soil = rules["afghan-soil-used-against-pakistan"]
    for rule in soil:
        if rule.supports == "for":
            assert not rule.actors & {"PAK", "PAK-MIL", "bla"}
    india = rules["india-backs-militants-in-pakistan"]
    assert all("ACCUSE" not in r.types and "ASSAULT" not in r.types for r in india)


def _link_fixture():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "_claims_fixtures", Path(__file__).with_name("test_claims_extractor.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.link


link = _link_fixture()


def _demands(link, text):
    from watchfloor.analyze.commitments import extract_commitments

    return [r for r in extract_commitments(link(text), [], []) if r.status == "demanded"]


def test_mandative_clause_is_a_demand_and_names_who_must_act(link):
    (r,) = _demands(link, "Pakistan demanded that Kabul hand over the group's leaders.")
    assert r.content == "that Kabul hand over the group's leaders"
    assert r.actor is not None and r.actor.text == "Kabul"
    assert _demands(link, "Residents demanded that the crossing be reopened.")


@pytest.mark.parametrize(
    "text",
    [
        "He insisted that the group had been largely eliminated in Afghanistan.",
        "He insisted that no armed group was active on Afghan soil.",
        "A strategy would ask why the Taliban would turn on their allies.",
        "The official asked not to be named.",
        "Neither is asking Haqqani for anything in return.",
        "The activists criticised the government for what they called silence on the issue.",
        "Relocating the fighters is something Pakistan has demanded for three years.",
    ],
)
def test_reports_questions_and_own_wishes_are_not_demands(link, text):
    assert _demands(link, text) == []


def test_the_other_side_of_a_joint_pledge_is_its_beneficiary(link):
    from watchfloor.analyze.commitments import extract_commitments

    records = extract_commitments(
        link("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha."),
        [],
        [],
    )
    pledge = next(r for r in records if r.cue == "agreed")
    assert pledge.actor.id == "PAK" and pledge.beneficiary is not None
    assert pledge.beneficiary.id not in (None, "PAK")
    assert "territory" not in commitment_kinds(pledge.content)
    assert "ceasefire" in commitment_kinds(pledge.content)


def test_a_pledge_noun_is_not_its_own_maker_and_a_date_is_not_its_content(link):
    from watchfloor.analyze.commitments import extract_commitments

    text = "A ceasefire agreed in Doha on October 19 has largely held."
    assert all(
        (r.actor is None or r.actor.text != "ceasefire") and r.content != "October 19"
        for r in extract_commitments(link(text), [], [])
    )
    records = extract_commitments(link("The ministers signed an agreement on Monday."), [], [])
    assert all(r.content != "Monday" for r in records)


def test_evidence_rules_can_require_the_victims_sector(tmp_path):
    from watchfloor.analyze import ledger
    from watchfloor.errors import UserError

    strikes = load_evidence_rules()["pakistan-strikes-killed-civilians"]
    assert all(r.recipient_sectors == {"CVL", "REF"} for r in strikes)
    bad = tmp_path / "evidence.yaml"
    bad.write_text("evidence:\n  p:\n    - {types: [ASSAULT], victims: [CVL], supports: for}\n")
    with pytest.raises(UserError):
        ledger._load_rules_file(bad)
