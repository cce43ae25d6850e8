"""Session-16 date and factuality rules: a party described by its record in an undated
present-perfect relative clause, and an undated present perfect the article narrates as
background, and a practice a stance is held under ("while the Taliban continued to bar
girls"), are patterns (no date); a future act takes only a time its own clause gives, not
the day it was announced on.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001


def _by_trigger(text: str, word: str, published: str = "2025-03-01") -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_record_in_a_relative_clause_is_generic():
    evs = _by_trigger(
        "The Baloch Liberation Front, which has attacked army convoys across the region, "
        "said on Friday it was not involved.",
        "attack",
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_relative_clause_on_an_incident_is_not_a_record():
    evs = _by_trigger(
        "Police said the blast, which has killed nine people, was caused by a bomb.", "killed"
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def test_narrated_perfect_of_material_aid_is_generic():
    evs = _by_trigger("Japan has sent doctors to clinics across the province.", "sent")
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_narrated_perfect_of_one_act_is_asserted():
    evs = _by_trigger("Japan has sent a medical team to Kabul.", "sent")
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_narrated_perfect_with_its_own_time_stays_dated():
    evs = _by_trigger("Japan has sent doctors to clinics across the province on Monday.", "sent")
    assert evs and all(e.factuality != "generic" for e in evs)


def test_perfect_statement_stays_the_statement_of_the_day():
    evs = _by_trigger("The ministry has rejected the report.", "reject")
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_future_act_does_not_take_the_day_it_was_announced():
    evs = _by_trigger(
        "The governor announced on Tuesday that the checkpoints would be removed.",
        "removed",
        published="2025-03-06",
    )
    assert evs and all(e.factuality == "future" and e.date is None for e in evs)


def test_future_act_keeps_its_own_time():
    evs = _by_trigger(
        "New Delhi said the wheat would be shipped via Karachi next month and distributed "
        "through aid groups.",
        # s21: the announced plan is one future AID row (guide §18 rule 20), led by "shipped"
        "shipped",
        published="2025-03-06",
    )
    assert evs and all(e.date == "2025-04" for e in evs)


def test_practice_a_stance_is_held_under_is_generic():
    evs = _by_trigger(
        "The envoy said Canada would not resume aid while the Taliban continued to bar girls "
        "from secondary schools.",
        "bar",
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_reported_continued_clash_stays_one_act():
    evs = _by_trigger("The official said troops continued to fire on the post for an hour.", "fire")
    assert evs and all(e.factuality == "asserted" for e in evs)
