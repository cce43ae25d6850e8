"""The trigger lexicon is validated on load with clear errors."""

import pytest

from watchfloor.extract.triggers import LexiconError, load_lexicon


def test_packaged_lexicon_loads():
    lex = load_lexicon()
    assert lex.version
    assert {e.type for entries in lex.entries.values() for e in entries} >= {
        "ASSAULT",
        "CONSULT",
        "AGREE",
    }


def test_bad_type_is_reported(tmp_path):
    bad = tmp_path / "events.yaml"
    bad.write_text('version: "x"\ntriggers:\n  - {lemma: [hit], pos: VERB, type: SMASH}\n')
    with pytest.raises(LexiconError, match=r"triggers\[0\].*SMASH"):
        load_lexicon(bad)


def test_yaml_boolean_is_reported(tmp_path):
    bad = tmp_path / "events.yaml"
    bad.write_text(
        'version: "x"\ntriggers:\n  - {lemma: [fire], pos: VERB, type: ASSAULT, prep: [on]}\n'
    )
    with pytest.raises(LexiconError, match="booleans"):
        load_lexicon(bad)


def test_custom_lexicon_path(tmp_path):
    from tests.unit._events_util import linked_doc

    from watchfloor.extract.events import EventExtractor

    lex = tmp_path / "events.yaml"
    lex.write_text('version: "t1"\ntriggers:\n  - {lemma: [frobnicate], pos: VERB, type: COERCE}\n')
    ex = EventExtractor(lexicon_path=lex)
    assert "t1" in ex.version
    assert ex.extract(linked_doc("Militants attacked a post.")) == []
