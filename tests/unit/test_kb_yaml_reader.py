"""The knowledge base read with libyaml's parser gives what the pure parser gave, and a
malformed file keeps the pure parser's message (behaviour only, never timings)."""

from __future__ import annotations

import pytest
import yaml

from watchfloor.kb.actors import KnowledgeBase, KnowledgeBaseError, data_paths


def test_kb_files_read_with_libyaml_equal_the_pure_parser():
    for path in data_paths():
        raw = path.read_bytes()
        assert KnowledgeBase()._read(path) == (yaml.safe_load(raw) or {})


def test_kb_loaded_twice_is_the_same(tmp_path):
    first, second = KnowledgeBase.load(), KnowledgeBase.load()
    assert first.version == second.version
    assert [a.id for a in first.all()] == [a.id for a in second.all()]


def test_malformed_kb_file_keeps_the_pure_parsers_message(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n- {id: x, name: X\n- {id: y}\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(path.read_bytes())
    with pytest.raises(KnowledgeBaseError) as err:
        KnowledgeBase.load([path])
    assert str(getattr(pure.value, "problem", "")) in str(err.value)
    assert f"line {pure.value.problem_mark.line + 1}" in str(err.value)  # type: ignore[attr-defined]
