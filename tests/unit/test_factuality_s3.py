"""Background events told as context are `historical` (annotation guide §1.7, rule 5)."""

import pytest
from tests.unit._events_util import events  # noqa: I001


def _fact(text: str, etype: str, published: str) -> str:
    # the last event of the type: the background act follows the news it is compared with
    return [e for e in events(text, published) if e.type == etype][-1].factuality


@pytest.mark.parametrize(
    ("text", "etype", "published", "expected"),
    [
        # the moment a span or comparison is counted from
        (
            "The blast was the deadliest in the town since November, when a suicide bomber "
            "killed 30 people at the market.",
            "ASSAULT",
            "2025-03-06",
            "historical",
        ),
        # the news placed a week or more after an earlier act
        (
            "The sanctions came a week after rebels attacked a convoy in the valley.",
            "ASSAULT",
            "2026-08-18",
            "historical",
        ),
        # a coordinated clause told in an earlier year
        (
            "It opened an embassy in 2024, and its companies signed a deal to build a dam.",
            "AGREE",
            "2025-11-04",
            "historical",
        ),
        # a noun trigger whose verb is dated last year
        (
            "Last year, teachers staged a week-long sit-in on the main road.",
            "PROTEST",
            "2025-04-25",
            "historical",
        ),
        # past perfect narration outside reported speech
        (
            "The government had given the migrants until May 31 to leave the country.",
            "COERCE",
            "2025-06-03",
            "historical",
        ),
    ],
)
def test_background_is_historical(text, etype, published, expected):
    assert _fact(text, etype, published) == expected


@pytest.mark.parametrize(
    ("text", "etype", "published"),
    [
        # the news itself, dated days before publication
        ("Rebels attacked a convoy in the valley on Monday.", "ASSAULT", "2025-03-06"),
        # past perfect under a reporting verb is the tense of the report
        ("The police said rebels had attacked a convoy in the valley.", "ASSAULT", "2025-03-06"),
        # past perfect dated inside the news period
        (
            "By Tuesday, the two armies had exchanged fire near the crossing.",
            "ASSAULT",
            "2025-03-06",
        ),
        # a since-clause dated last week is the news
        (
            "Hundreds of families have fled since the army shelled their villages last week.",
            "ASSAULT",
            "2025-03-06",
        ),
        # an interval without a placing verb ("came", "followed") is not enough
        (
            "Three months after the army shut the crossings, the markets are quiet.",
            "SANCTION",
            "2026-01-15",
        ),
    ],
)
def test_news_stays_asserted(text, etype, published):
    evs = [e for e in events(text, published) if e.type == etype]
    assert evs, "event not coded"
    assert evs[0].factuality != "historical"


def test_a_habit_in_another_clause_leaves_an_old_dated_act_historical():
    text = "In 2019 the rebels killed a governor, and they have repeatedly attacked police posts."
    evs = [e for e in events(text, "2025-11-04") if e.type == "ASSAULT"]
    assert evs[0].trigger == "killed"
    assert evs[0].factuality == "historical"
