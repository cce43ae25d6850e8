"""Session-15 factuality rules (second round): an event noun counted as the nth of a span
still running ("the third killing of a reporter this year") sums up a series, and a gerund
a speaker says a party should stop ("should look inward instead of blaming its neighbours")
names a kind of act; so does a count of people acted on over a span running up to the news
("14 men have been arrested since the bombing", "had killed 150 militants this year").

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events_of_type  # noqa: I001


def _facts(text: str, etype: str, word: str) -> list[str]:
    return [e.factuality for e in events_of_type(text, etype) if word in e.trigger]


def test_ordinal_with_this_year_is_a_series():
    facts = _facts(
        "It was the fourth attack on aid workers in the province this year, the governor said.",
        "ASSAULT",
        "attack",
    )
    assert facts and all(f == "generic" for f in facts)


def test_ordinal_with_since_under_a_participle_is_a_series():
    facts = _facts(
        "The blast was the second attack claimed by the group in Kunar since March.",
        "ASSAULT",
        "attack",
    )
    assert facts and all(f == "generic" for f in facts)


def test_appended_ordinal_fragment_is_a_series():
    facts = _facts(
        "A teacher was shot dead in Khost on Sunday, officials said, the fifth killing of a "
        "teacher in the province this year.",
        "ASSAULT",
        "killing",
    )
    assert facts and all(f == "generic" for f in facts)


def test_ordinal_without_a_span_stays_one_act():
    facts = _facts(
        "It was the fourth attack on the convoy, which came under fire near Gardez on Monday.",
        "ASSAULT",
        "attack",
    )
    assert facts and all(f != "generic" for f in facts)


def test_last_year_is_no_running_span():
    facts = _facts(
        "The bombing in Quetta last year was the third attack on the market.",
        "ASSAULT",
        "attack",
    )
    assert facts and all(f != "generic" for f in facts)


def test_gerund_advised_against_is_generic():
    facts = _facts(
        "Kabul should address its own security failures instead of blaming Islamabad, "
        "the spokesman said.",
        "ACCUSE",
        "blam",
    )
    assert facts and all(f == "generic" for f in facts)


def test_gerund_after_must_before_is_generic():
    facts = _facts(
        "Officials must gather evidence before accusing neighbouring states, he said.",
        "ACCUSE",
        "accus",
    )
    assert facts and all(f == "generic" for f in facts)


def test_gerund_left_undone_without_advice_is_not_generic():
    facts = _facts(
        "The delegation flew home on Monday instead of attending the talks in Doha.",
        "CONSULT",
        "attend",
    )
    assert facts and all(f != "generic" for f in facts)


def test_gerund_before_a_past_act_is_not_generic():
    facts = _facts(
        "Police questioned the driver for two hours before arresting him on Monday.",
        "COERCE",
        "arrest",
    )
    assert facts and all(f != "generic" for f in facts)


def test_counted_passive_total_since_an_event_is_generic():
    facts = _facts(
        "Police said 23 suspects had been arrested in Kandahar since the bombing.",
        "COERCE",
        "arrest",
    )
    assert facts and all(f == "generic" for f in facts)


def test_counted_total_this_year_is_generic():
    facts = _facts(
        "The governor said troops had killed more than 90 militants in the district this year.",
        "ASSAULT",
        "kill",
    )
    assert facts and all(f == "generic" for f in facts)


def test_count_since_a_weekday_is_one_operation():
    facts = _facts(
        "Police said 23 suspects had been arrested in Kandahar since Monday.",
        "COERCE",
        "arrest",
    )
    assert facts and all(f != "generic" for f in facts)


def test_uncounted_passive_since_stays_a_state_reached():
    facts = _facts(
        "The governor said the suspect had been arrested in Kandahar since the bombing.",
        "COERCE",
        "arrest",
    )
    assert facts and all(f != "generic" for f in facts)
