"""Event rows, session 14 (third pass): an act known only from one side's account or told as
not having happened gets no news-day date, a party's own attack whose account another party
rejects is alleged, and "warned against" is a call to refrain."""

from __future__ import annotations

from tests.unit._events_util import events, extractor, linked_with
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor(
    "AAA-MIL", "Atlantis military", sector="MIL", country="AAA", kind="body", parent="AAA"
)
_SPOX = Actor("bob-kay", "Bob Kay", sector="GOV", country="BBB", kind="person", parent="BBB")


def test_an_alleged_act_without_a_day_has_no_date():
    rows = _of(
        events(
            "Residents said police had beaten several men in custody, an allegation that "
            "could not be verified."
        ),
        "ASSAULT",
    )
    assert rows and rows[0].factuality == "alleged" and rows[0].date is None


def test_a_negated_act_without_a_day_has_no_date():
    rows = _of(events("A spokesman said no civilians had been harmed in the operation."), "ASSAULT")
    assert rows and rows[0].factuality == "negated" and rows[0].date is None


def _own_attack(second: str):
    text = (
        "Atlantis troops killed 17 militants near the border on Tuesday, the army said. " + second
    )
    linked = linked_with(
        text,
        {"Atlantis troops": "AAA-MIL", "the army": "AAA-MIL", "Bob Kay": "bob-kay"},
        [_AAA, _BBB, _ARMY, _SPOX],
        published="2025-03-06",
    )
    return [e for e in _of(extractor().extract(linked), "ASSAULT") if e.actor and e.actor.id]


def test_an_own_attack_whose_account_is_rejected_is_alleged():
    rows = _own_attack("Bob Kay rejected the army's account, saying no one had crossed.")
    assert rows and rows[0].factuality == "alleged"
    assert rows[0].date == "2025-03-04"


def test_an_own_attack_stays_asserted_when_only_a_demand_is_rejected():
    rows = _own_attack("Bob Kay rejected the army's demand.")
    assert rows and rows[0].factuality == "asserted"


def test_warned_against_is_a_request():
    rows = events("The envoy warned against using the committee to put pressure on Kabul.")
    assert [e.type for e in rows] == ["REQUEST"]
