"""Implicit recipients (recipients.yaml), the place rule and the optional trigger model."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tests.unit._events_util import events, extractor, linked_doc, nlp  # noqa: I001

from watchfloor.extract.recipients import RecipientCueError, parse_cues
from watchfloor.extract.trigger_model import (
    TriggerModel,
    TriggerModelError,
    predicate_phrase,
    predicates,
)


def _with_sectors(linked, sectors):
    for aid, sector in sectors.items():
        linked.actors[aid].sector = sector
    return linked


def test_a_police_post_targets_the_police_named_in_the_document():
    text = "Police said militants stormed a police post on Wednesday."
    linked = _with_sectors(linked_doc(text, actors={"Police": "x-police"}), {"x-police": "COP"})
    [ev] = [e for e in extractor().extract(linked) if e.type == "ASSAULT"]
    assert ev.recipient is not None and ev.recipient.id == "x-police"
    assert any("recipient from" in n for n in ev.notes)


def test_a_reaction_to_the_accusation_targets_the_accuser():
    text = "Ruritania accused Freedonia of sheltering militants. Freedonia rejected the accusation."
    linked = linked_doc(text, actors={"Ruritania": "rur", "Freedonia": "fre"})
    # The second "Freedonia" is the actor of the rejection; map it too.
    second = text.rindex("Freedonia")
    linked.actor_mentions.append(
        type(linked.actor_mentions[0])(second, second + 9, "Freedonia", "fre", "test")
    )
    linked.actor_mentions.sort(key=lambda m: m.start)
    rejects = [e for e in extractor().extract(linked) if e.type == "REJECT"]
    assert rejects and rejects[0].recipient is not None
    assert rejects[0].recipient.id == "rur"


def test_recipient_cues_are_validated():
    with pytest.raises(RecipientCueError, match="not a PLOVER type"):
        parse_cues({"version": "1", "event_nouns": {"FIGHTING": ["war"]}}, "test")
    with pytest.raises(RecipientCueError, match="sectors"):
        parse_cues({"version": "1", "facilities": [{"nouns": ["post"]}]}, "test")
    with pytest.raises(RecipientCueError, match="both"):
        parse_cues(
            {"version": "1", "event_nouns": {"ACCUSE": ["claim"], "REQUEST": ["claim"]}}, "test"
        )


def test_place_attached_to_the_trigger_wins():
    text = "Officials in Quetta said militants attacked a checkpoint in Bannu on Monday."
    linked = linked_doc(text, places={"Quetta": "p:quetta", "Bannu": "p:bannu"})
    [ev] = [e for e in extractor().extract(linked) if e.type == "ASSAULT"]
    assert ev.place is not None and ev.place.id == "p:bannu"


def test_predicate_phrase_keeps_the_words_that_carry_the_type():
    doc = nlp()("The government refused to lift the ban on the party.")
    tok = next(t for t in doc if t.lemma_ == "refuse")
    assert predicate_phrase(tok) == "refuse lift ban"
    preds = predicates(doc[:], extractor().lexicon)
    assert [t.lemma_ for t in preds] == ["refuse"]


def test_trigger_model_file_is_validated(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"version": "t", "classes": ["ASSAULT"], "weights": [[0.0]]}))
    with pytest.raises(TriggerModelError, match="missing field"):
        TriggerModel.load(bad)


def test_trigger_model_types_only_confident_phrases():
    classes = ["ASSAULT", "NONE"]
    model = TriggerModel(
        "t", classes, np.zeros((384, 2), np.float32), np.array([2.0, 0.0]), 0.5, 0.0
    )
    probs = model.probabilities(np.zeros((1, 384), np.float32))
    assert probs[0, 0] > 0.8
    model.threshold = 0.99
    assert model.classify(["storm post"])[0][0] == "NONE"


def test_rejecting_an_accusation_reported_as_the_act_targets_the_accusing_state():
    from watchfloor.records import Actor, ActorMention

    text = (
        "A spokesman for the Atlantis foreign ministry said Borduria was arming the rebels. "
        "Borduria rejected the accusation."
    )
    linked = linked_doc(text, actors={})
    for surface, aid in (("Atlantis foreign ministry", "AAA-MOFA"), ("Borduria", "BBB")):
        start = text.find(surface)
        while start >= 0:
            linked.actor_mentions.append(
                ActorMention(start, start + len(surface), surface, aid, "test")
            )
            start = text.find(surface, start + 1)
    linked.actor_mentions.sort(key=lambda m: m.start)
    linked.actors["AAA"] = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
    linked.actors["AAA-MOFA"] = Actor("AAA-MOFA", "Atlantis MFA", sector="GOV", country="AAA")
    linked.actors["BBB"] = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
    [reject] = [e for e in extractor().extract(linked) if e.type == "REJECT"]
    assert reject.recipient is not None and reject.recipient.id in ("AAA", "AAA-MOFA")


def test_a_post_is_held_by_the_army_not_its_press_wing():
    from watchfloor.records import Actor

    text = "According to the press wing, militants attacked a border post on Monday."
    linked = linked_doc(text, actors={"press wing": "AAA-PR"})
    linked.actors["AAA-PR"] = Actor(
        "AAA-PR", "Atlantis army press wing", sector="MIL", country="AAA", parent="AAA-MIL"
    )
    [ev] = [e for e in extractor().extract(linked) if e.type == "ASSAULT"]
    assert ev.recipient is not None and ev.recipient.id == "AAA-MIL"


def test_a_statement_takes_no_place_from_what_it_is_about():
    text = "Atlantis accused Borduria of shelling villages in Zenda on Monday."
    linked = linked_doc(
        text, actors={"Atlantis": "aaa", "Borduria": "bbb"}, places={"Zenda": "p:zenda"}
    )
    [acc] = [e for e in extractor().extract(linked) if e.type == "ACCUSE"]
    assert acc.place is None
    text = "Atlantis and Borduria held talks in Zenda on Monday."
    linked = linked_doc(
        text, actors={"Atlantis": "aaa", "Borduria": "bbb"}, places={"Zenda": "p:zenda"}
    )
    talks = [e for e in extractor().extract(linked) if e.type == "CONSULT"]
    assert talks and talks[0].place is not None and talks[0].place.id == "p:zenda"


def _linked_all(text, actors, places=None, *, kinds=None):
    """Every occurrence of each actor surface is a linked mention; `kinds` sets
    (kind, country, sector) on actors and places."""
    from watchfloor.records import Actor, ActorMention, Place, PlaceMention

    linked = linked_doc(text, actors={}, places={})
    for surface, aid in actors.items():
        linked.actors.setdefault(aid, Actor(id=aid, name=surface))
        start = text.find(surface)
        while start >= 0:
            linked.actor_mentions.append(
                ActorMention(start, start + len(surface), surface, aid, "test")
            )
            start = text.find(surface, start + 1)
    for surface, pid in (places or {}).items():
        start = text.rindex(surface)  # the last occurrence: "Freedonia" after "Freedonian"
        linked.place_mentions.append(
            PlaceMention(start, start + len(surface), surface, pid, "test")
        )
        linked.places[pid] = Place(
            id=pid, name=surface, kind="city", country=None, lat=None, lon=None
        )
    for key, (kind, country, sector) in (kinds or {}).items():
        obj = linked.actors.get(key) or linked.places[key]
        obj.kind, obj.country = kind, country
        if sector is not None:
            obj.sector = sector
    linked.actor_mentions.sort(key=lambda m: m.start)
    return linked


def test_a_denial_with_no_object_answers_the_accuser():
    text = (
        "Ruritania accused Freedonia of harbouring rebels on Monday. "
        "Freedonia denied that any rebels lived on its soil."
    )
    linked = _linked_all(text, {"Ruritania": "rur", "Freedonia": "fre"})
    [rej] = [e for e in extractor().extract(linked) if e.type == "REJECT"]
    assert rej.recipient is not None and rej.recipient.id == "rur"
    assert any("answers" in n for n in rej.notes)


def test_a_pledge_with_no_addressee_goes_to_the_party_last_dealt_with():
    text = (
        "Ruritania accused Freedonia of closing the river to its boats. "
        "Freedonia pledged to reopen the river within a week."
    )
    linked = _linked_all(text, {"Ruritania": "rur", "Freedonia": "fre"})
    [agree] = [e for e in extractor().extract(linked) if e.type == "AGREE"]
    assert agree.recipient is not None and agree.recipient.id == "rur"


def test_aid_to_a_country_goes_to_its_government():
    text = (
        "The Freedonian government thanked its neighbours. "
        "Ruritania has sent 5,000 tonnes of food aid to Freedonia since last year."
    )
    linked = _linked_all(
        text,
        {"Freedonian government": "fre-gov", "Ruritania": "rur"},
        {"Freedonia": "p:fre"},
        kinds={
            "fre-gov": ("organization", "FRE", "GOV"),
            "rur": ("country", "RUR", None),
            "p:fre": ("country", "FRE", None),
        },
    )
    [aid] = [e for e in extractor().extract(linked) if e.type == "AID"]
    assert aid.recipient is not None and aid.recipient.id == "fre-gov"


def test_an_agentless_curfew_is_imposed_by_the_local_government():
    text = (
        "Freedonia said gunmen attacked a checkpoint in Lakeside on Monday. "
        "A curfew was imposed on the town and 30 suspects were detained."
    )
    linked = _linked_all(
        text,
        {"Freedonia": "fre"},
        {"Lakeside": "p:lakeside"},
        kinds={"fre": ("country", "FRE", None), "p:lakeside": ("city", "FRE", None)},
    )
    coerce = [e for e in extractor().extract(linked) if e.type == "COERCE"]
    assert coerce and all(e.actor is not None and e.actor.id == "fre" for e in coerce)


def test_typed_recipient_rules_name_plover_types():
    with pytest.raises(RecipientCueError, match="not PLOVER types"):
        parse_cues({"version": "1", "answer_types": ["DENIAL"]}, "test")
    cues = parse_cues(
        {"version": "1", "counterpart_types": ["agree"], "state_modes": ["Curfew"]}, "t"
    )
    assert cues.counterpart_types == frozenset({"AGREE"}) and "curfew" in cues.state_modes


def test_the_object_of_accused_of_or_urged_to_is_a_party():
    text = "The minister accused unnamed smuggling networks of arming the rebels."
    [acc] = [e for e in events(text, actors={"minister": "x-min"}) if e.type == "ACCUSE"]
    assert acc.recipient is not None and "networks" in acc.recipient.text
    text = "The agency urged lenders to fund new wells in the valley."
    [req] = [e for e in events(text, actors={"agency": "x-agency"}) if e.type == "REQUEST"]
    assert req.recipient is not None and req.recipient.text == "lenders"


def test_a_foreign_condemnation_of_a_state_bodys_act_addresses_the_state():
    text = (
        "The Ruritanian air force bombed a village in the valley on Monday, Ruritania said. "
        "Freedonia condemned the bombing."
    )
    linked = _linked_all(
        text,
        {"Ruritanian air force": "rur-af", "Ruritania": "rur", "Freedonia": "fre"},
        kinds={
            "rur-af": ("organization", "RUR", "MIL"),
            "rur": ("country", "RUR", None),
            "fre": ("country", "FRE", None),
        },
    )
    [cond] = [e for e in extractor().extract(linked) if e.type == "ACCUSE"]
    assert cond.recipient is not None and cond.recipient.id == "rur"


def test_its_fighters_are_the_speakers_even_when_the_possessive_was_linked_elsewhere():
    # the linker may resolve "its" to the wrong clause subject; the speaker's own side acts
    text = "The Ruritanian Front said its fighters ambushed a Freedonian convoy."
    linked = linked_doc(text, actors={"Ruritanian Front": "ruf", "its": "fre", "Freedonian": "fre"})
    [ev] = [e for e in extractor().extract(linked) if e.type == "ASSAULT"]
    assert ev.actor is not None and ev.actor.id == "ruf"
    assert ev.recipient is not None and ev.recipient.id == "fre"


def test_a_named_official_in_apposition_acts_rather_than_his_state():
    text = "Ruritania's envoy to the UN, Marko Petrov, condemned the blockade."
    linked = linked_doc(text, actors={"Ruritania": "rur"})
    [ev] = [e for e in extractor().extract(linked) if e.type == "ACCUSE"]
    assert ev.actor is not None and ev.actor.id != "rur"
    assert "Petrov" in (ev.actor.text or "")


def test_a_place_in_a_relative_clause_about_a_participant_is_not_the_events():
    text = (
        "The strikes killed 14 militants, including a commander it blamed for a bombing in Zenda."
    )
    assaults = [e for e in events(text, places={"Zenda": "p:zenda"}) if e.type == "ASSAULT"]
    # the blamed bombing is an event of its own (placed in Zenda); the strikes are not placed there
    [strikes] = [e for e in assaults if e.trigger == "killed"]
    assert strikes.place is None or strikes.place.name != "Zenda"


def test_a_place_in_a_participle_phrase_still_places_the_attack():
    text = "Militants attacked a convoy carrying engineers to the port of Zenda."
    [ev] = [e for e in events(text, places={"Zenda": "p:zenda"}) if e.type == "ASSAULT"]
    assert ev.place is not None and ev.place.name == "Zenda"
