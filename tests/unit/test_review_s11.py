"""Session 11 review mends: the rules the tuning rounds added stop where they over-reached.

Datelines closed by an unspaced em dash, "every" that only quantifies a plan, a present-tense
charge about one named incident, bystanders who saw violence, and "both sides" of a border.
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001


def _factuality(text: str, etype: str) -> str:
    return next(e for e in events(text, "2026-03-04") if e.type == etype).factuality


def test_unspaced_em_dash_still_closes_the_dateline(pipeline):
    from watchfloor.kb.linking.tokens import _dateline_end

    doc = pipeline.nlp("KABUL—The ministry said on Monday it had closed two schools.")
    assert _dateline_end(doc) == 1
    # a hyphen inside a town's name is no dateline dash
    doc = pipeline.nlp("MAZAR-I-SHARIF, Afghanistan — Police closed the shrine on Monday.")
    assert doc[_dateline_end(doc)].text == "—"


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # "every" on a plan's object is no condition: the plan is simply future
        ("The government will deport every undocumented migrant next month.", "COERCE", "future"),
        # a charge about one incident the article names is the charge of the day
        (
            "The ministry accuses the neighbouring state of backing the attack on the train.",
            "ACCUSE",
            "asserted",
        ),
        # a standing charge with no incident of its own stays generic
        ("The ministry accuses the neighbouring state of backing rebels.", "ACCUSE", "generic"),
    ],
)
def test_limits_of_conditions_and_standing_positions(text, etype, expected):
    assert _factuality(text, etype) == expected


def test_bystanders_who_saw_violence_still_testify(claims_of):
    claims = claims_of(
        "QUETTA, Pakistan — Police dispersed a rally on Monday. "
        "Soldiers fired on the marchers near the square, witnesses said."
    )
    assert any("fired on the marchers" in c.content for c in claims)


def test_both_sides_of_a_border_are_no_pair_of_governments(link):
    # nothing near names two states, so only the article-wide fallback could fill the phrase
    linked = link(
        "Iran and Pakistan traded charges on Monday. Pakistan said Iran had shelled a village. "
        "The shelling went on overnight. Families on both sides of the border fled their homes."
    )
    text = linked.doc.text
    start = text.index("both sides")
    assert not [m for m in linked.actor_mentions if m.start <= start < m.end and m.actor_id]
