"""Implicit recipients (recipients.yaml), the place rule and the optional trigger model."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tests.unit._events_util import extractor, linked_doc, nlp  # noqa: I001

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
