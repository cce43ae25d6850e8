"""Event arguments, session 14: whoever rejects a national minister's accusation ("the
accusation", one statement) answers the minister, a foreign state included (guide §12.2); an
official below the state (a provincial chief minister) is answered through his state."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.extract.eventing.recipients import _local_official
from watchfloor.extract.recipients import load_cues
from watchfloor.records import Actor, ActorRef

_AAA = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BBB = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_MINISTER = Actor("jon-vale", "Jon Vale", sector="GOV", country="AAA", kind="person", parent="AAA")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_ACCUSATION = (
    "Interior Minister Jon Vale accused Borduria of sheltering the Liberation Front and said "
    "the bombers had been trained there. "
)


def test_a_state_rejecting_a_national_ministers_accusation_answers_the_minister():
    text = _ACCUSATION + "Borduria rejected the accusation."
    linked = _linked(
        text,
        {"Jon Vale": "jon-vale", "Borduria": "BBB"},
        [_AAA, _BBB, _MINISTER, _FRONT],
    )
    rejects = [e for e in _of(extractor().extract(linked), "REJECT") if _id(e.actor) == "BBB"]
    assert rejects and _id(rejects[0].recipient) == "jon-vale"


def test_a_provincial_chief_minister_is_an_office_below_the_state():
    cues = load_cues()
    # titles come from the knowledge base: a chief minister of a province, an interior minister
    assert _local_official(ActorRef("sarfraz-bugti", "Sarfraz Bugti", "Bugti"), cues)
    assert not _local_official(ActorRef("mohsin-naqvi", "Mohsin Naqvi", "Naqvi"), cues)
    assert not _local_official(ActorRef("no-such-person", "Nobody", "Nobody"), cues)


def test_a_state_rejecting_a_chief_ministers_accusation_answers_his_state():
    cm = Actor("sarfraz-bugti", "Sarfraz Bugti", sector="GOV", country="AAA", kind="person")
    text = (
        "Chief Minister Sarfraz Bugti accused Borduria of sheltering the Liberation Front and "
        "said the bombers had been trained there. Borduria rejected the accusation."
    )
    linked = _linked(
        text,
        {"Sarfraz Bugti": "sarfraz-bugti", "Borduria": "BBB"},
        [_AAA, _BBB, cm, _FRONT],
    )
    rejects = [e for e in _of(extractor().extract(linked), "REJECT") if _id(e.actor) == "BBB"]
    assert rejects and _id(rejects[0].recipient) == "AAA"
