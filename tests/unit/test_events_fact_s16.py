"""Session-16 factuality rules: an act a relative or participle clause dates "last week" or
"earlier this month" while describing a noun is background to the news (historical), and a
farmer's, teacher's or driver's account of what was done is an eyewitness account (alleged).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001


def _by_trigger(text: str, word: str, published: str = "2025-03-12") -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_described_act_last_week_is_historical():
    evs = _by_trigger(
        "Islamabad accused Kabul of breaching a truce that was agreed in Doha last week.",
        "agreed",
    )
    assert evs and all(e.factuality == "historical" for e in evs)


def test_relative_clause_on_the_news_day_is_not_historical():
    evs = _by_trigger(
        "Islamabad accused Kabul of breaching a truce that was agreed in Doha on Tuesday.",
        "agreed",
    )
    assert evs and all(e.factuality != "historical" for e in evs)


def test_main_clause_last_week_stays_news():
    evs = _by_trigger("Pakistan and Afghanistan agreed a truce in Doha last week.", "agreed")
    assert evs and all(e.factuality != "historical" for e in evs)


def test_farmers_account_is_alleged():
    evs = _by_trigger(
        "A farmer in the village said soldiers had beaten two shepherds on Monday.", "beat"
    )
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_officials_account_is_not_a_witness_account():
    evs = _by_trigger(
        "A police official in the village said soldiers had beaten two shepherds on Monday.",
        "beat",
    )
    assert evs and all(e.factuality != "alleged" for e in evs)
