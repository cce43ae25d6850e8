"""Lead's session-9 mends: one behaviour per test, sentences written for the test."""

from __future__ import annotations

from tests.unit._events_util import events_of_type as _of


def test_a_charge_named_in_its_denial_belongs_to_its_owner():
    text = (
        "The Kabul government on Monday rejected Iranian allegations that it diverts border rivers."
    )
    charge = _of(text, "ACCUSE")
    denial = _of(text, "REJECT")
    assert charge and denial
    assert charge[0].mode == "allege"
    # the denier answers the charge; the charge runs the other way
    assert charge[0].actor is not None and charge[0].recipient is not None
    assert charge[0].actor == denial[0].recipient
    assert charge[0].recipient == denial[0].actor
