"""Session 8: the trigger model may type a *second* event in a sentence the lexicon coded.

"Militants attacked the post and catalogued the manuscripts": the lexicon codes the attack and
knows nothing of the second predicate. A model whose file sets `second_threshold` types such
coordinated or adverbial predicates (at that stricter threshold, only with a type the sentence
does not hold yet); without it — the default, and no model ships — nothing changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.unit._events_util import linked_doc, nlp  # noqa: I001

from watchfloor.extract.events import EventExtractor
from watchfloor.extract.trigger_model import TriggerModel, second_predicates
from watchfloor.extract.triggers import load_lexicon

TWO_ACTS = "Militants attacked a police post in Kandahar and catalogued the old manuscripts."
VOWED = "The militants vowed to storm the post and catalogue the old manuscripts."


def _always(tmp_path: Path, etype: str, second: float | None) -> TriggerModel:
    """A model that calls every phrase `etype` (p ≈ 0.88)."""
    raw: dict[str, object] = {
        "version": "t8",
        "classes": [etype, "NONE"],
        "weights": [[0.0, 0.0]] * 384,
        "bias": [2.0, 0.0],
        "threshold": 0.5,
        "margin": 0.0,
    }
    if second is not None:
        raw["second_threshold"] = second
    path = tmp_path / "m.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return TriggerModel.load(path)


def _types(model: TriggerModel | None, text: str) -> list[str]:
    return sorted(e.type for e in EventExtractor(trigger_model=model).extract(linked_doc(text)))


def test_the_lexicon_codes_only_the_first_act():
    assert _types(None, TWO_ACTS) == ["ASSAULT"]


def test_second_events_are_off_unless_the_model_asks(tmp_path):
    model = _always(tmp_path, "PROTEST", None)
    assert model.second_threshold is None
    assert _types(model, TWO_ACTS) == ["ASSAULT"]


def test_a_second_predicate_is_typed_beside_the_lexicon_event(tmp_path):
    model = _always(tmp_path, "PROTEST", 0.5)
    events = EventExtractor(trigger_model=model).extract(linked_doc(TWO_ACTS))
    assert sorted(e.type for e in events) == ["ASSAULT", "PROTEST"]
    [typed] = [e for e in events if e.type == "PROTEST"]
    assert any("trigger model t8" in n for n in typed.notes)


def test_the_second_threshold_is_its_own(tmp_path):
    # p ≈ 0.88 passes the silent threshold (0.5) but not a stricter second threshold
    assert _types(_always(tmp_path, "PROTEST", 0.95), TWO_ACTS) == ["ASSAULT"]


def test_a_type_the_sentence_holds_is_not_added_again(tmp_path):
    assert _types(_always(tmp_path, "ASSAULT", 0.5), TWO_ACTS) == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TWO_ACTS, ["catalogued"]),
        # the complement of a coded trigger is its content, not a second act
        (VOWED, []),
    ],
)
def test_second_predicates(text, expected):
    lex = load_lexicon()
    sent = next(nlp()(text).sents)
    coded = [t for t in sent if t.lower_ in ("attacked", "vowed")]
    assert [t.text for t in second_predicates(sent, lex, set(), coded)] == expected
