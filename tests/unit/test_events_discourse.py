"""Document-level event coding: back-references, anaphoric actors, pledges of restraint,
attributive participles and one side's account (alleged)."""

from __future__ import annotations

from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)

from watchfloor.extract.events import _one_sides_account
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorRef


def test_definite_noun_after_coded_event_is_not_a_new_event():
    text = (
        "Militants stormed a police post in Bannu on Wednesday, killing four policemen. "
        "The attack was the deadliest this year."
    )
    evs = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert evs[0].trigger.startswith("stormed")


def test_the_attackers_resolve_to_the_perpetrators_named_earlier():
    text = (
        "Heavily armed militants stormed a police post on Wednesday. "
        "The attackers opened fire from several directions."
    )
    second = [e for e in events(text) if "opened" in e.trigger or "fire" in e.trigger]
    assert second
    assert second[0].actor is not None
    assert "militants" in second[0].actor.text.lower()


def test_pledge_to_refrain_from_hostility_stays_agreement():
    evs = events("The two governments agreed not to attack each other.")
    assert [e.type for e in evs] == ["AGREE"]


def test_attributive_participle_is_not_an_event():
    evs = events("The banned group held a meeting with tribal elders in Quetta.")
    assert "COERCE" not in {e.type for e in evs}


def _kb() -> LinkedDoc:
    linked = LinkedDoc(doc=None)  # type: ignore[arg-type]
    for a in (
        Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country"),
        Actor("AAA-MIL", "Atlantis army", sector="MIL", country="AAA", parent="AAA"),
        Actor("BBB-GOV", "Borduria government", sector="GOV", country="BBB"),
        Actor("front", "Liberation Front", sector="REB", country="AAA"),
    ):
        linked.actors[a.id] = a
    return linked


def _ref(actor_id: str | None) -> ActorRef | None:
    return ActorRef(id=actor_id, name=None, text=actor_id or "") if actor_id else None


def test_one_sides_account():
    kb = _kb()
    # The other side's version of an attack on it by a named adversary.
    assert _one_sides_account(_ref("BBB-GOV"), _ref("AAA-MIL"), None, "ASSAULT", kb)
    # An armed group claiming its own attack on a named enemy.
    assert _one_sides_account(_ref("front"), _ref("front"), _ref("AAA-MIL"), "ASSAULT", kb)
    # The army reporting its own operation against unnamed militants: asserted.
    assert not _one_sides_account(
        _ref("AAA"), _ref("AAA-MIL"), _ref("prov:militants"), "ASSAULT", kb
    )
    # A speaker's own statement is what it said, not a contested account.
    assert not _one_sides_account(_ref("AAA"), _ref("AAA"), _ref("BBB-GOV"), "ACCUSE", kb)


def test_victim_subject_is_the_recipient():
    evs = [e for e in events("Four soldiers lost their lives.") if e.type == "ASSAULT"]
    assert evs and evs[0].actor is None
    assert evs[0].recipient is not None and "soldiers" in evs[0].recipient.text


def test_string_of_attacks_is_reported_not_referred_back():
    text = "The Front has carried out a string of attacks on security forces this year."
    evs = [e for e in events(text) if e.type == "ASSAULT"]
    assert evs and evs[0].trigger == "attacks"


def test_in_protest_is_a_protest():
    assert "PROTEST" in {e.type for e in events("Shops in the town remained closed in protest.")}
