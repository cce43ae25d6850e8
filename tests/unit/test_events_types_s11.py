"""Session 11: an undated simple-present denial or charge is a standing position (generic)."""

import pytest
from tests.unit._events_util import events  # noqa: I001


def _fact(text: str, etype: str) -> str:
    return [e for e in events(text, "2026-03-04") if e.type == etype][0].factuality


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a side's standing denial and charge, with no day of their own
        ("The rebels deny receiving weapons from the neighbouring state.", "REJECT", "generic"),
        ("The junta accuses the exiled opposition of plotting a coup.", "ACCUSE", "generic"),
        # what a standing charge charges is no dated act either
        ("The junta accuses the exiled opposition of financing the rebels.", "AID", "generic"),
        # answering the account just given: one statement of the day
        ("The ministry denies this.", "REJECT", "asserted"),
        # told in the past tense: one statement
        ("The rebels denied receiving weapons from the neighbouring state.", "REJECT", "asserted"),
    ],
)
def test_standing_positions(text: str, etype: str, expected: str) -> None:
    assert _fact(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a future act held back until a condition holds
        (
            "The ministry said the border crossing would reopen once the floods recede.",
            "RETREAT",
            "hypothetical",
        ),
        (
            "The border crossing will reopen only when the rebels withdraw.",
            "RETREAT",
            "hypothetical",
        ),
        # a future act with its day is planned, not conditional
        ("The ministry said the border crossing will reopen on Monday.", "RETREAT", "future"),
        # "once" ordering past acts is no condition
        ("Once the police arrived, gunmen opened fire on the station.", "ASSAULT", "asserted"),
    ],
)
def test_conditional_future(text: str, etype: str, expected: str) -> None:
    assert _fact(text, etype) == expected


def test_passive_soil_assurance_is_an_agree() -> None:
    evs = events(
        "The minister said its territory would not be used against any neighbour.", "2026-03-04"
    )
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and agree[0].factuality == "asserted"


def test_negated_future_permission_is_a_pledge_made() -> None:
    text = (
        "The two governments said they would not allow rebels to use their land against each other."
    )
    assert _fact(text, "AGREE") == "asserted"
