"""Event arguments, session 12: a denial of any part in an attack answers no attacker, a vow
of pursuit or revenge is aimed at the attack's doer, people returned "from" a state are the
ones a removal is done to, and a state's "counterparts" are the ministers the article names."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import ref_text as _text
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place

_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_ATLANTIS = Place("p:atlantis", "Atlantis", kind="country", country="AAA", lat=None, lon=None)


def test_distancing_from_an_attack_does_not_answer_the_attacker():
    text = (
        "A suicide bomber struck a police station in Zenta on Monday, killing six officers. "
        "The Liberation Front distanced itself from the attack."
    )
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT], {"Zenta": _ZENTA})
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].actor) == "front"
    assert "bomber" not in _text(rejects[0].recipient)


def test_a_vow_that_the_attackers_will_be_hunted_down_is_aimed_at_the_claimant():
    text = (
        "Gunmen attacked a bus near Zenta on Monday, killing nine passengers. "
        "The Liberation Front claimed responsibility. "
        "The Atlantis Army said the attackers were criminals and vowed that they would be "
        "hunted down."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Atlantis Army": "AAA-MIL"},
        [_FRONT, _ARMY],
        {"Zenta": _ZENTA},
    )
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and _id(threats[0].recipient) == "front"


def test_people_returned_from_a_state_are_the_recipients_and_the_state_the_actor():
    text = "More than 9,000 Afghans returned from Atlantis through the Zenta crossing."
    # the state is named only as the place the people come from
    linked = _linked(text, {}, [_AAA], {"Atlantis": _ATLANTIS, "Zenta": _ZENTA})
    rows = _of(extractor().extract(linked), "COERCE")
    assert rows
    assert "afghans" in _text(rows[0].recipient)
    assert _id(rows[0].actor) == "AAA"


def test_people_who_went_home_are_the_recipients_not_the_doers():
    text = "More than 900,000 Afghans had gone home since the second phase of the repatriation plan began."
    linked = _linked(text, {}, [])
    rows = [e for e in _of(extractor().extract(linked), "COERCE") if e.trigger == "gone"]
    assert rows
    assert "afghans" in _text(rows[0].recipient)
    assert "afghans" not in _text(rows[0].actor)


def test_a_state_that_sends_people_back_stays_the_actor():
    text = "Atlantis sent back 1.7 million people last year."
    linked = _linked(text, {"Atlantis": "AAA"}, [_AAA])
    rows = _of(extractor().extract(linked), "COERCE")
    assert rows and _id(rows[0].actor) == "AAA"


def test_counterparts_are_the_ministers_with_the_same_post_the_article_names():
    text = (
        "Foreign Minister Wang Yi hosted his Pakistani and Afghan counterparts in Beijing. "
        "Ishaq Dar and Amir Khan Muttaqi agreed to extend the corridor."
    )
    actors = [
        Actor("wang-yi", "Wang Yi", sector="GOV", country="CHN", kind="person"),
        Actor("ishaq-dar", "Ishaq Dar", sector="GOV", country="PAK", kind="person"),
        Actor("amir-khan-muttaqi", "Amir Khan Muttaqi", sector="GOV", country="AFG", kind="person"),
        Actor("PAK", "Pakistan", sector="GOV", country="PAK", kind="country"),
        Actor("taliban", "Taliban", sector="GOV", country="AFG", kind="group"),
    ]
    linked = _linked(
        text,
        {
            "Wang Yi": "wang-yi",
            "Pakistani": "PAK",
            "Afghan": "taliban",
            "Ishaq Dar": "ishaq-dar",
            "Amir Khan Muttaqi": "amir-khan-muttaqi",
        },
        actors,
    )
    meetings = _of(extractor().extract(linked), "CONSULT")
    parties = {_id(e.actor) for e in meetings} | {_id(e.recipient) for e in meetings}
    assert {"ishaq-dar", "amir-khan-muttaqi"} <= parties
    assert not parties & {"PAK", "taliban"}
