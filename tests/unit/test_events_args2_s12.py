"""Event arguments (recipients from context), session 12, round 2: a count of militants
killed is not the lone bomber told of before, an event named after "after" dates a material
act rather than naming its target, and a denial appended to a claim ("..., a claim the
Taliban dismissed") answers whoever made the claim."""

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


def test_a_count_of_militants_killed_is_not_the_lone_bomber():
    text = (
        "A suicide bomber rammed a car into the gate of a police centre in Zenta on Thursday, "
        "killing 15 people. "
        "The army said four militants were killed when soldiers raided a hideout near Zenta."
    )
    linked = _linked(text, {"army": "AAA-MIL", "soldiers": "AAA-MIL"}, [_ARMY], {"Zenta": _ZENTA})
    rows = [r for r in _of(extractor().extract(linked), "ASSAULT") if r.trigger == "killed"]
    hits = [r for r in rows if _id(r.actor) == "AAA-MIL"]
    assert hits
    assert all("bomber" not in _text(r.recipient) for r in hits)
    assert any("militants" in _text(r.recipient) for r in hits)


def test_a_denial_appended_to_a_claim_answers_the_claimant():
    text = (
        "The Liberation Front said on Monday that its fighters had attacked three army posts "
        "near Zenta, killing 11 soldiers, a claim the Atlantis Army dismissed as lies."
    )
    linked = _linked(
        text,
        {"Liberation Front": "front", "Atlantis Army": "AAA-MIL"},
        [_FRONT, _ARMY],
        {"Zenta": _ZENTA},
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].actor) == "AAA-MIL"
    assert _id(rejects[0].recipient) == "front"


def test_a_charge_a_state_denies_answers_the_officials_who_made_it():
    text = (
        "Atlantis officials have long said militants plan attacks from hideouts in Borduria, "
        "a charge Borduria denies."
    )
    linked = _linked(text, {"Atlantis officials": "AAA", "Borduria": "BBB"}, [_AAA, _BBB], {})
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[-1].recipient) == "AAA"


def test_time_prepositions_are_a_cue_word_list():
    from watchfloor.extract.recipients import load_cues

    assert {"after", "following"} <= load_cues().time_preps


def test_a_condemnation_is_aimed_at_the_group_the_article_names_as_doer():
    text = (
        "Militants stormed an army checkpoint near Zenta on Monday, killing six soldiers. "
        "The Atlantis Army said fighters of the Liberation Front attacked the checkpoint near "
        "Zenta on Monday. "
        "The Atlantis president condemned the attack."
    )
    linked = _linked(
        text,
        {"Atlantis Army": "AAA-MIL", "Liberation Front": "front", "Atlantis president": "AAA"},
        [_FRONT, _ARMY, _AAA],
        {"Zenta": _ZENTA},
    )
    accuses = [r for r in _of(extractor().extract(linked), "ACCUSE") if r.trigger == "condemned"]
    assert accuses and _id(accuses[0].recipient) == "front"
