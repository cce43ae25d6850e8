"""A second event of another type in a sentence that already codes one (issue #5, session 7):
an event noun after "against/in/since…" that names who did it is told here, not a reference
back to an earlier event. Sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import event_types as _types


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Street vendors rallied in Jalalabad against the confiscation of their carts by "
            "municipal police.",
            "PROTEST",
            "COERCE",
        ),
        (
            "Markets in Bannu stayed closed on Wednesday in a strike called by the traders' union.",
            None,
            "PROTEST",
        ),
    ],
)
def test_event_noun_with_its_own_doer_is_coded(text, first, second):
    types = _types(text)
    assert second in types
    if first is not None:
        assert first in types


@pytest.mark.parametrize(
    "text",
    [
        "Street vendors rallied in Jalalabad against the confiscation of their carts.",
        "Police detained 12 men in Quetta after the attack.",
    ],
)
def test_bare_event_noun_still_refers_back(text):
    # without a doer of its own the noun recalls an act told before: no second row
    assert len(set(_types(text))) == 1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The interior minister ordered the provincial police to close the border markets, "
            "accusing local traders of smuggling fuel.",
            "REQUEST",
            "ACCUSE",
        ),
        (
            "The commander urged the tribesmen to surrender their weapons, warning them of a "
            "military operation.",
            "REQUEST",
            "THREATEN",
        ),
    ],
)
def test_participial_speech_act_beside_a_demand_is_coded(text, first, second):
    # the participle is the speaker's second act, not part of what was demanded
    types = _types(text)
    assert first in types
    assert second in types


def test_participle_of_the_same_type_stays_one_act():
    # "urged …, calling on …" repeats the demand: one REQUEST row, not two
    types = _types(
        "The envoy urged both sides to halt the shelling, calling on them to reopen the road."
    )
    assert types.count("REQUEST") == 1
