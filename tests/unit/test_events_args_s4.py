"""Event arguments, round 4 (issue #5): acts told as overnight, the incident's own date and
place carried over statements and plans, bodies answered as themselves, appeals to all sides,
closures announced by a state's official."""

from __future__ import annotations

from datetime import date

from tests.unit._events_util import extractor  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.extract.events import _inherit_context
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, EventRecord, Place, PlaceRef

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_MINISTER = Actor("aaa-min", "Ivo Kral", sector="GOV", country="AAA", kind="person")
_ARMY_PR = Actor("AAA-PR", "Army Press Office", sector="MIL", country="AAA", parent="AAA")
_AGENCY = Actor("relief", "Relief Agency", sector="IGO")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _row(etype: str, *, place: PlaceRef | None = None, day: str | None = None, **kw) -> EventRecord:
    return EventRecord(
        sentence="",
        sentence_span=(0, 0),
        span=(0, 0),
        trigger="",
        type=etype,
        place=place,
        date=day,
        date_precision="day" if day else None,
        **kw,
    )


def test_an_arrest_overnight_is_dated_the_night_before_the_day_it_was_reported():
    # 2025-03-04 is a Tuesday: "overnight" before the police chief spoke began on Monday
    text = "Police arrested six suspects in raids overnight, the police chief said on Tuesday."
    linked = _linked(text, {}, [], published="2025-03-04")
    evs = _of(extractor().extract(linked), "COERCE")
    assert evs and evs[0].date == "2025-03-03"


def test_the_night_of_a_reported_arrest_does_not_date_the_condemnation_governing_it():
    text = (
        "Ivo Kral condemned the attack and said police had arrested two suspected "
        "facilitators overnight."
    )
    linked = _linked(text, {"Ivo Kral": "aaa-min"}, [_MINISTER], published="2025-03-04")
    evs = extractor().extract(linked)
    accuse, coerce = _of(evs, "ACCUSE"), _of(evs, "COERCE")
    assert accuse and accuse[0].date == "2025-03-04"
    assert coerce and coerce[0].date == "2025-03-03"


def test_a_later_sentence_about_the_fighting_keeps_the_fightings_day_not_the_closures():
    linked = LinkedDoc(doc=None, published=date(2025, 3, 5))  # type: ignore[arg-type]
    fight = _row("ASSAULT", day="2025-03-03")
    closure = _row("SANCTION", day="2025-03-04")
    soldier_killed = _row("ASSAULT")
    _inherit_context([fight, closure, soldier_killed], linked, None)
    assert soldier_killed.date == "2025-03-03"


def test_where_a_statement_or_a_plan_is_placed_is_not_the_incidents_place():
    linked = LinkedDoc(doc=None, published=date(2025, 3, 5))  # type: ignore[arg-type]
    town = PlaceRef("p:town", "Town", "AAA", None, None)
    capital = PlaceRef("p:capital", "Capital", "BBB", None, None)
    plotted = PlaceRef("p:plant", "Plant", "AAA", None, None)
    attack = _row("ASSAULT", place=town, day="2025-03-04")
    rejection = _row("REJECT", place=capital)
    plan = _row("ASSAULT", place=plotted, factuality="hypothetical")
    arrests = _row("COERCE")
    _inherit_context([attack, rejection, plan, arrests], linked, None)
    assert arrests.place is town


def test_a_country_the_act_names_without_a_preposition_of_place_is_not_where_it_happened():
    text = "Police detained the families in Town and deported them to destabilise Atlantis."
    town = Place("p:town", "Town", "city", "AAA", None, None)
    atlantis = Place("country:AAA", "Atlantis", "country", "AAA", None, None)
    linked = _linked(text, {}, [], places={"Town": town, "Atlantis": atlantis})
    evs = _of(extractor().extract(linked), "COERCE")
    assert evs and all(e.place is not None and e.place.id == "p:town" for e in evs)


def test_a_state_rejecting_an_accusing_body_answers_that_body():
    text = (
        "The Army Press Office said the attackers were proxies of Borduria. "
        "Borduria swiftly rejected the accusation."
    )
    linked = _linked(
        text,
        {"Army Press Office": "AAA-PR", "Borduria": "BBB"},
        [_ATLANTIS, _ARMY_PR, _BORDURIA],
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "AAA-PR"


def test_an_appeal_to_all_sides_has_no_recipient():
    text = (
        "Atlantis accused Borduria of shelling. "
        "The Relief Agency urged all sides to let health workers do their jobs."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Relief Agency": "relief"},
        [_ATLANTIS, _BORDURIA, _AGENCY],
    )
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and all(e.recipient is None for e in evs)


def test_a_crossing_an_official_says_will_stay_closed_is_closed_by_his_state():
    text = (
        "Atlantis accused Borduria of firing on its posts. "
        "Ivo Kral said the crossing would remain closed until Borduria gave guarantees."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ivo Kral": "aaa-min"},
        [_ATLANTIS, _BORDURIA, _MINISTER],
    )
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "SANCTION")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_crossing_an_official_says_will_reopen_is_reopened_towards_the_neighbour():
    text = (
        "Atlantis accused Borduria of firing on its posts. "
        "Ivo Kral said the crossing would reopen once the security situation allows."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ivo Kral": "aaa-min"},
        [_ATLANTIS, _BORDURIA, _MINISTER],
    )
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "RETREAT")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_the_crossing_closed_again_is_the_crossing_named_before():
    text = (
        "Atlantis and Borduria forces exchanged fire near the Gate crossing on Monday. "
        "Ivo Kral said the crossing would remain closed."
    )
    gate = Place("p:gate", "Gate", "site", "AAA", None, None)
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ivo Kral": "aaa-min"},
        [_ATLANTIS, _BORDURIA, _MINISTER],
        places={"Gate": gate},
    )
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "SANCTION")
    assert evs and evs[0].place is not None and evs[0].place.id == "p:gate"


def test_two_states_trading_accusations_accuse_each_other():
    text = "Atlantis and Borduria have traded accusations over the attacks."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "ACCUSE")
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert pairs == {("AAA", "BBB"), ("BBB", "AAA")}


def test_a_visit_due_on_a_weekday_is_the_next_one():
    # published on Wednesday 2025-03-05: "due to travel on Thursday" is the next day
    text = "Ivo Kral was due to travel on to Borduria on Thursday for talks."
    linked = _linked(
        text,
        {"Ivo Kral": "aaa-min", "Borduria": "BBB"},
        [_MINISTER, _BORDURIA],
        published="2025-03-05",
    )
    evs = [e for e in _of(extractor().extract(linked), "CONSULT") if e.trigger == "travel"]
    assert evs and evs[0].date == "2025-03-06"
