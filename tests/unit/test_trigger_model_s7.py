"""Session 7: a candidate trigger model can be scored end to end without being shipped.

The statistical fallback stays off (no packaged `trigger_model.json`: it did not beat the rules
in cross-batch transfer); `$WATCHFLOOR_TRIGGER_MODEL` names a candidate file for `watchfloor eval`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.unit._events_util import linked_doc  # noqa: I001

from watchfloor.extract.events import EventExtractor
from watchfloor.extract.trigger_model import MODEL_ENV, MODEL_PATH, TriggerModelError, model_path

# Predicates the lexicon has no entry for: only a model could type them.
SILENT = (
    "The committee catalogued the old manuscripts on Tuesday.",
    "Engineers repainted the bridge near the harbour last week.",
)


def _always_assault(path: Path) -> Path:
    """A model that calls every phrase ASSAULT (p ≈ 0.88): it shows which file was used."""
    path.write_text(
        json.dumps(
            {
                "version": "t7",
                "classes": ["ASSAULT", "NONE"],
                "weights": [[0.0, 0.0]] * 384,
                "bias": [2.0, 0.0],
                "threshold": 0.5,
                "margin": 0.0,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_the_packaged_path_is_the_default(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_path() == MODEL_PATH


def test_the_fallback_is_off_without_a_model(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert not MODEL_PATH.exists()  # shipped only if it wins the transfer test
    ex = EventExtractor()
    assert ex.trigger_model is None
    assert "+tm" not in ex.version
    for text in SILENT:
        assert ex.extract(linked_doc(text)) == []


@pytest.mark.parametrize("text", SILENT)
def test_a_candidate_named_by_the_environment_types_silent_sentences(monkeypatch, tmp_path, text):
    monkeypatch.setenv(MODEL_ENV, str(_always_assault(tmp_path / "candidate.json")))
    ex = EventExtractor()
    assert ex.trigger_model is not None and ex.version.endswith("+tmt7")
    [event] = ex.extract(linked_doc(text))
    assert event.type == "ASSAULT"
    assert any("trigger model t7" in n for n in event.notes)


def test_an_explicit_model_argument_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(MODEL_ENV, str(_always_assault(tmp_path / "candidate.json")))
    assert EventExtractor(trigger_model=None).extract(linked_doc(SILENT[0])) == []


def test_a_named_candidate_that_is_missing_is_an_error(monkeypatch, tmp_path):
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "absent.json"))
    with pytest.raises(TriggerModelError, match="cannot read"):
        EventExtractor()
