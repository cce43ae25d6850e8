"""Session-18 (round 3) factuality rules: a perfect act over several recent years or months
("in recent years", "over the past decade") sums up many acts (generic), and so does a
total "since 2012" that the parser hangs on the participle of the counted object. A single
recent span ("over the past week", "since Monday") stays the news.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001


def _by_trigger(text: str, word: str, published: str = "2026-03-12") -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_perfect_in_recent_years_is_generic():
    evs = _by_trigger(
        "Officials said several of the engineers have been killed in Balochistan in recent years.",
        "killed",
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_perfect_over_the_past_decade_is_generic():
    evs = _by_trigger(
        "Militants have attacked police posts in the district over the past decade.",
        "attacked",
    )
    assert evs and all(e.factuality == "generic" for e in evs)


def test_over_the_past_week_stays_news():
    evs = _by_trigger("Militants killed three policemen in Bannu over the past week.", "killed")
    assert evs and all(e.factuality != "generic" for e in evs)


def test_total_since_a_year_on_a_participle_is_generic():
    evs = _by_trigger(
        "Gunmen have killed more than 60 vaccinators and guards escorting them since 2014.",
        "killed",
    )
    assert evs and all(e.factuality == "generic" for e in evs)


def test_count_since_monday_on_a_participle_stays_news():
    evs = _by_trigger(
        "Gunmen have killed two policemen guarding a polio team since Monday, police said.",
        "killed",
    )
    assert evs and all(e.factuality != "generic" for e in evs)
