"""Document-level event coding: back-references, anaphoric actors, pledges of restraint,
attributive participles and one side's account (alleged)."""

from __future__ import annotations

from tests.unit._events_util import events, extractor, linked_doc  # noqa: I001  (test helper on the unit-test path)

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


# ---------------------------------------------------------------- arguments across sentences


def _linked_all(text: str, mentions: dict[str, tuple[str, str]], actors: list[Actor], **kw):
    """Every occurrence of each surface in `mentions` (surface → (actor id, linking rule))."""
    from tests.unit._events_util import linked_doc, mention_every

    linked = linked_doc(text, actors={}, **kw)
    for surface, (aid, rule) in mentions.items():
        mention_every(linked, surface, aid, rule)
    linked.actor_mentions.sort(key=lambda m: m.start)
    for a in actors:
        linked.actors[a.id] = a
    return linked


def _extract(linked):
    from tests.unit._events_util import extractor

    return extractor().extract(linked)


_FRONT = Actor("front", "Zenda Front", sector="REB", country="AAA")
_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_RURITANIA = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")


def test_attackers_the_linker_attributes_to_a_group_stay_unnamed():
    text = (
        "Masked gunmen stormed a checkpoint near the river on Monday. "
        "The Zenda Front later claimed responsibility."
    )
    linked = _linked_all(
        text,
        {"gunmen": ("front", "attributed"), "Zenda Front": ("front", "name")},
        [_FRONT],
    )
    # the later claim of responsibility is a row of its own (guide §1.3); the storming is first
    attack = next(e for e in _extract(linked) if e.type == "ASSAULT")
    assert attack.trigger == "stormed"
    assert attack.actor is not None and attack.actor.id is None
    assert "gunmen" in (attack.actor.text or "").lower()


def test_both_countries_are_taken_in_the_order_the_article_named_them():
    text = (
        "Atlantis accused Borduria of shelling border villages. "
        "Ruritania urged both countries to show restraint."
    )
    linked = _linked_all(
        text,
        {"Atlantis": ("AAA", "name"), "Borduria": ("BBB", "name"), "Ruritania": ("RRR", "name")},
        [_ATLANTIS, _BORDURIA, _RURITANIA],
    )
    reqs = [e for e in _extract(linked) if e.type == "REQUEST"]
    # one appeal to each party, the first-named first
    assert [r.recipient.id for r in reqs if r.recipient] == ["AAA", "BBB"]
    assert all(r.actor is not None and r.actor.id == "RRR" for r in reqs)


def test_a_protest_without_a_target_addresses_the_local_government():
    text = "Atlantis raised fuel prices last week. Hundreds of farmers protested on Monday."
    linked = _linked_all(text, {"Atlantis": ("AAA", "name")}, [_ATLANTIS])
    linked.focus_countries = ["AAA"]
    [protest] = [e for e in _extract(linked) if e.type == "PROTEST"]
    assert protest.recipient is not None and protest.recipient.id == "AAA"
    assert protest.actor is not None and "farmers" in (protest.actor.text or "")


def test_a_later_casualty_sentence_takes_the_attackers_of_the_incident():
    text = "Militants ambushed a convoy near the river on Monday. Three guards died in the ambush."
    evs = [e for e in _extract(_linked_all(text, {}, [])) if e.type == "ASSAULT"]
    assert len(evs) == 2
    assert evs[1].actor is not None and "militants" in (evs[1].actor.text or "").lower()


def test_conjoined_demonyms_sharing_a_noun_act_on_each_other():
    text = "Atlantian and Bordurian forces exchanged heavy fire along the border."
    linked = _linked_all(
        text,
        {"Atlantian": ("AAA", "demonym"), "Bordurian forces": ("BBB", "alias")},
        [_ATLANTIS, _BORDURIA],
    )
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in _extract(linked)
        if e.type == "ASSAULT"
    }
    assert pairs == {("AAA", "BBB"), ("BBB", "AAA")}


def test_a_demand_targets_the_party_its_clause_is_about():
    text = "Atlantis demanded that Borduria close the training camps."
    linked = _linked_all(
        text, {"Atlantis": ("AAA", "name"), "Borduria": ("BBB", "name")}, [_ATLANTIS, _BORDURIA]
    )
    [req] = [e for e in _extract(linked) if e.type == "REQUEST"]
    assert req.actor is not None and req.actor.id == "AAA"
    assert req.recipient is not None and req.recipient.id == "BBB"


def test_a_speech_act_coordinated_inside_a_report_belongs_to_the_speaker():
    text = "Ruritania said civilians had been killed in the fighting and called for an inquiry."
    linked = _linked_all(text, {"Ruritania": ("RRR", "name")}, [_RURITANIA])
    [req] = [e for e in _extract(linked) if e.type == "REQUEST"]
    assert req.actor is not None and req.actor.id == "RRR"


def test_they_after_an_unnamed_group_is_that_group():
    # the group the previous sentence named acts again, though no knowledge-base id exists
    text = (
        "Village elders appealed to the governor to reopen the market. "
        "They marched to the office of the governor on Sunday."
    )
    linked = linked_doc(text, actors={"Village elders": "prov:elders"})
    evs = extractor().extract(linked)
    later = [e for e in evs if e.span[0] > text.index("They")]
    assert later and later[0].actor is not None and later[0].actor.id == "prov:elders"
