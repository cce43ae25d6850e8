"""Factuality of aggregates, standing positions, foiled plots, arrangements and background
told in an old frame (annotation guide §1.7, §6); "N <unit> ago" dates (§1.5)."""

from datetime import date

import pytest
from tests.unit._events_util import nlp  # noqa: I001

from watchfloor.extract.dates import resolve_date
from watchfloor.extract.factuality import classify_factuality


def _fact(text: str, trigger: str, published: str) -> str:
    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(doc[:], tok, published=date.fromisoformat(published))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # repetition and masses of people
        (
            "American envoys have travelled to Kabul several times to negotiate.",
            "travelled",
            "generic",
        ),
        (
            "He said the Taliban had passed information to US officials on at least three occasions.",
            "passed",
            "generic",
        ),
        (
            "Pakistan and Iran, which are deporting hundreds of thousands of Afghans, bear a responsibility.",
            "deporting",
            "generic",
        ),
        (
            "Pakistan has deported or pressured more than a million Afghans into leaving since 2023.",
            "deported",
            "generic",
        ),
        (
            "Rights groups have documented dozens of cases in which men were held for weeks.",
            "held",
            "generic",
        ),
        (
            "He said attacks by the group had killed more than 1,000 Pakistanis in the past year.",
            "killed",
            "generic",
        ),
        # ... but one earlier act told by the article stays one act
        (
            "Iran had given an estimated two million undocumented Afghans until May 31 to leave.",
            "given",
            "historical",
        ),
        # a standing position in a relative clause
        (
            "Officials say ETIM fighters, which Beijing blames for violence in Xinjiang, are present.",
            "blames",
            "generic",
        ),
        (
            "Pakistan has linked Afghan nationals to militant attacks, a link Kabul has rejected.",
            "rejected",
            "generic",
        ),
        (
            "The military said militants tried to cross the border, a claim the Taliban rejected.",
            "rejected",
            "asserted",
        ),
        # a continuative adverb spans a coordinated perfect
        (
            "Beijing has long accused the group of plotting attacks, and has pressed the Taliban to act.",
            "pressed",
            "generic",
        ),
        # a campaign under way
        ("Pakistan is also deporting Afghans under its repatriation plan.", "deporting", "generic"),
    ],
)
def test_aggregates_and_positions(text, trigger, expected):
    assert _fact(text, trigger, "2026-07-15") == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # foiled plots told in the past; a plan told in the present stays future
        (
            "The officer said the men had been planning to attack engineers at a power plant.",
            "attack",
            "hypothetical",
        ),
        (
            "He said the strikes targeted a commander and fighters who had planned attacks in Bajaur.",
            "attacks",
            "hypothetical",
        ),
        ("Pakistan plans to hold talks with Kabul next week.", "hold", "future"),
        # an arranged act
        ("Wang was due to travel on to Islamabad on Thursday for talks.", "travel", "future"),
    ],
)
def test_plots_and_arrangements(text, trigger, expected):
    assert _fact(text, trigger, "2026-07-22") == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause ordered against one dated months before publication
        (
            "In October 2025, days of fighting killed dozens of soldiers before the two sides agreed to a ceasefire.",
            "agreed",
        ),
        # a noun whose participle carries the old date
        (
            "The last trilateral meeting, held in Islamabad in August 2025, ended with a promise.",
            "meeting",
        ),
    ],
)
def test_background_in_an_old_frame(text, trigger):
    assert _fact(text, trigger, "2026-05-20") == "historical"


def test_the_past_week_is_not_the_remote_past():
    text = "He said security forces had killed 41 militants in Bajaur in the past week."
    assert _fact(text, "killed", "2026-09-16") == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three weeks ago", ("2026-02-18", "day")),
        ("two days ago", ("2026-03-09", "day")),
        ("six months ago", ("2025-09", "month")),
        ("a year ago", ("2025", "year")),
        ("for most of May and June", ("2025-05", "month")),
    ],
)
def test_dates_counted_back_from_publication(text, expected):
    assert resolve_date(text, date(2026, 3, 11)) == expected
