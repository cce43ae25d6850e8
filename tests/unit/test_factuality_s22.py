"""Factuality, session 22: past the lead an undated denial in the present ("Kabul rejects the
charge") or the present perfect ("has also denied that ...") is a side's standing answer,
`generic` (guide §18 rule 8); a denial of the account just given ("all of this") and one told
in the lead or under a report stay the statement of the day."""

from datetime import date

import pytest
from tests.unit._events_util import nlp  # noqa: I001

from watchfloor.extract.factuality import classify_factuality

LEAD = "QUETTA, Pakistan — Gunmen stopped a bus near Kalat on Wednesday, officials said.\n\n"


def _fact(text: str, trigger: str) -> str:
    doc = nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    return classify_factuality(tok.sent, tok, published=date(2026, 7, 9), event_type="REJECT")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a present denial of "the charge" past the lead is the standing answer ...
        (LEAD + "The Taliban reject that charge as well.", "reject", "generic"),
        (
            LEAD + "Kabul rejects the charge, saying the TTP is an internal problem.",
            "rejects",
            "generic",
        ),
        # ... while in the lead it answers the charge just reported, and a pronoun answers the
        # account just given
        ("Pakistan rejects the charge.", "rejects", "asserted"),
        (LEAD + "The Taliban deny this.", "deny", "asserted"),
    ],
)
def test_present_denial_of_the_charge(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an undated perfect denial past the lead is a record, not the day's statement ...
        (
            LEAD + "The Taliban administration in Kabul has also denied that Baloch separatists "
            "operate from Afghan territory.",
            "denied",
            "generic",
        ),
        # ... but not in the lead, not under a report, not with a day, nor of "all of this";
        # a perfect denial of "the allegation" may be the day's reply
        (LEAD + "New Delhi has rejected the allegation.", "rejected", "asserted"),
        ("The ministry has rejected the report.", "rejected", "asserted"),
        (LEAD + "A spokesman said the Taliban have denied the report.", "denied", "asserted"),
        (LEAD + "The ministry has rejected the report on Tuesday.", "rejected", "asserted"),
        (LEAD + "The Taliban have rejected all of this.", "rejected", "asserted"),
    ],
)
def test_perfect_denial_past_the_lead(text: str, trigger: str, expected: str) -> None:
    assert _fact(text, trigger) == expected


def _fact_assault(text: str, trigger: str) -> str:
    doc = nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    return classify_factuality(tok.sent, tok, published=date(2026, 7, 9), event_type="ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # strikes of one day or night are that day's incident ...
        (
            LEAD + "Residents of Spera described at least three strikes shortly after midnight.",
            "strikes",
            "asserted",
        ),
        (LEAD + "The group carried out 12 attacks on Monday.", "attacks", "asserted"),
        # ... while a count over a span or with no time stays a total
        (
            LEAD
            + "The group says its fighters carried out 37 attacks on Taliban positions between July and September.",
            "attacks",
            "generic",
        ),
        (LEAD + "The group carried out 12 attacks in the province.", "attacks", "generic"),
    ],
)
def test_counted_events_of_one_day(text: str, trigger: str, expected: str) -> None:
    assert _fact_assault(text, trigger) == expected


def _fact_aid(text: str, trigger: str) -> str:
    doc = nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    return classify_factuality(tok.sent, tok, published=date(2026, 7, 9), event_type="AID")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # support a party is charged with is an ongoing pattern (guide §11) ...
        (
            LEAD + "He also accused Kabul of giving the TTP safe havens and a free hand.",
            "giving",
            "generic",
        ),
        (LEAD + "He accused hostile agencies of funding the insurgents.", "funding", "generic"),
        (LEAD + "Bugti also said India was funding and arming the BLA.", "arming", "generic"),
        # ... but support of particular attackers, or of the attack, is the party's account
        (LEAD + "He accused India of financing the attackers.", "financing", "alleged"),
        (
            LEAD + "The minister said the bomber had been trained in Afghanistan.",
            "trained",
            "alleged",
        ),
    ],
)
def test_support_charged_as_a_pattern(text: str, trigger: str, expected: str) -> None:
    assert _fact_aid(text, trigger) == expected


def test_speakers_own_aid_in_progress_is_no_charge() -> None:
    # near miss of the progressive branch: the speaker's own aid, not backing charged to a party
    assert (
        _fact_aid(LEAD + "The ministry said it was providing cash to returnees.", "providing")
        != "generic"
    )
