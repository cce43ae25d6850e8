"""A person whose office was named in an earlier sentence: their own side's plan is the
event it announces, not a claim; near-misses stay claims."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

_PLAN = "Abbasi said {subject} would raise a special railway security force of 2,000 men."


def _said(claims):
    return [c for c in claims if c.cue.lower() == "said"]


@pytest.mark.parametrize(
    "intro",
    [
        "The accord was signed by Pakistan's railways minister, Hanif Abbasi, in Tashkent.",
        "The accord was signed by Hanif Abbasi, Pakistan's railways minister, in Tashkent.",
    ],
)
def test_office_named_earlier_makes_own_plan_an_event(claims_of, intro):
    assert not _said(claims_of(f"{intro} {_PLAN.format(subject='Pakistan')}"))


@pytest.mark.parametrize(
    ("intro", "plan"),
    [
        # the other side's act is still his account of it
        (
            "The accord was signed by Pakistan's railways minister, Hanif Abbasi, in Tashkent.",
            _PLAN.format(subject="Afghanistan"),
        ),
        # a commentator speaks for no body
        (
            "The accord was praised by Hanif Abbasi, Pakistan's best-known security analyst.",
            _PLAN.format(subject="Pakistan"),
        ),
        # the country names what he criticises, not his office
        (
            "The accord was criticised by Hanif Abbasi, a critic of Pakistan's government.",
            _PLAN.format(subject="Pakistan"),
        ),
        # a threat and a hedged plan stay positions
        (
            "The accord was signed by Pakistan's railways minister, Hanif Abbasi, in Tashkent.",
            'Abbasi said Pakistan would "crush" anyone who attacked the line.',
        ),
        (
            "Pakistan's railways minister, Hanif Abbasi, spoke in Tashkent.",
            _PLAN.format(subject="Pakistan").replace("would", "would probably"),
        ),
    ],
)
def test_near_misses_stay_claims(claims_of, intro, plan):
    assert _said(claims_of(f"{intro} {plan}"))


def _speaker_of(claims, cue):
    found = [c for c in claims if c.cue.lower() == cue]
    assert found, [c.cue for c in claims]
    return found[0].speaker.id if found[0].speaker is not None else None


def test_document_speaks_for_who_published_it_in_the_same_clause(claims_of):
    text = (
        "On Tuesday the United Nations Assistance Mission in Afghanistan published a report "
        "documenting 118 cases of arbitrary arrest of former officials."
    )
    assert _speaker_of(claims_of(text), "documenting") == "unama"


@pytest.mark.parametrize("verb", ["rejected", "obtained"])
def test_document_handled_by_someone_else_is_not_theirs(claims_of, verb):
    # only issuing a document makes its words the subject's; rejecting or obtaining does not
    text = f"The Taliban {verb} a report saying that foreign fighters were training in Kunar."
    assert _speaker_of(claims_of(text), "saying") != "taliban"
