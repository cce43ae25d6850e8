"""Attack recipients, session 18 (guide §1.3, the target as described): the crowd a bomb went
off among ("blew himself up among shoppers") and the group a count of the dead is said to be
mostly made of ("killed 80 people, most of them policemen") name the victims, not "people"."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_text as _text


def test_a_bomb_among_shoppers_targets_the_shoppers(analyze):
    text = (
        "A suicide bomber blew himself up among shoppers in a crowded bazaar on Wednesday, "
        "killing at least 17 people."
    )
    [row] = _rows(analyze, text, "ASSAULT")
    assert _text(row.recipient) == "shoppers"


def test_a_bomb_with_no_crowd_named_keeps_the_count(analyze):
    # near miss: no crowd of people is named, so the count of the dead stays the victims
    text = "A suicide bomber blew himself up in a crowded bazaar on Wednesday, killing 17 people."
    [row] = _rows(analyze, text, "ASSAULT")
    assert _text(row.recipient) == "people"


def test_most_of_them_names_the_victims(analyze):
    text = "A suicide bomber killed more than 80 people, most of them policemen, inside a mosque."
    [row] = _rows(analyze, text, "ASSAULT")
    assert _text(row.recipient) == "policemen"


def test_a_count_without_most_of_them_stays_people(analyze):
    # near miss: "them" elsewhere in the sentence says nothing about who the dead were
    text = "The bomb killed 12 people, and police said none of the attackers had been caught."
    [row] = [r for r in _rows(analyze, text, "ASSAULT") if "killed" in (r.trigger or "")]
    assert _text(row.recipient) == "people"
