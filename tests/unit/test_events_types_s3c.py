"""Event types, round 3 of the third pass (lexicon 2.8): nominal event mentions without a
governing verb, and when a repeated or back-referring one gets its own row (annotation guide
§1.1, §6). One invented sentence per rule; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


# ------------------------------------------------------------ bare nominal measures


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Traders said the closure of the border crossing had ruined them.", "SANCTION"),
        ("Parents said the closure of girls' schools had ended their hopes.", "COERCE"),
        ("The envoy said restrictions on women had deepened.", "COERCE"),
        ("Farmers said the ban on poppy cultivation had left them without income.", "COERCE"),
        ("Exporters said the ban on fruit imports had cost them millions.", "SANCTION"),
        ("Diplomats said the designation would isolate the group further.", "SANCTION"),
        ("The summons was the second this year.", "ACCUSE"),
    ],
)
def test_bare_nominal_measure_is_coded(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_court_summons_is_no_diplomatic_protest() -> None:
    assert "ACCUSE" not in _types("The court summons was delivered to his lawyer.")


# ------------------------------------------------------------ repeated nominal mentions (§6)


def test_repeat_mention_dated_by_its_clause_is_kept() -> None:
    text = (
        "Washington imposed sanctions on two commanders of the group. "
        "The designations came a week after militants attacked a convoy."
    )
    sents = [e.sentence for e in events(text) if e.type == "SANCTION"]
    assert any("designations came" in s for s in sents)


def test_bare_repeat_mention_is_dropped() -> None:
    text = (
        "Washington imposed sanctions on two commanders of the group. "
        "The designations were widely expected."
    )
    sents = [e.sentence for e in events(text) if e.type == "SANCTION"]
    assert not any("designations were" in s for s in sents)


def test_comparison_frame_is_no_new_time() -> None:
    text = (
        "A bomb exploded at the railway station in Quetta on Friday. "
        "The attack was the deadliest in the province since November."
    )
    sents = [e.sentence for e in events(text) if e.type == "ASSAULT"]
    assert not any("deadliest" in s for s in sents)


# ------------------------------------------------------------ nouns after "after/since/amid"


def test_back_referring_noun_with_its_own_time_is_an_event() -> None:
    text = (
        "Troops recovered four bodies after a clearance operation that lasted until Monday morning."
    )
    assert "ASSAULT" in _types(text)


def test_bare_back_referring_noun_is_not_an_event() -> None:
    assert "CONSULT" not in _types("In a statement issued after the meeting, officials spoke.")


def test_month_name_is_not_a_march() -> None:
    assert "PROTEST" not in _types("It was the third attack on the line since March.")


# ------------------------------------------------------------ offers of one's own act


def test_offer_to_host_placed_talks_codes_the_meeting() -> None:
    # s21 r2: guide §18 rule 11 (session 20) overrides: an offer to host talks, placed or not,
    # is the offer alone, with no CONSULT for talks nobody has agreed to
    types = _types("Kazakhstan offered on Tuesday to host talks between the two sides in Almaty.")
    assert types[0] == "REQUEST" or "REQUEST" in types
    assert "CONSULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Qatar offered to host a meeting of officials from both countries.",
        "Qatar urged both sides to hold talks in Doha.",
    ],
)
def test_unplaced_offer_or_demand_keeps_one_request(text: str) -> None:
    assert "CONSULT" not in _types(text)
