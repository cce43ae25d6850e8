"""Claim detection, session 18: closing sources, monitors' findings and misparsed clauses.

* "A, according to X, but/and B": the source set after one clause vouches for that clause only.
* A monitor (UNAMA, a rights group) closing a finding of harm ("…, the report said") makes a
  claim, as it does before its content; its "and that B" clauses are one set of findings.
* 'said the state would not be "held hostage by …"': a modal clause the parser read as the
  cue's object is still the reported clause.
"""

from __future__ import annotations

from tests.unit._events_util import analyzed_claims as _claims


def test_according_to_does_not_vouch_for_a_clause_joined_after_it(pipeline):
    claims = _claims(
        pipeline,
        "Two kidnappers were killed in the gunfight, according to police, but residents said "
        "only one body had been taken away.",
    )
    according = [c for c in claims if c.cue == "according to"]
    assert [c.content for c in according] == ["Two kidnappers were killed in the gunfight"]
    assert any(c.cue == "said" and c.content.startswith("only one body") for c in claims)


def test_according_to_after_both_clauses_still_covers_them(pipeline):
    claims = _claims(
        pipeline,
        "Al-Qaeda still runs training camps in four provinces and the TTP enjoy shelter, "
        "according to a UN report.",
    )
    according = [c for c in claims if c.cue == "according to"]
    assert according
    assert "the TTP enjoy shelter" in according[-1].content


def test_monitor_closing_a_finding_of_harm_makes_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "The United Nations mission in Afghanistan said on Tuesday that it had documented at "
        "least 152 extrajudicial killings. Many were killed after being taken from their homes "
        "at night, the report said.",
    )
    assert any(c.content.startswith("Many were killed") for c in claims)


def test_official_closing_a_report_of_harm_stays_sourcing(pipeline):
    claims = _claims(
        pipeline,
        "The provincial government said on Tuesday that it would send more police to the "
        "district. Many were killed after being taken from their homes at night, police said.",
    )
    assert not any(c.content.startswith("Many were killed") for c in claims)


def test_monitor_second_that_clause_is_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "UNAMA said women had been detained at checkpoints, and that several were held for "
        "weeks without charge.",
    )
    assert any(c.content == "several were held for weeks without charge" for c in claims)


def test_government_second_that_clause_is_unchanged(pipeline):
    claims = _claims(
        pipeline,
        "Pakistan said women had also been detained for travelling without a male guardian, "
        "and that several were held for weeks without charge.",
    )
    assert not any(c.content == "several were held for weeks without charge" for c in claims)


def test_modal_clause_misread_as_object_is_a_claim(pipeline):
    claims = _claims(
        pipeline,
        "Interior Minister Mohsin Naqvi condemned the attacks and said the state would not be "
        '"held hostage by a handful of terrorists".',
    )
    said = [c for c in claims if c.cue == "said"]
    assert len(said) == 1
    assert said[0].content.startswith("the state would not be")


def test_plain_object_of_said_is_no_claim(pipeline):
    claims = _claims(
        pipeline,
        "Interior Minister Mohsin Naqvi condemned the attacks and said a few words at the funeral.",
    )
    assert not [c for c in claims if c.cue == "said"]
