"""s22 fixes, run through the full pipeline: "expect X to" speaks for its subject, and an
organisation's initials the tagger takes for a pronoun ("WHO") still join coordinated speakers."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

PUB = "2026-06-15T10:00:00+00:00"


@pytest.fixture(scope="module")
def pipe():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def _speakers(pipe, text, cue):
    claims = pipe.analyze(text, published=PUB).claims
    return [c.speaker.id if c.speaker else None for c in claims if c.cue.lower().startswith(cue)]


def test_expect_unlinked_subject_is_not_the_object(pipe):
    text = "Officials expect the Taliban to reopen the crossing next week."
    claims = [c for c in pipe.analyze(text, published=PUB).claims if c.cue == "expect"]
    assert claims and all(c.speaker is not None for c in claims)
    assert claims[0].speaker.id is None
    assert claims[0].speaker.text == "Officials"


def test_expect_linked_subject_keeps_its_actor(pipe):
    text = "Pakistani officials expect the Taliban to reopen the crossing next week."
    assert _speakers(pipe, text, "expect") == ["PAK"]


def test_who_and_unicef_both_speak_under_a_borrowed_subject(pipe):
    text = (
        "WHO and UNICEF condemned the attack in a joint statement, saying health workers "
        "must never be targeted."
    )
    assert sorted(_speakers(pipe, text, "saying")) == ["unicef", "who"]
    bare = "WHO and UNICEF condemned the attack, saying health workers must never be targeted."
    assert sorted(_speakers(pipe, bare, "saying")) == ["unicef", "who"]


def test_lowercase_who_stays_a_relative_pronoun(pipe):
    # near miss: a real relative "who" is no organisation and adds no co-speaker
    text = "Officials, who said the crossing was closed, left the border."
    assert "who" not in _speakers(pipe, text, "said")
