"""Casualty counts read from one sentence (annotation guide §1.6): single victims, counted
groups, combined and separate tolls."""

import pytest
from tests.unit._events_util import casualty_counts as _counts  # noqa: I001
from tests.unit._events_util import nlp

from watchfloor.extract.casualties import parse_casualties


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # a singular victim is one person, also beside a counted group
        ("A soldier was killed and three were wounded, it said.", 1, 3),
        ("Mortar shells hit two houses, killing a woman and two children.", 3, None),
        ("Five engineers and their driver were killed when a bomber rammed their convoy.", 6, None),
        ("The bomber was shot dead before reaching the gate.", 1, None),
        ("Forces shelled villages, killing two civilians and wounding a child.", 2, 1),
        (
            "A suicide bomber rammed a car into a convoy, killing seven policemen and a "
            "passer-by and wounding 14 other people, police said.",
            8,
            14,
        ),
        ("Unidentified gunmen on a motorcycle shot dead a local peace committee member.", 1, None),
        # a group counted by its of-phrase
        ("A drone struck a house, killing a family of five.", 5, None),
        ("Troops recovered the bodies of four attackers after the operation.", 4, None),
        ("A shopkeeper said he had counted at least 12 bodies being carried away.", 12, None),
        # the count of what "the dead" were
        ("The Taliban said the dead were 11 civilians, among them five children.", 11, None),
        # an elided passive with a counted subject
        ("Three policemen were martyred and two others injured in the ambush.", 3, 2),
        # "lost" with counted people, not things
        ("The police chief said the force had lost 38 personnel in attacks this year.", 38, None),
        ("A policeman lost his life in the blast.", 1, None),
        ("The traders lost 40 trucks in the fire.", None, None),
        # the wounded who died are dead, not also injured
        ("Four wounded officers died in hospital on Tuesday.", 4, None),
        ("Two of the wounded later died in hospital.", 2, None),
        # a collective noun without a number has no count
        ("A family was killed in the strike.", None, None),
        # a dash range counts its lower bound; a hyphenated number word is one number
        ("At least 15-20 fighters were killed.", 15, None),
        ("Twenty-five people were killed and 40 injured in the blast.", 25, 40),
        # the cause of "left N dead" is not a victim, nor is a toll's "from the bombing"
        ("The attack left 12 dead and 20 wounded.", 12, 20),
        ("The death toll from the bombing climbed to 45, officials said.", 45, None),
    ],
)
def test_counts(text, fatalities, injured):
    assert _counts(text) == (fatalities, injured)


def test_killed_or_wounded_is_one_figure_for_both():
    text = "The group claimed that more than 40 people had been killed or wounded."
    doc = nlp()(text)
    cas = parse_casualties(doc[:])
    assert (cas.fatalities, cas.injured) == (None, None)
    assert any("combined" in note for note in cas.notes)


def test_the_shooter_is_not_counted_among_the_dead():
    text = "In Dera Ismail Khan, unidentified gunmen shot dead a member of a peace committee."
    assert _counts(text)[0] == 1


def test_a_while_clause_inside_the_event_is_another_incident():
    text = (
        "A suicide bomber blew himself up at a checkpoint, wounding five soldiers, while in "
        "Bannu unidentified gunmen shot dead a member of a local peace committee."
    )
    assert _counts(text, region_from="blew") == (None, 5)
    assert _counts(text, region_from="shot") == (1, None)
