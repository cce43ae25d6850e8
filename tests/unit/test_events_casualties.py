"""Fatality and injury counts."""

import pytest
from tests.unit._events_util import nlp  # noqa: I001

from watchfloor.extract.casualties import parse_casualties, parse_number


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        ("The attack killed two and wounded three.", 2, 3),
        ("Militants stormed the post, killing four policemen and wounding seven others.", 4, 7),
        ("At least 12 soldiers were martyred in the ambush.", 12, None),
        ("Two policemen died in the attack.", 2, None),
        ("Twenty-five people were killed and 40 injured in the blast.", 25, 40),
        ("The strike killed a dozen militants.", 12, None),
        ("No one was killed in the explosion.", 0, None),
    ],
)
def test_counts(text, fatalities, injured):
    cas = parse_casualties(nlp()(text)[:])
    assert (cas.fatalities, cas.injured) == (fatalities, injured)


def test_vague_count_gives_note():
    cas = parse_casualties(nlp()("Dozens of people were killed in the fighting.")[:])
    assert cas.fatalities is None
    assert any("dozens" in n for n in cas.notes)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("twenty-five", 25),
        ("two dozen", 24),
        ("a hundred", 100),
        ("many", None),
    ],
)
def test_number_words(text, value):
    assert parse_number(text) == value


def test_a_range_counts_its_lower_bound():
    cas = parse_casualties(nlp()('Troops killed "15 to 20" fighters near the border.')[:])
    assert cas.fatalities == 15


def test_a_second_sides_dead_are_not_added_to_the_first():
    text = (
        "The military said 23 militants had been killed in three days of fighting, "
        "and that four soldiers had died."
    )
    cas = parse_casualties(nlp()(text)[:])
    assert cas.fatalities == 23
    assert any("further count" in n for n in cas.notes)
