"""Session-17 factuality rule: an act timed months or years on from an earlier background
event ("Two months later ...", "in the months that followed") is itself background, not the
news of the article (guide §1.7 rule 5, `historical`).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001

# 2025-03-12 is a Wednesday.
_PUBLISHED = "2025-03-12"
_BACKGROUND = (
    "KABUL, Afghanistan — The envoy met Taliban officials in Kabul on Tuesday, officials said.\n\n"
    "In 2022, militants attacked a convoy in Kunar.\n\n"
)


def _of_type(text: str, etype: str) -> list:
    return [e for e in events(text, _PUBLISHED) if e.type == etype]


def test_months_later_is_background():
    evs = _of_type(
        _BACKGROUND + "Two months later, police arrested four men in Asadabad.", "COERCE"
    )
    assert evs and evs[0].factuality == "historical"


def test_in_the_months_that_followed_is_background():
    text = _BACKGROUND + "In the months that followed, police detained dozens of men in raids."
    evs = _of_type(text, "COERCE")
    assert evs and all(e.factuality != "asserted" for e in evs)


def test_hours_later_stays_news():
    # near miss: hours on from the news day is still the news
    evs = _of_type(_BACKGROUND + "Hours later, police arrested four men in Asadabad.", "COERCE")
    assert evs and evs[0].factuality == "asserted"
